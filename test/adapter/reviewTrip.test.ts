/**
 * The review's round trip on the Office.js adapter over the strict fake Excel: "Tạo trang rà soát" from the latest
 * finalized version of a unit sheet (found by identity), its comments kept on a rerun; in constant round trips.
 */
import { readReviewSheet, standardRows, type SheetParams } from "../../src/core/sheet";
import { finalizeSheet, reopenSheet } from "../../src/taskpane/usecases";
import { createReview } from "../../src/taskpane/usecases/review";
import { OfficeWorkbook } from "../../src/taskpane/workbook/officeWorkbook";
import { FakeExcel, installExcelHost, type FakeSheet } from "../support/officeMock";
import { reportCells } from "../support/reportCells";
import { syncsOf, unitSheet } from "../support/unitFiles";
import { INPUTS } from "../support/unitReport";

let uninstall: () => void;
beforeAll(() => (uninstall = installExcelHost()));
afterAll(() => uninstall());

const PERIOD = { year: 2025, part: "Q3" } as const;
const BEN_THANH: SheetParams = {
  unit: "Phường Bến Thành",
  level: "xa",
  period: PERIOD,
  code: "26734",
};
const AT = Date.UTC(2025, 8, 15, 2, 0, 0);
/** The row of an indicator on the review sheet (the standard body, one row lower: the title block has six rows). */
const reviewRow = (id: string) => standardRows()[id] + 1;

async function finalized(
  excel: FakeExcel,
  params: SheetParams,
  inputs: Record<string, unknown>
): Promise<FakeSheet> {
  const ws = await unitSheet(excel, params, inputs);
  excel.active = ws;
  const out = await finalizeSheet(new OfficeWorkbook(excel.run), { params, now: () => AT });
  if (out.kind !== "finalized") throw new Error(out.kind);
  return ws;
}

describe("Tạo trang rà soát", () => {
  it("reviews the unit's finalized version found by identity, keeps the comments on a rerun, in constant round trips", async () => {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    const unit = await finalized(excel, BEN_THANH, INPUTS);
    // the analyst renamed the unit's sheet: it is found by its title block
    unit.name = "Báo cáo BT";
    const [made, syncs] = await syncsOf(excel, () => createReview(wb, { params: BEN_THANH }));
    expect(made).toMatchObject({
      unit: "Phường Bến Thành",
      version: 1,
      rerun: false,
      comments: 0,
      state: null,
      passed: [],
    });
    expect(made.sheet).toBe("RS 2025-Q3 L1 Phường Bến Thành");
    const [snapshot] = await wb.readSheets([made.sheet]);
    const read = readReviewSheet(snapshot).review;
    expect(read).toMatchObject({ ...BEN_THANH, version: 1, fingerprint: made.fingerprint });
    expect(read.lines.find((l) => l.id === "16.1")?.figure).toBe(600);
    expect(read.lines.find((l) => l.id === "2")).toMatchObject({
      figure: "Đã ban hành",
      verdict: "Đạt",
    });

    // the city writes; a rerun (other units added) keeps what it wrote, in the same round trips
    excel.seed(made.sheet, {
      B6: "Cần giải trình",
      [`F${reviewRow("16.1")}`]: "=600 có đúng không?",
    });
    for (let i = 1; i <= 6; i++)
      await finalized(excel, { ...BEN_THANH, unit: `Phường ${i}`, code: `${i}` }, INPUTS);
    const [again, more] = await syncsOf(excel, () => createReview(wb, { params: BEN_THANH }));
    expect(more).toBe(syncs);
    // ready, title blocks (≤ 2), the read, the write (2)
    expect(syncs).toBe(6);
    expect(again).toMatchObject({ rerun: true, comments: 1, state: "explain", version: 1 });
    expect(excel.sheet(made.sheet).cell(`F${reviewRow("16.1")}`).content).toMatchObject({
      value: "=600 có đúng không?",
    });
    expect(excel.sheet(made.sheet).content("B6")).toBe("Cần giải trình");
  });

  it("refuses a unit not finalized, or edited after finalizing, and writes nothing", async () => {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    await expect(createReview(wb, { params: BEN_THANH })).rejects.toThrow(
      'Sổ tính chưa có bảng chỉ tiêu của "Phường Bến Thành" (Phường, xã, đặc khu), Quý III năm 2025'
    );
    const ws = await unitSheet(excel, BEN_THANH, INPUTS);
    await expect(createReview(wb, { params: BEN_THANH })).rejects.toThrow(
      /Chưa có báo cáo đã chốt nào của "Phường Bến Thành".*\n• Trang ".*" chưa chốt số liệu\./s
    );
    excel.active = ws;
    await finalizeSheet(wb, { params: BEN_THANH, now: () => AT });
    await reopenSheet(wb, { params: BEN_THANH });
    excel.seed(ws.name, reportCells({ "16.1": 650 }));
    const names = excel.sheets.map((s) => s.name);
    await expect(createReview(wb, { params: BEN_THANH })).rejects.toThrow(
      /số liệu đã sửa sau khi chốt/
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
  });

  it("a new version gets a sheet of its own; the earlier review stays as it was", async () => {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    const ws = await finalized(excel, BEN_THANH, INPUTS);
    const v1 = await createReview(wb, { params: BEN_THANH });
    excel.seed(v1.sheet, { B6: "Đã duyệt", [`F${reviewRow("26")}`]: "Chưa đạt mục tiêu." });
    await reopenSheet(wb, { params: BEN_THANH });
    excel.seed(ws.name, reportCells({ "16.1": 650 }));
    excel.active = ws;
    await finalizeSheet(wb, { params: BEN_THANH, now: () => AT + 86_400_000 });
    const v2 = await createReview(wb, { params: BEN_THANH });
    expect(v2).toMatchObject({
      version: 2,
      rerun: false,
      comments: 0,
      sheet: "RS 2025-Q3 L2 Phường Bến Thành",
    });
    const [old] = await wb.readSheets([v1.sheet]);
    expect(readReviewSheet(old).review).toMatchObject({ version: 1, state: "approved" });
    expect(readReviewSheet(old).review.lines.find((l) => l.id === "16.1")?.figure).toBe(600);
  });
});

/**
 * "Gửi ý kiến cho đơn vị" on the Office.js adapter over the strict fake Excel: the review sheet written from its spec,
 * the city's state and comments typed on it, the reply file made from it and read back; in constant round trips.
 */
import JSZip from "jszip";
import { evaluate, findRow, type Review } from "../../src/core";
import { buildReviewSheet, reviewLines, standardRows } from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { readReplyWorkbook } from "../../src/formats";
import { sendReplies, sendReply } from "../../src/usecases";
import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel, installExcelHost } from "../support/officeMock";
import { syncsOf } from "../support/unitFiles";
import { EVIDENCE, INPUTS } from "../support/unitReport";

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
const SAI_GON: SheetParams = { unit: "Phường Sài Gòn", level: "xa", period: PERIOD, code: "26740" };
const LINES = reviewLines(evaluate(INPUTS, { level: "xa", evidence: EVIDENCE }), EVIDENCE);
const review = (p: SheetParams, version: number): Review => ({
  ...p,
  version,
  fingerprint: String(version).repeat(64),
  state: null,
  lines: LINES,
});

/** The row of an indicator on the review sheet (the standard body, one row lower: the title block has six rows). */
const rowOf = (id: string) => standardRows()[id] + 1;

async function cityWorkbook(): Promise<{ excel: FakeExcel; wb: OfficeWorkbook; v2: string }> {
  const excel = new FakeExcel();
  const wb = new OfficeWorkbook(excel.run);
  excel.addSheet("Trang tính 1");
  const v1 = buildReviewSheet(review(BEN_THANH, 1));
  const v2 = buildReviewSheet(review(BEN_THANH, 2));
  const other = buildReviewSheet(review(SAI_GON, 1));
  for (const spec of [v1, v2, other]) await wb.writeSheet(spec);
  excel.seed(v1.name, { B6: "Cần giải trình", [`F${rowOf("26")}`]: "Ý kiến về lần chốt 1." });
  excel.seed(v2.name, {
    B6: "Cần giải trình",
    [`F${rowOf("16.1")}`]: "=16.1 tăng gấp đôi: đề nghị giải trình.",
    [`F${rowOf("2")}`]: "Đề nghị gửi kèm văn bản ban hành.",
  });
  excel.seed(other.name, { B6: "Đã duyệt" });
  return { excel, wb, v2: v2.name };
}

describe("Gửi ý kiến cho đơn vị", () => {
  it("makes the reply of the unit's latest review sheet, found by identity, in round trips that do not grow with the sheets", async () => {
    const { excel, wb, v2 } = await cityWorkbook();
    const [outcome, syncs] = await syncsOf(excel, () => sendReply(wb, { params: BEN_THANH }));
    // ready, the title blocks, the review sheet
    expect(syncs).toBeLessThanOrEqual(4);
    for (let i = 1; i <= 12; i++)
      await wb.writeSheet(
        buildReviewSheet(review({ ...SAI_GON, unit: `Phường ${i}`, code: `${i}` }, 1))
      );
    const [again, more] = await syncsOf(excel, () => sendReply(wb, { params: BEN_THANH }));
    expect(more).toBe(syncs);
    expect(again.data.length).toBeGreaterThan(0);
    expect(outcome).toMatchObject({
      fileName: "Y kien TP 2025-Q3 Phuong Ben Thanh lan 2.xlsx",
      unit: "Phường Bến Thành",
      version: 2,
      state: "explain",
      comments: 2,
      sheet: v2,
      problems: [],
    });
    const reply = await readReplyWorkbook(outcome.data, outcome.fileName);
    expect(reply).toMatchObject({ ...BEN_THANH, version: 2, fingerprint: "2".repeat(64) });
    expect(reply.comments).toEqual([
      {
        id: "2",
        title: findRow("2")!.title,
        figure: "Đã ban hành",
        verdict: "Đạt",
        comment: "Đề nghị gửi kèm văn bản ban hành.",
      },
      {
        id: "16.1",
        title: findRow("16.1")!.title,
        figure: "600",
        verdict: "",
        comment: "=16.1 tăng gấp đôi: đề nghị giải trình.",
      },
    ]);
    // the review sheet's comment cells are text: the comment typed with "=" was never a formula
    expect(excel.sheet(v2).cell(`F${rowOf("16.1")}`).content).toMatchObject({
      value: "=16.1 tăng gấp đôi: đề nghị giải trình.",
    });
  });

  it("refuses a unit without a review sheet, naming it, and a review with nothing to send", async () => {
    const { wb } = await cityWorkbook();
    await expect(
      sendReply(wb, { params: { unit: "Phường Tân Định", level: "xa", period: PERIOD } })
    ).rejects.toThrow(
      'Sổ tính chưa có trang rà soát báo cáo của "Phường Tân Định" (Phường, xã, đặc khu), Quý III năm 2025'
    );
    const excel = new FakeExcel();
    const empty = new OfficeWorkbook(excel.run);
    await empty.writeSheet(buildReviewSheet(review(SAI_GON, 1)));
    await expect(sendReply(empty, { params: SAI_GON })).rejects.toThrow(
      "chưa có ý kiến nào và chưa chọn kết quả rà soát ở ô B6"
    );
  });

  it("gives every unit of the period needing an answer as one .zip, from its latest review", async () => {
    const { wb } = await cityWorkbook();
    const outcome = await sendReplies(wb, { period: PERIOD });
    // Sài Gòn is approved: no answer asked
    expect(outcome.files).toEqual(["Y kien TP 2025-Q3 Phuong Ben Thanh lan 2.xlsx"]);
    const zip = await JSZip.loadAsync(outcome.data);
    const back = await readReplyWorkbook(
      await zip.file(outcome.files[0])!.async("uint8array"),
      outcome.files[0]
    );
    expect(back.version).toBe(2);
    expect(back.comments.map((c) => c.id)).toEqual(["2", "16.1"]);
  });
});

/**
 * The review's round trip on the Office.js adapter over the strict fake Excel: "Tạo trang rà soát" from the latest
 * finalized version of a unit sheet (found by identity), its comments kept on a rerun; "Nhận ý kiến" on the unit's
 * finalized (protected) sheet, column K only; in constant round trips.
 */
import { findRow, type Reply } from "../../src/core";
import { readReviewSheet, standardRows } from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { writeReplyWorkbook } from "../../src/formats";
import { consolidatedNotice } from "../../src/taskpane/outcomeMessages";
import { consolidateCity, finalizeSheet, reopenSheet } from "../../src/usecases";
import { createReview, receiveReply } from "../../src/usecases";
import { OfficeWorkbook } from "../../src/workbook/office";
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

const comment = (id: string, text: string) => ({
  id,
  title: findRow(id)!.title,
  figure: "",
  verdict: "",
  comment: text,
});
const replyFile = async (reply: Reply, name = "Y kien TP.xlsx") => ({
  name,
  data: await writeReplyWorkbook(reply),
});

describe("Nhận ý kiến", () => {
  it("writes the comments in column K of the finalized sheet found by identity, never a figure, and keeps it protected", async () => {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    excel.addSheet("Ghi chép");
    const ws = await finalized(excel, BEN_THANH, INPUTS);
    ws.name = "Báo cáo quý";
    const review = await createReview(wb, { params: BEN_THANH });
    const reply: Reply = {
      ...BEN_THANH,
      version: 1,
      fingerprint: review.fingerprint,
      state: "explain",
      comments: [comment("16.1", "=600 có đúng không?"), comment("26", "Chưa đạt: giải trình.")],
    };
    // Excel itself refuses a write to the finalized sheet
    await expect(
      wb.writeCells(ws.name, [{ address: "K20", content: { text: "x" } }])
    ).rejects.toThrow(/bảo vệ/);
    const from = ws.writes.length;
    const [got, syncs] = await syncsOf(excel, async () =>
      receiveReply(wb, { file: await replyFile(reply) })
    );
    // the title blocks, the sheet, unprotect + write, protect (and the ready check)
    expect(syncs).toBe(5);
    expect(got).toMatchObject({
      sheet: "Báo cáo quý",
      placed: 2,
      column: "K",
      notice: null,
      kept: [],
      unplaced: [],
      wasProtected: true,
      stateText: "Cần giải trình",
    });
    const rows = standardRows();
    expect(ws.content(`K${rows["16.1"]}`)).toBe("[TP]\u2060 Lần chốt 1: =600 có đúng không?");
    expect(ws.kind(`K${rows["16.1"]}`)).toBe("text");
    expect(ws.content(`K${rows["26"]}`)).toBe("[TP]\u2060 Lần chốt 1: Chưa đạt: giải trình.");
    expect(ws.protected).toBe(true);
    const cells = ws.writes
      .slice(from)
      .filter((w) => /^(formulas|values|numberFormat)$/.test(w.path))
      .map((w) => w.address);
    expect(cells.length).toBeGreaterThan(0);
    for (const address of cells) expect(address).toMatch(/^K\d+/);
    // the figures and the fingerprint are untouched: the same version reviews again, unchanged
    await expect(createReview(wb, { params: BEN_THANH })).resolves.toMatchObject({
      version: 1,
      rerun: true,
    });
  });

  it("refuses a reply for another unit by name; a reply about an older version is said so", async () => {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    const ws = await finalized(excel, BEN_THANH, INPUTS);
    const { fingerprint } = await createReview(wb, { params: BEN_THANH });
    const v1: Reply = {
      ...BEN_THANH,
      version: 1,
      fingerprint,
      state: "explain",
      comments: [comment("26", "Giải trình.")],
    };
    const before = ws.writes.length;
    await expect(
      receiveReply(wb, {
        file: await replyFile({ ...v1, unit: "Phường Sài Gòn", code: "26740" }),
      })
    ).rejects.toThrow(
      /Tệp ý kiến này gửi cho "Phường Sài Gòn" \(Phường, xã, đặc khu\), Quý III năm 2025, không phải cho báo cáo nào trong sổ tính này: trang ".*" là báo cáo của "Phường Bến Thành"/
    );
    await expect(
      receiveReply(wb, { file: await replyFile({ ...v1, period: { year: 2025, part: "Q2" } }) })
    ).rejects.toThrow(/Quý II năm 2025, không phải cho báo cáo nào/);
    expect(ws.writes.length).toBe(before);
    await expect(
      receiveReply(wb, { file: { name: "khac.xlsx", data: new Uint8Array([1, 2, 3]) } })
    ).rejects.toThrow(/khac\.xlsx/);

    await reopenSheet(wb, { params: BEN_THANH });
    excel.active = ws;
    await finalizeSheet(wb, { params: BEN_THANH, now: () => AT + 1000 });
    const got = await receiveReply(wb, { file: await replyFile(v1) });
    expect(got.placed).toBe(1);
    expect(got.notice).toMatch(
      /đã chốt lần 2: ý kiến về một lần chốt cũ, có thể đã được giải quyết/
    );
    expect(ws.content(`K${standardRows()["26"]}`)).toBe("[TP]\u2060 Lần chốt 1: Giải trình.");
  });
});

describe("the consolidation under the approval rule", () => {
  const SAI_GON: SheetParams = {
    unit: "Phường Sài Gòn",
    level: "xa",
    period: PERIOD,
    code: "26740",
  };
  const statusNote = async (wb: OfficeWorkbook, sheet: string, unit: string) => {
    const [snapshot] = await wb.readSheets([sheet]);
    const line = snapshot.values.find((r) => r.some((v) => v === unit));
    if (!line) throw new Error(`no status line for ${unit}`);
    return String(line[7]);
  };

  it("counts an approved version until the newer one is approved, flags it 'Cần duyệt lại'; shows each review's state", async () => {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    const bt = await finalized(excel, BEN_THANH, INPUTS);
    const sg = await finalized(excel, SAI_GON, INPUTS);
    const now = () => AT + 3_600_000;
    // without a review: the round trips a consolidation of this workbook takes
    const [, baseline] = await syncsOf(excel, () => consolidateCity(wb, { period: PERIOD, now }));
    const approved = await createReview(wb, { params: BEN_THANH });
    excel.seed(approved.sheet, { B6: "Đã duyệt" });
    const sentBack = await createReview(wb, { params: SAI_GON });
    excel.seed(sentBack.sheet, {
      B6: "Cần giải trình",
      [`F${reviewRow("16.1")}`]: "600 hồ sơ trực tuyến có đúng không?",
      [`F${reviewRow("26")}`]: "Đề nghị giải trình.",
    });
    const sum = (city: string) => excel.sheet(city).content(`C${standardRows()["16.1"]}`);

    const [first, firstSyncs] = await syncsOf(excel, () =>
      consolidateCity(wb, { period: PERIOD, now })
    );
    // the review sheets are read in the batches of the unit sheets: no round trip more
    expect(firstSyncs).toBe(baseline);
    expect(sum(first.city)).toBe(1200);
    expect(await statusNote(wb, first.status.sheet, "Phường Bến Thành")).toContain(
      "Rà soát: Đã duyệt (lần chốt 1)."
    );
    expect(await statusNote(wb, first.status.sheet, "Phường Sài Gòn")).toContain(
      "Rà soát: Cần giải trình."
    );
    expect(first.status.tiers.find((t) => t.level === "xa")?.reapprove).toBeUndefined();
    expect(first.reviewChanges).toBeUndefined();

    // Bến Thành sends version 2 with another figure: the approved 600 still counts, the newer waits
    excel.active = bt;
    await reopenSheet(wb, { params: BEN_THANH });
    excel.seed(bt.name, reportCells({ "16.1": 650 }));
    await finalizeSheet(wb, { params: BEN_THANH, now: () => AT + 1000 });
    // Sài Gòn, sent back, counts as it is now
    excel.active = sg;
    await reopenSheet(wb, { params: SAI_GON });
    excel.seed(sg.name, reportCells({ "16.1": 700 }));
    excel.active = sg;
    await finalizeSheet(wb, { params: SAI_GON, now: () => AT + 2000 });
    const [second, secondSyncs] = await syncsOf(excel, () =>
      consolidateCity(wb, { period: PERIOD, now })
    );
    expect(secondSyncs).toBe(firstSyncs);
    expect(sum(second.city)).toBe(600 + 700);
    expect(second.status.tiers.find((t) => t.level === "xa")?.reapprove).toEqual([
      "Phường Bến Thành",
    ]);
    // the change list of each unit since the version reviewed, with the comments answered and not
    const changes = new Map(second.reviewChanges!.map((l) => [l.unit, l]));
    const saiGon = changes.get("Phường Sài Gòn")!;
    expect(saiGon).toMatchObject({ reviewed: 1, next: 2 });
    expect(saiGon.changed.find((c) => c.id === "16.1")).toMatchObject({
      before: "600",
      after: "700",
      comment: "600 hồ sơ trực tuyến có đúng không?",
    });
    expect(saiGon.changed.map((c) => c.id)).not.toContain("26");
    expect(saiGon.unanswered).toEqual([
      { id: "26", title: expect.any(String), comment: "Đề nghị giải trình." },
    ]);
    expect(changes.get("Phường Bến Thành")!.changed.find((c) => c.id === "16.1")).toMatchObject({
      before: "600",
      after: "650",
      comment: null,
    });
    const told = consolidatedNotice(second);
    expect(told.lines).toContain(
      `Phường Sài Gòn: lần chốt 2 so với lần chốt 1 đã rà soát — ${saiGon.changed.length} chỉ tiêu thay đổi, 1 ý kiến chưa có thay đổi nào.`
    );
    expect(told.lists).toContainEqual({
      label: "Phường Sài Gòn: ý kiến chưa có thay đổi",
      items: [`26. ${saiGon.unanswered[0].title}: “Đề nghị giải trình.”`],
    });
    expect(consolidatedNotice(second).lists).toContainEqual({
      label: `Phường, xã, đặc khu cần duyệt lại (1): báo cáo mới khác lần chốt đã duyệt, tổng hợp vẫn tính số liệu đã duyệt (xem cột “Ghi chú” của trang “${second.status.sheet}”):`,
      items: ["Phường Bến Thành"],
    });
    expect(await statusNote(wb, second.status.sheet, "Phường Bến Thành")).toContain(
      "Rà soát: Cần duyệt lại: Thành phố đã duyệt lần chốt 1; báo cáo hiện là lần chốt 2. Tổng hợp vẫn tính số liệu lần chốt 1 đã duyệt."
    );

    // approved again on version 2: version 2 counts
    const again = await createReview(wb, { params: BEN_THANH });
    excel.seed(again.sheet, { B6: "Đã duyệt" });
    const third = await consolidateCity(wb, { period: PERIOD, now });
    expect(sum(third.city)).toBe(650 + 700);
    expect(await statusNote(wb, third.status.sheet, "Phường Bến Thành")).toContain(
      "Rà soát: Đã duyệt (lần chốt 2)."
    );
  });
});

/**
 * The reporting cycle on the in-memory workbook: the title block's dates, "Chốt số liệu" (refused while an error
 * remains; stamped, protected, a values-only submission file), "Mở để sửa", version 2. The clock is injected.
 */
import { catalog } from "../../src/core";
import { CYCLE_ADDRESSES, readStamp, readUnitSheet, standardRows } from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { readXlsx } from "../../src/formats";
import { finalizeSheet, fillReport, generateSheet, reopenSheet } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { INPUTS } from "../support/unitReport";
import { typeReport } from "./support";
/** The error a promise rejects with (the test fails when it resolves). */
async function caught(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a rejection");
}

const PARAMS: SheetParams = {
  unit: "Phường Bến Thành",
  level: "xa",
  period: { year: 2025, part: "Q1" },
};
const ROWS = standardRows();
const AT = Date.UTC(2025, 2, 19, 3, 5, 0); // 10:05 in Hồ Chí Minh City
const clock = (ms: number) => () => ms;

async function reported(): Promise<{ wb: MemoryWorkbook; name: string }> {
  const wb = new MemoryWorkbook();
  const { sheet } = await generateSheet(wb, { ...PARAMS, deadline: "20/03/2025" });
  typeReport(wb, sheet, INPUTS);
  return { wb, name: sheet };
}

async function snapshotOf(wb: MemoryWorkbook, name: string) {
  return (await wb.read({ names: [name] })).byName[name]!;
}

describe("the title block's dates", () => {
  it("shows the data window's last day and the deadline, and keeps both over a rerun", async () => {
    const wb = new MemoryWorkbook();
    const { sheet } = await generateSheet(wb, { ...PARAMS, deadline: "20/3/2025" });
    expect(wb.value(sheet, "D4")).toBe("Số liệu tính đến ngày 14/03/2025");
    expect(wb.value(sheet, "D5")).toBe("Hạn nộp: 20/03/2025");
    wb.type(sheet, "E2", "Người lập: Nguyễn Văn A");
    const again = await generateSheet(wb, PARAMS); // no deadline typed: the sheet's is kept
    expect(wb.value(sheet, "D5")).toBe("Hạn nộp: 20/03/2025");
    expect(wb.value(sheet, "E2")).toBe("Người lập: Nguyễn Văn A");
    expect(again.kept).toBe(1);
    await generateSheet(wb, { ...PARAMS, deadline: "25/03/2025" });
    expect(wb.value(sheet, "D5")).toBe("Hạn nộp: 25/03/2025");
  });

  it("says 'chưa đặt hạn' by default, refuses a deadline before the cut-off, keeps a typed D4", async () => {
    const wb = new MemoryWorkbook();
    const { sheet } = await generateSheet(wb, PARAMS);
    expect(wb.value(sheet, "D5")).toBe("Hạn nộp: chưa đặt hạn");
    const refused = await caught(generateSheet(wb, { ...PARAMS, deadline: "10/03/2025" }));
    expect((refused as Error).message).toBe(
      "Hạn nộp 10/03/2025 phải sau ngày chốt số liệu 14/03/2025 của kỳ báo cáo."
    );
    wb.type(sheet, "D4", "Ghi chú riêng");
    await generateSheet(wb, PARAMS);
    expect(wb.value(sheet, "D4")).toBe("Ghi chú riêng");
  });
});

describe("Chốt số liệu", () => {
  it("refuses while an error remains, listing it, and writes nothing", async () => {
    const { wb, name } = await reported();
    wb.type(name, `C${ROWS["17.1"]}`, "500");
    wb.type(name, `C${ROWS["17.2"]}`, "100"); // more digitised files than received: an error
    const out = await finalizeSheet(wb, { now: clock(AT) });
    expect(out.kind).toBe("refused");
    if (out.kind !== "refused") return;
    expect(out.violations.length).toBeGreaterThan(0);
    expect(out.violations.every((v) => v.importance === "error")).toBe(true);
    expect(wb.value(name, CYCLE_ADDRESSES.stamp)).toBe("Mã");
    expect(wb.layoutOf(name).protected).toBe(false);
  });

  it("stamps, protects and offers a values-only file carrying the stamp; reopen; v2", async () => {
    const { wb, name } = await reported();
    const out = await finalizeSheet(wb, { now: clock(AT) });
    if (out.kind !== "finalized") throw new Error(out.kind);
    expect(out.stamp).toMatchObject({ version: 1, finalizedAt: "2025-03-19T10:05:00+07:00" });
    expect(out.stamp.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(wb.value(name, "D3")).toBe(
      `Đã chốt số liệu lần 1 lúc 10:05 ngày 19/03/2025 (UTC+07:00) · mã số liệu ${out.stamp.fingerprint.slice(0, 12)}`
    );
    expect(wb.layoutOf(name).protected).toBe(true);
    // a figure cell no longer takes typing; Generate and Fill say the sheet is finalized and write nothing
    expect(wb.type(name, `C${ROWS["1"]}`, "3")).toMatch(/bảo vệ/);
    for (const refused of [
      await caught(generateSheet(wb, PARAMS)),
      await caught(fillReport(wb, { params: PARAMS })),
    ])
      expect((refused as Error).message).toBe(
        `Trang "${name}" đã chốt số liệu lần 1 và đang được bảo vệ: muốn sửa thì bấm "Mở để sửa" trước (lần chốt sau sẽ là lần 2). Chưa có gì được ghi.`
      );
    const again = await caught(finalizeSheet(wb, { now: clock(AT) }));
    expect((again as Error).message).toMatch(/đã chốt số liệu lần 1 và đang được bảo vệ/);

    // the submission file: no formula at all, the stamp in it, recognised as the unit's sheet
    expect(out.file.fileName).toBe("NopBaoCao_CDS_2025-Q1_phuong_ben_thanh_lan1.xlsx");
    const [read] = await readXlsx(out.file.data, out.file.fileName);
    expect(read.formulas.flat().some((f) => typeof f === "string" && f.startsWith("="))).toBe(
      false
    );
    const submitted = readUnitSheet(read);
    expect(submitted.params).toMatchObject({ unit: PARAMS.unit, level: "xa" });
    expect(readStamp(read.values, read.name)).toEqual({
      state: "stamped",
      stamp: out.stamp,
      reopened: false,
    });
    for (const row of catalog.filter((r) => r.kind === "count" && ROWS[r.id]))
      expect(submitted.rows[row.id].figure.value).toBe(wb.value(name, `C${ROWS[row.id]}`) || null);

    // Mở để sửa: the input cells take typing again, the stamp stays; the next Chốt is version 2
    const opened = await reopenSheet(wb, { params: PARAMS });
    expect(opened.stamp).toEqual(out.stamp);
    expect(wb.layoutOf(name).protected).toBe(false);
    expect(wb.value(name, "D3")).toMatch(
      /^Đã mở để sửa sau lần chốt 1 lúc 10:05 ngày 19\/03\/2025/
    );
    expect(wb.type(name, `C${ROWS["1"]}`, "4")).toBeNull();
    const snap = await snapshotOf(wb, name);
    expect(readStamp(snap.values, name)).toMatchObject({ state: "stamped", reopened: true });
    const v2 = await finalizeSheet(wb, { now: clock(AT + 3 * 86_400_000) });
    if (v2.kind !== "finalized") throw new Error(v2.kind);
    expect(v2.stamp.version).toBe(2);
    expect(v2.stamp.finalizedAt).toBe("2025-03-22T10:05:00+07:00");
    expect(v2.stamp.fingerprint).not.toBe(out.stamp.fingerprint);
    expect(v2.file.fileName).toMatch(/_lan2\.xlsx$/);
  });

  it("reopening a sheet never finalized says so", async () => {
    const { wb } = await reported();
    expect(((await caught(reopenSheet(wb, { params: PARAMS }))) as Error).message).toBe(
      `Trang "CĐS 2025-Q1 Phường Bến Thành" chưa chốt số liệu và không bị bảo vệ: có thể sửa ngay.`
    );
  });
});

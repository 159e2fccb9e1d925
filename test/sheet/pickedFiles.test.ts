/** @jest-environment node */
/**
 * The consolidation with no unit report at all still says why each picked file and each sheet was left out (through
 * the in-memory workbook; test/adapter/pickedFiles.test.ts does the same through the Office.js adapter).
 */
import ExcelJS from "exceljs";
import { consolidateCity, generateSheet } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { skippedLines } from "../../src/usecases";
import { A, PERIOD } from "../support/cityUnits";
import { hugeCellXlsx } from "../support/hostileFiles";

const toBuffer = (data: Uint8Array) =>
  data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;

describe("no unit report: the refusal lists what was skipped, and why", () => {
  test("the only file picked is refused: its name and reason are in the message", async () => {
    const refusal = await consolidateCity(new MemoryWorkbook(), {
      period: PERIOD,
      files: [{ name: "phuong-1.xlsx", data: toBuffer(hugeCellXlsx(64)) }],
    }).catch((e: Error) => e);
    expect(refusal).toBeInstanceOf(Error);
    const message = (refusal as Error).message;
    expect(message).toMatch(/^Chưa có báo cáo đơn vị nào của Quý III năm 2025: /);
    expect(message).toContain("\nĐã bỏ qua 1 trang, tệp:\n• phuong-1.xlsx: Không đọc tệp");
    expect(message).toMatch(/ô B2 của trang "Báo cáo" quá dài/);
  });

  test("a file with no unit sheet, and a unit sheet of another period, are both listed", async () => {
    const wb = new MemoryWorkbook();
    await generateSheet(wb, { ...A, period: { year: 2025, part: "Q2" } });
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Danh sách").getCell("A1").value = "Không phải báo cáo";
    const refusal = await consolidateCity(wb, {
      period: PERIOD,
      files: [{ name: "danh-sach.xlsx", data: (await other.xlsx.writeBuffer()) as ArrayBuffer }],
    }).catch((e: Error) => e);
    const message = (refusal as Error).message;
    expect(message).toMatch(/^Chưa có báo cáo đơn vị nào của Quý III năm 2025/);
    expect(message).toContain("Đã bỏ qua 2 trang, tệp:");
    expect(message).toContain("kỳ báo cáo khác (Quý II năm 2025)");
    expect(message).toContain(
      "• danh-sach.xlsx: tệp không có bảng chỉ tiêu CĐS nào (không phải tệp báo cáo của đơn vị)"
    );
  });

  test("nothing skipped: the message is as before; many skipped: the first ten, then how many more", () => {
    expect(skippedLines([])).toBe("");
    const many = Array.from({ length: 12 }, (_, i) => ({
      source: `t${i + 1}.xlsx`,
      reason: "hỏng",
    }));
    const lines = skippedLines(many).split("\n");
    expect(lines).toEqual([
      "",
      "Đã bỏ qua 12 trang, tệp:",
      ...many.slice(0, 10).map((s) => `• ${s.source}: hỏng`),
      "• và 2 trang, tệp khác",
    ]);
  });
});

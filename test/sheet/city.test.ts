/** @jest-environment node */
import JSZip from "jszip";
import { Packer } from "docx";
import { consolidate } from "../../src/core";
import { cityParams, sheetName, standardRows } from "../../src/sheets";
import {
  validateFigures,
  consolidateCity,
  exportReport,
  fillDocx,
  fillReport,
  fillTemplateInSheet,
  generateSheet,
  selectCell,
} from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { parseSeed } from "../support/seed";
import { INPUTS } from "../support/unitReport";
import { A, B, B_INPUTS, C, C_INPUTS, PERIOD } from "../support/cityUnits";
import { docxPlainText, smallTemplate } from "../support/docxText";
import { typeReport } from "./support";
import { unitWorkbookFile } from "../support/unitFiles";

const rows = standardRows();

async function twoUnits(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await generateSheet(wb, A);
  typeReport(wb, sheetName(A));
  await generateSheet(wb, B);
  typeReport(wb, sheetName(B), B_INPUTS);
  return wb;
}

describe("Tổng hợp toàn thành phố", () => {
  test("two unit sheets and a unit workbook from disk → the city sheet, the breakdown, the chart; 8 round trips", async () => {
    const wb = await twoUnits();
    const file = await unitWorkbookFile(C, C_INPUTS);
    wb.roundTrips = 0;
    const out = await consolidateCity(wb, {
      period: PERIOD,
      files: [{ name: "phuong-sai-gon.xlsx", data: file }],
    });
    expect(wb.roundTrips).toBe(10); // title blocks (2), report ranges (extents, one batch), three sheets written (2 each)
    expect(out).toMatchObject({ units: 3, skipped: [] });
    const city = out.city;
    expect(wb.activeSheet).toBe(city);
    expect(city).toBe(sheetName(cityParams(PERIOD)));
    // the status sheet says where each report came from: the file, then its sheet, once each
    const [status] = await wb.readSheets([out.status.sheet]);
    const sources = status.values.flat().filter((v) => String(v).includes("phuong-sai-gon.xlsx"));
    expect(sources).toEqual([`phuong-sai-gon.xlsx: ${sheetName(C)}`]);
    const expected = consolidate([
      { unit: A.unit, level: "so", inputs: INPUTS },
      { unit: B.unit, level: "xa", inputs: B_INPUTS },
      { unit: C.unit, level: "xa", inputs: C_INPUTS },
    ]);
    // counts summed, ratios as ratio of sums, yes/no as k/n
    expect(wb.value(city, `C${rows["16.1"]}`)).toBe(600 + 100 + 300);
    expect(wb.value(city, `C${rows["16"]}`)).toBeCloseTo(
      (600 + 100 + 300) / (1000 + 400 + 300),
      12
    );
    expect(wb.value(city, `C${rows["16"]}`)).toBe(expected.results["16"].value);
    expect(wb.value(city, `D${rows["16"]}`)).toBe("Chưa đạt"); // 58,82% < 60%
    expect(wb.value(city, `C${rows["2"]}`)).toBe("2/3 đơn vị");
    expect(wb.value(city, `D${rows["2"]}`)).toBe("Chưa đạt");
    expect(wb.value(city, `E${rows["2"]}`)).toMatch(/Chưa thực hiện: Phường Bến Thành\./);
    // 18 per tier: sở 450/1000 = 45% < 50%; xã (30+40)/(100+100) = 35% ≥ 35%
    expect(out.tiers.map((t) => [t.level, t.verdict])).toEqual([
      ["so", "Chưa đạt"],
      ["xa", "Đạt"],
    ]);
    expect(wb.value(city, `D${rows["18"]}`)).toBe("Chưa đạt");
    // missing units are named, never counted as zero
    expect(wb.value(city, `E${rows["23.1"]}`)).toMatch(/Chưa báo cáo: Phường Sài Gòn\./);
    // the chart and its live block
    const layout = wb.layoutOf(city);
    expect(layout.charts).toHaveLength(1);
    expect(layout.charts![0]).toMatchObject({
      type: "ColumnStacked",
      title: "Kết quả chỉ tiêu theo trụ cột — Quý III năm 2025",
    });
    expect(wb.value(city, "L6")).toBe("Trụ cột");
    expect(wb.value(city, "M8")).toBeGreaterThanOrEqual(1); // Dữ liệu số: Đạt
    // the breakdown: one line per unit, "Chưa báo cáo" where it reported nothing
    const bd = out.breakdown;
    expect(wb.sheetNames()).toContain(bd);
    expect([wb.value(bd, "A4"), wb.value(bd, "A5"), wb.value(bd, "A6")]).toEqual([
      A.unit,
      B.unit,
      C.unit,
    ]);
    const snap = (await wb.read({ names: [bd], extent: "used" })).byName[bd]!;
    const header = snap.values[2];
    const col = (h: string) => header.indexOf(h);
    expect(snap.values[5][col("23.1")]).toBe("Chưa báo cáo");
    expect(snap.values[3][col("16 – Đánh giá")]).toBe("Đạt");
    expect(snap.values[4][col("16")]).toBe("25,00%");
  });

  test("re-running keeps the city's own statistics and edited targets; Fill on the city sheet says how to update it", async () => {
    const wb = await twoUnits();
    const first = await consolidateCity(wb, { period: PERIOD });
    wb.type(first.city, `C${rows["25"]}`, "21%");
    wb.type(first.city, `F${rows["16"]}`, "≥ 80%");
    await expect(fillReport(wb, { params: cityParams(PERIOD) })).rejects.toThrow(
      /bảng tổng hợp toàn thành phố: hãy bấm "Tổng hợp toàn thành phố"/
    );
    const again = await consolidateCity(wb, { period: PERIOD });
    expect(again.city).toBe(first.city);
    expect(wb.value(first.city, `C${rows["25"]}`)).toBe(0.21);
    expect(wb.value(first.city, `D${rows["25"]}`)).toBe("Đạt");
    expect(wb.value(first.city, `F${rows["16"]}`)).toBe("≥ 80%");
    expect(wb.value(first.city, `D${rows["16"]}`)).toBe("Chưa đạt"); // 700/1400 = 50%
    // the two units, the status, the breakdown and the city: rewritten in place, never added again
    expect(wb.sheetNames().filter((n) => n.includes("2025-Q3"))).toHaveLength(5);
  });

  test("sheets of another period are skipped and said; no unit at all is a message", async () => {
    const wb = await twoUnits();
    await generateSheet(wb, { ...A, period: { year: 2025, part: "Q2" } });
    const out = await consolidateCity(wb, { period: PERIOD });
    expect(out.skipped).toEqual([
      {
        source: sheetName({ ...A, period: { year: 2025, part: "Q2" } }),
        reason: "kỳ báo cáo khác (Quý II năm 2025)",
      },
    ]);
    await expect(consolidateCity(new MemoryWorkbook(), { period: PERIOD })).rejects.toThrow(
      /Chưa có báo cáo đơn vị nào của Quý III năm 2025/
    );
  });
});

/** The official table as analysts paste it into Excel: one row of the template per sheet row, its cells in columns. */
function pasteTemplate(wb: MemoryWorkbook, name: string): void {
  wb.addSheet(name);
  parseSeed().forEach((r, i) =>
    r.cells.forEach((text, c) => {
      if (text.trim()) wb.paste(name, `${"ABCDE"[c]}${i + 1}`, text);
    })
  );
}

describe("Điền mẫu báo cáo", () => {
  test("the official table pasted into a sheet: all 163 placeholders filled from the unit's sheet", async () => {
    const wb = await twoUnits();
    wb.activate(sheetName(A));
    await fillReport(wb, { params: A });
    pasteTemplate(wb, "Mẫu báo cáo");
    const out = await fillTemplateInSheet(wb, { params: A });
    expect(out).toMatchObject({
      sheet: "Mẫu báo cáo",
      source: sheetName(A),
      resolved: 163,
      unresolved: [],
      approximate: [],
    });
    const seed = parseSeed();
    const line = (id: string) => seed.findIndex((r) => r.id === id) + 1;
    expect([
      wb.value("Mẫu báo cáo", `C${line("16")}`),
      wb.value("Mẫu báo cáo", `D${line("16")}`),
    ]).toEqual(["60,00%", "Đạt"]);
    expect(wb.value("Mẫu báo cáo", `C${line("16.2")}`)).toBe("1.000");
    expect(wb.value("Mẫu báo cáo", `E${line("23")}`)).toBe(
      'Bằng đúng ngưỡng 10,00%: mục tiêu "> 10%" đòi hỏi lớn hơn hẳn ngưỡng.'
    );
    expect(wb.value("Mẫu báo cáo", `B${line("16")}`)).toMatch(
      /^Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến đạt 60%/
    );
  });

  test("a .docx template with placeholders split across runs is filled; unknown ones stay visible and are listed", async () => {
    const wb = await twoUnits();
    wb.activate(sheetName(A));
    await fillReport(wb, { params: A });
    const doc = smallTemplate(" & ");
    const template = await Packer.toArrayBuffer(doc);
    const out = await fillDocx(wb, { params: A, file: { name: "mau.docx", data: template } });
    expect(out).toMatchObject({
      fileName: "mau_da_dien.docx",
      resolved: 2,
      unresolved: ["[[khongbiet]]"],
    });
    const text = await docxText(out.data);
    expect(text).toContain("Tỷ lệ: 60,00%");
    expect(text).toContain("Đánh giá: Đạt &amp; [[khongbiet]]".replace("&amp;", "&"));
  });
});

async function docxText(data: Uint8Array): Promise<string> {
  return docxPlainText(
    await (await JSZip.loadAsync(data)).file("word/document.xml")!.async("string")
  );
}

describe("Xuất báo cáo (.docx)", () => {
  test("the report in the template's layout: title, unit, period, the five columns, pillars, figures, verdicts, notes", async () => {
    const wb = await twoUnits();
    wb.activate(sheetName(A));
    await fillReport(wb, { params: A });
    const out = await exportReport(wb, { params: A });
    expect(out.fileName).toBe("BaoCao_CDS_2025-Q3_so_khoa_hoc_va_cong_nghe.docx");
    const text = await docxText(out.data);
    for (const s of [
      "BÁO CÁO\nKết quả thực hiện các chỉ tiêu chuyển đổi số quý III năm 2025",
      "Phụ lục\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ QUÝ III NĂM 2025",
      "Sở Khoa học và Công nghệ (Sở, ban, ngành)",
      "STT\nChỉ tiêu\nSố liệu tổng hợp\nĐánh giá\nGhi chú",
      "Dữ liệu số",
      "An toàn, an ninh mạng",
      "16.\nTỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến đạt 60%",
      "60,00%\nĐạt",
      "Bằng đúng ngưỡng 10,00%",
    ]) {
      expect(text).toContain(s);
    }
  });
});

describe("Kiểm tra số liệu", () => {
  test("every violation with its row, cell and explanation; clicking one selects the cell", async () => {
    const wb = await twoUnits();
    const name = sheetName(A);
    wb.activate(name);
    wb.type(name, `C${rows["16.1"]}`, "1200");
    wb.paste(name, `C${rows["24.1"]}`, "-3");
    const out = await validateFigures(wb, { params: A });
    const ratio = out.violations.find((v) => v.rule === "ratio-16")!;
    expect(ratio).toMatchObject({ row: "16.1", address: `C${rows["16.1"]}`, importance: "error" });
    expect(ratio.message).toBe(
      "Số liệu 16.1 (1.200) lớn hơn số liệu 16.2 (1.000): Tử số 16.1 không lớn hơn mẫu số 16.2 (chỉ tiêu 16)."
    );
    expect(out.violations.find((v) => v.rule === "type-24.1")).toMatchObject({
      address: `C${rows["24.1"]}`,
    });
    expect(out.violations.find((v) => v.rule === "evidence-4")).toMatchObject({
      address: `G${rows["4"]}`,
      importance: "warning",
    });
    await selectCell(wb, out.sheet, ratio.address);
    expect(wb.selection).toEqual({ sheet: name, address: `C${rows["16.1"]}` });
  });
});

describe("Kiểm tra số liệu on the city sheet", () => {
  test('its yes/no rows answered "k/n đơn vị" are read as such, not refused as words', async () => {
    const wb = await twoUnits();
    const out = await consolidateCity(wb, { period: PERIOD });
    wb.activate(out.city);
    const checked = await validateFigures(wb, { params: cityParams(PERIOD) });
    expect(checked.sheet).toBe(out.city);
    expect(checked.violations.filter((v) => v.rule.startsWith("type-"))).toEqual([]);
  });
});

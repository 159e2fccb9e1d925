/**
 * "So sánh với kỳ trước" on the Office.js adapter over the fake Excel: a unit sheet against the sheet of its previous
 * period (in the workbook, or in a picked .xlsx), and the city consolidation compared with the previous period's.
 */
import { catalog } from "../../src/core";
import { changeBetween } from "../../src/core";
import { cityParams, sheetName, standardRows } from "../../src/sheets";
import { sheetKey, type SheetParams } from "../../src/core";
import { compareWithPrevious } from "../../src/usecases";
import { consolidateCity } from "../../src/usecases";
import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel, installExcelHost, type FakeSheet } from "../support/officeMock";
import { INPUTS } from "../support/unitReport";
import { A, B, B_INPUTS, C, C_INPUTS, PERIOD } from "../support/cityUnits";
import { syncsOf, unitSheet, unitWorkbookFile } from "../support/unitFiles";

/**
 * What the change cell J of a row shows in Excel: its =CDS.CHANGE formula checked, then computed with the function's
 * implementation over the cells it names (the fake Excel does not evaluate formulas). `verdict`: what D shows now
 * (a unit sheet's D is a live formula, as is the city's for a ratio; else D is text and read); `figure`: what C shows
 * where it is a formula (a ratio).
 */
function changeShown(ws: FakeSheet, row: number, verdict?: string, figure?: number): string | null {
  const formula = ws.content(`J${row}`);
  if (formula === null) return null;
  const m = new RegExp(
    `^=CDS\\.CHANGE\\(C${row},I${row},"([^"]+)"(?:,"([^"]+)",D${row})?\\)$`
  ).exec(String(formula));
  if (!m) throw new Error(`J${row} is not the comparison's formula: ${formula}`);
  const current = verdict ?? (m[2] ? String(ws.content(`D${row}`)) : undefined);
  // a ratio's C is a formula too: its value is given
  return (
    changeBetween(m[1], figure ?? ws.content(`C${row}`), ws.content(`I${row}`), m[2], current) ||
    null
  );
}

const rows = standardRows();

let uninstall: () => void;
beforeAll(() => (uninstall = installExcelHost()));
afterAll(() => uninstall());

const Q2 = { year: 2025, part: "Q2" } as const;
const Q3 = { year: 2025, part: "Q3" } as const;
const UNIT_Q2: SheetParams = { unit: "Phường Bến Thành", level: "xa", period: Q2 };
const UNIT_Q3: SheetParams = { ...UNIT_Q2, period: Q3 };
// 16: 2282/4000 = 57,05% in Q2, 2410/4000 = 60,25% in Q3 (target ≥ 60%); 2: issued in Q2, not in Q3
const BEFORE = { "16.1": 2282, "16.2": 4000, "2": "Có", "12.3": 1200 };
const NOW = { "16.1": 2410, "16.2": 4000, "2": "Không", "12.3": 1150 };

describe("So sánh với kỳ trước: a unit sheet", () => {
  it("writes the previous figure and the change in I and J, as text, and lists the verdict changes worst first", async () => {
    const excel = new FakeExcel();
    await unitSheet(excel, UNIT_Q2, BEFORE);
    const ws = await unitSheet(excel, UNIT_Q3, NOW); // the active sheet
    const [out, syncs] = await syncsOf(excel, () =>
      compareWithPrevious(new OfficeWorkbook(excel.run), { params: UNIT_Q3, mode: "lastQuarter" })
    );
    expect(syncs).toBeLessThanOrEqual(3); // the active sheet, the previous one by its registered name, one write
    expect(out).toMatchObject({
      sheet: sheetName(UNIT_Q3),
      previous: Q2,
      previousSource: sheetName(UNIT_Q2),
      written: 2 + 2 * catalog.length,
    });
    expect(out.changes.map((c) => [c.id, c.verdictChange])).toEqual([
      ["2", "Đạt → Chưa đạt"],
      ["16", "Chưa đạt → Đạt"],
    ]);
    const at = (address: string) => [
      ws.content(address),
      ws.kind(address),
      ws.cell(address).numberFormat,
    ];
    expect(at("I6")).toEqual(["Kỳ trước (Quý II năm 2025)", "text", "@"]);
    expect(at("J6")).toEqual(["Thay đổi", "text", "@"]);
    // the previous figure as a number in its row's format; the change a live formula (never stored as text)
    expect(at(`I${rows["16"]}`)).toEqual([2282 / 4000, "number", "0.00%"]);
    expect(at(`J${rows["16"]}`)).toEqual([
      `=CDS.CHANGE(C${rows["16"]},I${rows["16"]},"16","Chưa đạt",D${rows["16"]})`,
      "formula",
      "General",
    ]);
    expect(changeShown(ws, rows["16"], "Đạt", 2410 / 4000)).toBe("+3,20 điểm % · Chưa đạt → Đạt");
    expect(at(`I${rows["12.3"]}`)).toEqual([1200, "number", "#,##0"]);
    expect(changeShown(ws, rows["12.3"])).toBe("−50");
    expect(at(`I${rows["2"]}`)).toEqual(["Đã ban hành", "text", "@"]);
    expect(changeShown(ws, rows["2"], "Chưa đạt")).toBe("Đạt → Chưa đạt");
    // the two columns look like the table beside them, in the same write
    expect(ws.style("I6:J6", "format.fill.color")).toBe("#1F4E79");
    expect(
      ws.style(
        `I${Math.min(...Object.values(rows))}:J${Math.max(...Object.values(rows))}`,
        "format.wrapText"
      )
    ).toBe(true);
    expect([ws.columns.get("I")?.width, ws.columns.get("J")?.width]).toEqual([90, 130]);
    // a row with a figure on neither side shows nothing
    expect(ws.content(`I${rows["25"]}`) ?? "").toBe("");
    expect(changeShown(ws, rows["25"], "Chưa có số liệu")).toBeNull();
    // the template's columns are not written
    expect(ws.content(`C${rows["16.1"]}`)).toBe(2410);
  });

  it("finds the previous sheet by its title block when its registered name is gone, from another active sheet", async () => {
    const excel = new FakeExcel();
    await unitSheet(excel, UNIT_Q2, BEFORE);
    const ws = await unitSheet(excel, UNIT_Q3, NOW);
    excel.names.delete(sheetKey(UNIT_Q2));
    excel.addSheet("Ghi chú", { A1: "không phải bảng chỉ tiêu" });
    excel.activate("Ghi chú");
    const [out, syncs] = await syncsOf(excel, () =>
      compareWithPrevious(new OfficeWorkbook(excel.run), { params: UNIT_Q3, mode: "lastQuarter" })
    );
    expect(syncs).toBeLessThanOrEqual(6); // the active sheet and the unit's by its name, the previous by its name, the title blocks (2) and a read, one write
    expect(out.previousSource).toBe(sheetName(UNIT_Q2));
    expect(changeShown(ws, rows["16"], "Đạt", 2410 / 4000)).toBe("+3,20 điểm % · Chưa đạt → Đạt");
  });

  it("compares with the same quarter of last year from a picked .xlsx when the workbook has no such sheet", async () => {
    const excel = new FakeExcel();
    const ws = await unitSheet(excel, UNIT_Q3, NOW);
    const lastYear: SheetParams = { ...UNIT_Q3, period: { year: 2024, part: "Q3" } };
    const file = await unitWorkbookFile(lastYear, {
      "16.1": 2000,
      "16.2": 4000,
      "2": "Chưa ban hành",
    });
    const out = await compareWithPrevious(new OfficeWorkbook(excel.run), {
      params: UNIT_Q3,
      mode: "lastYear",
      files: [{ name: "ben-thanh-2024.xlsx", data: file }],
    });
    expect(out.previous).toEqual({ year: 2024, part: "Q3" });
    expect(out.previousSource).toBe(`ben-thanh-2024.xlsx: ${sheetName(lastYear)}`);
    expect(out.changes.map((c) => [c.id, c.verdictChange])).toEqual([["16", "Chưa đạt → Đạt"]]);
    expect(ws.content("I6")).toBe("Kỳ trước (Quý III năm 2024)");
    expect(ws.content(`I${rows["16"]}`)).toBe(0.5);
    expect(changeShown(ws, rows["16"], "Đạt", 2410 / 4000)).toBe("+10,25 điểm % · Chưa đạt → Đạt");
    expect(changeShown(ws, rows["2"], "Chưa đạt")).toBeNull(); // not issued either time
  });

  it("says in Vietnamese what to do when there is no previous sheet, and writes nothing", async () => {
    const excel = new FakeExcel();
    const ws = await unitSheet(excel, UNIT_Q3, NOW);
    await unitSheet(excel, { ...UNIT_Q2, unit: "Phường Sài Gòn" }, BEFORE); // another unit's Q2 is not this one's
    excel.activate(ws.name);
    const writes = ws.writes.length;
    await expect(
      compareWithPrevious(new OfficeWorkbook(excel.run), { params: UNIT_Q3, mode: "lastQuarter" })
    ).rejects.toThrow(
      'Không tìm thấy bảng chỉ tiêu của "Phường Bến Thành" kỳ Quý II năm 2025: hãy mở sổ tính có trang kỳ trước, hoặc chọn tệp .xlsx của kỳ đó.'
    );
    // a file that cannot be read is named
    await expect(
      compareWithPrevious(new OfficeWorkbook(excel.run), {
        params: UNIT_Q3,
        mode: "lastQuarter",
        files: [
          { name: "hong.xlsx", data: new TextEncoder().encode("not a zip").buffer as ArrayBuffer },
        ],
      })
    ).rejects.toThrow(/Không tìm thấy bảng chỉ tiêu.*Không đọc được tệp: hong\.xlsx/);
    expect(ws.writes.length).toBe(writes);
  });

  it("refuses the quarter before for a half-year report, and a protected sheet", async () => {
    const excel = new FakeExcel();
    const half: SheetParams = { ...UNIT_Q3, period: { year: 2025, part: "H1" } };
    const ws = await unitSheet(excel, half, NOW);
    await expect(
      compareWithPrevious(new OfficeWorkbook(excel.run), { params: half, mode: "lastQuarter" })
    ).rejects.toThrow(/6 tháng đầu năm 2025 không phải báo cáo quý.*cùng kỳ năm trước/);
    ws.protected = true;
    await expect(
      compareWithPrevious(new OfficeWorkbook(excel.run), { params: half, mode: "lastYear" })
    ).rejects.toThrow(/đang được bảo vệ/);
  });
});

describe("Tổng hợp toàn thành phố, compared with the previous period", () => {
  /** The three units of Q3, and two of them in Q2 (the sở had not reported yet). */
  async function twoQuarters(): Promise<FakeExcel> {
    const excel = new FakeExcel();
    await unitSheet(excel, A, INPUTS);
    await unitSheet(excel, B, B_INPUTS);
    await unitSheet(excel, C, C_INPUTS);
    await unitSheet(excel, { ...B, period: Q2 }, { "16.1": 200, "16.2": 400 });
    await unitSheet(excel, { ...C, period: Q2 }, { "16.1": 300, "16.2": 300 });
    return excel;
  }

  it("writes I and J on the city sheet beside the chart block, and lists the verdict changes", async () => {
    const excel = await twoQuarters();
    const [out, syncs] = await syncsOf(excel, () =>
      consolidateCity(new OfficeWorkbook(excel.run), { period: PERIOD, previous: "lastQuarter" })
    );
    expect(syncs).toBeLessThanOrEqual(10); // as without the comparison: the previous sheets come in the same reads
    expect(out.units).toBe(3);
    // the Q2 sheets were used for the comparison, not skipped
    expect(out.skipped).toEqual([]);
    expect(out.comparison).toMatchObject({ previous: Q2, units: 2 });
    // 16: (600+100+300)/(1000+400+300) = 58,82% now, (200+300)/(400+300) = 71,43% in Q2, against ≥ 60%
    const sixteen = out.comparison!.changes.find((c) => c.id === "16");
    expect(sixteen?.verdictChange).toBe("Đạt → Chưa đạt");
    expect(out.comparison!.changes[0].verdictChange).toMatch(/^Đạt → /); // worst news first

    const city = excel.sheet(out.city);
    expect(city.content("I6")).toBe("Kỳ trước (Quý II năm 2025)");
    expect(city.content("J6")).toBe("Thay đổi");
    expect(city.content(`I${rows["16"]}`)).toBeCloseTo(500 / 700, 12);
    expect(city.cell(`I${rows["16"]}`).numberFormat).toBe("0.00%");
    expect(changeShown(city, rows["16"], "Chưa đạt")).toBe("−12,61 điểm % · Đạt → Chưa đạt");
    expect([city.content(`I${rows["16.1"]}`), city.kind(`I${rows["16.1"]}`)]).toEqual([
      500,
      "number",
    ]);
    expect(city.cell(`I${rows["16.1"]}`).numberFormat).toBe("#,##0");
    expect([changeShown(city, rows["16.1"]), city.kind(`J${rows["16.1"]}`)]).toEqual([
      "+500",
      "formula",
    ]);
    expect(city.content(`I${rows["16.2"]}`)).toBe(700);
    expect(changeShown(city, rows["16.2"])).toBe("+1.000");
    // Excel's widths for the two columns (the header names the period, the change is a phrase)
    expect([city.columns.get("I")?.width, city.columns.get("J")?.width]).toEqual([90, 130]);
    // K is a gap; the chart block starts at L
    expect(city.content("K6")).toBeNull();
    expect(city.content("L6")).toBe("Trụ cột");
    expect(city.charts[0].source).toMatch(/^L6:O\d+$/);
    // the city's own figures are the period's
    expect(city.content(`C${rows["16.1"]}`)).toBe(1000);
  });

  it("consolidates without comparison columns when the previous period has no unit report", async () => {
    const excel = new FakeExcel();
    await unitSheet(excel, A, INPUTS);
    await unitSheet(excel, B, B_INPUTS);
    const out = await consolidateCity(new OfficeWorkbook(excel.run), {
      period: PERIOD,
      previous: "lastYear",
    });
    expect(out.comparison).toEqual({ previous: { year: 2024, part: "Q3" }, units: 0, changes: [] });
    const city = excel.sheet(out.city);
    expect(city.content("I6")).toBeNull();
    expect(city.content(`J${rows["16"]}`)).toBeNull();
    expect(city.content("L6")).toBe("Trụ cột");
    expect(excel.sheet(out.city)).toBe(excel.sheet(sheetName(cityParams(PERIOD))));
  });

  it("clears the comparison when the city is consolidated again without it", async () => {
    const excel = await twoQuarters();
    const wb = new OfficeWorkbook(excel.run);
    await consolidateCity(wb, { period: PERIOD, previous: "lastQuarter" });
    const out = await consolidateCity(wb, { period: PERIOD });
    expect(out.comparison).toBeUndefined();
    expect(out.skipped.map((s) => s.reason)).toEqual([
      "kỳ báo cáo khác (Quý II năm 2025)",
      "kỳ báo cáo khác (Quý II năm 2025)",
    ]);
    const city = excel.sheet(out.city);
    expect(city.content("I6") ?? "").toBe("");
    expect(city.content(`J${rows["16"]}`) ?? "").toBe("");
  });
});

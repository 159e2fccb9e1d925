/** @jest-environment node */
/**
 * Blank unit workbooks (.xlsx, one unit or a tier as .zip) from the roster: the sheet Generate writes for the unit,
 * written by the spec's .xlsx writer, read back by the add-in's own .xlsx reader and by the consolidation (matched by
 * code); the tier's .zip holds each active unit once and passes the download's check.
 */
// ExcelJS cells, not Office.js ranges: nothing to load or sync
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  buildRosterSheet,
  buildSheet,
  COL,
  disallowedFunctions,
  formulaFunctions,
  PLAIN_FUNCTIONS,
  planGenerate,
  readUnitSheet,
  ROSTER_SHEET,
  sheetName,
  statusSheetName,
  type SheetSpec,
} from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { listFormula, specWorkbook, widthInCharacters } from "../../src/formats";
import { readXlsx } from "../../src/formats";
import { offerMade } from "../../src/handoff";
import {
  blankFileName,
  consolidateCity,
  createRoster,
  downloadBlankTier,
  downloadBlankUnit,
} from "../../src/usecases";
import { PERIOD } from "../support/cityUnits";

// every test writes whole workbooks (the communes' .zip: 167 of them): seconds on a loaded machine
jest.setTimeout(120_000);

const BEN_THANH = { code: "26743", name: "Phường Bến Thành" };
const unitParams = (over: Partial<SheetParams> = {}): SheetParams => ({
  unit: BEN_THANH.name,
  level: "xa",
  period: PERIOD,
  ...over,
});

const buffer = (data: Uint8Array) =>
  data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;

/** A workbook with the roster sheet, three departments added (one retired) and one commune retired. */
async function withRoster(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await createRoster(wb);
  const last = wb.value(ROSTER_SHEET, "A172") ? 172 : 0;
  expect(last).toBe(172); // 168 communes from row 5
  const add = (row: number, code: string, name: string, status = "Đang báo cáo") => {
    for (const [col, v] of [
      ["A", code],
      ["B", name],
      ["C", "Sở"],
      ["D", "Sở, ban, ngành"],
      ["E", status],
    ])
      expect(wb.type(ROSTER_SHEET, `${col}${row}`, v)).toBeNull();
  };
  add(173, "S01", "Sở Khoa học và Công nghệ");
  add(174, "S02", "Sở Tài chính, Kế hoạch");
  add(175, "S03", "Sở Cũ", "Ngừng báo cáo");
  // the commune in row 6 no longer reports
  expect(wb.type(ROSTER_SHEET, "E6", "Ngừng báo cáo")).toBeNull();
  return wb;
}

/** The grid of contents a snapshot holds, trailing blanks cut: what two workbooks must agree on. */
function contents(grid: readonly (readonly unknown[])[]): unknown[][] {
  const rows = grid.map((line) => {
    const out = line.map((v) => (v === "" || v === undefined ? null : v));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && !rows[rows.length - 1].length) rows.pop();
  return rows;
}

describe("one unit's blank workbook", () => {
  test("holds the sheet Generate writes for the unit, with its code, as the add-in's reader reads it", async () => {
    const wb = await withRoster();
    const made = await downloadBlankUnit(wb, { params: unitParams() });
    expect(made.fileName).toBe("CDS_2025-Q3_26743_Phuong_Ben_Thanh.xlsx");
    expect(made.units).toEqual([{ ...BEN_THANH, level: "xa" }]);
    expect(made.roster).toBe(ROSTER_SHEET);

    const [sheet, ...others] = await readXlsx(made.data, made.fileName);
    expect(others).toEqual([]);
    const read = readUnitSheet(sheet);
    expect(read.params).toEqual({ ...unitParams(), code: BEN_THANH.code });
    expect(read.missing).toEqual([]);

    // the same cells as the sheet Generate's plan of the plain kind, written in the add-in's own workbook
    const own = new MemoryWorkbook();
    const { spec } = planGenerate({ ...unitParams(), code: BEN_THANH.code }, null, {
      kind: "plain",
    });
    await own.writeSheet(spec);
    const [mine] = await own.readSheets([spec.name]);
    expect(contents(sheet.formulas)).toEqual(contents(mine.formulas));
    // Excel's own functions only: no cell holds "CDS.", every formula calls only PLAIN_FUNCTIONS
    const formulas = sheet.formulas
      .flat()
      .filter((f): f is string => typeof f === "string" && f.startsWith("="));
    expect(formulas.length).toBeGreaterThan(60);
    expect(sheet.formulas.flat().filter((f) => /CDS\./i.test(String(f)))).toEqual([]);
    expect(formulas.flatMap(disallowedFunctions)).toEqual([]);
    expect(formulas.flatMap(formulaFunctions).filter((f) => !PLAIN_FUNCTIONS.includes(f))).toEqual(
      []
    );
    expect(sheet.name).toBe(
      `${made.fileName} › ${sheetName({ ...unitParams(), code: BEN_THANH.code })}`
    );
  });

  test("the unit picked by its code, or typed by name; its layout as the spec has it", async () => {
    const wb = await withRoster();
    const byCode = await downloadBlankUnit(wb, {
      params: unitParams({ unit: "tên cũ", code: BEN_THANH.code }),
    });
    expect(byCode.units[0].name).toBe(BEN_THANH.name);
    const typed = await downloadBlankUnit(wb, { params: unitParams({ unit: "ben thanh" }) });
    expect(typed.fileName).toBe(byCode.fileName);

    const spec = buildSheet({ ...unitParams(), code: BEN_THANH.code }, {}, { kind: "plain" });
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(buffer(typed.data));
    const ws = file.worksheets[0];
    expect(ws.name).toBe(spec.name);
    // every validation of the spec on every cell of its range, the list's words inline without commas
    for (const v of spec.validations) {
      const { start, end } = rangeOf(v.range);
      for (let r = start.row; r <= end.row; r++) {
        const dv = ws.getCell(r, start.col + 1).dataValidation;
        expect(dv).toMatchObject({
          type: { list: "list", wholeNumber: "whole", decimal: "decimal" }[v.rule.type],
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: v.error.title,
          error: v.error.message,
          promptTitle: v.prompt.title,
          prompt: v.prompt.message,
        });
        if (v.rule.type === "list") {
          expect(dv.formulae).toEqual([`"${v.rule.items.join(",")}"`]);
          expect(v.rule.items.some((item) => item.includes(","))).toBe(false);
        }
      }
      expect(end.col).toBe(start.col);
    }
    expect(spec.validations.some((v) => v.rule.type === "list")).toBe(true);
    // input cells shaded and unlocked, as the spec's styles say; formats; the hidden id column; the frozen header
    const inputs = spec.styles.filter((s) => s.style.fill === "#FFF2CC");
    expect(inputs.length).toBeGreaterThan(10);
    for (const { range } of inputs) {
      const { start } = rangeOf(range);
      const c = ws.getCell(start.row, start.col + 1);
      expect(c.fill).toMatchObject({
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFFFF2CC" },
      });
      expect(c.protection).toMatchObject({ locked: false });
    }
    spec.columns.forEach((column, i) => {
      expect(ws.getColumn(i + 1).hidden).toBe(column.hidden ?? false);
      expect(ws.getColumn(i + 1).width).toBeCloseTo(widthInCharacters(column.width), 2);
    });
    expect(ws.getColumn(COL.id + 1).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: spec.freezeRows });
    expect(ws.model.merges).toEqual(spec.merges);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    // text cells stay text, formulas are formulas
    expect(ws.getCell("H1").type).toBe(ExcelJS.ValueType.String);
    const formulas = spec.cells.flat().filter((c) => "formula" in c).length;
    let found = 0;
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Formula) found++;
      })
    );
    expect(found).toBe(formulas);
    // the verdicts coloured as in the add-in's sheet
    const cf = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cf.map((f) => [f.ref, f.rules[0].formulae[0]])).toEqual(
      spec.conditionalFormats.map((f) => [f.range, `"${f.equals}"`])
    );
    expect(offerMade({ fileName: typed.fileName, data: typed.data })).toMatchObject({
      ok: true,
      kind: "xlsx",
    });
  });

  test.each<[string, Partial<SheetParams>, RegExp]>([
    ["no unit", { unit: " " }, /^Hãy chọn đơn vị ở ô “Tên đơn vị”/],
    [
      "a unit off the roster",
      { unit: "Phường Không Có" },
      /^“Phường Không Có” không có trong trang “Danh sách đơn vị”/,
    ],
    [
      "a retired department",
      { unit: "Sở Cũ", level: "so" },
      /^“Sở Cũ” \(mã S03\) đã “Ngừng báo cáo”/,
    ],
  ])("%s: refused, saying why", async (_, over, why) => {
    const wb = await withRoster();
    await expect(downloadBlankUnit(wb, { params: unitParams(over) })).rejects.toThrow(why);
  });

  test("without a roster sheet: a commune from the official list; a department is sent to the roster", async () => {
    const wb = new MemoryWorkbook();
    const made = await downloadBlankUnit(wb, { params: unitParams() });
    expect(made.roster).toBeNull();
    expect(made.units[0].code).toBe(BEN_THANH.code);
    await expect(
      downloadBlankUnit(wb, { params: unitParams({ unit: "Sở Tài chính", level: "so" }) })
    ).rejects.toThrow(/danh sách chính thức 168 phường, xã, đặc khu.*Tạo danh sách đơn vị/);
  });
});

describe("a tier's blank workbooks, as one .zip", () => {
  test("every active unit of the tier once, under a name with its code; the retired left out", async () => {
    const wb = await withRoster();
    const made = await downloadBlankTier(wb, { params: unitParams({ level: "so" }) });
    expect(made.fileName).toBe("CDS_2025-Q3_so_trong_So_ban_nganh.zip");
    expect(made.units.map((u) => u.code)).toEqual(["S01", "S02"]);
    expect(made.retired).toBe(1);
    const zip = await JSZip.loadAsync(made.data);
    const names = Object.keys(zip.files);
    expect(names).toEqual([
      "CDS_2025-Q3_S01_So_Khoa_hoc_va_Cong_nghe.xlsx",
      "CDS_2025-Q3_S02_So_Tai_chinh_Ke_hoach.xlsx",
    ]);
    for (const [i, name] of names.entries()) {
      const [sheet] = await readXlsx(await zip.files[name].async("uint8array"), name);
      expect(readUnitSheet(sheet).params).toEqual({
        unit: made.units[i].name,
        level: "so",
        period: PERIOD,
        code: made.units[i].code,
      });
    }
    expect(offerMade({ fileName: made.fileName, data: made.data })).toMatchObject({
      ok: true,
      kind: "zip",
    });
  });

  test("the communes: 167 active of 168, each name with its code; a level that has no units is refused", async () => {
    const wb = await withRoster();
    const made = await downloadBlankTier(wb, { params: unitParams() });
    expect(made.units).toHaveLength(167);
    expect(made.retired).toBe(1);
    const names = Object.keys((await JSZip.loadAsync(made.data)).files);
    expect(new Set(names).size).toBe(167);
    for (const [i, unit] of made.units.entries())
      expect(names[i]).toBe(blankFileName(unit, PERIOD));
    expect(offerMade({ fileName: made.fileName, data: made.data }).ok).toBe(true);
    await expect(downloadBlankTier(wb, { params: unitParams({ level: "tp" }) })).rejects.toThrow(
      /^Sổ trống được tạo cho các đơn vị cấp “Sở, ban, ngành” hoặc “Phường, xã, đặc khu”/
    );
    await expect(
      downloadBlankTier(new MemoryWorkbook(), { params: unitParams({ level: "so" }) })
    ).rejects.toThrow(/chưa có trang “Danh sách đơn vị”/);
  });
});

describe("the consolidation reads a blank workbook back like any unit file", () => {
  test("matched by its code, even once the roster has renamed the unit", async () => {
    const wb = await withRoster();
    const made = await downloadBlankUnit(wb, { params: unitParams() });
    // the roster renames the unit after the file went out: the code still matches it
    const row = 5 + (await rosterRowOf(wb, BEN_THANH.code));
    expect(wb.type(ROSTER_SHEET, `B${row}`, "Phường Bến Thành (mới)")).toBeNull();
    const city = await consolidateCity(wb, {
      period: PERIOD,
      files: [{ name: made.fileName, data: buffer(made.data) }],
    });
    expect(city.units).toBe(1);
    expect(city.status.unknown).toEqual([]);
    const [status] = await wb.readSheets([statusSheetName(PERIOD)]);
    const line = status.values.find((l) => l[1] === BEN_THANH.code)!;
    expect(line[2]).toBe("Phường Bến Thành (mới)");
    expect(line[4]).toBe("Nộp thiếu");
    expect(String(line[6])).toContain(made.fileName);
  });
});

describe("the writer, on any spec", () => {
  test("text stays text, a list whose items hold commas reads them from its range, and such a list inline is refused", async () => {
    const roster = buildRosterSheet([]);
    const spec: SheetSpec = {
      ...roster,
      cells: [
        ...roster.cells,
        [{ text: "=1+1" }, { text: "+84 912" }, { text: "@x" }, ...roster.cells[0].slice(3)],
      ],
    };
    const data = await specWorkbook([spec]);
    const [sheet] = await readXlsx(data, "r.xlsx");
    expect(sheet.values[4].slice(0, 3)).toEqual(["=1+1", "+84 912", "@x"]);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(buffer(data));
    const ws = file.worksheets[0];
    expect(ws.getCell("A5").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("D5").dataValidation.formulae).toEqual(["$F$2:$F$3"]);
    expect(ws.getCell("F2").value).toBe("Phường, xã, đặc khu");
    const { rule } = roster.validations.find((v) => v.rule.type === "list" && v.rule.source)!;
    const items = rule.type === "list" ? rule.items : [];
    expect(items).toEqual(["Phường, xã, đặc khu", "Sở, ban, ngành"]);
    expect(() => listFormula({ type: "list", items })).toThrow(/holds a comma/);
    expect(listFormula({ type: "list", items: ['Có "x"', "Không"] })).toBe('"Có ""x"",Không"');
  });

  test("charts are not written: refused rather than dropped", async () => {
    const spec = buildSheet(unitParams());
    await expect(
      specWorkbook([
        {
          ...spec,
          charts: [{ type: "ColumnStacked", source: "A1:B2", title: "x", anchor: "J1:K2" }],
        },
      ])
    ).rejects.toThrow(/does not write charts/);
  });
});

function rangeOf(range: string) {
  const [a, b = a] = range.split(":");
  const one = (ref: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
    return { col: m[1].charCodeAt(0) - 65, row: Number(m[2]) };
  };
  return { start: one(a), end: one(b) };
}

async function rosterRowOf(wb: MemoryWorkbook, code: string): Promise<number> {
  const [snap] = await wb.readSheets([ROSTER_SHEET]);
  return snap.values.slice(4).findIndex((l) => l[0] === code);
}

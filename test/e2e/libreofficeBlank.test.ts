/** @jest-environment node */
/**
 * A real second client: a blank unit workbook, as the city downloads it for a unit without the add-in, opened in
 * LibreOffice Calc (headless, driven through its Python UNO bridge), a known unit's figures typed in, recalculated,
 * saved as .xlsx, then read back by the add-in's .xlsx reader and its consolidation. Calc's verdicts and ratios must
 * be the core's, and the consolidation of the file must be the one of the same figures typed in the add-in's own sheet.
 *
 * Needs LibreOffice: `sudo apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui python3-uno
 * poppler-utils` (.ci/run installs it). Without it the test fails, saying so.
 */
import { catalog, evaluate, findRow, yesNoWords, type CellInput } from "../../src/core";
import {
  cell,
  COL,
  disallowedFunctions,
  readUnitSheet,
  sheetName,
  shownResults,
  type SheetSpec,
} from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { isInput } from "../../src/core";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { readXlsx } from "../../src/formats";
import {
  blankSheet,
  consolidateCity,
  downloadBlankUnit,
  generateSheet,
  type ConsolidateOutcome,
} from "../../src/usecases";
import { libreOfficeMissing, runCalc, type CalcWrite } from "../support/libreoffice";
import { INPUTS } from "../support/unitReport";
import { typeReport } from "../sheet/support";

jest.setTimeout(600_000);

const PERIOD = { year: 2025, part: "Q3" } as const;
/** A commune of the official list, with its statistics code: the blank workbook carries it. */
const UNIT: SheetParams = { unit: "Phường Bến Thành", level: "xa", period: PERIOD, code: "26743" };

/** The sheet row of each catalog row, found from the spec's hidden id column (never from fixed coordinates). */
function rowsOf(spec: SheetSpec): Record<string, number> {
  const out: Record<string, number> = {};
  spec.cells.forEach((line, i) => {
    const id = line[COL.id];
    if (id && "text" in id && findRow(id.text)) out[id.text] = i + 1;
  });
  return out;
}

/** What a person types into Calc for a figure: the row's own words for yes/no, numbers for counts and shares. */
function calcWrite(id: string, v: unknown, address: string): CalcWrite | null {
  const row = findRow(id)!;
  if (v === null || v === undefined) return null;
  if (row.kind === "yesno") {
    const [done, notDone] = yesNoWords(row);
    const yes = v === true || (typeof v === "string" && /^(Có|Đã)/.test(v));
    return { address, text: yes ? done : notDone };
  }
  return { address, number: v as number };
}

/** The city's sheets of a consolidation as the analyst reads them: every sheet's values, keyed by sheet name. */
async function citySheets(wb: MemoryWorkbook, out: ConsolidateOutcome) {
  const [city, breakdown] = await wb.readSheets([out.city, out.breakdown]);
  return { city: city.values, breakdown: breakdown.values };
}

test("a blank workbook filled in LibreOffice Calc: Calc's verdicts and ratios are the core's, and its consolidation is the add-in's", async () => {
  const missing = libreOfficeMissing();
  if (missing) throw new Error(missing);
  // the city downloads the unit's blank workbook (no roster sheet: the official list of communes)
  const made = await downloadBlankUnit(new MemoryWorkbook(), { params: UNIT });
  const spec = blankSheet(UNIT);
  // Excel's own functions only, in the file and as Calc saves it back
  const plainOnly = (formulas: readonly (readonly unknown[])[]) => {
    const all = formulas
      .flat()
      .filter((f): f is string => typeof f === "string" && f.startsWith("="));
    expect(all.length).toBeGreaterThan(60);
    expect(formulas.flat().filter((f) => /CDS\./i.test(String(f)))).toEqual([]);
    expect(all.flatMap(disallowedFunctions)).toEqual([]);
  };
  plainOnly((await readXlsx(made.data, made.fileName))[0].formulas);
  const rows = rowsOf(spec);
  expect(Object.keys(rows)).toHaveLength(catalog.length);

  // the unit types its figures in Calc, in the input cells of the spec
  const writes = catalog
    .filter((row) => isInput(row) && row.id in INPUTS)
    .map((row) => calcWrite(row.id, INPUTS[row.id], cell(COL.figure, rows[row.id])))
    .filter((w): w is CalcWrite => w !== null);
  expect(writes.length).toBeGreaterThan(40);
  const verdictCells = catalog
    .filter((r) => r.target !== null)
    .map((r) => cell(COL.verdict, rows[r.id]));
  const figureCells = catalog.map((r) => cell(COL.figure, rows[r.id]));
  const calc = runCalc(made.data, {
    sheet: spec.name,
    writes,
    reads: [...verdictCells, ...figureCells],
  });
  expect(calc.version).toMatch(/^\d+\.\d+/);

  // Calc's verdicts and ratios against the core's evaluate of the same figures
  const inputs: Record<string, CellInput> = {};
  for (const w of writes) {
    const id = catalog.find((r) => cell(COL.figure, rows[r.id]) === w.address)!.id;
    inputs[id] = "text" in w ? w.text : w.number;
  }
  const core = evaluate(inputs, { level: UNIT.level });
  const shown: Record<string, [string, string]> = {};
  const expected: Record<string, [string, string]> = {};
  for (const row of catalog) {
    if (row.target === null) continue;
    const got = calc.reads[cell(COL.verdict, rows[row.id])];
    expect(got.error).toBe(0);
    shown[row.id] = [row.id, got.text];
    expected[row.id] = [row.id, core[row.id].verdict ?? ""];
  }
  expect(shown).toEqual(expected);
  for (const row of catalog.filter((r) => r.kind === "ratio")) {
    const got = calc.reads[cell(COL.figure, rows[row.id])];
    const value = core[row.id].value;
    if (typeof value === "number")
      expect([row.id, got.value]).toEqual([row.id, expect.closeTo(value, 12)]);
    else expect([row.id, got.text]).toEqual([row.id, ""]);
  }

  // the file Calc saved, read by the add-in: the unit, its code, the figures and Calc's verdicts
  const fileName = "Phuong Ben Thanh (LibreOffice).xlsx";
  const [sheet, ...others] = await readXlsx(calc.saved, fileName);
  expect(others).toEqual([]);
  plainOnly(sheet.formulas);
  const read = readUnitSheet(sheet);
  expect(read.params).toEqual(UNIT);
  const results = shownResults(read);
  for (const row of catalog) {
    if (row.target === null) continue;
    expect([row.id, results[row.id].verdict]).toEqual([row.id, shown[row.id][1]]);
  }

  // the consolidation of the file equals the one of the same figures in the add-in's own sheet
  const fromFile = new MemoryWorkbook();
  const viaFile = await consolidateCity(fromFile, {
    period: PERIOD,
    files: [{ name: fileName, data: toBuffer(calc.saved) }],
  });
  const own = new MemoryWorkbook();
  await generateSheet(own, UNIT);
  typeReport(own, sheetName(UNIT), INPUTS);
  const viaSheet = await consolidateCity(own, { period: PERIOD });
  expect(viaFile.units).toBe(1);
  expect(viaFile.status.unknown).toEqual([]); // matched by its code in the official list
  expect(viaFile.tiers).toEqual(viaSheet.tiers);
  expect(viaFile.rowsWithMissing).toBe(viaSheet.rowsWithMissing);
  expect(await citySheets(fromFile, viaFile)).toEqual(await citySheets(own, viaSheet));
});

const toBuffer = (data: Uint8Array) =>
  data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;

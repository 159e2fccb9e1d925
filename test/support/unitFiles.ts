/**
 * Unit workbooks as tests need them: a unit's sheet in the fake Excel as the analyst leaves it, and a unit's own
 * workbook saved as .xlsx (as a unit sends it to the city).
 */
import ExcelJS from "exceljs";
import { sheetName } from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { generateSheet } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office";
import { typeReport } from "../sheet/support";
import type { FakeExcel, FakeSheet } from "./officeMock";
import { reportCells } from "./reportCells";

/** Round trips a call takes. */
export async function syncsOf<T>(excel: FakeExcel, run: () => Promise<T>): Promise<[T, number]> {
  const before = excel.syncs;
  const result = await run();
  return [result, excel.syncs - before];
}

/** Generate, then the figures typed in: a unit's sheet as the analyst leaves it. */
export async function unitSheet(
  excel: FakeExcel,
  params: SheetParams,
  inputs: Record<string, unknown>
): Promise<FakeSheet> {
  const { sheet } = await generateSheet(new OfficeWorkbook(excel.run), params);
  return excel.seed(sheet, reportCells(inputs));
}

/** A unit's own workbook, saved as .xlsx, from a sheet generated and typed in another workbook. */
export async function unitWorkbookFile(
  params: SheetParams,
  inputs: Record<string, unknown>
): Promise<ArrayBuffer> {
  const other = new MemoryWorkbook();
  await generateSheet(other, params);
  typeReport(other, sheetName(params), inputs);
  const [snap] = await other.readSheets((await other.readHeads()).map((h) => h.name));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(snap.name);
  snap.formulas.forEach((line, r) =>
    line.forEach((f, c) => {
      const v = snap.values[r][c];
      if (f === null && v === null) return;
      ws.getCell(r + 1, c + 1).value =
        typeof f === "string" && f.startsWith("=")
          ? ({ formula: f.slice(1), result: v as number } as ExcelJS.CellFormulaValue)
          : (v as string);
    })
  );
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

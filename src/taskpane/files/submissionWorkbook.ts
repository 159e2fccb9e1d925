/**
 * The submission file of "Chốt số liệu": the unit sheet as an .xlsx of values only — no formula at all, so that it
 * opens anywhere without #NAME? — carrying the finalization stamp in the cells the sheet has it (docs/sheets.md#finalization-stamp).
 * Written with ExcelJS, loaded only when a sheet is finalized.
 */
import type { CellValue } from "../../core/sheet";
import { COL, HEADER_ROW, TITLE_ROWS, VALUES_MARK } from "../../core/sheet";

type ExcelJsModule = typeof import("exceljs");

async function excelJs(): Promise<ExcelJsModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJsModule & {
    default?: ExcelJsModule;
  };
  return mod.default ?? mod;
}

export interface SubmissionSheet {
  /** The worksheet's name (a unit sheet's name: valid in Excel already). */
  readonly name: string;
  /** The sheet's values as computed, A1 onwards (a formula's value, never the formula). */
  readonly values: readonly (readonly CellValue[])[];
  /** Column widths in points, A onwards; the last (the id column) is hidden. */
  readonly widths: readonly number[];
}

/**
 * The .xlsx bytes. Every cell is a constant: a number, a boolean, or text (a text starting with "=" stays text). H5
 * reads VALUES_MARK: the computed figures are the add-in's values, as after a values-only fill.
 */
export async function submissionWorkbook(sheet: SubmissionSheet): Promise<Uint8Array> {
  const ExcelJS = await excelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = "CĐS Excel";
  const ws = wb.addWorksheet(sheet.name);
  sheet.widths.forEach((points, i) => {
    const column = ws.getColumn(i + 1);
    column.width = Math.round((points / 5.6) * 10) / 10; // points to characters, roughly
    if (i === COL.id) column.hidden = true;
  });
  sheet.values.forEach((line, r) => {
    line.forEach((v, c) => {
      if (v === null || v === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v; // ExcelJS writes a string as a shared string, never as a formula
      if (typeof v === "string") cell.numFmt = "@";
    });
  });
  ws.getCell(TITLE_ROWS.marks, COL.id + 1).value = VALUES_MARK;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getRow(HEADER_ROW).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: HEADER_ROW }];
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

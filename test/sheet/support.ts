import { catalog, findRow, yesNoWords } from "../../src/core";
import { standardRows } from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { INPUTS } from "../support/unitReport";

export const PARAMS: SheetParams = {
  unit: "Sở Khoa học và Công nghệ",
  level: "so",
  period: { year: 2025, part: "Q3" },
};

/** What a person types for a figure of the unit report fixture. */
export function typed(id: string, v: unknown): string {
  const row = findRow(id)!;
  if (v === null || v === undefined) return "";
  if (row.kind === "yesno") {
    const [done, notDone] = yesNoWords(row);
    const yes = v === true || (typeof v === "string" && /^(Có|Đã)/.test(v));
    return yes ? done : notDone;
  }
  if (row.kind === "percent")
    return `${String(Math.round((v as number) * 1e6) / 1e4).replace(".", ",")}%`;
  return String(v);
}

/** Types the whole fixture report into a generated sheet, as a person would, cell by cell. */
export function typeReport(
  wb: MemoryWorkbook,
  sheet: string,
  inputs: Record<string, unknown> = INPUTS
): void {
  const rows = standardRows();
  for (const row of catalog) {
    if (!(row.id in inputs) || row.kind === "ratio" || row.sameAs) continue;
    const refused = wb.type(sheet, `C${rows[row.id]}`, typed(row.id, inputs[row.id]));
    if (refused) throw new Error(`${row.id}: ${refused}`);
  }
}

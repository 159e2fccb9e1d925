import { catalog, yesNoWords } from "../../src/core";
import { standardRows } from "../../src/sheets";
import { type CellValue } from "../../src/core";

/**
 * The figure cells of a generated sheet as Excel stores what a person types in them: counts as numbers, percentages
 * as fractions (30% is 0.3), yes/no rows as the row's own words. Ratios and twin rows are left to the add-in.
 */
export function reportCells(inputs: Readonly<Record<string, unknown>>): Record<string, CellValue> {
  const rows = standardRows();
  const cells: Record<string, CellValue> = {};
  for (const row of catalog) {
    const v = inputs[row.id];
    if (v === null || v === undefined || row.kind === "ratio" || row.sameAs) continue;
    let typed: CellValue;
    if (row.kind === "yesno") {
      const [done, notDone] = yesNoWords(row);
      typed = v === true || (typeof v === "string" && /^(Có|Đã)/.test(v)) ? done : notDone;
    } else typed = v as CellValue;
    cells[`C${rows[row.id]}`] = typed;
  }
  return cells;
}

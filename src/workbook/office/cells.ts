/**
 * Cells as Office.js carries them. Text stays text: a cell whose content is text gets the number format "@" in the
 * same batch, before its content is written. Excel takes what is written to a "@" cell literally, so "=SUM(A1:A3)",
 * "+84 912", "-5" or "@abc" are stored as text and never parsed as a formula or a number. (The other way Excel offers,
 * a leading apostrophe, is not used: it depends on the apostrophe being taken as the cell's prefix character rather
 * than as part of the text.) Conversely a formula, number or boolean never lands in a "@" cell: it would be stored as
 * text.
 */
import { formatFor, type CellContent } from "../../sheets";
import { type CellValue } from "../../core";

/** Empty cells come as "": null, as the in-memory workbook gives them. */
export function plain(grid: unknown[][]): CellValue[][] {
  return grid.map((row) => row.map((v) => (v === "" || v === undefined ? null : (v as CellValue))));
}

/** What a content is written as through `Range.formulas`. */
export function inputOf(content: CellContent): string | number | boolean {
  if ("text" in content) return content.text;
  if ("number" in content) return content.number;
  if ("bool" in content) return content.bool;
  if ("formula" in content) return content.formula;
  return "";
}

/** Queues the write of one cell: the number format its content needs (see formatFor), then the content. */
export function writeCell(
  range: Excel.Range,
  content: CellContent,
  asked: string | undefined
): void {
  const format = formatFor(content, asked);
  if (format !== undefined) range.numberFormat = [[format]];
  range.formulas = [[inputOf(content)]];
}

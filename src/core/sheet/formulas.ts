/** The formulas the add-in writes on the standard sheet: the computed figures and the live verdicts. */
import type { CatalogRow } from "../catalog";
import { VERDICTS, type Level } from "../types";
import { cell, columnLetter } from "./a1";
import { COL } from "./grid";

export function figureFormula(
  row: CatalogRow,
  rowOf: Readonly<Record<string, number>>
): string | null {
  if (row.kind === "ratio") {
    // blank while a part is blank: no #N/A on a sheet not yet filled in (the verdict says "Chưa có số liệu")
    const num = cell(COL.figure, rowOf[row.parts.num]);
    const den = cell(COL.figure, rowOf[row.parts.den]);
    return `=IF(OR(${num}="",${den}=""),"",CDS.RATE(${num},${den}))`;
  }
  if (row.sameAs) {
    const other = cell(COL.figure, rowOf[row.sameAs]);
    return `=IF(ISBLANK(${other}),"",${other})`;
  }
  return null;
}

/**
 * The verdict of a row, live: "Chưa có số liệu" when the figure is blank or missing (#N/A), nothing when the figure or
 * the target cannot be right (the Fill notes say why), else CDS.CHECK against the target cell. A yes/no row names
 * itself, so that only its own words are accepted ("Đã triển khai" is no answer to "ban hành"), as Fill reads them.
 */
export function verdictFormula(
  sheetRow: number,
  level: Level,
  row?: Pick<CatalogRow, "id" | "kind">
): string {
  const fig = cell(COL.figure, sheetRow);
  const target = cell(COL.target, sheetRow);
  const none = `"${VERDICTS.noData}"`;
  const own = row?.kind === "yesno" ? `,"${row.id}"` : "";
  return `=IF(ISNA(${fig}),${none},IFERROR(IF(${fig}="",${none},CDS.CHECK(${fig},${target},"${level}"${own})),""))`;
}

const FIGURE_LETTER = columnLetter(COL.figure);
/** The formula figureFormula writes for a `sameAs` row, spaces aside: =IF(ISBLANK(C30),"",C30). */
const SAME_AS_FORMULA = new RegExp(
  `^=IF\\(ISBLANK\\(${FIGURE_LETTER}\\d+\\),"",${FIGURE_LETTER}\\d+\\)$`,
  "i"
);

/** Whether a formula is one the add-in writes (so a new Generate or Fill may write it again). */
export function isGeneratedFormula(formula: string): boolean {
  return /CDS\./i.test(formula) || SAME_AS_FORMULA.test(formula.replace(/\s/g, ""));
}

/** The formulas the add-in writes on the standard sheet: the computed figures and the live verdicts. */
import type { SheetKind } from "../../core/types";
import { catalog, type CatalogRow } from "../../core/catalog";
import { VERDICTS, type Level } from "../../core/types";
import { cell, columnLetter } from "../a1";
import { COL } from "./grid";
import { hasVerdict } from "../../core";
import { plainRatioFormula, plainVerdictFormula } from "./plainFormulas";

/**
 * The formula of a computed figure: a ratio of its parts (CDS.RATE, or Excel's own functions on a plain sheet), or
 * the copy of its twin (`sameAs`, the same on both kinds); null for a typed figure.
 */
export function figureFormula(
  row: CatalogRow,
  rowOf: Readonly<Record<string, number>>,
  kind: SheetKind = "cds"
): string | null {
  if (row.kind === "ratio") {
    // blank while a part is blank: no #N/A on a sheet not yet filled in (the verdict says "Chưa có số liệu")
    const num = cell(COL.figure, rowOf[row.parts.num]);
    const den = cell(COL.figure, rowOf[row.parts.den]);
    if (kind === "plain") return plainRatioFormula(num, den);
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
 * On a plain sheet, the same verdict with Excel's own functions (plainVerdictFormula; it needs the row).
 */
export function verdictFormula(
  sheetRow: number,
  level: Level,
  row?: Pick<CatalogRow, "id" | "kind" | "title">,
  kind: SheetKind = "cds"
): string {
  const fig = cell(COL.figure, sheetRow);
  const target = cell(COL.target, sheetRow);
  if (kind === "plain" && row) return plainVerdictFormula(fig, target, row);
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

/** A formula with its cell references as "§", without spaces, in capitals: the shape of an add-in's formula. */
const shape = (formula: string) =>
  formula
    .replace(/\s/g, "")
    .toUpperCase()
    .replace(/\$?[A-Z]{1,3}\$?\d+/g, "§");

/** The shapes of every formula a plain sheet holds: the ratio, and each kind of row's verdict. */
const PLAIN_SHAPES: ReadonlySet<string> = new Set([
  shape(plainRatioFormula("C1", "C2")),
  ...catalog.filter(hasVerdict).map((row) => shape(plainVerdictFormula("C1", "F1", row))),
]);

/**
 * Whether a formula is one the add-in writes, of either kind (so a new Generate or Fill may write it again, or write
 * the other kind's in its place): a CDS function, the copy of a `sameAs` row, or exactly the shape of a plain
 * sheet's ratio or verdict. An analyst's own formula is none of these.
 */
export function isGeneratedFormula(formula: string): boolean {
  return (
    /CDS\./i.test(formula) ||
    SAME_AS_FORMULA.test(formula.replace(/\s/g, "")) ||
    PLAIN_SHAPES.has(shape(formula))
  );
}

/** The level of a reporting unit (docs/domain.md#reporting-units). */
export type Level = "so" | "xa" | "huyen" | "tp";

export type Kind = "ratio" | "count" | "percent" | "yesno" | "rank" | "group";

/** The verdict words, the one place they are spelled. */
export const VERDICTS = {
  met: "Đạt",
  notMet: "Chưa đạt",
  noData: "Chưa có số liệu",
} as const;

export type Verdict = (typeof VERDICTS)[keyof typeof VERDICTS];

/** Whether a verdict that changed lost a Đạt (to Chưa đạt or to no data): the news a comparison puts first. */
export function lostMet(from: Verdict | null | undefined, to: Verdict | null | undefined): boolean {
  return from === VERDICTS.met && !!to && to !== VERDICTS.met;
}

/** The verdicts in the order the reports show them: met, not met, no data. */
export const VERDICT_ORDER: readonly Verdict[] = [VERDICTS.met, VERDICTS.notMet, VERDICTS.noData];

/** What a cell can hold when it reaches the core: Excel's scalar values, or nothing. */
export type CellInput = number | string | boolean | null | undefined;

export type PillarId =
  "chung" | "du-lieu-so" | "chinh-quyen-so" | "kinh-te-so" | "xa-hoi-so" | "an-toan-an-ninh-mang";

/** A cell's value as a workbook gives it: errors come as their text ("#N/A"), a blank as null or "". */
export type CellValue = string | number | boolean | null;

/** The two kinds of unit sheet: with the add-in's custom functions (CDS.RATE, CDS.CHECK), or with Excel's own. */
export type SheetKind = "cds" | "plain";

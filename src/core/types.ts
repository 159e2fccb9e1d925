/** The level of a reporting unit (SPEC.md: who uses it). */
export type Level = "so" | "xa" | "huyen" | "tp";

export type Kind = "ratio" | "count" | "percent" | "yesno" | "rank" | "group";

export type Verdict = "Đạt" | "Chưa đạt" | "Chưa có số liệu";

export const VERDICTS = {
  met: "Đạt",
  notMet: "Chưa đạt",
  noData: "Chưa có số liệu",
} as const satisfies Record<string, Verdict>;

/** The verdicts in the order the reports show them: met, not met, no data. */
export const VERDICT_ORDER: readonly Verdict[] = [VERDICTS.met, VERDICTS.notMet, VERDICTS.noData];

/** The key of a verdict in VERDICTS ("Chưa đạt" → "notMet"). */
export function verdictKey(verdict: Verdict): keyof typeof VERDICTS {
  return (Object.keys(VERDICTS) as (keyof typeof VERDICTS)[]).find((k) => VERDICTS[k] === verdict)!;
}

/** What a cell can hold when it reaches the core: Excel's scalar values, or nothing. */
export type CellInput = number | string | boolean | null | undefined;

export type PillarId = "chung" | "du-lieu-so" | "chinh-quyen-so" | "kinh-te-so" | "xa-hoi-so" | "an-toan-an-ninh-mang";

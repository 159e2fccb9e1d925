import { CdsError } from "./errors";

/** A reporting period: a quarter, the first half, or the whole year. */
export type PeriodPart = "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "Y";

export interface Period {
  readonly year: number;
  readonly part: PeriodPart;
}

export const PERIOD_PARTS: readonly { readonly part: PeriodPart; readonly label: string }[] = [
  { part: "Q1", label: "Quý I" },
  { part: "Q2", label: "Quý II" },
  { part: "Q3", label: "Quý III" },
  { part: "Q4", label: "Quý IV" },
  { part: "H1", label: "6 tháng đầu năm" },
  { part: "Y", label: "Cả năm" },
];

/** "Quý III năm 2025", "6 tháng đầu năm 2025", "Năm 2025". */
export function periodText(p: Period): string {
  if (p.part === "Y") return `Năm ${p.year}`;
  if (p.part === "H1") return `6 tháng đầu năm ${p.year}`;
  return `${PERIOD_PARTS.find((x) => x.part === p.part)!.label} năm ${p.year}`;
}

/** "2025-Q3", "2025-H1", "2025" */
export function periodCode(p: Period): string {
  return p.part === "Y" ? String(p.year) : `${p.year}-${p.part}`;
}

export function parsePeriodCode(code: string): Period | null {
  const m = /^(\d{4})(?:-(Q[1-4]|H1))?$/.exec(code.trim());
  return m ? { year: Number(m[1]), part: (m[2] as PeriodPart | undefined) ?? "Y" } : null;
}

/** The period from its words as the title block shows them (periodText): "Quý III năm 2025", "Năm 2025". */
export function parsePeriodText(text: string): Period | null {
  const t = text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
  const m = /(\d{4})$/.exec(t);
  if (!m) return null;
  const year = Number(m[1]);
  const part = PERIOD_PARTS.find(
    (p) => periodText({ year, part: p.part }).toLocaleLowerCase("vi") === t
  );
  return part ? { year, part: part.part } : null;
}

/** The years a report may be for. */
export const YEAR_MIN = 2020;
export const YEAR_MAX = 2100;

/** Whether `year` is a report year (an integer from YEAR_MIN to YEAR_MAX). */
export function isReportYear(year: unknown): year is number {
  return typeof year === "number" && Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
}

/** Checks a period entered in the task pane. */
export function checkPeriod(p: Period): Period {
  if (!isReportYear(p.year)) {
    throw new CdsError(
      "invalidValue",
      `Năm báo cáo "${p.year}" không hợp lệ: hãy nhập năm như 2025.`
    );
  }
  if (!PERIOD_PARTS.some((x) => x.part === p.part))
    throw new CdsError("invalidValue", "Kỳ báo cáo không hợp lệ.");
  return p;
}

import { catalog, type CatalogRow } from "./catalog";
import { rowResult, textOf, type Results, type RowResult } from "./evaluate";
import { clean, formatNumber } from "./format";
import { rowById } from "./target";
import { isBlank } from "./text";
import type { Kind, Verdict } from "./types";
import { readFigure } from "./values";
import { VERDICT_ORDER, VERDICTS } from "./types";

/** Whether a row moved towards its target, away from it, or stayed. */
export type Trend = "better" | "worse" | "same";

export interface RowChange {
  readonly id: string;
  readonly kind: Kind;
  readonly current: RowResult;
  readonly previous: RowResult | null;
  /**
   * current − previous in the indicator's unit: percentage points for ratios and percentages (3.2 for 60,25% after
   * 57,05%), items for counts, places for the rank, units for a city's yes/no; null where either side has no figure.
   */
  readonly delta: number | null;
  /** The change as the report writes it: "+3,20 điểm %", "+120", "lên 2 bậc", "" where there is none to show. */
  readonly deltaText: string;
  /** "Chưa đạt → Đạt", "Đạt → Chưa đạt", …; null when the verdict did not change (or either side has none). */
  readonly verdictChange: string | null;
  /** Towards the target or away from it, by the figure (a rank goes better down); null where there is no figure. */
  readonly trend: Trend | null;
}

export interface Comparison {
  readonly rows: Readonly<Record<string, RowChange>>;
  /** The rows whose verdict changed, worst news first: lost Đạt, then fell to no data, then newly met. */
  readonly verdictChanges: readonly RowChange[];
}

/**
 * The difference of two decimals as the report shows it, with the noise of binary subtraction taken out
 * (0,6025 − 0,5705 is 3,20 points, not 3,2000000000000003 nor 3,1999…): 12 significant digits are far finer than
 * any figure of the report and far coarser than the noise.
 */
function difference(a: number, b: number, scale: number): number {
  const d = clean(a * scale) - clean(b * scale);
  return d === 0 ? 0 : Number(d.toPrecision(12));
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : value < 0 ? `−${text.replace(/^-/, "")}` : text;
}

function deltaOf(
  kind: Kind,
  current: RowResult,
  previous: RowResult
): { delta: number | null; text: string } {
  const a = current.value;
  const b = previous.value;
  if (typeof a !== "number" || typeof b !== "number") return { delta: null, text: "" };
  if (kind === "ratio" || kind === "percent") {
    const d = difference(a, b, 100);
    return { delta: d, text: `${signed(formatNumber(d, 2), d)} điểm %` };
  }
  const d = difference(a, b, 1);
  if (kind === "rank") {
    if (d === 0) return { delta: 0, text: "giữ hạng" };
    return {
      delta: d,
      text: d < 0 ? `lên ${formatNumber(-d)} bậc` : `xuống ${formatNumber(d)} bậc`,
    };
  }
  if (kind === "yesno") return { delta: d, text: `${signed(formatNumber(d), d)} đơn vị` }; // the city's k of "k/n"
  return { delta: d, text: signed(formatNumber(d), d) };
}

function trendOf(
  kind: Kind,
  delta: number | null,
  current: RowResult,
  previous: RowResult
): Trend | null {
  if (
    kind === "yesno" &&
    typeof current.value === "boolean" &&
    typeof previous.value === "boolean"
  ) {
    return current.value === previous.value ? "same" : current.value ? "better" : "worse";
  }
  if (delta === null) return null;
  if (delta === 0) return "same";
  const up = delta > 0;
  return (kind === "rank" ? !up : up) ? "better" : "worse";
}

/** How bad a verdict change is: lower first. */
function badness(from: Verdict, to: Verdict): number {
  if (from === VERDICTS.met && to === VERDICTS.notMet) return 0;
  if (to === VERDICTS.noData) return from === VERDICTS.met ? 1 : 2;
  if (to === VERDICTS.notMet) return 3; // from no data to not met
  return to === VERDICTS.met && from === VERDICTS.notMet ? 5 : 4;
}

/**
 * A period against the one before (the same period of last year, or the previous quarter): for every row the change
 * in its own unit, the change of verdict, and whether it moved towards the target. Pure: two Results in, no Excel.
 */
export function compare(current: Results, previous: Results): Comparison {
  const rows: Record<string, RowChange> = {};
  const changed: { change: RowChange; rank: number; order: number }[] = [];
  catalog.forEach((row, order) => {
    const now = current[row.id];
    if (!now) return;
    const before = previous[row.id] ?? null;
    const { delta, text } = before ? deltaOf(row.kind, now, before) : { delta: null, text: "" };
    const verdictChange =
      before && now.verdict && before.verdict && now.verdict !== before.verdict
        ? `${before.verdict} → ${now.verdict}`
        : null;
    const change: RowChange = {
      id: row.id,
      kind: row.kind,
      current: now,
      previous: before,
      delta,
      deltaText: text,
      verdictChange,
      trend: before ? trendOf(row.kind, delta, now, before) : null,
    };
    rows[row.id] = change;
    if (verdictChange && before?.verdict && now.verdict)
      changed.push({ change, rank: badness(before.verdict, now.verdict), order });
  });
  changed.sort((x, y) => x.rank - y.rank || x.order - y.order);
  return { rows, verdictChanges: changed.map((c) => c.change) };
}

/** A figure of a row as a cell holds it, for the change: a number, "60%", or the city's "k/n đơn vị" (k). */
function figureOf(row: CatalogRow, raw: unknown): number | boolean | null {
  if (isBlank(raw)) return null;
  if (row.kind === "yesno" && typeof raw === "string") {
    const units = /^\s*(\d+)\s*\/\s*(\d+)\s*đơn vị\s*$/iu.exec(raw.normalize("NFC"));
    if (units) return Number(units[1]);
  }
  return readFigure(row, raw);
}

function verdictOf(raw: unknown): Verdict | null {
  if (isBlank(raw)) return null;
  const text = String(raw).normalize("NFC").trim();
  // (no Object.values: the functions run where the runtime has ES2016 only)
  return (VERDICT_ORDER as readonly string[]).includes(text) ? (text as Verdict) : null;
}

/**
 * A row's result from a figure and a verdict as cells show them (a number, "60%", words, the city's "k/n đơn vị";
 * a verdict word or blank), for the comparison's arithmetic: what CDS.CHANGE compares, and what a record of figures
 * (the city's review of a version) is compared from. A figure that cannot be read is a CdsError.
 */
export function shownResult(row: CatalogRow, figure: unknown, verdict?: unknown): RowResult {
  const value = figureOf(row, figure);
  return rowResult(row, { value, verdict: verdictOf(verdict), text: textOf(row, value) });
}

/**
 * The change of one row as the sheet shows it, live (CDS.CHANGE): "+3,20 điểm %", "+120", "lên 2 bậc", "+1 đơn vị",
 * then " · Chưa đạt → Đạt" when the verdict changed; "" where either figure is blank. The same arithmetic and words as
 * compare(). A figure that cannot be read is a CdsError (#VALUE! with why), never a wrong change.
 */
export function changeBetween(
  id: unknown,
  current: unknown,
  previous: unknown,
  previousVerdict?: unknown,
  currentVerdict?: unknown
): string {
  const row = rowById(id);
  const now = shownResult(row, current, currentVerdict);
  const before = shownResult(row, previous, previousVerdict);
  const { text } = deltaOf(row.kind, now, before);
  const verdictChange =
    now.verdict && before.verdict && now.verdict !== before.verdict
      ? `${before.verdict} → ${now.verdict}`
      : "";
  return [text, verdictChange].filter((t) => t !== "").join(" · ");
}

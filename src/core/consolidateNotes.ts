/**
 * The words of the consolidation's notes, in Vietnamese: what a row's sums (consolidateSums.ts) cover, what they
 * leave out and why. No arithmetic here: every figure said is one the sums gave.
 */
import type { PooledSum, RowGaps } from "./consolidateSums";
import { formatNumber, formatPercent } from "./format";
import { LEVEL_NAMES } from "./levels";
import type { Verdict } from "./types";
import type { UnitLevel } from "./unitReport";

/** "A, B, C và 12 đơn vị khác" */
export function listUnits(units: readonly string[], shown = 5): string {
  if (units.length <= shown) return units.join(", ");
  return `${units.slice(0, shown).join(", ")} và ${units.length - shown} đơn vị khác`;
}

export const TOO_LARGE = `Tổng vượt quá ${formatNumber(Number.MAX_SAFE_INTEGER)}: không tính chính xác được, không đánh giá.`;

/** A row's note from its sentences, in order, those with nothing to say left out. */
export function joinNotes(...sentences: readonly string[]): string {
  return sentences.filter(Boolean).join(" ");
}

/** Whom the city counts: the units counted, those expected (counted, and the roster's not reported), the latter. */
export interface Coverage {
  readonly units: number;
  readonly expected: number;
  readonly notSubmitted: number;
}

/**
 * "Tổng hợp từ 150/168 đơn vị. …": said where a unit is missing from the row's sum (not reported, left out as wrong,
 * or not submitted at all); "" when every unit expected is in it.
 */
export function coverageNote(c: Coverage, gaps: RowGaps, reported: number): string {
  if (!c.units) return "Chưa có báo cáo của đơn vị nào.";
  const parts = [`Tổng hợp từ ${reported}/${c.expected} đơn vị.`];
  if (c.notSubmitted) parts.push(`${c.notSubmitted} đơn vị trong danh sách chưa nộp báo cáo.`);
  if (gaps.missing.length) parts.push(`Chưa báo cáo: ${listUnits(gaps.missing)}.`);
  if (gaps.invalid.length)
    parts.push(`Số liệu không hợp lệ, không cộng: ${listUnits(gaps.invalid)}.`);
  const gapped = gaps.missing.length + gaps.invalid.length > 0;
  return gapped || reported < c.expected ? parts.join(" ") : "";
}

/** The note of a count of the units that did a yes/no row (22.1 of 22). */
export function unitsDoneNote(of: string, reported: number, gaps: RowGaps): string {
  return joinNotes(
    reported ? `Số đơn vị đã thực hiện chỉ tiêu ${of}, trên ${reported} đơn vị báo cáo.` : "",
    gaps.invalid.length ? `Câu trả lời không hợp lệ, không tính: ${listUnits(gaps.invalid)}.` : ""
  );
}

/** The units that answered a yes/no row with "no": "Chưa thực hiện: …."; "" when none. */
export function notDoneNote(notDone: readonly string[]): string {
  return notDone.length ? `Chưa thực hiện: ${listUnits(notDone)}.` : "";
}

/** One tier of 18: "Cấp huyện: 42,50% (≥ 40%, 12 đơn vị) — Đạt." */
export function tierNote(
  level: UnitLevel,
  sum: PooledSum,
  target: string,
  verdict: Verdict | null
): string {
  const figure = !sum.exact
    ? "tổng quá lớn, không tính được"
    : sum.value === null
      ? "chưa có số liệu"
      : formatPercent(sum.value);
  return `${LEVEL_NAMES[level]}: ${figure} (${target}, ${sum.n} đơn vị) — ${verdict ?? "không đánh giá"}.`;
}

/** A pooled ratio's parts: "9.1 = 1.234, 9.2 = 2.000."; "" without units or exact sums. */
export function partsNote(
  parts: { readonly num: string; readonly den: string },
  sum: PooledSum
): string {
  return sum.n && sum.exact
    ? `${parts.num} = ${formatNumber(sum.num)}, ${parts.den} = ${formatNumber(sum.den)}.`
    : "";
}

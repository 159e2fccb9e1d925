/**
 * The city's review of a unit's report (docs/sheets.md#review-sheet, docs/domain.md#review-and-approval): a comment
 * on any indicator and a state per unit — "Cần giải trình" or "Đã duyệt" — about one finalized version of the report
 * (its version and fingerprint); the reply that carries it to the unit; the change list when the next version comes;
 * and the approval rule: an approved version is what the city counts until a newer one is approved.
 */
import { catalog, findRow, isInput } from "./catalog";
import { compare, shownResult, type RowChange } from "./comparison";
import { isCdsError } from "./errors";
import { rowResult, type Inputs, type Results, type RowResult } from "./evaluate";
import { LEVEL_NAMES } from "./levels";
import { periodCode, periodText, type Period } from "./period";
import type { SheetParams } from "./identity";
import { sameIdentity } from "./identity";
import { fold } from "./text";
import type { CellInput, Level } from "./types";

/** What the city decided about a version: explain (sent back) or approved. */
export type ReviewState = "explain" | "approved";

/** The states as the sheets and files write them. */
export const REVIEW_WORDS: Readonly<Record<ReviewState, string>> = {
  explain: "Cần giải trình",
  approved: "Đã duyệt",
};
/** A review with no state chosen yet. */
export const NOT_REVIEWED = "Chưa rà soát";
/** An approved unit whose report has a newer version (or changed after its finalization) than the one approved. */
export const REAPPROVE_WORDS = "Cần duyệt lại";

/**
 * A state as typed or written: one of REVIEW_WORDS (case, spacing, diacritics' Unicode form aside), null for blank,
 * undefined for anything else.
 */
export function readReviewState(value: unknown): ReviewState | null | undefined {
  const text = value === null || value === undefined ? "" : String(value).normalize("NFC").trim();
  if (!text) return null;
  const f = fold(text);
  for (const state of Object.keys(REVIEW_WORDS) as ReviewState[])
    if (fold(REVIEW_WORDS[state]) === f) return state;
  return undefined;
}

/** Which finalized report is reviewed: the unit, level, period (and roster code), its version and fingerprint. */
export interface ReviewedVersion {
  readonly unit: string;
  readonly code?: string;
  readonly level: Level;
  readonly period: Period;
  /** The stamp's version (1, 2, …). */
  readonly version: number;
  /** The stamp's fingerprint: SHA-256, 64 lower-case hex digits. */
  readonly fingerprint: string;
}

/** One indicator of the version reviewed: its figure and verdict as reported, its evidence, the city's comment. */
export interface ReviewLine {
  readonly id: string;
  /** The figure as the report holds it: a number (a fraction for percentages), the yes/no words, or null. */
  readonly figure: string | number | boolean | null;
  readonly verdict: string;
  readonly evidence: string;
  /** The city's comment, as typed ("" for none). */
  readonly comment: string;
}

/** The city's review of one version of a unit's report. */
export interface Review extends ReviewedVersion {
  readonly state: ReviewState | null;
  /** Every indicator line of the version reviewed, in catalog order. */
  readonly lines: readonly ReviewLine[];
}

/** The comments of a review, in catalog order: the lines with a comment. */
export function reviewComments(review: Review): readonly ReviewLine[] {
  return review.lines.filter((l) => l.comment.trim() !== "");
}

/** The identity of the unit a review or reply is about, as a sheet's title block has it. */
export function reviewParams(v: ReviewedVersion): SheetParams {
  return v.code
    ? { unit: v.unit, level: v.level, period: v.period, code: v.code }
    : { unit: v.unit, level: v.level, period: v.period };
}

/** "Phường Bến Thành (Phường, xã, đặc khu), Quý III năm 2025": a report's identity as messages name it. */
export function reportName(p: SheetParams): string {
  return `"${p.unit}" (${LEVEL_NAMES[p.level]}), ${periodText(p.period)}`;
}

/** One comment of the reply file: the indicator, its title, the figure reviewed as the report writes it. */
export interface ReplyComment {
  readonly id: string;
  readonly title: string;
  /** "60,25%", "1.234", "Đã ban hành"; "" where the unit gave none. */
  readonly figure: string;
  readonly verdict: string;
  readonly comment: string;
}

/** "Gửi ý kiến cho đơn vị": what the reply file carries. */
export interface Reply extends ReviewedVersion {
  readonly state: ReviewState | null;
  readonly comments: readonly ReplyComment[];
}

/**
 * The rows of the version reviewed as judged then: each line's figure and verdict as the review recorded them, read
 * with the comparison's reading (shownResult). A figure that cannot be read (the record edited by hand) is an
 * invalid row without figure, never a wrong one.
 */
export function reviewedResults(review: Review): Results {
  const out: Record<string, RowResult> = {};
  for (const l of review.lines) {
    const row = findRow(l.id);
    if (!row) continue;
    try {
      out[l.id] = shownResult(row, l.figure, l.verdict);
    } catch (e) {
      if (!isCdsError(e)) throw e;
      out[l.id] = rowResult(row, { invalid: true, note: e.message });
    }
  }
  return out;
}

/**
 * The reply of a review: its identity, the version and fingerprint reviewed, its state and its comments (catalog
 * order) with each indicator's title and the figure reviewed as the report writes it.
 */
export function replyOf(review: Review): Reply {
  const results = reviewedResults(review);
  const comments = reviewComments(review).map((l) => ({
    id: l.id,
    title: findRow(l.id)?.title ?? l.id,
    figure: results[l.id]?.text ?? "",
    verdict: l.verdict,
    comment: l.comment.trim(),
  }));
  return {
    unit: review.unit,
    ...(review.code ? { code: review.code } : {}),
    level: review.level,
    period: review.period,
    version: review.version,
    fingerprint: review.fingerprint,
    state: review.state,
    comments,
  };
}

/** Whether a review asks the unit for an answer: sent back for explanation (the replies of "Gửi ý kiến" as one .zip). */
export function needsAnswer(review: Pick<Review, "state">): boolean {
  return review.state === "explain";
}

/** The reply file's name: "Y kien TP 2025-Q3 Phuong Ben Thanh lan 1.xlsx" (no diacritics, no character a disk refuses). */
export function replyFileName(reply: ReviewedVersion): string {
  const unit = fold(reply.unit)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ")
    .slice(0, 60)
    .trim();
  return `Y kien TP ${periodCode(reply.period)} ${unit || "don vi"} lan ${reply.version}.xlsx`;
}

/** One indicator of the change list: what changed since the version reviewed, and the comment it answers. */
export interface ReviewChange {
  readonly id: string;
  readonly title: string;
  /** The comparison's change (compare in comparison.ts): delta and its words, the verdict's change. */
  readonly change: RowChange;
  /** The figure reviewed and the figure now, as the report writes them. */
  readonly before: string;
  readonly after: string;
  /** The city's comment on this indicator, null where it had none. */
  readonly comment: string | null;
}

/** The change list of a unit between the version reviewed and the next. */
export interface ChangeList {
  readonly unit: string;
  readonly reviewed: number;
  readonly next: number;
  /** Figures or verdicts that changed, in catalog order, with the comment each answers. */
  readonly changed: readonly ReviewChange[];
  /** Comments whose indicator did not change. */
  readonly unanswered: readonly {
    readonly id: string;
    readonly title: string;
    readonly comment: string;
  }[];
}

/**
 * What changed between the version reviewed (its rows as the review recorded them: reviewedResults) and the next
 * version (`next`, judged from its sheet), with the comparison's arithmetic (compare): an indicator changed when its
 * figure (as the report writes it) or its verdict changed; the comments of indicators that did not are unanswered.
 */
export function changesSinceReview(
  review: Review,
  next: { readonly version: number; readonly results: Results }
): ChangeList {
  const comparison = compare(next.results, reviewedResults(review));
  const comments = new Map(reviewComments(review).map((l) => [l.id, l.comment.trim()]));
  const changed: ReviewChange[] = [];
  const unanswered: { id: string; title: string; comment: string }[] = [];
  for (const row of catalog) {
    if (row.kind === "group") continue;
    const c = comparison.rows[row.id];
    const before = c?.previous?.text ?? "";
    const after = c?.current.text ?? "";
    const moved =
      !!c &&
      (before !== after ||
        c.verdictChange !== null ||
        (c.current.verdict ?? null) !== (c.previous?.verdict ?? null));
    const comment = comments.get(row.id) ?? null;
    if (moved) changed.push({ id: row.id, title: row.title, change: c, before, after, comment });
    else if (comment !== null) unanswered.push({ id: row.id, title: row.title, comment });
  }
  return { unit: review.unit, reviewed: review.version, next: next.version, changed, unanswered };
}

/**
 * The figures of the version reviewed as the consolidation sums a unit's report: its typed rows (counts, yes/no
 * answers, percentages, the rank) and the evidence of its yes/no rows, from the review's record — what counts of an
 * approved unit while a newer version waits (approvalStanding). Ratios are left to their parts, as on a sheet.
 */
export function reviewedInputs(review: Review): { inputs: Inputs; evidence: Inputs } {
  const inputs: Record<string, CellInput> = {};
  const evidence: Record<string, CellInput> = {};
  const lines = new Map(review.lines.map((l) => [l.id, l]));
  for (const row of catalog) {
    const l = lines.get(row.id);
    if (isInput(row)) inputs[row.id] = l?.figure ?? null;
    if (row.kind === "yesno") evidence[row.id] = l?.evidence || null;
  }
  return { inputs, evidence };
}

/** The stamp of the unit's report the city holds now, as the consolidation reads it (null: not finalized). */
export interface ReportVersion {
  readonly version: number;
  readonly fingerprint: string;
  /** The figures no longer match the stamp's fingerprint (changed after finalizing). */
  readonly changed?: boolean;
}

/**
 * Which version of a unit the city counts (the approval rule, docs/domain.md#review-and-approval):
 * - "current": no approval stands in the way — the report as it is counts (no review, sent back, or not decided);
 * - "approved": the report is the version approved, unchanged — it counts, approved;
 * - "reapprove": the unit was approved on version `approved`, and the report now is another version, or the
 *   approved version edited after finalizing: the approved version counts (its figures from the review's record),
 *   and the newer one is listed "Cần duyệt lại", never summed over it.
 */
export type Standing =
  | { readonly counts: "current"; readonly state: ReviewState | null }
  | { readonly counts: "approved"; readonly version: number }
  | {
      readonly counts: "reapprove";
      /** The version approved, which counts. */
      readonly approved: number;
      /** The report's version now (null: not finalized), which waits for approval. */
      readonly newer: number | null;
      /** "Cần duyệt lại: đã duyệt lần chốt 1; báo cáo hiện là lần chốt 2." */
      readonly message: string;
    };

export function approvalStanding(
  review: Pick<Review, "state" | "version" | "fingerprint"> | null,
  report: ReportVersion | null
): Standing {
  if (!review || review.state !== "approved")
    return { counts: "current", state: review?.state ?? null };
  if (
    report &&
    report.version === review.version &&
    report.fingerprint === review.fingerprint &&
    !report.changed
  )
    return { counts: "approved", version: review.version };
  const now = !report
    ? "báo cáo hiện chưa chốt"
    : report.version !== review.version || report.fingerprint !== review.fingerprint
      ? `báo cáo hiện là lần chốt ${report.version}`
      : `số liệu đã sửa sau lần chốt ${report.version}`;
  return {
    counts: "reapprove",
    approved: review.version,
    newer: report?.version ?? null,
    message: `${REAPPROVE_WORDS}: Thành phố đã duyệt lần chốt ${review.version}; ${now}. Tổng hợp vẫn tính số liệu lần chốt ${review.version} đã duyệt.`,
  };
}

/** The words of a standing for the status sheet's note. */
export function standingWords(standing: Standing): string {
  if (standing.counts === "approved")
    return `${REVIEW_WORDS.approved} (lần chốt ${standing.version})`;
  if (standing.counts === "reapprove") return standing.message;
  return standing.state ? REVIEW_WORDS[standing.state] : NOT_REVIEWED;
}

/** Whether a reply or review is about the report of these title-block parameters (unit, level, period; code). */
export function isAbout(v: ReviewedVersion, p: SheetParams): boolean {
  if (!sameIdentity(reviewParams(v), p)) return false;
  return !(v.code && p.code && fold(v.code) !== fold(p.code));
}

/**
 * The review's buttons decided, pure over what was read: which review sheets answer for a unit or a period, the
 * replies they send; for "Tạo trang rà soát", the latest finalized version of the unit's report among its sheets
 * whose stamps were checked, and the review sheet to write (a rerun for that version keeps the city's comments and
 * state).
 */
import {
  evaluate,
  isAbout,
  isCdsError,
  needsAnswer,
  replyOf,
  reportName,
  REVIEW_WORDS,
  reviewComments,
  shortFingerprint,
  unitKey,
  type Reply,
  type Review,
  type ReviewedVersion,
  type ReviewState,
} from "../../core";
import { BUTTONS } from "../../core/buttons";
import {
  buildReviewSheet,
  isReviewHead,
  readReviewHead,
  readReviewSheet,
  REVIEW_COL,
  reviewLines,
  sheetInputs,
  withKept,
  type SheetSnapshot,
  type SheetSpec,
  type StampCheck,
  type UnitSheet,
} from "../../sheets";
import { periodCode, type Period, type SheetParams } from "../../core";
import type { SheetHead, WriteSheetOptions } from "../../workbook/port";
import { protectedError, UserError } from "../support";

export interface ReviewSheetOutcome {
  /** The review sheet written. */
  readonly sheet: string;
  /** The unit sheet whose finalized version it reviews. */
  readonly source: string;
  readonly unit: string;
  readonly version: number;
  readonly fingerprint: string;
  /** The review sheet of this version was there already: its comments and state were kept. */
  readonly rerun: boolean;
  /** Comments on the sheet (kept from the earlier sheet of this version). */
  readonly comments: number;
  readonly state: ReviewState | null;
  /** The state as the sheet writes it ("" for none). */
  readonly stateText: string;
  /** Other sheets of the unit that were not taken, with why (an older version, not finalized, unreadable stamp). */
  readonly passed: readonly string[];
}

/** The review sheets among the title blocks, with the version each is about (a head that cannot be read is left out). */
export function reviewHeads(
  heads: readonly SheetHead[]
): { head: SheetHead; version: ReviewedVersion }[] {
  const out: { head: SheetHead; version: ReviewedVersion }[] = [];
  for (const head of heads) {
    if (!isReviewHead(head.values)) continue;
    try {
      out.push({ head, version: readReviewHead(head.values, REVIEW_COL.id, head.name) });
    } catch (e) {
      if (!isCdsError(e)) throw e;
    }
  }
  return out;
}

/** The review sheet of the unit's latest version reviewed; refused when the unit has none. */
export function latestReviewOf(
  reviews: readonly { head: SheetHead; version: ReviewedVersion }[],
  params: SheetParams
): string {
  const mine = reviews
    .filter((r) => isAbout(r.version, params))
    .sort((a, b) => b.version.version - a.version.version);
  if (!mine.length)
    throw new UserError(
      `Sổ tính chưa có trang rà soát báo cáo của ${reportName(params)}: hãy rà soát báo cáo của đơn vị trước (ghi ý kiến và kết quả rà soát trên trang rà soát), rồi bấm lại.`
    );
  return mine[0].head.name;
}

/**
 * The reply a review sheet sends, and the cells that could not be taken; refused when the sheet does not read, or
 * holds neither a state nor a comment (nothing to send).
 */
export function replyToSend(snapshot: SheetSnapshot): { reply: Reply; problems: string[] } {
  let read;
  try {
    read = readReviewSheet(snapshot);
  } catch (e) {
    if (isCdsError(e)) throw new UserError(e.message, e);
    throw e;
  }
  const reply = replyOf(read.review);
  if (!reply.state && !reply.comments.length)
    throw new UserError(
      `Trang "${snapshot.name}" chưa có ý kiến nào và chưa chọn kết quả rà soát ở ô B6: không có gì để gửi cho đơn vị.`
    );
  return { reply, problems: read.problems.map((p) => p.message) };
}

/** The latest review sheet of each unit reviewed in the period (a unit: its name, level and code). */
export function latestReviews(
  reviews: readonly { head: SheetHead; version: ReviewedVersion }[],
  period: Period
): string[] {
  const code = periodCode(period);
  const latest = new Map<string, { head: SheetHead; version: ReviewedVersion }>();
  for (const r of reviews) {
    if (periodCode(r.version.period) !== code) continue;
    const key = `${unitKey(r.version.unit)}|${r.version.level}|${r.version.code ?? ""}`;
    const seen = latest.get(key);
    if (!seen || seen.version.version < r.version.version) latest.set(key, r);
  }
  return [...latest.values()].map((r) => r.head.name);
}

/** The replies of the review sheets that need an answer ("Cần giải trình"), and what could not be taken, with why. */
export function repliesOf(snapshots: readonly SheetSnapshot[]): {
  replies: Reply[];
  problems: string[];
} {
  const replies: Reply[] = [];
  const problems: string[] = [];
  for (const s of snapshots) {
    try {
      const read = readReviewSheet(s);
      problems.push(...read.problems.map((p) => p.message));
      if (needsAnswer(read.review)) replies.push(replyOf(read.review));
    } catch (e) {
      if (!isCdsError(e)) throw e;
      problems.push(e.message);
    }
  }
  return { replies, problems };
}

/** A sheet of the unit with its stamp checked against its figures; or why it could not be read. */
export type CheckedSheet =
  | { readonly snapshot: SheetSnapshot; readonly sheet: UnitSheet; readonly checked: StampCheck }
  | { readonly snapshot: SheetSnapshot; readonly error: string };

/** A finalized version whose figures still match its fingerprint. */
interface Finalized {
  readonly snapshot: SheetSnapshot;
  readonly sheet: UnitSheet;
  readonly version: number;
  readonly fingerprint: string;
}

/**
 * The latest finalized version among the unit's sheets, and every other sheet with why it was passed over (those
 * edited after finalizing first).
 */
export function latestFinalized(sheets: readonly CheckedSheet[]): {
  latest: Finalized | null;
  passed: string[];
} {
  let latest: Finalized | null = null;
  const passed: string[] = [];
  const edited: string[] = [];
  for (const s of sheets) {
    const { snapshot } = s;
    if ("error" in s) {
      passed.push(`Trang "${snapshot.name}": ${s.error}`);
      continue;
    }
    const { checked } = s;
    if (checked.state === "none") {
      passed.push(`Trang "${snapshot.name}" chưa chốt số liệu.`);
      continue;
    }
    if (checked.state === "unreadable") {
      passed.push(checked.message);
      continue;
    }
    if (checked.changed) {
      edited.push(
        `Trang "${snapshot.name}" (lần chốt ${checked.stamp.version}): số liệu đã sửa sau khi chốt, không còn khớp mã số liệu ${shortFingerprint(checked.stamp.fingerprint)}.`
      );
      continue;
    }
    const { version, fingerprint } = checked.stamp;
    const found = { snapshot, sheet: s.sheet, version, fingerprint };
    if (!latest || latest.version < found.version) {
      if (latest)
        passed.push(`Trang "${latest.snapshot.name}": lần chốt ${latest.version}, cũ hơn.`);
      latest = found;
    } else
      passed.push(
        `Trang "${snapshot.name}": lần chốt ${found.version}${found.version === latest.version ? ", trùng lần chốt" : ", cũ hơn"}.`
      );
  }
  return { latest, passed: [...edited, ...passed] };
}

/** What "Tạo trang rà soát" read: the unit's sheets checked, its review sheets, the workbook's title blocks. */
export interface ReviewRead {
  readonly params: SheetParams;
  readonly heads: readonly SheetHead[];
  readonly sheets: readonly CheckedSheet[];
  /** The review sheets about this unit, with the version each is about, and the snapshots read of them. */
  readonly reviews: readonly { readonly head: SheetHead; readonly version: ReviewedVersion }[];
  readonly reviewSheets: readonly SheetSnapshot[];
}

/** The review sheet to write and how, with the outcome; refused when the unit has no finalized version to review. */
export function planReview(read: ReviewRead): {
  spec: SheetSpec;
  options: WriteSheetOptions;
  outcome: ReviewSheetOutcome;
} {
  const { latest, passed } = latestFinalized(read.sheets);
  if (!latest)
    throw new UserError(
      `Chưa có báo cáo đã chốt nào của ${reportName(read.params)} trong sổ tính: chỉ rà soát được một lần chốt số liệu (đơn vị bấm "${BUTTONS.finalize}" rồi gửi tệp nộp). Chưa có gì được ghi.` +
        passed.map((l) => `\n• ${l}`).join("")
    );
  const fresh = freshReview(latest);
  const same = read.reviews.find((r) => r.version.version === latest.version);
  const old = same ? read.reviewSheets.find((s) => s.name === same.head.name) : undefined;
  if (old?.protected) throw protectedError(old.name);
  let review: Review;
  try {
    review = withKept(fresh, old ? readReviewSheet(old).review : null);
  } catch (e) {
    if (isCdsError(e)) throw new UserError(`${e.message} Chưa có gì được ghi.`, e);
    throw e;
  }
  const spec = buildReviewSheet(review);
  return {
    spec,
    options: old ? { replace: old.name, clearRows: old.values.length } : {},
    outcome: {
      // a rewrite renames the sheet to spec.name unless another sheet holds that name
      sheet:
        old && read.heads.some((h) => h.name === spec.name && h.name !== old.name)
          ? old.name
          : spec.name,
      source: latest.snapshot.name,
      unit: review.unit,
      version: review.version,
      fingerprint: review.fingerprint,
      rerun: !!old,
      comments: reviewComments(review).length,
      state: review.state,
      stateText: review.state ? REVIEW_WORDS[review.state] : "",
      passed,
    },
  };
}

/** The review of a finalized version as the sheet shows it: every row judged, no comment, no state yet. */
function freshReview(latest: Finalized): Review {
  const { inputs, evidence, targets } = sheetInputs(latest.sheet);
  const p = latest.sheet.params!;
  const results = evaluate(inputs, { level: p.level, evidence, targets });
  return {
    unit: p.unit,
    ...(p.code ? { code: p.code } : {}),
    level: p.level,
    period: p.period,
    version: latest.version,
    fingerprint: latest.fingerprint,
    state: null,
    lines: reviewLines(results, evidence),
  };
}

/**
 * "Tạo trang rà soát" decided, pure over what was read: the latest finalized version of the unit's report among its
 * sheets whose stamps were checked, and the review sheet to write (a rerun for that version keeps the city's
 * comments and state).
 */
import {
  evaluate,
  isCdsError,
  reportName,
  REVIEW_WORDS,
  reviewComments,
  shortFingerprint,
  type Review,
  type ReviewedVersion,
  type ReviewState,
} from "../../core";
import { BUTTONS } from "../../core/buttons";
import {
  buildReviewSheet,
  readReviewSheet,
  reviewLines,
  sheetInputs,
  withKept,
  type SheetParams,
  type SheetSnapshot,
  type SheetSpec,
  type StampCheck,
  type UnitSheet,
} from "../../sheets";
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

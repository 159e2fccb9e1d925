/**
 * A unit's report as the consolidation sums it and the roster status matches it: both import it from here, so that
 * neither depends on the other for it.
 */
import type { Inputs } from "./evaluate";
import type { Level } from "./types";

export type UnitLevel = Exclude<Level, "tp">;

/** One unit's report, as its sheet holds it. */
export interface UnitReport {
  readonly unit: string;
  readonly level: UnitLevel;
  readonly inputs: Inputs;
  readonly evidence?: Inputs;
  /** The unit's code as its sheet records it (the roster's), when the analyst picked the unit from the roster. */
  readonly code?: string;
  /** Where the report came from: the sheet's name, or the file's and the sheet's. */
  readonly source?: string;
  /** Its finalization stamp as read and checked (docs/sheets.md#finalization-stamp); absent when not looked at. */
  readonly cycle?: ReportCycle;
  /** The city's review as the approval rule reads it (docs/domain.md#review-and-approval); absent: no review. */
  readonly review?: UnitReview;
}

/** What the status says of a unit's review: its words, and whether the unit waits for approval again. */
export interface UnitReview {
  /** "Cần giải trình", "Đã duyệt (lần chốt 1)", "Cần duyệt lại: …" (standingWords). */
  readonly words: string;
  /** Approved on another version than the one read now: the approved figures count, the newer waits. */
  readonly reapprove: boolean;
}

/** A sheet with no stamp, or with a stamp that cannot be read (its cell said). */
export type NoStamp =
  | { readonly state: "none" }
  | { readonly state: "unreadable"; readonly cell: string; readonly message: string };

/** A report's finalization: none, a stamp that cannot be read (its cell said), or a stamp checked against the figures. */
export type ReportCycle =
  | NoStamp
  | {
      readonly state: "stamped";
      readonly version: number;
      /** The stamp's instant, with its offset. */
      readonly finalizedAt: string;
      /** The figures, targets or evidence no longer match the stamp's fingerprint. */
      readonly changed: boolean;
      /** The stamp's fingerprint (what an approval is about). */
      readonly fingerprint?: string;
    };

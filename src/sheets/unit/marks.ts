/** The add-in's marks on the standard sheet: in its hidden id column (H) and in the Ghi chú notes. */

/**
 * In the hidden id column: H1 marks the sheet as ours, H3 holds the level, H4 the period. Version 2 marks the add-in's
 * notes with NOTE_MARK; a version-1 sheet (LEGACY_SIGNATURE) is still read.
 */
export const SIGNATURE = "CDS-SHEET/2";
export const LEGACY_SIGNATURE = "CDS-SHEET/1";
/**
 * H1 of a plain sheet (formulas of Excel's own functions, no CDS.*): version 2 otherwise. A sheet with SIGNATURE or
 * LEGACY_SIGNATURE is of the CDS kind.
 */
export const PLAIN_SIGNATURE = "CDS-SHEET/2+plain";

/** The signature (H1) of a sheet of a kind. */
export function signatureOf(kind: "cds" | "plain"): string {
  return kind === "plain" ? PLAIN_SIGNATURE : SIGNATURE;
}
/**
 * The add-in's notes follow this mark in the Ghi chú cell; what stands before it is the analyst's. It reads "[CĐS]"
 * and ends with a word joiner (U+2060), which shows nothing and which no keyboard types: an analyst who types "[CĐS]"
 * in a note has typed text, never the add-in's mark.
 */
export const AUTO_NOTE_MARK = "[CĐS]\u2060";
/** The mark of version-1 sheets: "[CĐS] " at the start of a line of the note. */
export const LEGACY_NOTE_MARK = "[CĐS]";
export const PILLAR_MARK = "#pillar:";
/** In H5 after a values-only fill: the computed figures and verdicts are the add-in's values, not typed ones. */
export const VALUES_MARK = "#values";
/** In H5 of the city-wide sheet that the consolidation writes. */
export const CITY_MARK = "#city";

/** In H2, the hidden column of the unit's line: "#unit", or "#unit:" and the roster code of the unit. */
export const UNIT_MARK = "#unit";
export const UNIT_CODE_MARK = "#unit:";

/** What H2 holds for a unit. */
export function unitMark(code?: string): string {
  return code?.trim() ? `${UNIT_CODE_MARK}${code.trim()}` : UNIT_MARK;
}

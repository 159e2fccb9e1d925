/** Which unit's sheet a sheet is: its unit, level and period, the identity they make, and the sheet's key. */
import { unitKey } from "./text";
import type { Level } from "./types";
import { periodCode, type Period } from "./period";

export interface SheetParams {
  readonly unit: string;
  readonly level: Level;
  readonly period: Period;
  /** The unit's code in the roster (picked in the pane), recorded in H2 as UNIT_CODE_MARK and the code. */
  readonly code?: string;
}

/** The identity of a unit's sheet: the unit (case, Unicode form, spacing and punctuation aside), level and period. */
export function sheetIdentity(p: SheetParams): string {
  return `${unitKey(p.unit)}|${p.level}|${periodCode(p.period)}`;
}

/** Whether two sheets' title blocks name the same unit, level and period. */
export function sameIdentity(a: SheetParams, b: SheetParams): boolean {
  return sheetIdentity(a) === sheetIdentity(b);
}

/** FNV-1a over the UTF-16 code units, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): string {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * The workbook-level name registered over a unit's sheet, to find it again after a rename in one round trip:
 * "CDS_" and 64 bits of a hash of the whole identity, never a cut of the name. It is only a fast path: the sheet it
 * points at is taken only when its title block names the same unit, level and period.
 */
export function sheetKey(p: SheetParams): string {
  const id = sheetIdentity(p);
  return `CDS_${fnv1a(id, 0x811c9dc5)}${fnv1a(id, 0x050c5d1f)}_${periodCode(p.period).replace("-", "")}`;
}

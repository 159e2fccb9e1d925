/**
 * The roster decided, pure over the title blocks read: which sheet is the roster, and the name a new one takes.
 */
import { isRosterHead, ROSTER_SHEET, sameSheetName } from "../../sheets";
import type { SheetHead } from "../../workbook/port";
import { protectedError } from "../support";

/** The roster sheet among the workbook's title blocks, if there is one. */
export function rosterHead(heads: readonly SheetHead[]): SheetHead | null {
  return heads.find((h) => isRosterHead(h.values)) ?? null;
}

/**
 * The name of a new roster sheet: a sheet of the analyst's named "Danh sách đơn vị" is left alone, the roster takes
 * "Danh sách đơn vị (2)"; a blank one (a write cut right after adding it) holds nothing, and is taken over — refused
 * when it is protected.
 */
export function newRosterName(heads: readonly SheetHead[]): string {
  const taken = heads.filter((h) => !h.blank).map((h) => h.name);
  let name = ROSTER_SHEET;
  for (let n = 2; taken.some((t) => sameSheetName(t, name)); n++) name = `${ROSTER_SHEET} (${n})`;
  const holder = heads.find((h) => sameSheetName(h.name, name));
  if (holder?.protected) throw protectedError(holder.name);
  return name;
}

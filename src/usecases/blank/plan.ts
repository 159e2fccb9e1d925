/**
 * The blank workbooks decided, pure over the roster read: the unit a blank workbook is made for, or the active units
 * of a tier, with the refusals that say what to do when there is none.
 */
import { BUTTONS } from "../../core/buttons";
import { LEVEL_NAMES } from "../../core/levels";
import type { RosterLevel } from "../../core/status";
import { matchUnit } from "../../core/units";
import { RETIRED, ROSTER_SHEET } from "../../sheets";
import { type RosterEntry } from "../../core";
import type { LoadedRoster } from "../roster/roster";
import { UserError } from "../support";

const where = (roster: string | null) =>
  roster ? `trang “${roster}”` : "danh sách chính thức 168 phường, xã, đặc khu";

/**
 * The roster entry of the unit typed (its code first, when the pane has one): refused when the roster does not have
 * it, or has it as no longer reporting — a blank workbook carries the code its report is matched by.
 */
export function unitEntry(
  typed: string,
  typedCode: string | undefined,
  roster: LoadedRoster
): RosterEntry {
  const code = typedCode?.trim();
  const entry =
    (code ? roster.entries.find((e) => e.code === code) : undefined) ??
    matchUnit(typed, roster.entries);
  if (!entry)
    throw new UserError(
      `“${typed}” không có trong ${where(roster.sheet)}: sổ trống ghi mã đơn vị để báo cáo được đối chiếu đúng, nên chỉ tạo cho đơn vị có trong danh sách. ` +
        (roster.sheet
          ? `Hãy chọn đơn vị trong danh sách gợi ý, hoặc thêm đơn vị vào trang “${roster.sheet}” rồi bấm lại.`
          : `Sở, ban, ngành: bấm “${BUTTONS.roster}”, thêm đơn vị vào trang “${ROSTER_SHEET}” rồi bấm lại.`)
    );
  if (!entry.active)
    throw new UserError(
      `“${entry.name}” (mã ${entry.code}) đã “${RETIRED}” theo ${where(roster.sheet)}: không tạo sổ trống cho đơn vị này.`
    );
  return entry;
}

/** The active units of a tier, and how many no longer report; refused when none is active. */
export function tierEntries(
  level: RosterLevel,
  roster: LoadedRoster
): { active: RosterEntry[]; retired: number } {
  const ofTier = roster.entries.filter((e) => e.level === level);
  const active = ofTier.filter((e) => e.active);
  if (!active.length)
    throw new UserError(
      ofTier.length
        ? `Mọi đơn vị cấp “${LEVEL_NAMES[level]}” trong ${where(roster.sheet)} đều “${RETIRED}”: không có sổ trống nào để tạo.`
        : roster.sheet
          ? `Trang “${roster.sheet}” chưa có đơn vị nào cấp “${LEVEL_NAMES[level]}”: hãy thêm các đơn vị đó (mã, tên, cấp) rồi bấm lại.`
          : `Sổ tính chưa có trang “${ROSTER_SHEET}”, và danh sách chính thức chỉ có phường, xã, đặc khu: hãy bấm “${BUTTONS.roster}”, thêm các sở, ban, ngành rồi bấm lại.`
    );
  return { active, retired: ofTier.length - active.length };
}

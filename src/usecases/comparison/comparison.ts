/**
 * "So sánh với kỳ trước" on a unit sheet: the previous period's figure and the change beside the template's columns
 * (I and J), from the sheet of the same unit and level for the previous period — in the workbook, or in the .xlsx
 * files picked. A constant number of round trips: the sheet (one, or up to four when it has to be found), the
 * previous sheet (one, or three), one write.
 */
import {
  previousPeriod,
  sheetResults,
  type ComparisonMode,
  type SheetSnapshot,
} from "../../sheets";
import { periodText, type SheetParams } from "../../core";
import { NO_UNIT_SHEET, readPickedFiles, type PickedFile } from "../pickedFiles";
import {
  findUnitSheet,
  guarded,
  sheetKind,
  isSheetOf,
  writableUnitSheet,
  type Progress,
} from "../support";
import type { WorkbookPort } from "../../workbook/port";
import { notFoundError, planComparison, type ComparisonOutcome } from "./plan";

export type { ComparisonOutcome } from "./plan";

export interface ComparisonInput {
  /** The pane's unit, level and period: the sheet compared when the active sheet is not a CĐS sheet. */
  readonly params?: SheetParams;
  readonly mode: ComparisonMode;
  /** Unit workbooks picked from disk, searched for the previous period's sheet when the workbook has none. */
  readonly files?: readonly PickedFile[];
}

/** The previous period's sheet among the picked files' unit sheets; unreadable files are named with why, not fatal. */
async function fromFiles(
  files: readonly PickedFile[],
  params: SheetParams,
  progress: Progress
): Promise<{ snapshot: SheetSnapshot | null; unreadable: string[] }> {
  const wanted = (s: SheetSnapshot) => isSheetOf(s.values, params);
  const picked = await readPickedFiles(files, progress, wanted);
  const unreadable = picked.skipped
    .filter((s) => s.reason !== NO_UNIT_SHEET)
    .map((s) => `${s.source} (${s.reason})`);
  const found = picked.sheets.find(wanted);
  return { snapshot: found ?? null, unreadable };
}

/**
 * "So sánh với kỳ trước": the active CĐS sheet (or the pane's unit, level and period) against the sheet of the same
 * unit and level for the previous period (the same period of last year, or the quarter before), found by the identity
 * in its title block, in the workbook first, then in the picked files. Both are judged as Fill judges them, each
 * against its own targets; the previous figure goes to column I, the change to J as a live =CDS.CHANGE.
 */
export function compareWithPrevious(
  port: WorkbookPort,
  input: ComparisonInput,
  progress: Progress = () => {}
): Promise<ComparisonOutcome> {
  return guarded(async (written) => {
    await port.ensureReady();
    progress("Đang đọc bảng chỉ tiêu…");
    const sheet = await writableUnitSheet(port, input.params);
    const current = sheetResults(sheet); // checks the title block and the rows first
    const params = sheet.params!;
    const previous = previousPeriod(params.period, input.mode);
    const wanted: SheetParams = { unit: params.unit, level: params.level, period: previous };

    progress(`Đang tìm bảng chỉ tiêu ${periodText(previous)}…`);
    let before = (await findUnitSheet(port, wanted)).snapshot;
    let unreadable: string[] = [];
    if (!before && input.files?.length)
      ({ snapshot: before, unreadable } = await fromFiles(input.files, wanted, progress));
    if (!before) throw notFoundError(params.unit, previous, unreadable);
    // =CDS.CHANGE where the workbook runs it, else the change as text
    const plan = planComparison(sheet, current, before, previous, await sheetKind(port));
    progress("Đang ghi cột so sánh…");
    await written.track(sheet.name, () => port.writeCells(sheet.name, plan.writes, plan.layout));
    return plan.outcome;
  });
}

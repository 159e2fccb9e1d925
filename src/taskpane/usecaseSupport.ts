/** What every use case shares: Vietnamese failures, the checks of the pane's form, finding the sheet to work on. */
import { CdsError } from "../core/errors";
import {
  checkPeriod,
  headParams,
  isUnitHead,
  isUnitSheet,
  periodText,
  sameIdentity,
  sheetKey,
  type SheetParams,
  type SheetSnapshot,
} from "../core/sheet";
import { UserError } from "./userError";
import { WorkbookError, type SheetHead, type WorkbookPort } from "./workbook/port";

export { UserError, type Progress } from "./userError";

/** Runs a use case, turning core and workbook failures into UserError; anything else is a bug, said plainly. */
export async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (e instanceof CdsError || e instanceof WorkbookError) throw new UserError(e.message);
    const detail = e instanceof Error ? e.message : String(e);
    throw new UserError(`Đã xảy ra lỗi không mong đợi, chưa có gì bị ghi dở: ${detail}`);
  }
}

export function checkParams(p: SheetParams): SheetParams {
  const unit = p.unit.trim();
  if (!unit) throw new UserError("Hãy nhập tên đơn vị báo cáo.");
  const code = p.code?.trim();
  return { unit, level: p.level, period: checkPeriod(p.period), ...(code ? { code } : {}) };
}

export function protectedError(name: string): UserError {
  return new UserError(
    `Trang "${name}" đang được bảo vệ: hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi bấm lại. Chưa có gì được ghi.`,
  );
}


/** Whether a sheet's title block names this unit, level and period (with anyLevel: this unit and period). */
export function isSheetOf(values: SheetSnapshot["values"], params: SheetParams, anyLevel = false): boolean {
  if (!isUnitHead(values)) return false;
  const p = headParams(values);
  return p !== null && sameIdentity(anyLevel ? { ...p, level: params.level } : p, params);
}

export interface FoundSheet {
  /** The unit's sheet, or null. */
  readonly snapshot: SheetSnapshot | null;
  /** The names of every sheet of the workbook. */
  readonly sheetNames: readonly string[];
  /** The title blocks of every sheet, when they were read (the registered name did not lead to the sheet). */
  readonly heads: readonly SheetHead[] | null;
}

/**
 * The sheet of a unit, level and period, found by the identity written in its title block (unit in B2, level and
 * period in H3/H4 or B3/B4): through its registered name in one round trip when that still leads to it, else from the
 * title blocks of every sheet (two round trips) and a read of the one that matches. With `levelChange`, the unit's
 * sheet of the period at another level is the one (the level was picked wrong: one unit reports at one level). Two
 * sheets that match are refused: the analyst says which one is meant.
 */
export async function findUnitSheet(port: WorkbookPort, params: SheetParams, levelChange = false): Promise<FoundSheet> {
  const key = sheetKey(params);
  const first = await port.read({ keys: [key] });
  const byKey = first.byKey[key];
  if (byKey && isSheetOf(byKey.values, params)) return { snapshot: byKey, sheetNames: first.sheetNames, heads: null };
  const heads = await port.readHeads();
  let mine = heads.filter((h) => isSheetOf(h.values, params));
  if (!mine.length && levelChange) mine = heads.filter((h) => isSheetOf(h.values, params, true));
  if (mine.length > 1) {
    throw new UserError(
      `Sổ tính có ${mine.length} trang cùng ghi đơn vị “${params.unit}”, ${periodText(params.period)}: ${mine.map((h) => `“${h.name}”`).join(", ")}. Hãy xóa trang thừa (hoặc sửa tên đơn vị ở ô B2 của nó) rồi bấm lại.`,
    );
  }
  const sheetNames = heads.map((h) => h.name);
  if (!mine.length) return { snapshot: null, sheetNames, heads };
  const read = await port.read({ names: [mine[0].name] });
  return { snapshot: read.byName[mine[0].name] ?? null, sheetNames, heads };
}

/**
 * The CĐS sheet to work on: the active sheet when it is one (one round trip), else the sheet of the pane's unit and
 * period, found by its identity. Throws a UserError saying what to do when there is none.
 */
export async function currentSheet(port: WorkbookPort, params?: SheetParams): Promise<SheetSnapshot> {
  const wanted = params && params.unit.trim() ? checkParams(params) : null;
  const key = wanted ? sheetKey(wanted) : null;
  const read = await port.read({ active: true, keys: key ? [key] : [] });
  if (read.active && isUnitSheet(read.active)) return read.active;
  let snapshot: SheetSnapshot | null = null;
  if (wanted) {
    const byKey = read.byKey[key!];
    snapshot = byKey && isSheetOf(byKey.values, wanted) ? byKey : (await findUnitSheet(port, wanted)).snapshot;
  }
  if (!snapshot) {
    throw new UserError(
      read.active
        ? `Trang đang chọn ("${read.active.name}") không phải bảng chỉ tiêu, và chưa có bảng của đơn vị, kỳ này: hãy chọn trang bảng chỉ tiêu hoặc bấm "Tạo bảng chỉ tiêu".`
        : 'Chưa có bảng chỉ tiêu: hãy bấm "Tạo bảng chỉ tiêu" trước.',
    );
  }
  return snapshot;
}

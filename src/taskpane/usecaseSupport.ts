/** What every use case shares: Vietnamese failures, the checks of the pane's form, finding the sheet to work on. */
import { CdsError } from "../core/errors";
import { checkPeriod, isUnitSheet, sheetKey, type SheetParams, type SheetSnapshot } from "../core/sheet";
import { WorkbookError, type WorkbookPort } from "./workbook/port";

/** A failure to show the analyst as it is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

export type Progress = (step: string) => void;

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
  return { unit, level: p.level, period: checkPeriod(p.period) };
}

export function protectedError(name: string): UserError {
  return new UserError(
    `Trang "${name}" đang được bảo vệ: hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi bấm lại. Chưa có gì được ghi.`,
  );
}


/**
 * The CĐS sheet to work on, in one round trip: the active sheet when it is one, else the sheet of the pane's unit
 * and period. Throws a UserError saying what to do when there is none.
 */
export async function currentSheet(port: WorkbookPort, params?: SheetParams): Promise<SheetSnapshot> {
  const key = params && params.unit.trim() ? sheetKey(checkParams(params)) : null;
  const read = await port.read({ active: true, keys: key ? [key] : [] });
  const snapshot = read.active && isUnitSheet(read.active) ? read.active : key ? read.byKey[key] : null;
  if (!snapshot) {
    throw new UserError(
      read.active
        ? `Trang đang chọn ("${read.active.name}") không phải bảng chỉ tiêu, và chưa có bảng của đơn vị, kỳ này: hãy chọn trang bảng chỉ tiêu hoặc bấm "Tạo bảng chỉ tiêu".`
        : 'Chưa có bảng chỉ tiêu: hãy bấm "Tạo bảng chỉ tiêu" trước.',
    );
  }
  return snapshot;
}

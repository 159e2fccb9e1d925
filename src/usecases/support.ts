/** What every use case shares: Vietnamese failures, the checks of the pane's form, finding the sheet to work on. */
import { CdsError } from "../core/errors";
import {
  headParams,
  isUnitHead,
  isUnitSheet,
  readUnitSheet,
  readStamp,
  type SheetSnapshot,
  type UnitSheet,
  unitName,
} from "../sheets";
import { checkPeriod, periodText, sameIdentity, sheetKey, type SheetParams } from "../core";
import { UserError } from "./userError";
import { FAILURES, NOTHING_WRITTEN } from "../workbook/failures";
import { CELL_TEXT_LIMIT } from "../workbook/limits";
import { WorkbookError, type SheetHead, type WorkbookPort } from "../workbook/port";
import { BUTTONS } from "../core/buttons";
import type { SheetKind } from "../core";

export { UserError, type Progress } from "./userError";

/**
 * What a use case has written so far. Excel's batches are not transactional: when a use case fails after a write,
 * the sheets already written stay written, and the analyst is told which.
 */
export class Writes {
  private readonly done: string[] = [];
  /** The sheet being written when the use case failed: its write may have been applied in part. */
  private pending: string | null = null;

  /** A sheet whose write has succeeded. */
  note(sheet: string): void {
    if (!this.done.includes(sheet)) this.done.push(sheet);
  }

  /** Runs a write of a sheet, noting the sheet once the write has succeeded. */
  async track<T>(sheet: string, write: () => Promise<T>): Promise<T> {
    this.pending = sheet;
    const result = await write();
    this.pending = null;
    this.note(sheet);
    return result;
  }

  /** The sheets written in full, in order. */
  get sheets(): readonly string[] {
    return this.done;
  }

  /** Whether the workbook may have changed: a sheet written, or one whose write failed (unless it wrote nothing). */
  touched(pendingUntouched = false): boolean {
    return this.done.length > 0 || (!pendingUntouched && this.pending !== null);
  }

  /**
   * What is in the workbook after a failure, as a sentence: "Chưa có gì được ghi." or "Đã ghi xong: trang “A”, “B”;
   * phần còn lại chưa được ghi." — and the sheet whose write failed, unless the workbook said it wrote nothing of it.
   */
  sentence(pendingUntouched = false): string {
    const pending = pendingUntouched ? null : this.pending;
    const partial = pending ? `trang “${pending}” có thể đã được ghi một phần` : "";
    if (!this.done.length)
      return partial ? `${capital(partial)}; ngoài ra chưa có gì được ghi.` : NOTHING_WRITTEN;
    const done = `Đã ghi xong: trang ${this.done.map((s) => `“${s}”`).join(", ")}`;
    return `${done}; ${partial ? `${partial}; ` : ""}phần còn lại chưa được ghi.`;
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Runs a use case, turning core and workbook failures into UserError; anything else is a bug, said plainly with what
 * was written before it, kept as the cause and logged. The use cases that write pass their writes through `writes`.
 */
export async function guarded<T>(run: (writes: Writes) => Promise<T>): Promise<T> {
  const writes = new Writes();
  try {
    return await run(writes);
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (e instanceof CdsError || e instanceof WorkbookError) {
      // the workbook's "nothing written" speaks of its own write only, not of the sheets written before it
      const untouched = e instanceof WorkbookError && e.wroteNothing;
      if (!writes.touched(untouched)) throw new UserError(e.message);
      const reason = e instanceof WorkbookError ? e.reason : e.message;
      throw new UserError(`${reason} ${writes.sentence(untouched)}`);
    }
    console.error(e);
    const detail = e instanceof Error ? e.message : String(e);
    throw new UserError(`Đã xảy ra lỗi không mong đợi. ${writes.sentence()} Lỗi: ${detail}`, e);
  }
}

export function checkParams(p: SheetParams): SheetParams {
  const unit = unitName(p.unit);
  if (!unit) throw new UserError("Hãy nhập tên đơn vị báo cáo.");
  if (unit.length > CELL_TEXT_LIMIT)
    throw new UserError(
      `Tên đơn vị dài ${unit.length.toLocaleString("vi-VN")} ký tự, quá giới hạn 32.767 ký tự một ô của Excel: hãy nhập tên ngắn hơn. ${NOTHING_WRITTEN}`
    );
  const code = p.code === undefined ? undefined : unitName(p.code);
  return { unit, level: p.level, period: checkPeriod(p.period), ...(code ? { code } : {}) };
}

/**
 * A protected sheet that "Chốt số liệu" protected (its stamp reads, its line says finalized): said so, with the button
 * that opens it again; null for a sheet protected otherwise.
 */
export function finalizedError(snapshot: SheetSnapshot): UserError | null {
  const reading = readStamp(snapshot.values, snapshot.name);
  if (reading.state !== "stamped" || reading.reopened) return null;
  return new UserError(
    `Trang "${snapshot.name}" đã chốt số liệu lần ${reading.stamp.version} và đang được bảo vệ: muốn sửa thì bấm "${BUTTONS.reopen}" trước (lần chốt sau sẽ là lần ${reading.stamp.version + 1}). ${NOTHING_WRITTEN}`
  );
}

/** A protected sheet, found before anything was written: said as the workbook says it. */
export function protectedError(name: string): UserError {
  return new UserError(`${FAILURES.protected(name)} ${NOTHING_WRITTEN}`);
}

/** Whether a sheet's title block names this unit, level and period (with anyLevel: this unit and period). */
export function isSheetOf(
  values: SheetSnapshot["values"],
  params: SheetParams,
  anyLevel = false
): boolean {
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
export async function findUnitSheet(
  port: WorkbookPort,
  params: SheetParams,
  levelChange = false
): Promise<FoundSheet> {
  const key = sheetKey(params);
  const first = await port.read({ keys: [key] });
  const byKey = first.byKey[key];
  if (byKey && isSheetOf(byKey.values, params))
    return { snapshot: byKey, sheetNames: first.sheetNames, heads: null };
  const heads = await port.readHeads();
  let mine = heads.filter((h) => isSheetOf(h.values, params));
  if (!mine.length && levelChange) mine = heads.filter((h) => isSheetOf(h.values, params, true));
  if (mine.length > 1) {
    throw new UserError(
      `Sổ tính có ${mine.length} trang cùng ghi đơn vị “${params.unit}”, ${periodText(params.period)}: ${mine.map((h) => `“${h.name}”`).join(", ")}. Hãy xóa trang thừa (hoặc sửa tên đơn vị ở ô B2 của nó) rồi bấm lại.`
    );
  }
  const sheetNames = heads.map((h) => h.name);
  if (!mine.length) return { snapshot: null, sheetNames, heads };
  const read = await port.read({ names: [mine[0].name] });
  return { snapshot: read.byName[mine[0].name] ?? null, sheetNames, heads };
}

/**
 * The sheet of a unit, level and period, given what its registered key led to in a read already made: that sheet when
 * its title block names them (the name may since lead to another unit's sheet), else found by identity.
 */
export async function sheetOf(
  port: WorkbookPort,
  params: SheetParams,
  byKey: SheetSnapshot | null | undefined
): Promise<SheetSnapshot | null> {
  if (byKey && isSheetOf(byKey.values, params)) return byKey;
  return (await findUnitSheet(port, params)).snapshot;
}

/**
 * The CĐS sheet to work on: the active sheet when it is one (one round trip), else the sheet of the pane's unit and
 * period, found by its identity. Throws a UserError saying what to do when there is none.
 */
export async function currentSheet(
  port: WorkbookPort,
  params?: SheetParams
): Promise<SheetSnapshot> {
  const wanted = params && params.unit.trim() ? checkParams(params) : null;
  const key = wanted ? sheetKey(wanted) : null;
  const read = await port.read({ active: true, keys: key ? [key] : [] });
  if (read.active && isUnitSheet(read.active)) return read.active;
  let snapshot: SheetSnapshot | null = null;
  if (wanted) {
    snapshot = await sheetOf(port, wanted, read.byKey[key!]);
  }
  if (!snapshot) {
    throw new UserError(
      read.active
        ? `Trang đang chọn ("${read.active.name}") không phải bảng chỉ tiêu, và chưa có bảng của đơn vị, kỳ này: hãy chọn trang bảng chỉ tiêu hoặc bấm "${BUTTONS.generate}".`
        : `Chưa có bảng chỉ tiêu: hãy bấm "${BUTTONS.generate}" trước.`
    );
  }
  return snapshot;
}

/** The CĐS sheet to write beside its report (currentSheet), read; a protected one is refused before anything is written. */
export async function writableUnitSheet(
  port: WorkbookPort,
  params?: SheetParams
): Promise<UnitSheet> {
  const snapshot = await currentSheet(port, params);
  if (snapshot.protected) throw finalizedError(snapshot) ?? protectedError(snapshot.name);
  return readUnitSheet(snapshot);
}

/** The kind of formulas to write in this workbook: Excel's own ("plain") where it does not run the custom functions. */
export async function sheetKind(port: WorkbookPort): Promise<SheetKind> {
  return (await port.customFunctions?.()) === false ? "plain" : "cds";
}

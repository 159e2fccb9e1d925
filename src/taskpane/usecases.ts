/**
 * What the task pane's buttons do, over the workbook port. The rules live in the core; this only sequences reads
 * and writes (one round trip each) and turns every failure into a Vietnamese message.
 */
import { CdsError } from "../core/errors";
import {
  checkPeriod,
  isUnitSheet,
  planFill,
  planGenerate,
  readUnitSheet,
  sheetKey,
  sheetName,
  type PillarSummary,
  type SheetParams,
  type SheetSnapshot,
} from "../core/sheet";
import { WorkbookError, type WorkbookPort } from "./workbook/port";

/** A failure to show the analyst as it is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

export interface GenerateOutcome {
  readonly sheet: string;
  /** Whether an existing sheet was rewritten (its typed cells kept). */
  readonly updated: boolean;
  readonly kept: number;
  readonly restored: readonly string[];
}

export interface FillOutcome {
  readonly sheet: string;
  readonly params: SheetParams;
  readonly summary: readonly PillarSummary[];
  readonly written: number;
  readonly disagreements: readonly string[];
  /** Rows whose figures cannot be right. */
  readonly invalid: readonly string[];
}

export type Progress = (step: string) => void;

/** Runs a use case, turning core and workbook failures into UserError; anything else is a bug, said plainly. */
async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (e instanceof CdsError || e instanceof WorkbookError) throw new UserError(e.message);
    const detail = e instanceof Error ? e.message : String(e);
    throw new UserError(`Đã xảy ra lỗi không mong đợi, chưa có gì bị ghi dở: ${detail}`);
  }
}

function checkParams(p: SheetParams): SheetParams {
  const unit = p.unit.trim();
  if (!unit) throw new UserError("Hãy nhập tên đơn vị báo cáo.");
  return { unit, level: p.level, period: checkPeriod(p.period) };
}

function protectedError(name: string): UserError {
  return new UserError(
    `Trang "${name}" đang được bảo vệ: hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi bấm lại. Chưa có gì được ghi.`,
  );
}

/**
 * "Tạo bảng chỉ tiêu": writes the standard sheet of a unit and period, or rewrites the one it made before (found by
 * its registered name even if renamed), keeping every typed figure, target, evidence and note. Two round trips.
 */
export function generateSheet(port: WorkbookPort, input: SheetParams, progress: Progress = () => {}): Promise<GenerateOutcome> {
  return guarded(async () => {
    const params = checkParams(input);
    await port.ensureReady();
    const key = sheetKey(params);
    const name = sheetName(params);
    progress("Đang đọc sổ tính…");
    const read = await port.read({ keys: [key], names: [name] });
    const byName = read.byName[name];
    const existing: SheetSnapshot | null = read.byKey[key] ?? (byName && isUnitSheet(byName) ? byName : null);
    if (!existing && byName) {
      throw new UserError(`Đã có trang tên "${name}" nhưng không phải bảng chỉ tiêu: hãy đổi tên trang đó rồi bấm lại.`);
    }
    if (existing?.protected) throw protectedError(existing.name);
    const sheet = existing ? readUnitSheet(existing) : null;
    const plan = planGenerate(params, sheet);
    progress("Đang ghi bảng chỉ tiêu…");
    // a sheet the analyst renamed keeps its name
    const spec = existing ? { ...plan.spec, name: existing.name } : plan.spec;
    await port.writeSheet(spec, existing ? { replace: existing.name, clearRows: sheet!.lastRow } : {});
    return { sheet: spec.name, updated: !!existing, kept: plan.kept, restored: plan.restored };
  });
}

export interface FillInput {
  /** The unit and period of the pane: the sheet to fill when the active sheet is not a CĐS sheet. */
  readonly params?: SheetParams;
  readonly valuesOnly?: boolean;
}

/**
 * "Điền báo cáo": evaluates the active CĐS sheet (or the pane's unit and period) and fills its report columns in
 * place — figures left to the add-in, verdicts, notes — never what the analyst typed. Two round trips.
 */
export function fillReport(port: WorkbookPort, input: FillInput = {}, progress: Progress = () => {}): Promise<FillOutcome> {
  return guarded(async () => {
    await port.ensureReady();
    const key = input.params && input.params.unit.trim() ? sheetKey(checkParams(input.params)) : null;
    progress("Đang đọc bảng chỉ tiêu…");
    const read = await port.read({ active: true, keys: key ? [key] : [] });
    const snapshot = read.active && isUnitSheet(read.active) ? read.active : key ? read.byKey[key] : null;
    if (!snapshot) {
      throw new UserError(
        read.active
          ? `Trang đang chọn ("${read.active.name}") không phải bảng chỉ tiêu, và chưa có bảng của đơn vị, kỳ này: hãy chọn trang bảng chỉ tiêu hoặc bấm "Tạo bảng chỉ tiêu".`
          : 'Chưa có bảng chỉ tiêu: hãy bấm "Tạo bảng chỉ tiêu" trước.',
      );
    }
    if (snapshot.protected) throw protectedError(snapshot.name);
    const sheet = readUnitSheet(snapshot);
    const plan = planFill(sheet, { valuesOnly: input.valuesOnly });
    progress("Đang điền kết quả…");
    await port.writeCells(sheet.name, plan.writes);
    return {
      sheet: sheet.name,
      params: sheet.params!,
      summary: plan.summary,
      written: plan.writes.length,
      disagreements: plan.disagreements,
      invalid: Object.values(plan.results).filter((r) => r.invalid).map((r) => r.id),
    };
  });
}

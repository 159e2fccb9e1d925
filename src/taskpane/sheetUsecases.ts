/**
 * The unit sheet's buttons ("Tạo bảng chỉ tiêu", "Điền báo cáo"), over the workbook port. The rules live in the
 * core; this only sequences reads and writes (a constant number of round trips) and turns every failure into a
 * Vietnamese message. Kept apart from the city and report use cases, which the pane loads on demand.
 */
import {
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
import { checkParams, currentSheet, guarded, protectedError, UserError } from "./usecaseSupport";
import type { WorkbookPort } from "./workbook/port";

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

export type { Progress } from "./usecaseSupport";
import type { Progress } from "./usecaseSupport";

/**
 * "Tạo bảng chỉ tiêu": writes the standard sheet of a unit and period, or rewrites the one it made before (found by
 * its registered name even if renamed), keeping every typed figure, target, evidence and note. Three round trips.
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
    progress("Đang đọc bảng chỉ tiêu…");
    const snapshot = await currentSheet(port, input.params);
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

export { UserError } from "./usecaseSupport";

/**
 * The unit sheet's buttons ("Tạo bảng chỉ tiêu", "Kiểm tra số liệu", "Điền báo cáo"), over the workbook port. The
 * rules live in the core; this only sequences reads and writes (a constant number of round trips) and turns every
 * failure into a Vietnamese message.
 */
import {
  HEADER_ROW,
  planFill,
  planGenerate,
  readUnitSheet,
  type PillarSummary,
} from "../../sheets";
import { type SheetKind, type SheetParams } from "../../core";
import type { Level } from "../../core/types";
import { reportingDates } from "../../core/reportingDates";
import {
  checkParams,
  currentSheet,
  finalizedError,
  findUnitSheet,
  guarded,
  sheetKind,
  protectedError,
  writableUnitSheet,
  type Progress,
} from "../support";
import type { WorkbookPort } from "../../workbook/port";
import { foundViolations, generatedName, type FoundViolation } from "./plan";

export type { FoundViolation } from "./plan";

export interface GenerateOutcome {
  readonly sheet: string;
  /** "plain": Excel's own functions were written (this Excel runs no custom functions); absent: the CDS ones. */
  readonly kind?: SheetKind;
  /** Whether an existing sheet was rewritten (its typed cells kept). */
  readonly updated: boolean;
  readonly kept: number;
  readonly restored: readonly string[];
  /** The unit's usual name was taken: that name, and the unit whose sheet has it (null: a sheet of another kind). */
  readonly nameTaken?: { readonly name: string; readonly by: string | null };
  /** The level the sheet had before (the unit's sheet of the period, rewritten at the level asked). */
  readonly levelChanged?: Level;
  /** Rows whose hidden id was lost and rebuilt from their STT and title. */
  readonly rebuiltIds?: number;
  /** Cells typed below the table that now stand at another row below it. */
  readonly moved?: readonly { readonly from: string; readonly to: string }[];
}

export interface FillOutcome {
  readonly sheet: string;
  /** The formulas the sheet now holds (see GenerateOutcome.kind). */
  readonly kind?: SheetKind;
  readonly params: SheetParams;
  readonly summary: readonly PillarSummary[];
  readonly written: number;
  readonly disagreements: readonly string[];
  /** Rows whose figures cannot be right. */
  readonly invalid: readonly string[];
  /** Rows whose Ghi chú is a formula of the analyst's: left as it is, the add-in's note not added. */
  readonly formulaNotes?: readonly string[];
  /** Hidden ids rebuilt from columns A and B. */
  readonly repaired?: number;
}

export type { Progress } from "../support";

/**
 * "Tạo bảng chỉ tiêu": writes the standard sheet of a unit and period, or rewrites the one it made before — found by
 * the unit, level and period written in it, never by its name — keeping every cell the analyst typed. A new sheet gets
 * a name no other sheet has, and the outcome says so when the usual one was taken. Three round trips when the sheet's
 * registered name leads to it, up to six otherwise.
 */
export function generateSheet(
  port: WorkbookPort,
  input: SheetParams & { readonly deadline?: string },
  progress: Progress = () => {}
): Promise<GenerateOutcome> {
  return guarded(async (writes) => {
    const params = checkParams(input);
    // the deadline typed in the pane (checked against the period's cut-off), else the one the sheet shows
    const deadline = input.deadline?.trim()
      ? reportingDates(params.period, input.deadline).deadline
      : undefined;
    await port.ensureReady();
    const kind = await sheetKind(port);
    progress("Đang đọc sổ tính…");
    const found = await findUnitSheet(port, params, true);
    const existing = found.snapshot;
    if (existing?.protected) throw finalizedError(existing) ?? protectedError(existing.name);
    const sheet = existing ? readUnitSheet(existing) : null;
    const oldLevel = sheet?.params?.level;
    const plan = planGenerate(params, sheet, { kind, deadline });
    const { name, nameTaken } = generatedName(params, found);
    progress("Đang ghi bảng chỉ tiêu…");
    const spec = { ...plan.spec, name };
    await writes.track(spec.name, () =>
      port.writeSheet(spec, existing ? { replace: existing.name, clearRows: sheet!.lastRow } : {})
    );
    return {
      sheet: spec.name,
      ...(kind === "plain" ? { kind } : {}),
      updated: !!existing,
      kept: plan.kept,
      restored: plan.restored,
      ...(nameTaken ? { nameTaken } : {}),
      ...(oldLevel && oldLevel !== params.level ? { levelChanged: oldLevel } : {}),
      ...(plan.rebuiltIds ? { rebuiltIds: plan.rebuiltIds } : {}),
      ...(plan.moved.length ? { moved: plan.moved } : {}),
    };
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
export function fillReport(
  port: WorkbookPort,
  input: FillInput = {},
  progress: Progress = () => {}
): Promise<FillOutcome> {
  return guarded(async (writes) => {
    await port.ensureReady();
    progress("Đang đọc bảng chỉ tiêu…");
    const sheet = await writableUnitSheet(port, input.params);
    const kind = await sheetKind(port);
    const plan = planFill(sheet, { valuesOnly: input.valuesOnly, kind });
    // the hidden ids rebuilt in the table's rows (the title block's repairs are not the analyst's to hear of)
    const repaired = sheet.repairs.filter((w) => Number(w.address.slice(1)) > HEADER_ROW).length;
    progress("Đang điền kết quả…");
    await writes.track(sheet.name, () => port.writeCells(sheet.name, plan.writes));
    return {
      sheet: sheet.name,
      ...(kind === "plain" ? { kind } : {}),
      params: sheet.params!,
      summary: plan.summary,
      written: plan.writes.length,
      disagreements: plan.disagreements,
      invalid: Object.values(plan.results)
        .filter((r) => r.invalid)
        .map((r) => r.id),
      ...(plan.formulaNotes.length ? { formulaNotes: plan.formulaNotes } : {}),
      ...(repaired ? { repaired } : {}),
    };
  });
}

export interface ValidationOutcome {
  readonly sheet: string;
  readonly violations: readonly FoundViolation[];
}

/** "Kiểm tra số liệu": every violation of the validation rules, with its row, its cell and an explanation. */
export function validateFigures(
  port: WorkbookPort,
  input: { readonly params?: SheetParams } = {},
  progress: Progress = () => {}
): Promise<ValidationOutcome> {
  return guarded(async () => {
    await port.ensureReady();
    progress("Đang đọc bảng chỉ tiêu…");
    const sheet = readUnitSheet(await currentSheet(port, input.params));
    const violations = foundViolations(sheet);
    return { sheet: sheet.name, violations };
  });
}

/** Selects the cell of a violation. */
export function selectCell(port: WorkbookPort, sheet: string, address: string): Promise<void> {
  return guarded(() => port.select(sheet, address));
}

export { UserError } from "../support";

/**
 * The reporting cycle on a unit sheet (docs/sheets.md#finalization-stamp): "Chốt số liệu" checks the figures, stamps
 * the sheet (version, local date-time with offset, fingerprint), protects it and offers its submission file;
 * "Mở để sửa" lifts the protection, the stamp kept until the next finalization (version n+1).
 */
import { shortFingerprint, type Sha256 } from "../../core/fingerprint";
import { localStamp, readInstant, shownInstant } from "../../core/reportingDates";
import { buildSheet, sheetFingerprint, type Stamp } from "../../sheets";
import { type SheetParams } from "../../core";
import type { DownloadFile } from "../../handoff/download";
import { specWorkbook } from "../../formats/unitWorkbook";
import type { WorkbookPort } from "../../workbook/port";
import { webSha256 } from "../sha256";
import { currentSheet, guarded, type Progress } from "../support";
import {
  checkFinalize,
  lockedLayout,
  planReopen,
  stampedValues,
  stampWrites,
  submissionName,
  submissionSpec,
  type FinalizeRefused,
} from "./plan";

export { submissionSpec } from "./plan";

export interface CycleInput {
  /** The pane's unit and period: the sheet to work on when the active sheet is not a unit sheet. */
  readonly params?: SheetParams;
  /** The clock: milliseconds since the epoch (the wall clock in the pane, a fixed instant in tests). */
  readonly now: () => number;
  /** SHA-256 (Web Crypto's by default). */
  readonly sha256?: Sha256;
}

export type FinalizeOutcome =
  | FinalizeRefused
  | {
      readonly kind: "finalized";
      readonly sheet: string;
      readonly stamp: Stamp;
      /** The submission file: the sheet's values, with the stamp. */
      readonly file: DownloadFile;
    };

export interface ReopenOutcome {
  readonly sheet: string;
  /** The stamp kept: the next finalization is its version + 1. */
  readonly stamp: Stamp | null;
}

/**
 * "Chốt số liệu": the checks first (refused, with the errors listed, while one remains); then the stamp written and
 * the sheet protected in one round trip, and the submission file made. Two round trips in all.
 */
export function finalizeSheet(
  port: WorkbookPort,
  input: CycleInput,
  progress: Progress = () => {}
): Promise<FinalizeOutcome> {
  return guarded(async (writes) => {
    await port.ensureReady();
    progress("Đang đọc bảng chỉ tiêu…");
    const snapshot = await currentSheet(port, input.params);
    const check = checkFinalize(snapshot);
    if (check.kind === "refused") return check;
    const { sheet } = check;
    const stamp: Stamp = {
      version: check.version,
      finalizedAt: localStamp(input.now()),
      fingerprint: await sheetFingerprint(sheet, sheet.params, input.sha256 ?? webSha256),
    };
    const stamped = stampWrites(stamp);
    progress("Đang chốt số liệu và bảo vệ trang…");
    await writes.track(sheet.name, () =>
      port.setProtection(sheet.name, true, stamped, lockedLayout(sheet))
    );
    progress("Đang tạo tệp nộp…");
    const values = stampedValues(snapshot.values, stamped);
    const data = await specWorkbook([submissionSpec(buildSheet(sheet.params), values)]);
    return {
      kind: "finalized",
      sheet: sheet.name,
      stamp,
      file: { fileName: submissionName(sheet.params, stamp.version), data },
    };
  });
}

/** "Mở để sửa": lifts the protection of a finalized sheet and unlocks its input cells again; one round trip after the read. */
export function reopenSheet(
  port: WorkbookPort,
  input: { readonly params?: SheetParams },
  progress: Progress = () => {}
): Promise<ReopenOutcome> {
  return guarded(async (writes) => {
    await port.ensureReady();
    progress("Đang đọc bảng chỉ tiêu…");
    const plan = planReopen(await currentSheet(port, input.params));
    progress("Đang mở khóa trang…");
    await writes.track(plan.sheet.name, () =>
      port.setProtection(plan.sheet.name, false, plan.writes, plan.layout)
    );
    return { sheet: plan.sheet.name, stamp: plan.stamp };
  });
}

/** "09:15 ngày 20/04/2025 (UTC+07:00)" of a stamp. */
export function stampWhen(stamp: Stamp): string {
  return shownInstant(readInstant(stamp.finalizedAt)!.epochMs);
}

export { shortFingerprint };

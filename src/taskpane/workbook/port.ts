/**
 * The port: what the task pane's use cases need from a workbook, in coarse operations of a constant number of round
 * trips each (one `context.sync()` per call in the Office.js adapter), whatever the number of rows.
 *
 * Two adapters: `office.ts` (Excel.run) and `memory/` (HyperFormula, for tests and the preview page).
 */
import type { CellWrite, SheetSnapshot, SheetSpec } from "../../core/sheet";

export type { CellWrite, SheetSnapshot, SheetSpec };

export interface ReadRequest {
  /** Sheets registered under these keys (SheetSpec.key): found again after a rename. */
  readonly keys?: readonly string[];
  /** Sheets by name. */
  readonly names?: readonly string[];
  /** The active sheet. */
  readonly active?: boolean;
}

export interface ReadResult {
  /** The names of all sheets, in workbook order. */
  readonly sheetNames: readonly string[];
  readonly byKey: Readonly<Record<string, SheetSnapshot | null>>;
  readonly byName: Readonly<Record<string, SheetSnapshot | null>>;
  readonly active: SheetSnapshot | null;
}

export interface WriteSheetOptions {
  /** The name of the existing sheet to rewrite (it is renamed to spec.name when free); absent: add a new sheet. */
  readonly replace?: string;
  /** Rows of the existing sheet to clear beyond spec.area (it had grown by hand). */
  readonly clearRows?: number;
}

export type WorkbookErrorCode = "noHost" | "apiMissing" | "protected" | "notFound" | "failed";

/** A failure the analyst can act on, with a Vietnamese message. */
export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;

  constructor(code: WorkbookErrorCode, message: string) {
    super(message);
    this.name = "WorkbookError";
    this.code = code;
  }
}

export interface WorkbookPort {
  /** Throws a WorkbookError when there is no Excel or its API lacks what the add-in needs. */
  ensureReady(): Promise<void>;
  /** Reads sheets in one round trip. */
  read(request: ReadRequest): Promise<ReadResult>;
  /** Reads every sheet of the workbook in two round trips (their names, then all of them), whatever their number. */
  readAll(): Promise<SheetSnapshot[]>;
  /**
   * Writes a whole sheet from its spec in two round trips (the first learns whether the sheet and its key exist and
   * whether it is protected, so that a refusal comes before anything is written): adds it or rewrites `replace`, clears the area, writes
   * contents, styles, merges, validations, conditional formats, column widths, freeze panes, print setup and charts,
   * registers spec.key over it, and activates it. Fails with "protected" rather than write half of it.
   */
  writeSheet(spec: SheetSpec, options?: WriteSheetOptions): Promise<void>;
  /** Writes cells of one sheet in one round trip; text contents stay text. */
  writeCells(sheet: string, writes: readonly CellWrite[]): Promise<void>;
  /** Activates a sheet and selects a cell or range. */
  select(sheet: string, address: string): Promise<void>;
}

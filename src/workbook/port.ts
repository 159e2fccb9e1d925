/**
 * The port: what the task pane's use cases need from a workbook, in coarse operations of a constant number of round
 * trips each (one `context.sync()` per call in the Office.js adapter), whatever the number of rows.
 *
 * Two adapters: `src/workbook/office/` (Excel.run) and `src/workbook/memory/` (HyperFormula, for the
 * preview page and the tests).
 */
import type { CellsLayout, CellWrite, SheetSnapshot, SheetSpec } from "../sheets";
import type { CellValue } from "../core";
import { TITLE_ROWS, WIDTH } from "../sheets";
import type { OwnedCells } from "./owned";

export type { CellWrite, SheetSnapshot, SheetSpec };

/**
 * The most rows of a sheet the add-in reads (its report range, or its used range when asked): a standard sheet has
 * about 95, a pasted template a few hundred. A stray cell far below (H50000) is never read, so that no read of a
 * sheet can exceed Excel on the web's 5 MB limit by itself.
 */
export const MAX_READ_ROWS = 2000;

/**
 * What of a sheet a read brings back, always from A1 and at most MAX_READ_ROWS rows:
 * - "report": columns A:H, down to the last row with a value in those columns (a stray cell at Z5000 is not read);
 * - "used": every column, down to the last row with a value (a pasted table wider than A:H).
 */
export type ReadExtent = "report" | "used";

/** The title block of a sheet (A1:H5): enough to tell a CĐS sheet and whose it is, without reading the sheet. */
export interface SheetHead {
  readonly name: string;
  readonly protected: boolean;
  /** Values of A1:H5, 5 rows of 8 (blank cells as null). */
  readonly values: readonly (readonly CellValue[])[];
  /**
   * No cell of the sheet holds a value: nothing in it to lose. A write of the add-in cut right after adding its sheet
   * leaves such a sheet under the add-in's name; writeSheet takes it over instead of adding another one.
   */
  readonly blank?: boolean;
}

/** The size of the title block that readHeads reads: the unit sheet's title block, every column of its table. */
export const HEAD_ROWS = TITLE_ROWS.marks;
export const HEAD_COLUMNS = WIDTH;

export interface ReadRequest {
  /** Sheets registered under these keys (SheetSpec.key): found again after a rename. */
  readonly keys?: readonly string[];
  /** Sheets by name. */
  readonly names?: readonly string[];
  /** The active sheet. */
  readonly active?: boolean;
  /** What of each sheet to read: its report range (the default) or its used range. */
  readonly extent?: ReadExtent;
}

export interface ReadResult {
  /** The names of all sheets, in workbook order. */
  readonly sheetNames: readonly string[];
  readonly byKey: Readonly<Record<string, SheetSnapshot | null>>;
  readonly byName: Readonly<Record<string, SheetSnapshot | null>>;
  readonly active: SheetSnapshot | null;
}

export interface WriteSheetOptions {
  /**
   * The name of the existing sheet to rewrite (it is renamed to spec.name when free); absent: add a new sheet, or take
   * over a blank sheet named spec.name (one a cut write left: see SheetHead.blank).
   */
  readonly replace?: string;
  /** Rows of the existing sheet to clear beyond spec.area (it had grown by hand). */
  readonly clearRows?: number;
  /**
   * Cells of the existing sheet that are the analyst's, with what they held when the spec was built from a read of
   * it (its `formulas`: a constant, a formula's text, null for blank). The write's first round trip loads them; a
   * cell that holds something else now was typed since the read, and keeps what it holds instead of the spec's.
   */
  readonly owned?: OwnedCells;
}

/** What a sheet's write did beyond its spec. */
export interface WriteSheetResult {
  /** The owned cells found changed since the read, kept as the analyst left them (addresses, in the order given). */
  readonly kept: readonly string[];
}

export type WorkbookErrorCode = "noHost" | "apiMissing" | "protected" | "notFound" | "failed";

/** A failure the analyst can act on, with a Vietnamese message. */
export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  /** Excel refused the request or its response as too large (Excel on the web's 5 MB limit). */
  readonly tooLarge: boolean;
  /** The workbook wrote nothing of the operation that failed (the refusal came first). */
  readonly wroteNothing: boolean;
  /** The failure alone, without the sentence on what was written. */
  readonly reason: string;

  constructor(
    code: WorkbookErrorCode,
    reason: string,
    facts: { readonly tooLarge?: boolean; readonly wroteNothing?: boolean } = {}
  ) {
    const wroteNothing = facts.wroteNothing ?? false;
    super(wroteNothing ? `${reason} ${NOTHING_WRITTEN}` : reason);
    this.name = "WorkbookError";
    this.code = code;
    this.tooLarge = facts.tooLarge ?? false;
    this.wroteNothing = wroteNothing;
    this.reason = reason;
  }
}

/** Ends a failure that came before anything was written. */
export const NOTHING_WRITTEN = "Chưa có gì được ghi.";

export interface WorkbookPort {
  /** Throws a WorkbookError when there is no Excel or its API lacks what the add-in needs. */
  ensureReady(): Promise<void>;
  /** Reads sheets in one round trip: their report range unless request.extent is "used". */
  read(request: ReadRequest): Promise<ReadResult>;
  /** The title block of every sheet, in workbook order, in at most two round trips whatever the number of sheets. */
  readHeads(): Promise<SheetHead[]>;
  /**
   * The report range of each named sheet (in the order asked; a sheet gone since is left out), in batches each under
   * 4 MB: round trips grow with the bytes read, not with the number of sheets. `progress` is told after each batch.
   */
  readSheets(
    names: readonly string[],
    progress?: (done: number, total: number) => void
  ): Promise<SheetSnapshot[]>;
  /**
   * Writes a whole sheet from its spec in two round trips (the first learns whether the sheet and its key exist and
   * whether it is protected, so that a refusal comes before anything is written), more only when its contents are
   * over a few MB (Excel on the web's 5 MB request limit): adds it (or takes over a blank sheet of its name) or
   * rewrites `replace`, writes its contents — the title block first, in one operation with the rest — then styles,
   * merges, validations, conditional formats, column widths, freeze panes, print setup and charts, registers spec.key
   * over it, writes spec.seal, and activates it. Fails with "protected" rather than write half of it.
   *
   * Excel applies a batch operation by operation and keeps what ran when one fails: the order is chosen so that
   * whatever prefix of it ran, the sheet is recognisable by its title block (or blank) and holds every cell the
   * analyst typed, and writing it again completes it. The cells `owned` names are checked in the first round trip
   * (and again before the writes): those typed since the read keep the analyst's content.
   */
  writeSheet(spec: SheetSpec, options?: WriteSheetOptions): Promise<WriteSheetResult>;
  /** Writes cells of one sheet in one round trip; text contents stay text. */
  writeCells(sheet: string, writes: readonly CellWrite[], layout?: CellsLayout): Promise<void>;
  /**
   * Protects a sheet (no password: against accidental edits) after writing cells and styles — or unprotects it before
   * writing them — in one round trip. A sheet protected already refuses to be protected again, as Excel does.
   */
  setProtection(
    sheet: string,
    protect: boolean,
    writes: readonly CellWrite[],
    layout?: CellsLayout
  ): Promise<void>;
  /** Activates a sheet and selects a cell or range. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Whether the workbook computes the add-in's custom functions (=CDS.*). Where it does not (an Excel without the
   * custom-functions runtime), the use cases write the plain kind of sheet. Absent: it does.
   */
  customFunctions?(): Promise<boolean>;
}

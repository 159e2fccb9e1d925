/**
 * The Office.js adapter of the workbook port: every operation is one Excel.run with a constant number of
 * `context.sync()` calls, whatever the number of rows or sheets (read, writeCells, select: 1; writeSheet, readHeads:
 * 2), except readSheets, whose round trips grow with the bytes it reads (Excel on the web refuses a request
 * or response over 5 MB: see limits.ts). The operations live by job beside this entry: the reads (read.ts), the
 * writes' plan (writePlan.ts) and its layout (apply.ts), a sheet's write (writeSheet.ts), cells' writes
 * (writeCells.ts), Excel's errors in our words (errors.ts); text stays text (cells.ts).
 */
import type { CellsLayout, CellWrite, SheetSnapshot, SheetSpec } from "../../sheets";
import { FAILURES, REQUIRED_API } from "../failures";
import {
  WorkbookError,
  type ReadRequest,
  type ReadResult,
  type SheetHead,
  type WorkbookPort,
  type WriteSheetOptions,
  type WriteSheetResult,
} from "../port";
import { readHeads, readRanges, readWorkbook } from "./read";
import { batch, type ExcelRunner } from "./run";
import { setProtection, writeCells } from "./writeCells";
import { writeSheet } from "./writeSheet";

export type { ExcelRunner };

export class OfficeWorkbook implements WorkbookPort {
  /**
   * @param run Excel.run, or the tests' fake
   * @param customFunctionsHere whether this Excel runs the add-in's custom functions (host.ts finds out; without it,
   *   it is taken to)
   */
  constructor(
    private readonly run: ExcelRunner = (batch) => Excel.run(batch),
    private readonly customFunctionsHere: () => boolean = () => true
  ) {}

  async customFunctions(): Promise<boolean> {
    return this.customFunctionsHere();
  }

  async ensureReady(): Promise<void> {
    if (typeof Office === "undefined" || typeof Excel === "undefined" || !Office.context) {
      throw new WorkbookError("noHost", FAILURES.noHost);
    }
    // Outside Office, Office.js still loads but reports no host.
    if (String(Office.context.host) !== "Excel") throw new WorkbookError("noHost", FAILURES.noHost);
    if (!Office.context.requirements?.isSetSupported("ExcelApi", REQUIRED_API)) {
      throw new WorkbookError("apiMissing", FAILURES.apiMissing);
    }
  }

  read(request: ReadRequest): Promise<ReadResult> {
    return readWorkbook(this.run, request);
  }

  readHeads(): Promise<SheetHead[]> {
    return readHeads(this.run);
  }

  readSheets(
    names: readonly string[],
    progress: (done: number, total: number) => void = () => {}
  ): Promise<SheetSnapshot[]> {
    return readRanges(this.run, names, "report", progress);
  }

  writeSheet(spec: SheetSpec, options: WriteSheetOptions = {}): Promise<WriteSheetResult> {
    return writeSheet(this.run, spec, options);
  }

  writeCells(sheet: string, writes: readonly CellWrite[], layout: CellsLayout = {}): Promise<void> {
    return writeCells(this.run, sheet, writes, layout);
  }

  setProtection(
    sheet: string,
    protect: boolean,
    writes: readonly CellWrite[],
    layout: CellsLayout = {}
  ): Promise<void> {
    return setProtection(this.run, sheet, protect, writes, layout);
  }

  async select(sheet: string, address: string): Promise<void> {
    await batch(this.run, sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }
}

/**
 * The Office.js adapter of the workbook port: every operation is one Excel.run with a constant number of
 * `context.sync()` calls, whatever the number of rows or sheets (read, writeCells, select: 1; writeSheet, readHeads:
 * 2), except readSheets, whose round trips grow with the bytes it reads (Excel on the web refuses a request
 * or response over 5 MB: see limits.ts).
 *
 * Text stays text: a cell whose content is text gets the number format "@" in the same batch, before its content is
 * written. Excel takes what is written to a "@" cell literally, so "=SUM(A1:A3)", "+84 912", "-5" or "@abc" are stored
 * as text and never parsed as a formula or a number. (The other way Excel offers, a leading apostrophe, is not used:
 * it depends on the apostrophe being taken as the cell's prefix character rather than as part of the text.)
 * Conversely a formula, number or boolean never lands in a "@" cell: it would be stored as text.
 */
import {
  columnLetter,
  formatFor,
  listSourceOf,
  NUMBER_FORMATS,
  parseRange,
  type CellContent,
  type ChartSpec,
  type CellStyle,
  type CellValue,
  type CellWrite,
  type CellsLayout,
  type ConditionalFormat,
  type SheetSnapshot,
  type SheetSpec,
  type Validation,
  type ValidationRule,
} from "../../sheets";
import { FAILURES, protectedSheet, REQUIRED_API, textTooLong } from "../failures";
import {
  FIRST_BYTES_PER_ROW,
  groupSteps,
  halve,
  isTooLarge,
  longText,
  nextBatch,
  payloadBytes,
  type ReadPiece,
  specCells,
  WRITE_BATCH_BYTES,
} from "../limits";
import {
  HEAD_COLUMNS,
  HEAD_ROWS,
  MAX_READ_ROWS,
  WorkbookError,
  type ReadExtent,
  type ReadRequest,
  type ReadResult,
  type SheetHead,
  type WorkbookPort,
  type WriteSheetOptions,
  type WriteSheetResult,
} from "../port";
import { changedOwned, withCells, type OwnedCells } from "../owned";

/** Runs a batch against a request context: Excel.run in Excel, a mock context in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;
/** The add-in names its charts so that a rewrite replaces them and leaves the analyst's own charts alone. */
const CHART_PREFIX = "CDS_chart_";
const NAME_COMMENT = "Do CĐS Excel tạo: tìm lại bảng chỉ tiêu sau khi đổi tên trang. Xin đừng xoá.";

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

  /**
   * One round trip. Should Excel refuse it as too large (sheets of long texts down to row 2000), the sheets are
   * found again by name and read in batches, as readSheets does.
   */
  async read(request: ReadRequest): Promise<ReadResult> {
    const extent = request.extent ?? "report";
    try {
      return await this.readAtOnce(request, extent);
    } catch (error) {
      if (!(error instanceof WorkbookError) || !error.tooLarge) throw error;
    }
    const found = await this.batch(undefined, async (context) => {
      const { worksheets, names } = context.workbook;
      worksheets.load("items/name");
      const named = (sheet: Excel.Worksheet) => {
        sheet.load("name");
        return sheet;
      };
      const byKey = (request.keys ?? []).map(
        (key) =>
          [key, named(names.getItemOrNullObject(key).getRangeOrNullObject().worksheet)] as const
      );
      const byName = (request.names ?? []).map(
        (name) => [name, named(worksheets.getItemOrNullObject(name))] as const
      );
      const active = request.active ? named(worksheets.getActiveWorksheet()) : null;
      await context.sync();
      const nameOf = (sheet: Excel.Worksheet | null) =>
        sheet && !sheet.isNullObject ? sheet.name : null;
      return {
        sheetNames: worksheets.items.map((sheet) => sheet.name),
        byKey: byKey.map(([key, sheet]) => [key, nameOf(sheet)] as const),
        byName: byName.map(([name, sheet]) => [name, nameOf(sheet)] as const),
        active: nameOf(active),
      };
    });
    const wanted = [...found.byKey, ...found.byName]
      .map(([, name]) => name)
      .concat(found.active)
      .filter((name): name is string => name !== null);
    const read = new Map((await this.readRanges(wanted, extent)).map((s) => [s.name, s] as const));
    const snapshot = (name: string | null) => (name === null ? null : (read.get(name) ?? null));
    return {
      sheetNames: found.sheetNames,
      byKey: Object.fromEntries(found.byKey.map(([key, name]) => [key, snapshot(name)])),
      byName: Object.fromEntries(found.byName.map(([n, name]) => [n, snapshot(name)])),
      active: snapshot(found.active),
    };
  }

  private async readAtOnce(request: ReadRequest, extent: ReadExtent): Promise<ReadResult> {
    const queue = (sheet: Excel.Worksheet) => queueExtent(sheet, extent);
    return this.batch(undefined, async (context) => {
      const { worksheets, names } = context.workbook;
      worksheets.load("items/name");
      const byKey = (request.keys ?? []).map(
        (key) =>
          [key, queue(names.getItemOrNullObject(key).getRangeOrNullObject().worksheet)] as const
      );
      const byName = (request.names ?? []).map(
        (name) => [name, queue(worksheets.getItemOrNullObject(name))] as const
      );
      const active = request.active ? queue(worksheets.getActiveWorksheet()) : null;
      await context.sync();
      return {
        sheetNames: worksheets.items.map((sheet) => sheet.name),
        byKey: Object.fromEntries(byKey.map(([key, pending]) => [key, extentSnapshot(pending)])),
        byName: Object.fromEntries(
          byName.map(([name, pending]) => [name, extentSnapshot(pending)])
        ),
        active: active ? extentSnapshot(active) : null,
      };
    });
  }

  /** Two round trips: the names of the sheets, then the title block (A1:H5) of each. */
  async readHeads(): Promise<SheetHead[]> {
    return this.batch(undefined, async (context) => {
      const { worksheets } = context.workbook;
      worksheets.load("items/name");
      await context.sync();
      const pending = worksheets.items.map((sheet) => {
        sheet.load("name, protection/protected");
        const head = sheet.getRange(`A1:${columnLetter(HEAD_COLUMNS - 1)}${HEAD_ROWS}`);
        head.load("values");
        // a few numbers: whether any cell of the sheet holds a value
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex");
        return { sheet, head, used };
      });
      await context.sync();
      return pending.map(({ sheet, head, used }) => ({
        name: sheet.name,
        protected: sheet.protection.protected,
        values: plain(head.values),
        blank: used.isNullObject,
      }));
    });
  }

  /**
   * One round trip for the extent of every sheet's report range (a few numbers each), then batches of reads sized
   * from the bytes measured so far: each batch aims under READ_BATCH_BYTES, and a batch Excel still refuses as too
   * large is halved and read again.
   */
  async readSheets(
    names: readonly string[],
    progress: (done: number, total: number) => void = () => {}
  ): Promise<SheetSnapshot[]> {
    return this.readRanges(names, "report", progress);
  }

  private async readRanges(
    names: readonly string[],
    extent: ReadExtent,
    progress: (done: number, total: number) => void = () => {}
  ): Promise<SheetSnapshot[]> {
    const extents = await this.batch(undefined, async (context) => {
      const pending = [...new Set(names)].map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name, protection/protected");
        const used = reportWindow(sheet, extent).getUsedRangeOrNullObject(true);
        used.load("rowIndex, rowCount, columnIndex, columnCount");
        return { sheet, used };
      });
      await context.sync();
      const seen = new Set<string>();
      return pending
        .filter(
          ({ sheet }) => !sheet.isNullObject && !seen.has(sheet.name) && !!seen.add(sheet.name)
        )
        .map(({ sheet, used }) => ({
          name: sheet.name,
          protected: sheet.protection.protected,
          rows: used.isNullObject ? 0 : Math.min(MAX_READ_ROWS, used.rowIndex + used.rowCount),
          cols: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
        }));
    });

    const byName = new Map(extents.map((e) => [e.name, e]));
    const grids = new Map<string, { values: CellValue[][]; formulas: CellValue[][] }>(
      extents.map((e) => [e.name, { values: [], formulas: [] }])
    );
    let pending: ReadPiece[] = extents
      .filter((e) => e.rows > 0)
      .map((e) => ({ name: e.name, first: 1, last: e.rows }));
    const total = extents.length;
    const remaining = new Map<string, number>();
    for (const piece of pending) remaining.set(piece.name, (remaining.get(piece.name) ?? 0) + 1);
    let done = extents.length - remaining.size;
    if (done > 0) progress(done, total);
    let bytesPerRow = FIRST_BYTES_PER_ROW;

    const readBatch = async (batch: ReadPiece[]): Promise<void> => {
      let loaded: { piece: ReadPiece; range: Excel.Range }[];
      try {
        loaded = await this.run(async (context) => {
          const ranges = batch.map((piece) => {
            const last = columnLetter(byName.get(piece.name)!.cols - 1);
            const sheet = context.workbook.worksheets.getItemOrNullObject(piece.name);
            const range = sheet.getRange(`A${piece.first}:${last}${piece.last}`);
            range.load("values, formulas");
            return { piece, sheet, range };
          });
          await context.sync();
          const gone = ranges.find(({ sheet }) => sheet.isNullObject);
          if (gone) throw new WorkbookError("notFound", FAILURES.notFound(gone.piece.name));
          return ranges;
        });
      } catch (error) {
        const halves = isTooLarge(error) ? halve(batch) : null;
        const one = batch.length === 1 ? batch[0] : undefined;
        // a single row refused: its long cells are the cause
        const row = one && one.first === one.last && isTooLarge(error) ? one.first : undefined;
        if (!halves) throw translate(error, one?.name, row);
        if (batch.length === 1) remaining.set(batch[0].name, remaining.get(batch[0].name)! + 1);
        bytesPerRow *= 2;
        for (const half of halves) await readBatch(half);
        return;
      }
      let bytes = 0;
      let rows = 0;
      for (const { piece, range } of loaded) {
        const grid = grids.get(piece.name)!;
        grid.values.push(...plain(range.values));
        grid.formulas.push(...plain(range.formulas));
        bytes += payloadBytes(range.values) + payloadBytes(range.formulas);
        rows += piece.last - piece.first + 1;
        const left = remaining.get(piece.name)! - 1;
        remaining.set(piece.name, left);
        if (left === 0) done++;
      }
      // The next estimate follows what was measured, with a margin for sheets that hold more than these.
      if (rows > 0) bytesPerRow = Math.max(64, Math.ceil((bytes / rows) * 1.25));
      progress(done, total);
    };

    while (pending.length) {
      const { batch, rest } = nextBatch(pending, bytesPerRow);
      // A piece cut from a large sheet stays counted until its last piece is read.
      if (rest.length && batch.length && rest[0].name === batch[batch.length - 1].name) {
        remaining.set(rest[0].name, remaining.get(rest[0].name)! + 1);
      }
      pending = rest;
      await readBatch(batch);
    }

    return extents.map((e) => {
      const grid = grids.get(e.name)!;
      const empty = grid.values.length === 0;
      return {
        name: e.name,
        protected: e.protected,
        values: empty ? [[null]] : grid.values,
        formulas: empty ? [[null]] : grid.formulas,
      };
    });
  }

  /**
   * A look, then the writes. The look reads what decides the writing (is the sheet there and unprotected, is its
   * standard name free or held by a blank sheet, does the key name exist: a name cannot be deleted blind, nor a
   * sheet renamed onto a taken name), so that a refusal comes before anything is written. The writes are one round
   * trip, or a few when the contents are over WRITE_BATCH_BYTES (bands of rows, see writeSteps). The analyst's cells
   * (options.owned) are loaded in the look and again in the first write, before any of its writes: one typed since
   * the read keeps its content; one typed between the look and the writes is written back in one more round trip.
   */
  async writeSheet(spec: SheetSpec, options: WriteSheetOptions = {}): Promise<WriteSheetResult> {
    const { replace } = options;
    const tooLong = textTooLong(replace ?? spec.name, longText(specCells(spec)));
    if (tooLong) throw tooLong;
    const look = await this.batch(replace ?? spec.name, async (context) => {
      const { worksheets, names } = context.workbook;
      const existing = replace !== undefined ? worksheets.getItemOrNullObject(replace) : null;
      existing?.load("name, protection/protected");
      existing?.charts.load("items/name");
      const holder = worksheets.getItemOrNullObject(spec.name);
      holder.load("name, protection/protected");
      // adding: the sheet that holds the name is taken over when it is blank (a write cut after its add)
      const holderUsed = existing ? null : holder.getUsedRangeOrNullObject(true);
      holderUsed?.load("rowIndex");
      if (!existing) holder.charts.load("items/name");
      const oldKey = names.getItemOrNullObject(spec.key);
      const owned = queueOwned(existing, options.owned);
      await context.sync();

      if (existing && existing.isNullObject) {
        throw new WorkbookError("notFound", FAILURES.notFound(replace!), { wroteNothing: true });
      }
      if (existing && existing.protection.protected) throw protectedSheet(existing.name);
      let target: Excel.Worksheet | null = existing;
      if (!existing && !holder.isNullObject) {
        if (!holderUsed!.isNullObject || holder.charts.items.length > 0) {
          throw new WorkbookError("failed", FAILURES.nameTaken(holder.name), {
            wroteNothing: true,
          });
        }
        if (holder.protection.protected) throw protectedSheet(holder.name);
        target = holder;
      }
      const charts = target === existing ? (existing?.charts.items ?? []) : holder.charts.items;
      return {
        sheet: target ? target.name : null,
        // the standard name, when no other sheet holds it (names compare without case in Excel)
        rename:
          target !== null &&
          target.name !== spec.name &&
          (holder.isNullObject || holder.name === target.name),
        charts: charts.map((c) => c.name).filter((n) => n.startsWith(CHART_PREFIX)),
        oldKey: !oldKey.isNullObject,
        typed: owned(),
      };
    });

    const first = look.typed;
    const groups = groupSteps(
      writeSteps(withCells(spec, first.changed), options.clearRows ?? 0, look)
    );
    const name = look.sheet ?? spec.name;
    let late: ReturnType<typeof queueOwned> | null = null;
    const writeGroup = (group: WriteStep[], add: boolean) =>
      this.batch(name, async (context) => {
        const { worksheets } = context.workbook;
        const sheet = add ? worksheets.add(spec.name) : worksheets.getItem(name);
        // loaded before any write of the first batch: a cell typed since the look
        if (!late)
          late = queueOwned(
            look.sheet === null ? null : worksheets.getItemOrNullObject(name),
            first.seen
          );
        for (const step of group) step.queue(sheet, context);
        try {
          await context.sync();
        } catch (error) {
          // one row alone over the limit: its long cells are the cause
          const rows = group.length === 1 ? group[0].rows : undefined;
          if (isTooLarge(error) && rows && rows[0] === rows[1])
            throw translate(error, name, rows[0]);
          throw error;
        }
      });
    let add = look.sheet === null;
    for (const group of groups) {
      await writeGroup(group, add);
      add = false;
    }
    const typedMeanwhile = late ? (late as ReturnType<typeof queueOwned>)().changed : {};
    if (Object.keys(typedMeanwhile).length) {
      const written = look.rename ? spec.name : name;
      await this.batch(written, async (context) => {
        restoreCells(context.workbook.worksheets.getItem(written), typedMeanwhile);
        await context.sync();
      });
    }
    return { kept: [...new Set([...Object.keys(first.changed), ...Object.keys(typedMeanwhile)])] };
  }

  /**
   * One round trip, or a few when the texts written are over WRITE_BATCH_BYTES; each cell's number format goes with
   * its content, the layout in the last request.
   */
  async writeCells(
    sheet: string,
    writes: readonly CellWrite[],
    layout: CellsLayout = {}
  ): Promise<void> {
    const tooLong = textTooLong(sheet, longText(writes));
    if (tooLong) throw tooLong;
    const steps: WriteStep[] = writes.map((write) => {
      const format = formatFor(write.content, write.numberFormat);
      const input = inputOf(write.content);
      return {
        bytes: CALL_BYTES * 2 + payloadBytes(input) + payloadBytes(format ?? ""),
        queue: (ws) => {
          const range = ws.getRange(write.address);
          if (format !== undefined) range.numberFormat = [[format]];
          range.formulas = [[input]];
        },
      };
    });
    steps.push({
      bytes: CALL_BYTES * 16 + payloadBytes(layout),
      queue: (ws) => {
        for (const { range, style } of layout.styles ?? [])
          applyStyle(ws.getRange(range), range, style);
        for (const { index, width } of layout.columns ?? []) {
          const letter = columnLetter(index);
          ws.getRange(`${letter}:${letter}`).format.columnWidth = width;
        }
      },
    });
    const writeGroup = (group: WriteStep[]) =>
      this.batch(sheet, async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        for (const step of group) step.queue(ws, context);
        await context.sync();
      });
    for (const group of groupSteps(steps)) await writeGroup(group);
  }

  async setProtection(
    sheet: string,
    protect: boolean,
    writes: readonly CellWrite[],
    layout: CellsLayout = {}
  ): Promise<void> {
    const tooLong = textTooLong(sheet, longText(writes));
    if (tooLong) throw tooLong;
    await this.batch(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      if (!protect) ws.protection.unprotect();
      for (const write of writes) {
        const range = ws.getRange(write.address);
        const format = formatFor(write.content, write.numberFormat);
        if (format !== undefined) range.numberFormat = [[format]];
        range.formulas = [[inputOf(write.content)]];
      }
      for (const { range, style } of layout.styles ?? [])
        applyStyle(ws.getRange(range), range, style);
      if (protect) ws.protection.protect();
      await context.sync();
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.batch(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  /** Runs a batch; an error Excel raises at sync becomes a WorkbookError with Excel's own message in it. */
  private async batch<T>(
    sheet: string | undefined,
    body: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> {
    try {
      return await this.run(body);
    } catch (error) {
      throw translate(error, sheet);
    }
  }
}

// ---- read ----

/** The part of a sheet a read may cover: A1:H2000 for the report range, rows 1:2000 for the used range. */
function reportWindow(sheet: Excel.Worksheet, extent: ReadExtent = "report"): Excel.Range {
  return sheet.getRange(
    extent === "report"
      ? `A1:${columnLetter(HEAD_COLUMNS - 1)}${MAX_READ_ROWS}`
      : `1:${MAX_READ_ROWS}`
  );
}

interface PendingExtent {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/**
 * Queues the loads of a sheet's name, protection and the cells of its report (or used) range: the range of the cells
 * with a value within the window, with its position, so that the snapshot starts at A1 as every reader expects.
 */
function queueExtent(sheet: Excel.Worksheet, extent: ReadExtent): PendingExtent {
  sheet.load("name, protection/protected");
  const used = reportWindow(sheet, extent).getUsedRangeOrNullObject(true);
  used.load("values, formulas, rowIndex, columnIndex");
  return { sheet, used };
}

function extentSnapshot({ sheet, used }: PendingExtent): SheetSnapshot | null {
  if (sheet.isNullObject) return null;
  const snapshot = { name: sheet.name, protected: sheet.protection.protected };
  if (used.isNullObject) return { ...snapshot, values: [[null]], formulas: [[null]] };
  return {
    ...snapshot,
    values: fromA1(plain(used.values), used.rowIndex, used.columnIndex),
    formulas: fromA1(plain(used.formulas), used.rowIndex, used.columnIndex),
  };
}

/** A grid read at (row, col), 0-based, padded with blanks to start at A1. */
function fromA1(grid: CellValue[][], row: number, col: number): CellValue[][] {
  const width = col + (grid[0]?.length ?? 0);
  const pad = (line: CellValue[]) => [...Array<CellValue>(col).fill(null), ...line];
  return [
    ...Array.from({ length: row }, () => Array<CellValue>(width).fill(null)),
    ...grid.map(pad),
  ];
}

/** Empty cells come as "": null, as the in-memory workbook gives them. */
function plain(grid: unknown[][]): CellValue[][] {
  return grid.map((row) => row.map((v) => (v === "" || v === undefined ? null : (v as CellValue))));
}

// ---- write ----

/**
 * Queues the loads of the analyst's cells of the sheet to rewrite (WriteSheetOptions.owned). After the sync, the
 * function returned gives those that hold something else than `owned` says (typed since), with what they hold now,
 * and what every owned cell held at the sync. writeSheet calls it twice: in its first round trip, against the read the
 * spec was built from; in its second, queued before the writes, against the first — a cell typed between the two
 * round trips is then written back as typed, in a third (rare) round trip.
 */
function queueOwned(
  sheet: Excel.Worksheet | null,
  owned: OwnedCells | undefined
): () => { changed: Record<string, CellContent>; seen: OwnedCells } {
  if (!sheet || !owned) return () => ({ changed: {}, seen: { cells: {} } });
  const ranges = new Map(
    Object.keys(owned.cells).map((address) => {
      const loaded = sheet.getRange(address);
      loaded.load("values, formulas");
      return [address, loaded] as const;
    })
  );
  return () => {
    const now = (address: string) => {
      const loaded = ranges.get(address)!;
      return { formula: plain(loaded.formulas)[0][0], value: plain(loaded.values)[0][0] };
    };
    const seen = Object.fromEntries([...ranges.keys()].map((a) => [a, now(a).formula]));
    return { changed: changedOwned(owned, now), seen: { cells: seen } };
  };
}

/** Writes cells back as the analyst left them (see queueOwned): their content, text staying text. */
function restoreCells(sheet: Excel.Worksheet, cells: Record<string, CellContent>): void {
  for (const [address, content] of Object.entries(cells)) {
    const written = sheet.getRange(address);
    const format = formatFor(content, undefined);
    if (format !== undefined) written.numberFormat = [[format]];
    written.formulas = [[inputOf(content)]];
  }
}

/** What a content is written as through `Range.formulas`. */
function inputOf(content: CellContent): string | number | boolean {
  if ("text" in content) return content.text;
  if ("number" in content) return content.number;
  if ("bool" in content) return content.bool;
  if ("formula" in content) return content.formula;
  return "";
}

function rangeSize(address: string): { rows: number; cols: number } {
  const { start, end } = parseRange(address);
  return { rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

/** What the request of a step adds besides its values: one call, its address and its property. */
const CALL_BYTES = 64;

/** Operations of a write, queued in order on the sheet; `bytes`: their size in the request. */
interface WriteStep {
  readonly bytes: number;
  readonly queue: (sheet: Excel.Worksheet, context: Excel.RequestContext) => void;
  /** The rows of contents the step writes, first and last (1-based). */
  readonly rows?: readonly [number, number];
}

/**
 * The whole sheet as steps, in an order that leaves a sheet the add-in recognises and repairs whatever prefix of it
 * Excel applied (it keeps what ran when a batch fails part-way):
 * - a sheet already there (rewritten, or blank and taken over) first loses its formats, merges, validations and
 *   conditional formats — never a value;
 * - then the contents of the whole area, with the rows it had grown to (blanked), each band of rows with its number
 *   formats just before its values (a "@" cell takes what is written to it as text). One band, one operation,
 *   unless over WRITE_BATCH_BYTES: the old contents are replaced in one go, and on a new sheet the title block is its
 *   first write after the add. Nothing typed is cleared before it is written again in its new place;
 * - then styles, merges, rules, columns, panes, filter, print setup, charts, the key name, the name of the sheet,
 *   spec.seal, the activation.
 */
function writeSteps(
  spec: SheetSpec,
  clearRows: number,
  look: { sheet: string | null; rename: boolean; charts: readonly string[]; oldKey: boolean }
): WriteStep[] {
  const area = parseRange(spec.area);
  const cols = Math.max(area.end.col + 1, ...spec.cells.map((row) => row.length));
  const lastCol = columnLetter(cols - 1);
  const height = Math.max(area.end.row, spec.cells.length, clearRows, 1);
  const whole = `A1:${lastCol}${height}`;
  const steps: WriteStep[] = [];

  if (look.sheet !== null) {
    steps.push({
      bytes: CALL_BYTES * 4,
      queue: (sheet) => {
        const range = sheet.getRange(whole);
        range.clear("Formats");
        range.unmerge();
        range.dataValidation.clear();
        range.conditionalFormats.clearAll();
      },
    });
  }

  const formats = numberFormats(spec, height, cols);
  const inputs = Array.from({ length: height }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const content = spec.cells[r]?.[c];
      return content ? inputOf(content) : "";
    })
  );
  const band = (first: number, last: number, bytes: number): WriteStep => ({
    bytes,
    rows: [first, last],
    queue: (sheet) => {
      const range = sheet.getRange(`A${first}:${lastCol}${last}`);
      range.numberFormat = formats.grid.slice(first - 1, last);
      range.formulas = inputs.slice(first - 1, last);
    },
  });
  let first = 1;
  let bytes = CALL_BYTES * 2;
  for (let r = 1; r <= height; r++) {
    const row = payloadBytes(formats.grid[r - 1]) + payloadBytes(inputs[r - 1]);
    if (r > first && bytes + row > WRITE_BATCH_BYTES) {
      steps.push(band(first, r - 1, bytes));
      first = r;
      bytes = CALL_BYTES * 2;
    }
    bytes += row;
  }
  steps.push(band(first, height, bytes));

  const layout = {
    outside: formats.outside,
    styles: spec.styles,
    merges: spec.merges,
    validations: spec.validations,
    conditionalFormats: spec.conditionalFormats,
    columns: spec.columns,
    charts: spec.charts,
    print: spec.print,
    seal: spec.seal,
  };
  const calls =
    formats.outside.length +
    spec.styles.length * 12 +
    spec.merges.length +
    spec.validations.length * 5 +
    spec.conditionalFormats.length * 4 +
    spec.columns.length * 2 +
    (spec.charts?.length ?? 0) * 8 +
    look.charts.length +
    20;
  steps.push({
    bytes: CALL_BYTES * calls + payloadBytes(layout),
    queue: (sheet, context) => {
      for (const { range, numberFormat } of formats.outside) {
        const { rows: h, cols: w } = rangeSize(range);
        sheet.getRange(range).numberFormat = Array.from({ length: h }, () =>
          Array.from({ length: w }, () => numberFormat)
        );
      }
      for (const { range, style } of spec.styles) applyStyle(sheet.getRange(range), range, style);
      for (const merge of spec.merges) sheet.getRange(merge).merge(false);
      for (const validation of spec.validations) applyValidation(sheet, validation);
      for (const format of spec.conditionalFormats) applyConditionalFormat(sheet, format);

      spec.columns.forEach((column, i) => {
        const letter = columnLetter(i);
        const range = sheet.getRange(`${letter}:${letter}`);
        range.format.columnWidth = column.width;
        range.columnHidden = column.hidden ?? false;
      });
      if (spec.freezeRows > 0) sheet.freezePanes.freezeRows(spec.freezeRows);
      else sheet.freezePanes.unfreeze();
      if (spec.autoFilter) sheet.autoFilter.apply(sheet.getRange(spec.autoFilter));

      const page = sheet.pageLayout;
      page.orientation = spec.print.orientation;
      page.paperSize = spec.print.paper;
      page.setPrintTitleRows(spec.print.titleRows);
      // "Fit all columns on one page": one page wide, as many tall as needed.
      page.zoom = spec.print.fitToWidth
        ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
        : { scale: 100 };

      // After the widths: wrapped text needs them to find its height.
      sheet.getRange(whole).format.autofitRows();

      for (const chart of look.charts) sheet.charts.getItem(chart).delete();
      (spec.charts ?? []).forEach((chart, i) => addChart(sheet, chart, `${CHART_PREFIX}${i + 1}`));
      const { names } = context.workbook;
      if (look.oldKey) names.getItem(spec.key).delete();
      names.add(spec.key, sheet.getRange(spec.area), NAME_COMMENT);
      if (look.rename) sheet.name = spec.name;
      if (spec.seal) {
        const range = sheet.getRange(spec.seal.address);
        const format = formatFor(spec.seal.content, spec.seal.numberFormat);
        if (format !== undefined) range.numberFormat = [[format]];
        range.formulas = [[inputOf(spec.seal.content)]];
      }
      sheet.activate();
    },
  });
  return steps;
}

/**
 * The number format of every cell of the block, the styles applied in order (later ones win), then adjusted to the
 * content (see formatFor). Styles reaching outside the block keep their own range.
 */
function numberFormats(
  spec: SheetSpec,
  rows: number,
  cols: number
): { grid: string[][]; outside: { range: string; numberFormat: string }[] } {
  const asked: (string | undefined)[][] = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => undefined)
  );
  const outside: { range: string; numberFormat: string }[] = [];
  for (const { range, style } of spec.styles) {
    if (style.numberFormat === undefined) continue;
    const { start, end } = parseRange(range);
    if (end.row > rows || end.col >= cols)
      outside.push({ range, numberFormat: style.numberFormat });
    for (let r = start.row; r <= Math.min(end.row, rows); r++) {
      for (let c = start.col; c <= Math.min(end.col, cols - 1); c++)
        asked[r - 1][c] = style.numberFormat;
    }
  }
  const grid = asked.map((line, r) =>
    line.map((format, c) => {
      const content: CellContent = spec.cells[r]?.[c] ?? { blank: true };
      return formatFor(content, format) ?? NUMBER_FORMATS.general;
    })
  );
  return { grid, outside };
}

function applyStyle(range: Excel.Range, address: string, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign !== undefined) format.horizontalAlignment = style.hAlign;
  if (style.vAlign !== undefined) format.verticalAlignment = style.vAlign;
  if (style.locked !== undefined) format.protection.locked = style.locked;
  if (style.borders) {
    const { rows, cols } = rangeSize(address);
    for (const edge of BORDER_EDGES) {
      // Inside borders only exist where the range has more than one row (column).
      if (edge === "InsideHorizontal" && rows < 2) continue;
      if (edge === "InsideVertical" && cols < 2) continue;
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

function applyValidation(sheet: Excel.Worksheet, v: Validation): void {
  const validation = sheet.getRange(v.range).dataValidation;
  validation.ignoreBlanks = true;
  const rule = v.rule;
  if (rule.type === "list") {
    validation.rule = { list: { inCellDropDown: true, source: listSource(rule) } };
  } else {
    const basic: Excel.BasicDataValidation =
      rule.max === undefined
        ? { formula1: rule.min, operator: "GreaterThanOrEqualTo" }
        : { formula1: rule.min, formula2: rule.max, operator: "Between" };
    validation.rule = rule.type === "wholeNumber" ? { wholeNumber: basic } : { decimal: basic };
  }
  validation.prompt = {
    showPrompt: true,
    title: v.prompt.title,
    message: v.prompt.message,
  };
  validation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: v.error.title,
    message: v.error.message,
  };
}

/** A list validation's source as Excel reads it (listSourceOf decides where the items come from). */
export function listSource(rule: Extract<ValidationRule, { type: "list" }>): string {
  const source = listSourceOf(rule);
  return "range" in source ? `=${source.range}` : source.inline;
}

function applyConditionalFormat(sheet: Excel.Worksheet, f: ConditionalFormat): void {
  const format = sheet.getRange(f.range).conditionalFormats.add("CellValue");
  format.cellValue.format.fill.color = f.fill;
  format.cellValue.format.font.color = f.fontColor;
  // A text operand is a formula: quoted, with its quotes doubled.
  format.cellValue.rule = {
    formula1: `="${f.equals.replace(/"/g, '""')}"`,
    operator: "EqualTo",
  };
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec, name: string): void {
  const chart = sheet.charts.add(spec.type, sheet.getRange(spec.source), "Columns");
  chart.name = name;
  chart.title.text = spec.title;
  const [from, to] = spec.anchor.split(":");
  chart.setPosition(from, to);
  (spec.colors ?? []).forEach((color, i) =>
    chart.series.getItemAt(i).format.fill.setSolidColor(color)
  );
}

// ---- errors ----

/** A failure as the analyst reads it; `row`: the one row a refused request held (its long cells are the cause). */
function translate(error: unknown, sheet: string | undefined, row?: number): WorkbookError {
  if (error instanceof WorkbookError) return error;
  if (isTooLarge(error)) {
    const excel = error instanceof Error ? error.message : String(error);
    return new WorkbookError("failed", FAILURES.tooLarge(sheet, excel, row), { tooLarge: true });
  }
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const excel = error instanceof Error ? error.message : String(error);
  const refusedByProtection =
    code === "AccessDenied" || (code === "InvalidOperation" && /protect|bảo vệ/i.test(excel));
  if (refusedByProtection) return new WorkbookError("protected", FAILURES.refused(sheet, excel));
  if (code === "ItemNotFound" && sheet !== undefined) {
    return new WorkbookError("notFound", `${FAILURES.notFound(sheet)} Excel báo: ${excel}`);
  }
  return new WorkbookError("failed", FAILURES.failed(excel));
}

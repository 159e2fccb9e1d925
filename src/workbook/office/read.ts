/**
 * The reads: one round trip for the sheets asked for (read), two for the title blocks (readHeads), and batches sized
 * from the bytes measured so far for whole sheets (readRanges), since Excel on the web refuses a request or response
 * over 5 MB (see limits.ts).
 */
import { columnLetter, type SheetSnapshot } from "../../sheets";
import { type CellValue } from "../../core";
import { FAILURES } from "../failures";
import {
  FIRST_BYTES_PER_ROW,
  halve,
  isTooLarge,
  nextBatch,
  payloadBytes,
  type ReadPiece,
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
} from "../port";
import { plain } from "./cells";
import { translate } from "./errors";
import { batch, type ExcelRunner } from "./run";

/**
 * One round trip. Should Excel refuse it as too large (sheets of long texts down to row 2000), the sheets are
 * found again by name and read in batches, as readSheets does.
 */
export async function readWorkbook(run: ExcelRunner, request: ReadRequest): Promise<ReadResult> {
  const extent = request.extent ?? "report";
  try {
    return await readAtOnce(run, request, extent);
  } catch (error) {
    if (!(error instanceof WorkbookError) || !error.tooLarge) throw error;
  }
  const found = await findSheets(run, request);
  const wanted = [...found.byKey, ...found.byName]
    .map(([, name]) => name)
    .concat(found.active)
    .filter((name): name is string => name !== null);
  const read = new Map((await readRanges(run, wanted, extent)).map((s) => [s.name, s] as const));
  const snapshot = (name: string | null) => (name === null ? null : (read.get(name) ?? null));
  return {
    sheetNames: found.sheetNames,
    byKey: Object.fromEntries(found.byKey.map(([key, name]) => [key, snapshot(name)])),
    byName: Object.fromEntries(found.byName.map(([n, name]) => [n, snapshot(name)])),
    active: snapshot(found.active),
  };
}

async function readAtOnce(
  run: ExcelRunner,
  request: ReadRequest,
  extent: ReadExtent
): Promise<ReadResult> {
  const queue = (sheet: Excel.Worksheet) => queueExtent(sheet, extent);
  return batch(run, undefined, async (context) => {
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
      byName: Object.fromEntries(byName.map(([name, pending]) => [name, extentSnapshot(pending)])),
      active: active ? extentSnapshot(active) : null,
    };
  });
}

/** The names of the sheets a request asks for (null: not there), without their cells. */
interface FoundSheets {
  readonly sheetNames: string[];
  readonly byKey: (readonly [string, string | null])[];
  readonly byName: (readonly [string, string | null])[];
  readonly active: string | null;
}

function findSheets(run: ExcelRunner, request: ReadRequest): Promise<FoundSheets> {
  return batch(run, undefined, async (context) => {
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
}

/** Two round trips: the names of the sheets, then the title block (A1:H5) of each. */
export function readHeads(run: ExcelRunner): Promise<SheetHead[]> {
  return batch(run, undefined, async (context) => {
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

// ---- whole sheets, in batches ----

/** How far a sheet's report (or used) range reaches: rows from 1, columns from A. */
interface Extent {
  readonly name: string;
  readonly protected: boolean;
  readonly rows: number;
  readonly cols: number;
}

interface Grids {
  readonly values: CellValue[][];
  readonly formulas: CellValue[][];
}

/** What a batched read has gathered so far, and how far it is. */
interface Gathering {
  readonly cols: ReadonlyMap<string, number>;
  readonly grids: ReadonlyMap<string, Grids>;
  /** The pieces of each sheet not read yet: a sheet is done when its count reaches 0. */
  readonly remaining: Map<string, number>;
  readonly total: number;
  done: number;
  /** The estimate the next batch is sized with. */
  bytesPerRow: number;
  readonly progress: (done: number, total: number) => void;
}

/**
 * One round trip for the extent of every sheet's report range (a few numbers each), then batches of reads sized
 * from the bytes measured so far: each batch aims under READ_BATCH_BYTES, and a batch Excel still refuses as too
 * large is halved and read again.
 */
export async function readRanges(
  run: ExcelRunner,
  names: readonly string[],
  extent: ReadExtent,
  progress: (done: number, total: number) => void = () => {}
): Promise<SheetSnapshot[]> {
  const extents = await readExtents(run, names, extent);
  let pending: ReadPiece[] = extents
    .filter((e) => e.rows > 0)
    .map((e) => ({ name: e.name, first: 1, last: e.rows }));
  const state = startGathering(extents, pending, progress);
  while (pending.length) {
    const { batch, rest } = nextBatch(pending, state.bytesPerRow);
    // A piece cut from a large sheet stays counted until its last piece is read.
    if (rest.length && batch.length && rest[0].name === batch[batch.length - 1].name) {
      state.remaining.set(rest[0].name, state.remaining.get(rest[0].name)! + 1);
    }
    pending = rest;
    await readPieces(run, state, batch);
  }
  return extents.map((e) => {
    const grid = state.grids.get(e.name)!;
    const empty = grid.values.length === 0;
    return {
      name: e.name,
      protected: e.protected,
      values: empty ? [[null]] : grid.values,
      formulas: empty ? [[null]] : grid.formulas,
    };
  });
}

/** The sheets found among `names`, each once, with how far their range reaches. */
function readExtents(
  run: ExcelRunner,
  names: readonly string[],
  extent: ReadExtent
): Promise<Extent[]> {
  return batch(run, undefined, async (context) => {
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
      .filter(({ sheet }) => !sheet.isNullObject && !seen.has(sheet.name) && !!seen.add(sheet.name))
      .map(({ sheet, used }) => ({
        name: sheet.name,
        protected: sheet.protection.protected,
        rows: used.isNullObject ? 0 : Math.min(MAX_READ_ROWS, used.rowIndex + used.rowCount),
        cols: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
      }));
  });
}

/** Nothing gathered yet; the sheets with nothing to read are done already. */
function startGathering(
  extents: readonly Extent[],
  pending: readonly ReadPiece[],
  progress: (done: number, total: number) => void
): Gathering {
  const remaining = new Map<string, number>();
  for (const piece of pending) remaining.set(piece.name, (remaining.get(piece.name) ?? 0) + 1);
  const done = extents.length - remaining.size;
  if (done > 0) progress(done, extents.length);
  return {
    cols: new Map(extents.map((e) => [e.name, e.cols])),
    grids: new Map(extents.map((e) => [e.name, { values: [], formulas: [] }])),
    remaining,
    total: extents.length,
    done,
    bytesPerRow: FIRST_BYTES_PER_ROW,
    progress,
  };
}

/** Reads a batch; one refused as too large is halved and each half read, a single row refused is reported. */
async function readPieces(run: ExcelRunner, state: Gathering, pieces: ReadPiece[]): Promise<void> {
  let loaded: { piece: ReadPiece; range: Excel.Range }[];
  try {
    loaded = await loadPieces(run, state.cols, pieces);
  } catch (error) {
    const halves = isTooLarge(error) ? halve(pieces) : null;
    const one = pieces.length === 1 ? pieces[0] : undefined;
    // a single row refused: its long cells are the cause
    const row = one && one.first === one.last && isTooLarge(error) ? one.first : undefined;
    if (!halves) throw translate(error, one?.name, row);
    if (one) state.remaining.set(one.name, state.remaining.get(one.name)! + 1);
    state.bytesPerRow *= 2;
    for (const half of halves) await readPieces(run, state, half);
    return;
  }
  gather(state, loaded);
}

/** One round trip: the values and formulas of each piece. Excel's errors come through as raised. */
function loadPieces(
  run: ExcelRunner,
  cols: ReadonlyMap<string, number>,
  pieces: readonly ReadPiece[]
): Promise<{ piece: ReadPiece; range: Excel.Range }[]> {
  return run(async (context) => {
    const ranges = pieces.map((piece) => {
      const last = columnLetter(cols.get(piece.name)! - 1);
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
}

/** Adds what a batch read to the grids, counts the sheets done and measures the next estimate. */
function gather(
  state: Gathering,
  loaded: readonly { piece: ReadPiece; range: Excel.Range }[]
): void {
  let bytes = 0;
  let rows = 0;
  for (const { piece, range } of loaded) {
    const grid = state.grids.get(piece.name)!;
    grid.values.push(...plain(range.values));
    grid.formulas.push(...plain(range.formulas));
    bytes += payloadBytes(range.values) + payloadBytes(range.formulas);
    rows += piece.last - piece.first + 1;
    const left = state.remaining.get(piece.name)! - 1;
    state.remaining.set(piece.name, left);
    if (left === 0) state.done++;
  }
  // The next estimate follows what was measured, with a margin for sheets that hold more than these.
  if (rows > 0) state.bytesPerRow = Math.max(64, Math.ceil((bytes / rows) * 1.25));
  state.progress(state.done, state.total);
}

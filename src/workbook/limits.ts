/**
 * Excel on the web's request limits, as the adapters plan their reads against them.
 *
 * Microsoft documents ("Resource limits and performance optimization for Office Add-ins", Excel add-ins) that Excel on
 * the web refuses a request or a response over 5 MB, and that a range read is limited to 5,000,000 cells. A read is
 * planned in batches whose estimated response stays under READ_BATCH_BYTES, well below the limit, and measured after
 * each batch so that the next estimate follows what the sheets really hold.
 */
import { cell, CELL_TEXT_LIMIT, type CellContent, type SheetSpec } from "../sheets";

/** What one batch of reads aims at: the estimate's margin keeps the measured size under 4 MB. */
export const READ_BATCH_BYTES = 3_000_000;
/**
 * The first estimate of a report row's size (values and formulas of 8 cells), before anything is measured: a standard
 * row is about 1.1 KB as JSON, a row with a long note in every cell about 3 KB; the first batch stays small.
 */
export const FIRST_BYTES_PER_ROW = 4_000;

/**
 * The size of a value as a JSON payload in the worst case: every character outside ASCII escaped as \uXXXX (six
 * bytes), as a Vietnamese text may travel.
 */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}

/**
 * What one write request aims at: its size is known before it is sent (the values written, as payloadBytes counts
 * them), so a sheet's contents over this are written in several requests, each a band of whole rows.
 */
export const WRITE_BATCH_BYTES = 3_000_000;

/**
 * Consecutive groups of steps, each group's bytes within `budget` (a step larger than the budget alone makes a group
 * of its own): the requests of a write, in order.
 */
export function groupSteps<T extends { readonly bytes: number }>(
  steps: readonly T[],
  budget = WRITE_BATCH_BYTES
): T[][] {
  const groups: T[][] = [];
  let bytes = 0;
  for (const step of steps) {
    const last = groups[groups.length - 1];
    if (last && bytes + step.bytes <= budget) {
      last.push(step);
      bytes += step.bytes;
    } else {
      groups.push([step]);
      bytes = step.bytes;
    }
  }
  return groups;
}

export { CELL_TEXT_LIMIT };

/** The first text over CELL_TEXT_LIMIT among cells to write, with its length, or null. */
export function longText(
  cells: Iterable<{ readonly address: string; readonly content: CellContent }>
): { address: string; length: number } | null {
  for (const { address, content } of cells) {
    if ("text" in content && content.text.length > CELL_TEXT_LIMIT)
      return { address, length: content.text.length };
  }
  return null;
}

/** Every cell of a spec, with its address, the seal last. */
export function* specCells(
  spec: SheetSpec
): Generator<{ readonly address: string; readonly content: CellContent }> {
  for (let r = 0; r < spec.cells.length; r++) {
    const line = spec.cells[r];
    for (let c = 0; c < line.length; c++) yield { address: cell(c, r + 1), content: line[c] };
  }
  if (spec.seal) yield spec.seal;
}

/** A piece of a sheet to read: rows first..last (1-based) of its report range. */
export interface ReadPiece {
  readonly name: string;
  readonly first: number;
  readonly last: number;
}

/**
 * The next batch of pieces to read at an estimated `bytesPerRow`: whole sheets while they fit `budget`, at least one
 * piece; a sheet larger than a batch by itself is cut into pieces of rows. Returns the batch and what remains.
 */
export function nextBatch(
  pending: readonly ReadPiece[],
  bytesPerRow: number,
  budget = READ_BATCH_BYTES
): { batch: ReadPiece[]; rest: ReadPiece[] } {
  const perBatch = Math.max(1, Math.floor(budget / Math.max(1, bytesPerRow)));
  const batch: ReadPiece[] = [];
  let rows = 0;
  let i = 0;
  for (; i < pending.length; i++) {
    const piece = pending[i];
    const size = piece.last - piece.first + 1;
    if (rows + size <= perBatch) {
      batch.push(piece);
      rows += size;
      continue;
    }
    if (batch.length === 0) {
      // Too large alone: its first rows now, the rest later.
      const last = piece.first + perBatch - 1;
      batch.push({ ...piece, last });
      return {
        batch,
        rest: [{ ...piece, first: last + 1 }, ...pending.slice(i + 1)],
      };
    }
    break;
  }
  return { batch, rest: pending.slice(i) };
}

/** Halves a batch refused as too large: two batches, or one piece cut in two; null when it cannot be cut. */
export function halve(batch: readonly ReadPiece[]): [ReadPiece[], ReadPiece[]] | null {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const [piece] = batch;
  if (!piece || piece.last <= piece.first) return null;
  const mid = Math.floor((piece.first + piece.last) / 2);
  return [[{ ...piece, last: mid }], [{ ...piece, first: mid + 1 }]];
}

/** Whether an error is Excel refusing a request or response as too large. */
export function isTooLarge(error: unknown): boolean {
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit"
  );
}

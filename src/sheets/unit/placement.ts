/** Where a cell of an earlier version of a sheet goes in a fresh one: slots, and what Generate keeps by slot. */
import type { CellContent } from "../spec";
import { FIRST_BODY_ROW } from "./grid";

/**
 * Where a cell stands in a sheet, whatever its row number: a body line (a catalog id, or PILLAR_MARK and the pillar)
 * and a column; a row of the title block and header (1–6) and a column; or a row below the table, counted from its
 * last line.
 */
export const bodySlot = (line: string, col: number) => `${line}!${col}`;
export const headSlot = (row: number, col: number) => `@${row}!${col}`;
export const tailSlot = (offset: number, col: number) => `+${offset}!${col}`;

/** What Generate keeps from an earlier version of the sheet. */
export interface Preserved {
  /** Every cell the analyst typed, by slot, written back in place (formulas as formulas). */
  readonly cells?: Readonly<Record<string, CellContent>>;
  /** Written over the kept cells, by row id: the consolidation's figures, verdicts and notes on the city sheet. */
  readonly figures?: Readonly<Record<string, CellContent>>;
  readonly verdicts?: Readonly<Record<string, CellContent>>;
  readonly notes?: Readonly<Record<string, string>>;
}

/** Cells kept from an earlier version of a sheet that the new layout has no place for. */
export class UnplacedCells extends Error {
  constructor(readonly slots: readonly string[]) {
    super(`No place for ${slots.join(", ")}`);
    this.name = "UnplacedCells";
  }
}

/** The row and column of a slot in a freshly generated sheet; null where it has none. */
export function placeOf(
  slot: string,
  lineRow: ReadonlyMap<string, number>,
  lastBodyRow: number
): { row: number; col: number } | null {
  const m = /^(.*)!(\d+)$/.exec(slot);
  if (!m) return null;
  const col = Number(m[2]);
  const line = m[1];
  if (line.startsWith("@")) {
    const row = Number(line.slice(1));
    return row >= 1 && row < FIRST_BODY_ROW ? { row, col } : null;
  }
  if (line.startsWith("+")) return { row: lastBodyRow + Number(line.slice(1)), col };
  const row = lineRow.get(line);
  return row === undefined ? null : { row, col };
}

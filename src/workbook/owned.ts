/**
 * The cells of a sheet that are the analyst's, checked in the write's own batch (WriteSheetOptions.owned): a write
 * built from an earlier read must not overwrite what was typed since. Both adapters use these helpers, so that they
 * keep the same cells the same way.
 */
import { parseCell, type CellContent, type SheetSpec } from "../sheets";
import { type CellValue } from "../core";

/** These cells must still hold these contents (a constant, a formula's text, null for blank) for the spec to write them. */
export interface OwnedCells {
  readonly cells: Readonly<Record<string, CellValue>>;
}

/** A cell as the workbook holds it now: its formula (a constant for a constant cell) and its value. */
export interface CellNow {
  readonly formula: CellValue;
  readonly value: CellValue;
}

const blank = (v: CellValue | undefined) => v === null || v === undefined || v === "";

/** Whether a cell still holds what it held when read. */
function unchanged(read: CellValue, now: CellNow): boolean {
  if (blank(read)) return blank(now.formula);
  return read === now.formula;
}

/** What a cell holds now, as content to write back: a formula stays a formula, text stays text. */
function contentOf(now: CellNow): CellContent {
  const f = now.formula;
  if (blank(f)) return { blank: true };
  if (typeof f === "number") return { number: f };
  if (typeof f === "boolean") return { bool: f };
  // a text cell that starts with "=" reads back with its value equal to its formula: it is text, not a formula
  if (f.startsWith("=") && now.value !== f) return { formula: f };
  return { text: f };
}

/**
 * The owned cells that hold something else now than when read, with what they hold now: the analyst typed them
 * since the read. In the order the cells were given.
 */
export function changedOwned(
  owned: OwnedCells,
  now: (address: string) => CellNow
): Record<string, CellContent> {
  const changed: Record<string, CellContent> = {};
  for (const [address, read] of Object.entries(owned.cells)) {
    const current = now(address);
    if (!unchanged(read, current)) changed[address] = contentOf(current);
  }
  return changed;
}

/** The spec with these cells' contents in place of its own (formats, styles and the rest as the spec has them). */
export function withCells(
  spec: SheetSpec,
  cells: Readonly<Record<string, CellContent>>
): SheetSpec {
  const addresses = Object.keys(cells);
  if (!addresses.length) return spec;
  const rows = spec.cells.map((line) => [...line]);
  for (const address of addresses) {
    const { row, col } = parseCell(address);
    while (rows.length < row) rows.push([]);
    const line = rows[row - 1];
    while (line.length <= col) line.push({ blank: true });
    line[col] = cells[address];
  }
  return { ...spec, cells: rows };
}

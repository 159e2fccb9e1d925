/** A1 references: column letters and 1-based rows. */
export function columnLetter(index: number): string {
  // 0 → A, 25 → Z, 26 → AA
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C20" from a column index (0-based) and a row number (1-based). */
export function cell(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

export interface CellAddress {
  readonly col: number; // 0-based
  readonly row: number; // 1-based
}

export function parseCell(ref: string): CellAddress {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not an A1 cell reference: ${ref}`);
  return { col: columnIndex(m[1]), row: Number(m[2]) };
}

/** "B2:D5" → its corners; a single cell is a range of one. */
export function parseRange(ref: string): { start: CellAddress; end: CellAddress } {
  const [a, b] = ref.split(":");
  const start = parseCell(a);
  const end = b ? parseCell(b) : start;
  return { start, end };
}

/** The 0-based index of each column of a table, from its columns' keys in order. */
export function columnIndexes<K extends string>(keys: readonly K[]): Readonly<Record<K, number>> {
  return Object.fromEntries(keys.map((key, i) => [key, i])) as Record<K, number>;
}

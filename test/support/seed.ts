/**
 * Reads the text extraction of the official report template (test/fixtures/official-template.txt) back into its table rows.
 *
 * The extraction repeats the header row at every page break and carries the cells of a row that crosses a page on
 * the first line after that header. Such a line is either the real rest of the row (a label that goes on, a
 * placeholder whose `[[` was not closed yet) or a spill: a tail of a placeholder that was already closed, which is an
 * artifact of the extraction and is dropped.
 */
import { readFileSync } from "fs";
import { join } from "path";

export interface SeedRow {
  id: string; // "9", "9.1"
  pillar: string | null; // the heading above the row, null before the first one
  cells: [string, string, string, string, string]; // STT, Chỉ tiêu, Số liệu, Đánh giá, Ghi chú (raw text)
  placeholders: string[]; // the [[...]] bodies of the row, whitespace removed, in column order
}

export const SEED_PATH = join(__dirname, "..", "fixtures", "official-template.txt");

const HEADER = /^STT\tChỉ tiêu\tSố liệu tổng hợp\tĐánh giá\tGhi chú\s*$/;
const ROW_START = /^(\d+(?:\.\d+)?)\.?$/;

function opens(cell: string): number {
  return (cell.match(/\[\[/g) ?? []).length;
}
function closes(cell: string): number {
  return (cell.match(/\]\]|\[\](?!\])/g) ?? []).length;
}
function isOpen(cell: string): boolean {
  return opens(cell) > closes(cell);
}

export function readSeedText(path = SEED_PATH): string {
  return readFileSync(path, "utf8");
}

/** Splits a cell into placeholder bodies; a body closes at `]]` or at the template's `[]` typo (row 41). */
export function placeholdersOf(cell: string): string[] {
  const out: string[] = [];
  const re = /\[\[([\s\S]*?)(?:\]\]|\[\](?!\]))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cell))) out.push(m[1].replace(/\s+/g, ""));
  return out;
}

export function parseSeed(text = readSeedText()): SeedRow[] {
  const rows: SeedRow[] = [];
  let pillar: string | null = null;
  let afterHeader = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    if (HEADER.test(line)) {
      afterHeader = true;
      continue;
    }
    const cells = line.split("\t");
    while (cells.length < 5) cells.push("");
    const start = ROW_START.exec(cells[0].trim());
    if (start) {
      rows.push({
        id: start[1],
        pillar,
        cells: cells.slice(0, 5) as SeedRow["cells"],
        placeholders: [],
      });
      afterHeader = false;
      continue;
    }
    const last = rows[rows.length - 1];
    if (afterHeader && last) {
      // the rest of the row that crossed the page break, or a spill to drop
      for (let c = 1; c < 5; c++) {
        const piece = cells[c].trim();
        if (!piece) continue;
        const bracketed = /\]\]|\[\]|\[\[/.test(piece);
        if (isOpen(last.cells[c]) || !bracketed) last.cells[c] += " " + piece;
      }
      afterHeader = false;
      continue;
    }
    afterHeader = false;
    const heading = cells[1].trim();
    if (cells[0].trim() === "" && heading && cells.slice(2).every((c) => c.trim() === "")) {
      pillar = heading;
      continue;
    }
    throw new Error(`Unexpected line in the seed: ${line.slice(0, 80)}`);
  }
  for (const row of rows) row.placeholders = row.cells.slice(2).flatMap(placeholdersOf);
  return rows;
}

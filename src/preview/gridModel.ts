/**
 * What the preview grid draws for a sheet of the in-memory workbook: columns with their widths, cells with their
 * text, style and merge spans. Pure data, so the React grid only renders it.
 */
import {
  cell,
  columnLetter,
  parseRange,
  type CellStyle,
  type DisplayCell,
  type MemoryWorkbook,
} from "../workbook/memory";

/** Excel's default column width (8,43 characters of Calibri 11). */
export const DEFAULT_COLUMN_PX = 64;
/** At least this much grid is drawn, as Excel shows an empty sheet. */
export const MIN_ROWS = 30;
export const MIN_COLUMNS = 10;

export interface GridColumn {
  readonly index: number;
  readonly letter: string;
  readonly widthPx: number;
  readonly hidden: boolean;
}

/** How Excel aligns a cell whose style says nothing: numbers right, errors and booleans centred, text left. */
export type CellKind = "empty" | "text" | "number" | "bool" | "error";

export interface GridCell {
  readonly address: string;
  readonly text: string;
  readonly style: CellStyle;
  readonly kind: CellKind;
  readonly colSpan: number;
  readonly rowSpan: number;
  /** Hidden under a merge that starts elsewhere. */
  readonly covered: boolean;
}

export interface GridModel {
  readonly sheet: string;
  readonly columns: readonly GridColumn[];
  /** rows[r][c] is the cell of row r + 1, column c. */
  readonly rows: readonly (readonly GridCell[])[];
  readonly freezeRows: number;
}

/** Column widths are kept in points (as Office.js sets them); the screen draws 96 px per 72 pt. */
export const pointsToPx = (points: number): number => Math.round((points * 4) / 3);

function kindOf(shown: DisplayCell | undefined, value: unknown): CellKind {
  if (!shown || shown.text === "") return "empty";
  if (shown.error) return "error";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "bool";
  return "text";
}

export function gridModel(wb: MemoryWorkbook, sheet: string): GridModel {
  const shown = wb.display(sheet);
  const layout = wb.layoutOf(sheet);
  const width = Math.max(MIN_COLUMNS, layout.columns.length, ...shown.map((r) => r.length));
  const height = Math.max(MIN_ROWS, shown.length + 5);

  const columns: GridColumn[] = Array.from({ length: width }, (_, index) => {
    const c = layout.columns[index];
    return {
      index,
      letter: columnLetter(index),
      widthPx: c ? pointsToPx(c.width) : DEFAULT_COLUMN_PX,
      hidden: c?.hidden === true,
    };
  });

  const spans = new Map<string, { colSpan: number; rowSpan: number }>();
  const covered = new Set<string>();
  for (const merge of layout.merges) {
    const { start, end } = parseRange(merge);
    spans.set(cell(start.col, start.row), {
      colSpan: end.col - start.col + 1,
      rowSpan: end.row - start.row + 1,
    });
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.col; c <= end.col; c++)
        if (r !== start.row || c !== start.col) covered.add(cell(c, r));
    }
  }

  const rows: GridCell[][] = [];
  for (let r = 0; r < height; r++) {
    const line: GridCell[] = [];
    for (let c = 0; c < width; c++) {
      const address = cell(c, r + 1);
      const d = shown[r]?.[c];
      const kind = kindOf(d, d && d.text !== "" && !d.error ? wb.value(sheet, address) : null);
      const span = spans.get(address) ?? { colSpan: 1, rowSpan: 1 };
      line.push({
        address,
        text: d?.text ?? "",
        style: d?.style ?? {},
        kind,
        ...span,
        covered: covered.has(address),
      });
    }
    rows.push(line);
  }
  return { sheet, columns, rows, freezeRows: layout.freezeRows };
}

/** What the editor starts from: the formula if there is one, else the text as shown (which `type` reads back). */
export function editText(
  wb: MemoryWorkbook,
  sheet: string,
  address: string,
  shownText: string
): string {
  return wb.formula(sheet, address) ?? shownText;
}

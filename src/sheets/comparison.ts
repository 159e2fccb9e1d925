import type { CellValue, SheetKind } from "../core/types";
import { catalog } from "../core/catalog";
import { changeBetween, type Comparison, type RowChange } from "../core/comparison";
import { CdsError } from "../core/errors";
import { rowById } from "../core/target";
import { VERDICTS } from "../core/types";
import { cell, columnLetter, parseCell, parseRange } from "./a1";
import { standardRows } from "./unit/body";
import { COL, FIRST_BODY_ROW, HEADER_ROW, SPARE_COLUMN_WIDTH } from "./unit/grid";
import type { SheetRow, SheetSnapshot, UnitSheet } from "./unit/read";
import { figureFormat } from "./unit/rows";
import { periodText, type Period } from "../core/period";
import type { CellContent, CellsLayout, CellWrite, SheetSpec } from "./spec";
import { HEADER_STYLE, NUMBER_FORMATS } from "./styles";

/**
 * Which period a report is compared with: the same period of the previous year, or the quarter before (Quý I after
 * Quý IV of the year before).
 */
export type ComparisonMode = "lastYear" | "lastQuarter";

const QUARTERS = ["Q1", "Q2", "Q3", "Q4"] as const;

/**
 * The period a report is compared with. "lastQuarter" has a meaning for a quarterly report only: the first half and
 * the whole year have no quarter before them (and the periods have no second half to go back to), so they are
 * refused with a message that says to compare with the same period of last year.
 */
export function previousPeriod(period: Period, mode: ComparisonMode): Period {
  if (mode === "lastYear") return { year: period.year - 1, part: period.part };
  const q = QUARTERS.indexOf(period.part as (typeof QUARTERS)[number]);
  if (q < 0) {
    throw new CdsError(
      "invalidValue",
      `Báo cáo ${periodText(period)} không phải báo cáo quý nên không so sánh được với quý trước: hãy chọn so sánh với cùng kỳ năm trước.`
    );
  }
  return q === 0
    ? { year: period.year - 1, part: "Q4" }
    : { year: period.year, part: QUARTERS[q - 1] };
}

/** The comparison's two columns beside the template's: I, the previous period's figure; J, the change. */
export const COMPARISON_COL = { previous: COL.id + 1, change: COL.id + 2 } as const;
export const CHANGE_HEADER = "Thay đổi";

/** "Kỳ trước (Quý II năm 2025)": the header of the previous period's figures. */
export function previousHeader(previous: Period): string {
  return `Kỳ trước (${periodText(previous)})`;
}

const NUMERIC: ReadonlySet<string> = new Set(["ratio", "percent", "count", "rank"]);

/**
 * The two cells of a row: the previous figure — a number in the row's format where it is one, so that the change can
 * be computed from it, else the answer as the report wrote it — and the change as a live formula, =CDS.CHANGE over
 * this period's figure and verdict (columns C and D) and the previous ones: an analyst who corrects a figure after the
 * comparison sees the change follow, never a stale one.
 */
function columnCells(
  id: string,
  row: number,
  change: RowChange | undefined,
  kind: SheetKind
): [CellWrite, CellWrite] {
  const at = (col: number) => cell(col, row);
  const blank = (col: number, numberFormat: string): CellWrite => ({
    address: at(col),
    content: { blank: true },
    numberFormat,
  });
  const before = change?.previous ?? null;
  const hasFigure = before !== null && before.value !== null && before.text !== "";
  if (!change || !before || (!hasFigure && !before.verdict)) {
    return [
      blank(COMPARISON_COL.previous, NUMBER_FORMATS.text),
      blank(COMPARISON_COL.change, NUMBER_FORMATS.general),
    ];
  }
  const previousCell: CellWrite = !hasFigure
    ? blank(COMPARISON_COL.previous, NUMBER_FORMATS.text)
    : NUMERIC.has(change.kind) && typeof before.value === "number"
      ? {
          address: at(COMPARISON_COL.previous),
          content: { number: before.value },
          numberFormat: figureFormat(rowById(id)),
        }
      : {
          address: at(COMPARISON_COL.previous),
          content: { text: before.text },
          numberFormat: NUMBER_FORMATS.text,
        };
  if (kind === "plain") {
    // no CDS.CHANGE where custom functions are missing: the change as computed now, a value
    const text = [change.deltaText, change.verdictChange ?? ""].filter((t) => t !== "").join(" · ");
    return [
      previousCell,
      {
        address: at(COMPARISON_COL.change),
        content: text ? { text } : { blank: true },
        numberFormat: NUMBER_FORMATS.text,
      },
    ];
  }
  const verdict = before.verdict ? `,"${before.verdict}",${at(COL.verdict)}` : "";
  const formula = `=CDS.CHANGE(${at(COL.figure)},${at(COMPARISON_COL.previous)},"${id}"${verdict})`;
  return [
    previousCell,
    {
      address: at(COMPARISON_COL.change),
      content: { formula },
      numberFormat: NUMBER_FORMATS.general,
    },
  ];
}

/**
 * The cells of the comparison on a sheet whose catalog rows stand at `rows` (id → sheet row): the header of the two
 * columns on row 6, then on every row its previous figure and its change (columnCells) — blank where there is none,
 * so that a comparison made before is cleared. Two cells per row whatever the figures: the list is as long for every
 * comparison. On a "plain" workbook (no custom functions) the change is written as its text, not as =CDS.CHANGE.
 */
export function comparisonWrites(
  rows: Readonly<Record<string, number>>,
  comparison: Comparison,
  previous: Period,
  kind: SheetKind = "cds"
): CellWrite[] {
  const writes: CellWrite[] = [
    {
      address: cell(COMPARISON_COL.previous, HEADER_ROW),
      content: { text: previousHeader(previous) },
      numberFormat: NUMBER_FORMATS.text,
    },
    {
      address: cell(COMPARISON_COL.change, HEADER_ROW),
      content: { text: CHANGE_HEADER },
      numberFormat: NUMBER_FORMATS.text,
    },
  ];
  const ordered = Object.entries(rows).sort((a, b) => a[1] - b[1]);
  for (const [id, row] of ordered) writes.push(...columnCells(id, row, comparison.rows[id], kind));
  return writes;
}

/** The two columns' widths (points): the header names the period, the change is a phrase. */
const WIDTHS = { previous: 90, change: 130 } as const;

/**
 * How the two columns look, on rows `first`…`last` of the body: the header as the table's, the body bordered, top
 * aligned and wrapped, the previous figures centred; their widths.
 */
export function comparisonLayout(first: number, last: number): Required<CellsLayout> {
  const left = columnLetter(COMPARISON_COL.previous);
  const end = columnLetter(COMPARISON_COL.change);
  return {
    styles: [
      { range: `${left}${HEADER_ROW}:${end}${HEADER_ROW}`, style: HEADER_STYLE },
      {
        range: `${left}${first}:${end}${last}`,
        style: { wrap: true, vAlign: "Top", borders: true },
      },
      { range: `${left}${first}:${left}${last}`, style: { hAlign: "Center" } },
    ],
    columns: [
      { index: COMPARISON_COL.previous, width: WIDTHS.previous },
      { index: COMPARISON_COL.change, width: WIDTHS.change },
    ],
  };
}

/**
 * A sheet about to be written (the standard layout: catalog rows at standardRows()), with the comparison's two
 * columns I and J: their cells, widths, the header's style, the body's borders and text format, the area widened to
 * take them in.
 */
export function comparisonColumns(
  spec: SheetSpec,
  comparison: Comparison,
  previous: Period,
  kind: SheetKind = "cds"
): SheetSpec {
  const rows = standardRows();
  const writes = comparisonWrites(rows, comparison, previous, kind);
  const last = Math.max(...Object.values(rows));
  const right = COMPARISON_COL.change;
  const area = parseRange(spec.area);
  const width = Math.max(area.end.col + 1, right + 1);
  const height = Math.max(area.end.row, last, spec.cells.length);
  const blank = (): CellContent => ({ blank: true });
  const cells: CellContent[][] = Array.from({ length: height }, (_, r) => {
    const line = [...(spec.cells[r] ?? [])];
    while (line.length < width) line.push(blank());
    return line;
  });
  for (const w of writes) {
    const at = parseCell(w.address);
    cells[at.row - 1][at.col] = w.content;
  }
  const layout = comparisonLayout(FIRST_BODY_ROW, last);
  const columns = [...spec.columns];
  while (columns.length < width) columns.push({ width: SPARE_COLUMN_WIDTH });
  for (const { index, width: w } of layout.columns) columns[index] = { width: w };
  return {
    ...spec,
    area: `A1:${columnLetter(width - 1)}${height}`,
    cells,
    columns,
    styles: [
      ...spec.styles,
      ...layout.styles,
      // the previous figures that are numbers keep their row's format (a text is "@" by its content)
      ...writes
        .filter((w) => "number" in w.content && w.numberFormat)
        .map((w) => ({ range: w.address, style: { numberFormat: w.numberFormat } })),
    ],
  };
}

/** The change of each row as the sheet's comparison shows it. */
export interface SheetChanges {
  /** The previous period's header as the sheet writes it: "Kỳ trước (Quý II năm 2025)". */
  readonly previous: string;
  /** Row id → the change as column J shows it ("+3,20 điểm % · Chưa đạt → Đạt"); rows without one are absent. */
  readonly rows: Readonly<Record<string, string>>;
}

const VERDICT_WORDS: readonly string[] = [VERDICTS.met, VERDICTS.notMet, VERDICTS.noData];
const isErrorText = (v: CellValue | undefined) =>
  typeof v === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(v.trim());

/**
 * A row's change where J shows an error (the custom functions not loaded): worked out by the function J calls, over
 * the same cells; "" where it cannot be.
 */
function changeBehindError(
  id: string,
  r: SheetRow,
  values: readonly CellValue[],
  formula: string
): string {
  const before = /,"([^"]+)",[A-Z]+\d+\)$/.exec(formula)?.[1];
  try {
    return changeBetween(
      id,
      r.figure.value,
      values[COMPARISON_COL.previous],
      before && VERDICT_WORDS.includes(before) ? before : undefined,
      r.verdict.value
    );
  } catch (e) {
    if (!(e instanceof CdsError)) throw e;
    return "";
  }
}

/**
 * The comparison of a unit (or city) sheet, when "So sánh với kỳ trước" wrote its columns I and J: each row's change
 * as J shows it. Where J shows an error (the custom functions not loaded), the change is worked out by the function
 * J calls, over the same cells; null when the sheet has no comparison.
 */
export function readSheetChanges(sheet: UnitSheet, snapshot: SheetSnapshot): SheetChanges | null {
  const header = snapshot.values[HEADER_ROW - 1]?.[COMPARISON_COL.previous];
  if (typeof header !== "string" || !header.trim().startsWith("Kỳ trước")) return null;
  const rows: Record<string, string> = {};
  for (const row of catalog) {
    const r = sheet.rows[row.id];
    if (!r) continue;
    const values = snapshot.values[r.row - 1] ?? [];
    const shown = values[COMPARISON_COL.change];
    let text = typeof shown === "string" && !isErrorText(shown) ? shown.trim() : "";
    if (!text && isErrorText(shown)) {
      const formula = String(snapshot.formulas[r.row - 1]?.[COMPARISON_COL.change] ?? "");
      text = changeBehindError(row.id, r, values, formula);
    }
    if (text) rows[row.id] = text;
  }
  return { previous: header.trim(), rows };
}

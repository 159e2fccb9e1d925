/** The standard sheet of a unit and period as data (buildSheet), keeping what the analyst typed before. */
import type { SheetKind } from "../../core/types";
import { catalog, pillars, type CatalogRow } from "../../core/catalog";
import { LEVEL_NAMES } from "../../core/levels";
import type { Kind, Level, PillarId } from "../../core/types";
import { cell } from "../a1";
import { bodyLines, standardRows, type BodyLine } from "./body";
import { figureFormula, verdictFormula } from "./formulas";
import {
  COL,
  FIRST_BODY_ROW,
  HEADER_ROW,
  HEADERS,
  TITLE,
  TITLE_LABELS,
  TITLE_ROWS,
  WIDTH,
} from "./grid";
import { sheetKey, type SheetParams } from "../../core/identity";
import { PILLAR_MARK, signatureOf, unitMark } from "./marks";
import { sheetName } from "../names";
import { periodCode, periodText } from "../../core/period";
import { placeOf, UnplacedCells, type Preserved } from "./placement";
import { FIGURE_KINDS, startingTarget } from "./rows";
import { hasVerdict, isInput } from "../../core";
import type { CellContent, CellStyle, SheetSpec, Validation } from "../spec";
import { COLOURS, HEADER_STYLE, NUMBER_FORMATS, TITLE_STYLE, verdictFormats } from "../styles";
import type { IsoDate } from "../../core/reportingDates";
import { CYCLE_CELLS, cutOffLine, deadlineLine, stampLine, stampMark, type Stamp } from "./stamp";

/** The reporting cycle's cells of the title block (docs/sheets.md#finalization-stamp). */
export interface CycleHead {
  /** The deadline the city set for the period (null or absent: none). */
  readonly deadline?: IsoDate | null;
  /** The sheet's finalization stamp, kept over a rewrite (its line says reopened). */
  readonly stamp?: Stamp | null;
  readonly reopened?: boolean;
}

/** Consecutive row numbers as ranges of one column: [7, 8, 9, 12] → ["C7:C9", "C12"]. */
function runs(col: number, rows: readonly number[]): string[] {
  const out: string[] = [];
  const sorted = [...rows].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(sorted[i] === sorted[j] ? cell(col, sorted[i]) : span(col, sorted[i], col, sorted[j]));
    i = j + 1;
  }
  return out;
}

/** "A7:G95" from two corners (0-based columns, 1-based rows). */
const span = (col1: number, row1: number, col2: number, row2: number) =>
  `${cell(col1, row1)}:${cell(col2, row2)}`;

const text = (t: string): CellContent => (t === "" ? { blank: true } : { text: t });

const blankRow = (): CellContent[] =>
  Array.from({ length: WIDTH }, (): CellContent => ({ blank: true }));

/** The last column a reader sees (the id column after it is hidden). */
const LAST_SHOWN = COL.evidence;

const COLUMN_WIDTHS: Readonly<Record<keyof typeof COL, number>> = {
  stt: 36,
  title: 330,
  figure: 90,
  verdict: 90,
  note: 210,
  target: 64,
  evidence: 180,
  id: 40,
};

/** The title block and the header: rows 1 to HEADER_ROW. */
function headRows(params: SheetParams, kind: SheetKind, cycle: CycleHead): CellContent[][] {
  const rows = Array.from({ length: HEADER_ROW - 1 }, blankRow);
  const put = (row: number, col: number, content: CellContent) => (rows[row - 1][col] = content);
  put(TITLE_ROWS.title, COL.stt, { text: TITLE });
  put(TITLE_ROWS.title, COL.id, { text: signatureOf(kind) });
  const meta = {
    unit: [params.unit, unitMark(params.code)],
    level: [LEVEL_NAMES[params.level], params.level],
    period: [periodText(params.period), periodCode(params.period)],
  } as const;
  for (const key of ["unit", "level", "period"] as const) {
    const [value, code] = meta[key];
    put(TITLE_ROWS[key], COL.stt, { text: TITLE_LABELS[key] });
    put(TITLE_ROWS[key], COL.title, text(value));
    put(TITLE_ROWS[key], COL.id, { text: code });
  }
  const putAt = (c: { row: number; col: number }, t: string) => put(c.row, c.col, { text: t });
  putAt(CYCLE_CELLS.cutOff, cutOffLine(params.period));
  putAt(CYCLE_CELLS.deadline, deadlineLine(cycle.deadline));
  if (cycle.stamp) putAt(CYCLE_CELLS.stampLine, stampLine(cycle.stamp, cycle.reopened));
  const header: CellContent[] = HEADERS.map((h) => ({ text: h }));
  if (cycle.stamp) header[CYCLE_CELLS.stamp.col] = { text: stampMark(cycle.stamp) };
  return [...rows, header];
}

/** A catalog row's line as Generate writes it: its number, title, computed figure, live verdict, target and id. */
function rowLine(
  row: CatalogRow,
  at: number,
  level: Level,
  rowOf: Readonly<Record<string, number>>,
  kind: SheetKind
): CellContent[] {
  const out = blankRow();
  out[COL.stt] = { text: row.parent ? row.id : `${row.id}.` };
  out[COL.title] = { text: row.title };
  out[COL.id] = { text: row.id };
  const formula = figureFormula(row, rowOf, kind);
  if (formula) out[COL.figure] = { formula };
  if (hasVerdict(row)) {
    out[COL.verdict] = { formula: verdictFormula(at, level, row, kind) };
    out[COL.target] = text(startingTarget(row, level));
  }
  return out;
}

function pillarLine(pillar: PillarId): CellContent[] {
  const out = blankRow();
  out[COL.title] = { text: pillars.find((p) => p.id === pillar)!.title };
  out[COL.id] = { text: PILLAR_MARK + pillar };
  return out;
}

/** A catalog row and its sheet row. */
interface Placed {
  readonly row: CatalogRow;
  readonly at: number;
}

/** What writing the preserved cells changed: how far the sheet goes, and the cells whose format must follow them. */
interface Kept {
  readonly lastRow: number;
  /** Figure cells that hold text: they stay text. */
  readonly textFigures: readonly number[];
  /** Formulas and numbers kept outside the figure and verdict columns: a "@" cell would show a formula as text. */
  readonly generalCells: readonly string[];
  /** Whether a cell beside the title was kept (it keeps its value only outside a merge). */
  readonly besideTitle: boolean;
}

/** Writes what the analyst typed in place, then what the caller writes over it (the city's consolidated figures). */
function keep(
  cells: CellContent[][],
  preserved: Preserved,
  lines: readonly BodyLine[],
  last: number
): Kept {
  const rowOf = standardRows();
  const lineRow = new Map<string, number>();
  lines.forEach((line, i) =>
    lineRow.set("row" in line ? line.row.id : PILLAR_MARK + line.pillar, FIRST_BODY_ROW + i)
  );
  const kept = Object.entries(preserved.cells ?? {});
  const unplaced: string[] = [];
  const textFigures: number[] = [];
  const generalCells: string[] = [];
  let lastRow = last;
  for (const [slot, content] of kept) {
    const at = placeOf(slot, lineRow, last);
    if (!at || at.col >= WIDTH || at.col === COL.id) {
      unplaced.push(slot);
      continue;
    }
    while (cells.length < at.row) cells.push(blankRow());
    cells[at.row - 1][at.col] = content;
    lastRow = Math.max(lastRow, at.row);
    if ("text" in content && at.col === COL.figure && at.row >= FIRST_BODY_ROW)
      textFigures.push(at.row); // typed text stays text
    if (!("text" in content) && at.col !== COL.figure && at.col !== COL.verdict)
      generalCells.push(cell(at.col, at.row));
  }
  if (unplaced.length) throw new UnplacedCells(unplaced);
  const override = (id: string, col: number, content: CellContent | undefined) => {
    if (content) cells[rowOf[id] - 1][col] = content;
  };
  for (const row of catalog) {
    override(row.id, COL.figure, preserved.figures?.[row.id]);
    if (hasVerdict(row)) override(row.id, COL.verdict, preserved.verdicts?.[row.id]);
    const note = preserved.notes?.[row.id];
    if (note !== undefined) override(row.id, COL.note, text(note));
    const figure = preserved.figures?.[row.id];
    if (figure && "text" in figure) textFigures.push(rowOf[row.id]);
  }
  const besideTitle = kept.some(([slot]) => slot.startsWith(`@${TITLE_ROWS.title}!`));
  return { lastRow, textFigures, generalCells, besideTitle };
}

/** The styles of the figure cells, from FIGURE_KINDS: number formats (in the order of NUMBER_FORMATS), input fills. */
function figureStyles(placed: readonly Placed[]): { range: string; style: CellStyle }[] {
  const styles: { range: string; style: CellStyle }[] = [];
  const rowsWhere = (test: (row: CatalogRow) => boolean) =>
    placed.filter((p) => test(p.row)).map((p) => p.at);
  for (const format of Object.values(NUMBER_FORMATS)) {
    for (const range of runs(
      COL.figure,
      rowsWhere((row) => FIGURE_KINDS[row.kind].format === format)
    ))
      styles.push({ range, style: { numberFormat: format } });
  }
  for (const range of runs(COL.figure, rowsWhere(isInput)))
    styles.push({ range, style: { fill: COLOURS.input, locked: false } });
  for (const range of runs(
    COL.evidence,
    rowsWhere((row) => FIGURE_KINDS[row.kind].evidence)
  ))
    styles.push({ range, style: { fill: COLOURS.input, locked: false } });
  return styles;
}

/** The data validations of the typed figures, from FIGURE_KINDS: kind by kind, one per rule over runs of rows. */
function figureValidations(placed: readonly Placed[]): Validation[] {
  const groups = new Map<string, { rule: Omit<Validation, "range">; rows: number[] }>();
  for (const kind of Object.keys(FIGURE_KINDS) as Kind[]) {
    const make = FIGURE_KINDS[kind].validation;
    if (!make) continue;
    for (const { row, at } of placed) {
      if (row.kind !== kind || !isInput(row)) continue;
      const rule = make(row);
      const key = JSON.stringify(rule);
      if (!groups.has(key)) groups.set(key, { rule, rows: [] });
      groups.get(key)!.rows.push(at);
    }
  }
  return [...groups.values()].flatMap(({ rule, rows }) =>
    runs(COL.figure, rows).map((range) => ({ range, ...rule }))
  );
}

export interface BuildOptions extends CycleHead {
  /**
   * The kind of formulas: "cds" (CDS.RATE, CDS.CHECK; the default) or "plain" (Excel's own functions only, for an
   * Excel without custom functions, LibreOffice Calc and WPS). The sheet's signature records it.
   */
  readonly kind?: SheetKind;
}

/** The whole standard sheet of a unit and period, keeping what the analyst typed in an earlier version. */
export function buildSheet(
  params: SheetParams,
  preserved: Preserved = {},
  options: BuildOptions = {}
): SheetSpec {
  const kind = options.kind ?? "cds";
  const lines = bodyLines();
  const last = FIRST_BODY_ROW + lines.length - 1;
  const cells = headRows(params, kind, options);
  const { placed, pillarRows } = writeBody(cells, lines, params.level, kind);
  const kept = keep(cells, preserved, lines, last);
  const title = span(COL.stt, TITLE_ROWS.title, LAST_SHOWN, TITLE_ROWS.title);
  return {
    name: sheetName(params),
    key: sheetKey(params),
    area: span(COL.stt, 1, COL.id, kept.lastRow),
    cells,
    columns: SHEET_COLUMNS,
    styles: sheetStyles(placed, pillarRows, kept, last),
    merges: kept.besideTitle ? [] : [title],
    validations: figureValidations(placed),
    conditionalFormats: verdictFormats(span(COL.verdict, FIRST_BODY_ROW, COL.verdict, last)),
    freezeRows: HEADER_ROW,
    print: {
      orientation: "Landscape",
      paper: "A4",
      titleRows: `$${HEADER_ROW}:$${HEADER_ROW}`,
      fitToWidth: true,
    },
  };
}

/** The columns in sheet order, the id column hidden. */
const SHEET_COLUMNS: SheetSpec["columns"] = (Object.keys(COL) as (keyof typeof COL)[])
  .sort((a, b) => COL[a] - COL[b])
  .map((key) =>
    key === "id" ? { width: COLUMN_WIDTHS[key], hidden: true } : { width: COLUMN_WIDTHS[key] }
  );

/** The body's lines under the head: where each catalog row and each pillar heading stands. */
function writeBody(
  cells: CellContent[][],
  lines: readonly BodyLine[],
  level: Level,
  kind: SheetKind
): { placed: Placed[]; pillarRows: number[] } {
  const rowOf = standardRows();
  const placed: Placed[] = [];
  const pillarRows: number[] = [];
  lines.forEach((line, i) => {
    const at = FIRST_BODY_ROW + i;
    if ("pillar" in line) {
      pillarRows.push(at);
      cells.push(pillarLine(line.pillar));
    } else {
      placed.push({ row: line.row, at });
      cells.push(rowLine(line.row, at, level, rowOf, kind));
    }
  });
  return { placed, pillarRows };
}

/** The sheet's styles, in order (later ones win): the whole, the head, the body's columns, then line by line. */
function sheetStyles(
  placed: readonly Placed[],
  pillarRows: readonly number[],
  kept: Kept,
  last: number
): { range: string; style: CellStyle }[] {
  const whole = (row: number) => span(COL.stt, row, LAST_SHOWN, row);
  const body = (col1: number, col2 = col1) => span(col1, FIRST_BODY_ROW, col2, last);
  return [
    {
      range: span(COL.stt, 1, COL.id, kept.lastRow),
      style: { numberFormat: NUMBER_FORMATS.text, vAlign: "Top" },
    },
    { range: whole(TITLE_ROWS.title), style: { ...TITLE_STYLE, hAlign: "Center" } },
    { range: span(COL.stt, TITLE_ROWS.unit, COL.stt, TITLE_ROWS.period), style: { bold: true } },
    {
      range: span(COL.title, TITLE_ROWS.unit, COL.title, TITLE_ROWS.period),
      style: { bold: true, fontColor: COLOURS.titleValue },
    },
    { range: whole(HEADER_ROW), style: HEADER_STYLE },
    {
      range: span(COL.verdict, TITLE_ROWS.unit, COL.verdict, TITLE_ROWS.marks),
      style: { italic: true },
    },
    { range: body(COL.stt, LAST_SHOWN), style: { wrap: true, borders: true } },
    { range: body(COL.stt), style: { hAlign: "Center" } },
    {
      range: body(COL.figure, COL.verdict),
      style: { numberFormat: NUMBER_FORMATS.general, hAlign: "Center" },
    },
    { range: body(COL.verdict), style: { bold: true } },
    { range: body(COL.target), style: { hAlign: "Center", locked: false } },
    { range: body(COL.note), style: { locked: false } },
    ...figureStyles(placed),
    ...runs(COL.figure, kept.textFigures).map((range) => ({
      range,
      style: { numberFormat: NUMBER_FORMATS.text },
    })),
    ...kept.generalCells.map((range) => ({
      range,
      style: { numberFormat: NUMBER_FORMATS.general },
    })),
    ...pillarRows.map((r) => ({ range: whole(r), style: { bold: true, fill: COLOURS.pillar } })),
    ...placed
      .filter((p) => p.row.kind === "group")
      .map((p) => ({ range: whole(p.at), style: { bold: true, fill: COLOURS.group } })),
  ];
}

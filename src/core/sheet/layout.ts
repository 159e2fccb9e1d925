import { catalog, findRow, pillars, yesNoWords, type CatalogRow } from "../catalog";
import { LEVEL_NAMES } from "../levels";
import { defaultTargetText } from "../target";
import { unitKey } from "../text";
import { VERDICTS, type Kind, type Level, type PillarId } from "../types";
import { cell, columnLetter } from "./a1";
import { sheetName } from "./names";
export { sheetName } from "./names";
import { periodCode, periodText, type Period } from "./period";
import type { CellContent, CellStyle, SheetSpec, Validation } from "./spec";
import { COLOURS, HEADER_STYLE, NUMBER_FORMATS, verdictFormats, type NumberFormat } from "./styles";

/** The standard indicator sheet: the template's five columns, then the target, the evidence and a hidden id. */
export const COL = {
  stt: 0,
  title: 1,
  figure: 2,
  verdict: 3,
  note: 4,
  target: 5,
  evidence: 6,
  id: 7,
} as const;
export const WIDTH = 8;
export const HEADERS = [
  "STT",
  "Chỉ tiêu",
  "Số liệu tổng hợp",
  "Đánh giá",
  "Ghi chú",
  "Mục tiêu",
  "Minh chứng",
  "Mã",
];
export const TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ";
/**
 * In the hidden id column: H1 marks the sheet as ours, H3 holds the level, H4 the period. Version 2 marks the add-in's
 * notes with NOTE_MARK; a version-1 sheet (LEGACY_SIGNATURE) is still read.
 */
export const SIGNATURE = "CDS-SHEET/2";
export const LEGACY_SIGNATURE = "CDS-SHEET/1";
/**
 * The rows of the title block: the report's title; the unit, its level and the period, each with its label in A, its
 * value in B and its code in the hidden column; then a row whose hidden cell holds the sheet's mark (VALUES_MARK,
 * CITY_MARK). The header row follows.
 */
export const TITLE_ROWS = { title: 1, unit: 2, level: 3, period: 4, marks: 5 } as const;
/** The labels of the title block, in column A. */
export const TITLE_LABELS = { unit: "Đơn vị:", level: "Cấp:", period: "Kỳ báo cáo:" } as const;
export const HEADER_ROW = TITLE_ROWS.marks + 1;
export const FIRST_BODY_ROW = HEADER_ROW + 1;
/**
 * The add-in's notes follow this mark in the Ghi chú cell; what stands before it is the analyst's. It reads "[CĐS]"
 * and ends with a word joiner (U+2060), which shows nothing and which no keyboard types: an analyst who types "[CĐS]"
 * in a note has typed text, never the add-in's mark.
 */
export const AUTO_NOTE_MARK = "[CĐS]\u2060";
/** The mark of version-1 sheets: "[CĐS] " at the start of a line of the note. */
export const LEGACY_NOTE_MARK = "[CĐS]";
export const PILLAR_MARK = "#pillar:";
/** In H5 after a values-only fill: the computed figures and verdicts are the add-in's values, not typed ones. */
export const VALUES_MARK = "#values";
/** In H5 of the city-wide sheet that the consolidation writes. */
export const CITY_MARK = "#city";

export interface SheetParams {
  readonly unit: string;
  readonly level: Level;
  readonly period: Period;
  /** The unit's code in the roster (picked in the pane), recorded in H2 as UNIT_CODE_MARK and the code. */
  readonly code?: string;
}

/** In H2, the hidden column of the unit's line: "#unit", or "#unit:" and the roster code of the unit. */
export const UNIT_MARK = "#unit";
export const UNIT_CODE_MARK = "#unit:";

/** What H2 holds for a unit. */
export function unitMark(code?: string): string {
  return code?.trim() ? `${UNIT_CODE_MARK}${code.trim()}` : UNIT_MARK;
}

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

export type BodyLine = { readonly pillar: PillarId } | { readonly row: CatalogRow };

/** The body in sheet order: a heading row before each pillar that has one, then its rows. */
export function bodyLines(): BodyLine[] {
  const lines: BodyLine[] = [];
  let pillar: PillarId | null = null;
  for (const row of catalog) {
    if (row.pillar !== pillar) {
      pillar = row.pillar;
      if (pillars.find((p) => p.id === pillar)!.heading) lines.push({ pillar });
    }
    lines.push({ row });
  }
  return lines;
}

/** Sheet row number (1-based) of every catalog row in a freshly generated sheet. */
export function standardRows(): Record<string, number> {
  const rows: Record<string, number> = {};
  bodyLines().forEach((line, i) => {
    if ("row" in line) rows[line.row.id] = FIRST_BODY_ROW + i;
  });
  return rows;
}

/** Whether the figure cell of a row is written by the add-in (a formula) rather than typed. */
export function isComputed(row: CatalogRow): boolean {
  return row.kind === "ratio" || row.sameAs !== undefined;
}

/** Whether a row's figure is typed by the analyst. */
export function isInput(row: CatalogRow): boolean {
  return FIGURE_KINDS[row.kind].typed && row.sameAs === undefined;
}

/** Whether a row has a verdict cell. */
export function hasVerdict(row: CatalogRow): boolean {
  return row.target !== null;
}

export function figureFormula(
  row: CatalogRow,
  rowOf: Readonly<Record<string, number>>
): string | null {
  if (row.kind === "ratio") {
    // blank while a part is blank: no #N/A on a sheet not yet filled in (the verdict says "Chưa có số liệu")
    const num = cell(COL.figure, rowOf[row.parts.num]);
    const den = cell(COL.figure, rowOf[row.parts.den]);
    return `=IF(OR(${num}="",${den}=""),"",CDS.RATE(${num},${den}))`;
  }
  if (row.sameAs) {
    const other = cell(COL.figure, rowOf[row.sameAs]);
    return `=IF(ISBLANK(${other}),"",${other})`;
  }
  return null;
}

/**
 * The verdict of a row, live: "Chưa có số liệu" when the figure is blank or missing (#N/A), nothing when the figure or
 * the target cannot be right (the Fill notes say why), else CDS.CHECK against the target cell. A yes/no row names
 * itself, so that only its own words are accepted ("Đã triển khai" is no answer to "ban hành"), as Fill reads them.
 */
export function verdictFormula(
  sheetRow: number,
  level: Level,
  row?: Pick<CatalogRow, "id" | "kind">
): string {
  const fig = cell(COL.figure, sheetRow);
  const target = cell(COL.target, sheetRow);
  const none = `"${VERDICTS.noData}"`;
  const own = row?.kind === "yesno" ? `,"${row.id}"` : "";
  return `=IF(ISNA(${fig}),${none},IFERROR(IF(${fig}="",${none},CDS.CHECK(${fig},${target},"${level}"${own})),""))`;
}

/** What the figure cell of a row of each kind is on the sheet. */
export interface FigureKind {
  /** The number format of the figure cell; null where it has none of its own (yes/no words, headings). */
  readonly format: NumberFormat | null;
  /** Whether the analyst types the figure (unless the row is the same quantity as another: `sameAs`). */
  readonly typed: boolean;
  /** The data validation of a typed figure, with its prompt and error in Vietnamese; null where there is none. */
  readonly validation: ((row: CatalogRow) => Omit<Validation, "range">) | null;
  /** Whether the row takes evidence in the Minh chứng column. */
  readonly evidence: boolean;
}

/** The figure kinds; the sheet's data validations come in this order. */
export const FIGURE_KINDS: Readonly<Record<Kind, FigureKind>> = {
  count: {
    format: NUMBER_FORMATS.count,
    typed: true,
    validation: () => ({
      rule: { type: "wholeNumber", min: 0 },
      prompt: { title: "Số liệu đếm", message: "Nhập số nguyên không âm, ví dụ 1200." },
      error: {
        title: "Số liệu không hợp lệ",
        message: "Số liệu đếm phải là số nguyên lớn hơn hoặc bằng 0.",
      },
    }),
    evidence: false,
  },
  percent: {
    format: NUMBER_FORMATS.percent,
    typed: true,
    validation: () => ({
      rule: { type: "decimal", min: 0, max: 1 },
      prompt: { title: "Tỷ lệ phần trăm", message: "Nhập tỷ lệ kèm dấu %, ví dụ 60% hoặc 60,25%." },
      error: { title: "Tỷ lệ không hợp lệ", message: "Tỷ lệ phải trong khoảng từ 0% đến 100%." },
    }),
    evidence: false,
  },
  rank: {
    format: NUMBER_FORMATS.rank,
    typed: true,
    validation: () => ({
      rule: { type: "wholeNumber", min: 1 },
      prompt: { title: "Thứ hạng", message: "Nhập thứ hạng của Thành phố: 1, 2, 3…" },
      error: {
        title: "Thứ hạng không hợp lệ",
        message: "Thứ hạng phải là số nguyên từ 1 trở lên.",
      },
    }),
    evidence: false,
  },
  yesno: {
    format: null,
    typed: true,
    validation: (row) => {
      const [done, notDone] = yesNoWords(row);
      return {
        rule: { type: "list", items: [done, notDone] },
        prompt: {
          title: "Đã thực hiện chưa?",
          message: `Chọn "${done}" hoặc "${notDone}". Nếu đã thực hiện, ghi minh chứng ở cột Minh chứng.`,
        },
        error: {
          title: "Giá trị không hợp lệ",
          message: `Hãy chọn "${done}" hoặc "${notDone}" trong danh sách.`,
        },
      };
    },
    evidence: true,
  },
  ratio: { format: NUMBER_FORMATS.percent, typed: false, validation: null, evidence: false },
  group: { format: null, typed: false, validation: null, evidence: false },
};

/** The number format of a row's figure cell. */
export function figureFormat(row: CatalogRow): NumberFormat {
  return FIGURE_KINDS[row.kind].format ?? NUMBER_FORMATS.general;
}

const FIGURE_LETTER = columnLetter(COL.figure);
/** The formula figureFormula writes for a `sameAs` row, spaces aside: =IF(ISBLANK(C30),"",C30). */
const SAME_AS_FORMULA = new RegExp(
  `^=IF\\(ISBLANK\\(${FIGURE_LETTER}\\d+\\),"",${FIGURE_LETTER}\\d+\\)$`,
  "i"
);

/** Whether a formula is one the add-in writes (so a new Generate or Fill may write it again). */
export function isGeneratedFormula(formula: string): boolean {
  return /CDS\./i.test(formula) || SAME_AS_FORMULA.test(formula.replace(/\s/g, ""));
}

/** The target text a row starts with at a level; "" where there is none (counts, headings, 18 at city level). */
export function startingTarget(row: CatalogRow, level: Level): string {
  if (row.target === null) return "";
  if (typeof row.target !== "string" && level === "tp") return "";
  return defaultTargetText(row, level);
}

/** The identity of a unit's sheet: the unit (case, Unicode form, spacing and punctuation aside), level and period. */
export function sheetIdentity(p: SheetParams): string {
  return `${unitKey(p.unit)}|${p.level}|${periodCode(p.period)}`;
}

/** Whether two sheets' title blocks name the same unit, level and period. */
export function sameIdentity(a: SheetParams, b: SheetParams): boolean {
  return sheetIdentity(a) === sheetIdentity(b);
}

/** FNV-1a over the UTF-16 code units, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): string {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * The workbook-level name registered over a unit's sheet, to find it again after a rename in one round trip:
 * "CDS_" and 64 bits of a hash of the whole identity, never a cut of the name. It is only a fast path: the sheet it
 * points at is taken only when its title block names the same unit, level and period.
 */
export function sheetKey(p: SheetParams): string {
  const id = sheetIdentity(p);
  return `CDS_${fnv1a(id, 0x811c9dc5)}${fnv1a(id, 0x050c5d1f)}_${periodCode(p.period).replace("-", "")}`;
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
function headRows(params: SheetParams): CellContent[][] {
  const rows = Array.from({ length: HEADER_ROW - 1 }, blankRow);
  const put = (row: number, col: number, content: CellContent) => (rows[row - 1][col] = content);
  put(TITLE_ROWS.title, COL.stt, { text: TITLE });
  put(TITLE_ROWS.title, COL.id, { text: SIGNATURE });
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
  return [...rows, HEADERS.map((h) => ({ text: h }))];
}

/** A catalog row's line as Generate writes it: its number, title, computed figure, live verdict, target and id. */
function rowLine(
  row: CatalogRow,
  at: number,
  level: Level,
  rowOf: Readonly<Record<string, number>>
): CellContent[] {
  const out = blankRow();
  out[COL.stt] = { text: row.parent ? row.id : `${row.id}.` };
  out[COL.title] = { text: row.title };
  out[COL.id] = { text: row.id };
  const formula = figureFormula(row, rowOf);
  if (formula) out[COL.figure] = { formula };
  if (hasVerdict(row)) {
    out[COL.verdict] = { formula: verdictFormula(at, level, row) };
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

/** The whole standard sheet of a unit and period, keeping what the analyst typed in an earlier version. */
export function buildSheet(params: SheetParams, preserved: Preserved = {}): SheetSpec {
  const lines = bodyLines();
  const first = FIRST_BODY_ROW;
  const last = first + lines.length - 1;
  const rowOf = standardRows();

  const cells = headRows(params);
  const placed: Placed[] = [];
  const pillarRows: number[] = [];
  lines.forEach((line, i) => {
    const at = first + i;
    if ("pillar" in line) {
      pillarRows.push(at);
      cells.push(pillarLine(line.pillar));
    } else {
      placed.push({ row: line.row, at });
      cells.push(rowLine(line.row, at, params.level, rowOf));
    }
  });
  const { lastRow, textFigures, generalCells, besideTitle } = keep(cells, preserved, lines, last);

  const title = span(COL.stt, TITLE_ROWS.title, LAST_SHOWN, TITLE_ROWS.title);
  const whole = (row: number) => span(COL.stt, row, LAST_SHOWN, row);
  const body = (col1: number, col2 = col1) => span(col1, first, col2, last);
  const styles: { range: string; style: CellStyle }[] = [
    {
      range: span(COL.stt, 1, COL.id, lastRow),
      style: { numberFormat: NUMBER_FORMATS.text, vAlign: "Top" },
    },
    { range: title, style: { bold: true, fontSize: 14, hAlign: "Center" } },
    { range: span(COL.stt, TITLE_ROWS.unit, COL.stt, TITLE_ROWS.period), style: { bold: true } },
    {
      range: span(COL.title, TITLE_ROWS.unit, COL.title, TITLE_ROWS.period),
      style: { bold: true, fontColor: COLOURS.titleValue },
    },
    { range: whole(HEADER_ROW), style: HEADER_STYLE },
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
    ...runs(COL.figure, textFigures).map((range) => ({
      range,
      style: { numberFormat: NUMBER_FORMATS.text },
    })),
    ...generalCells.map((range) => ({ range, style: { numberFormat: NUMBER_FORMATS.general } })),
    ...pillarRows.map((r) => ({ range: whole(r), style: { bold: true, fill: COLOURS.pillar } })),
    ...placed
      .filter((p) => p.row.kind === "group")
      .map((p) => ({ range: whole(p.at), style: { bold: true, fill: COLOURS.group } })),
  ];

  const columns = (Object.keys(COL) as (keyof typeof COL)[])
    .sort((a, b) => COL[a] - COL[b])
    .map((key) =>
      key === "id" ? { width: COLUMN_WIDTHS[key], hidden: true } : { width: COLUMN_WIDTHS[key] }
    );

  return {
    name: sheetName(params),
    key: sheetKey(params),
    area: span(COL.stt, 1, COL.id, lastRow),
    cells,
    columns,
    styles,
    merges: besideTitle ? [] : [title],
    validations: figureValidations(placed),
    conditionalFormats: verdictFormats(body(COL.verdict)),
    freezeRows: HEADER_ROW,
    print: {
      orientation: "Landscape",
      paper: "A4",
      titleRows: `$${HEADER_ROW}:$${HEADER_ROW}`,
      fitToWidth: true,
    },
  };
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

/** The id of the catalog row in a sheet row, from the hidden id column. */
export function idOf(value: unknown): string | null {
  if (typeof value === "number") return findRow(String(value)) ? String(value) : null;
  if (typeof value !== "string") return null;
  return findRow(value.trim()) ? value.trim() : null;
}

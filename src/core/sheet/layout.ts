import { catalog, findRow, pillars, yesNoWords, type CatalogRow } from "../catalog";
import { LEVEL_NAMES } from "../levels";
import { defaultTargetText } from "../target";
import { unitKey } from "../text";
import type { Level, PillarId } from "../types";
import { cell } from "./a1";
import { sheetName } from "./names";
export { sheetName } from "./names";
import { periodCode, periodText, type Period } from "./period";
import type { CellContent, CellStyle, ConditionalFormat, SheetSpec, Validation } from "./spec";

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
export const HEADER_ROW = 6;
export const FIRST_BODY_ROW = 7;
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
  return !isComputed(row) && row.kind !== "group";
}

/** Whether a row has a verdict cell. */
export function hasVerdict(row: CatalogRow): boolean {
  return row.target !== null;
}

export function figureFormula(
  row: CatalogRow,
  rowOf: Readonly<Record<string, number>>
): string | null {
  if (row.kind === "ratio" && row.parts) {
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
 * the target cannot be right (the Fill notes say why), else CDS.CHECK against the target cell.
 */
export function verdictFormula(sheetRow: number, level: Level): string {
  const fig = cell(COL.figure, sheetRow);
  const target = cell(COL.target, sheetRow);
  return `=IF(ISNA(${fig}),"Chưa có số liệu",IFERROR(IF(${fig}="","Chưa có số liệu",CDS.CHECK(${fig},${target},"${level}")),""))`;
}

/** The number format of a row's figure cell. */
export function figureFormat(row: CatalogRow): string {
  if (row.kind === "ratio" || row.kind === "percent") return "0.00%";
  if (row.kind === "count") return "#,##0";
  if (row.kind === "rank") return "0";
  return "General";
}

/** Whether a formula is one the add-in writes (so a new Generate or Fill may write it again). */
export function isGeneratedFormula(formula: string): boolean {
  return (
    /CDS\./i.test(formula) || /^=IF\(ISBLANK\(C\d+\),"",C\d+\)$/i.test(formula.replace(/\s/g, ""))
  );
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

const FILL = {
  header: "#1F4E79",
  pillar: "#D9E1F2",
  input: "#FFF2CC",
  group: "#F2F2F2",
};

/** Consecutive row numbers as ranges of one column: [7, 8, 9, 12] → ["C7:C9", "C12"]. */
function runs(col: number, rows: readonly number[]): string[] {
  const out: string[] = [];
  const sorted = [...rows].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(
      sorted[i] === sorted[j]
        ? cell(col, sorted[i])
        : `${cell(col, sorted[i])}:${cell(col, sorted[j])}`
    );
    i = j + 1;
  }
  return out;
}

const text = (t: string): CellContent => (t === "" ? { blank: true } : { text: t });

/** The whole standard sheet of a unit and period, keeping what the analyst typed in an earlier version. */
export function buildSheet(params: SheetParams, preserved: Preserved = {}): SheetSpec {
  const lines = bodyLines();
  const last = FIRST_BODY_ROW + lines.length - 1;
  const rowOf = standardRows();
  const blankRow = (): CellContent[] =>
    Array.from({ length: WIDTH }, () => ({ blank: true }) as CellContent);

  const cells: CellContent[][] = [];
  const title = blankRow();
  title[0] = { text: TITLE };
  title[COL.id] = { text: SIGNATURE };
  cells.push(title);
  const meta: Array<[string, string, string]> = [
    ["Đơn vị:", params.unit, unitMark(params.code)],
    ["Cấp:", LEVEL_NAMES[params.level], params.level],
    ["Kỳ báo cáo:", periodText(params.period), periodCode(params.period)],
  ];
  for (const [label, value, marker] of meta) {
    const r = blankRow();
    r[0] = { text: label };
    r[1] = text(value);
    r[COL.id] = { text: marker };
    cells.push(r);
  }
  cells.push(blankRow());
  cells.push(HEADERS.map((h) => ({ text: h })));

  const styles: { range: string; style: CellStyle }[] = [];
  const merges = ["A1:G1"];
  const inputs: Record<string, number[]> = { count: [], percent: [], rank: [] };
  const yesno = new Map<string, { words: readonly [string, string]; rows: number[] }>();
  const pillarRows: number[] = [];
  const groupRows: number[] = [];
  const verdictRows: number[] = [];
  const evidenceRows: number[] = [];
  const percentRows: number[] = [];
  const countRows: number[] = [];

  lines.forEach((line, i) => {
    const r = FIRST_BODY_ROW + i;
    const out = blankRow();
    if ("pillar" in line) {
      out[COL.title] = { text: pillars.find((p) => p.id === line.pillar)!.title };
      out[COL.id] = { text: PILLAR_MARK + line.pillar };
      pillarRows.push(r);
      cells.push(out);
      return;
    }
    const row = line.row;
    out[COL.stt] = { text: row.parent ? row.id : `${row.id}.` };
    out[COL.title] = { text: row.title };
    out[COL.id] = { text: row.id };
    const formula = figureFormula(row, rowOf);
    if (formula) out[COL.figure] = { formula };
    if (hasVerdict(row)) {
      out[COL.verdict] = { formula: verdictFormula(r, params.level) };
      out[COL.target] = text(startingTarget(row, params.level));
      verdictRows.push(r);
    }
    if (row.kind === "yesno") {
      evidenceRows.push(r);
      const words = yesNoWords(row);
      const key = words.join("|");
      if (!yesno.has(key)) yesno.set(key, { words, rows: [] });
      yesno.get(key)!.rows.push(r);
    } else if (isInput(row)) inputs[row.kind].push(r);
    if (row.kind === "group") groupRows.push(r);
    if (row.kind === "ratio" || row.kind === "percent") percentRows.push(r);
    if (row.kind === "count") countRows.push(r);
    cells.push(out);
  });

  // what the analyst typed, in place; then what the caller writes over it (the city's consolidated figures)
  const lineRow = new Map<string, number>();
  lines.forEach((line, i) => lineRow.set("row" in line ? line.row.id : PILLAR_MARK + line.pillar, FIRST_BODY_ROW + i));
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
    if ("text" in content && at.col === COL.figure && at.row >= FIRST_BODY_ROW) textFigures.push(at.row); // typed text stays text
    if (!("text" in content) && at.col !== COL.figure && at.col !== COL.verdict) generalCells.push(cell(at.col, at.row));
  }
  if (unplaced.length) throw new UnplacedCells(unplaced);
  // a cell typed beside the title keeps its value only outside a merge
  if (kept.some(([slot]) => /^@1!/.test(slot))) merges.length = 0;
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

  const body = `A${FIRST_BODY_ROW}:G${last}`;
  styles.push(
    { range: `A1:H${lastRow}`, style: { numberFormat: "@", vAlign: "Top" } },
    { range: "A1:G1", style: { bold: true, fontSize: 14, hAlign: "Center" } },
    { range: "A2:A4", style: { bold: true } },
    { range: "B2:B4", style: { bold: true, fontColor: "#1F4E79" } },
    {
      range: `A${HEADER_ROW}:G${HEADER_ROW}`,
      style: {
        bold: true,
        fill: FILL.header,
        fontColor: "#FFFFFF",
        wrap: true,
        hAlign: "Center",
        vAlign: "Center",
        borders: true,
      },
    },
    { range: body, style: { wrap: true, borders: true } },
    { range: `A${FIRST_BODY_ROW}:A${last}`, style: { hAlign: "Center" } },
    { range: `C${FIRST_BODY_ROW}:D${last}`, style: { numberFormat: "General", hAlign: "Center" } },
    { range: `D${FIRST_BODY_ROW}:D${last}`, style: { bold: true } },
    { range: `F${FIRST_BODY_ROW}:F${last}`, style: { hAlign: "Center", locked: false } },
    { range: `E${FIRST_BODY_ROW}:E${last}`, style: { locked: false } }
  );
  for (const range of runs(COL.figure, percentRows))
    styles.push({ range, style: { numberFormat: "0.00%" } });
  for (const range of runs(COL.figure, countRows))
    styles.push({ range, style: { numberFormat: "#,##0" } });
  for (const range of runs(COL.figure, inputs.rank))
    styles.push({ range, style: { numberFormat: "0" } });
  const inputCells = [
    ...inputs.count,
    ...inputs.percent,
    ...inputs.rank,
    ...[...yesno.values()].flatMap((y) => y.rows),
  ];
  for (const range of runs(COL.figure, inputCells))
    styles.push({ range, style: { fill: FILL.input, locked: false } });
  for (const range of runs(COL.evidence, evidenceRows))
    styles.push({ range, style: { fill: FILL.input, locked: false } });
  for (const range of runs(COL.figure, textFigures))
    styles.push({ range, style: { numberFormat: "@" } });
  // kept formulas and numbers outside the figure and verdict columns: a "@" cell would show a formula as text
  for (const range of generalCells) styles.push({ range, style: { numberFormat: "General" } });
  for (const r of pillarRows)
    styles.push({ range: `A${r}:G${r}`, style: { bold: true, fill: FILL.pillar } });
  for (const r of groupRows)
    styles.push({ range: `A${r}:G${r}`, style: { bold: true, fill: FILL.group } });

  const validations: Validation[] = [];
  for (const range of runs(COL.figure, inputs.count)) {
    validations.push({
      range,
      rule: { type: "wholeNumber", min: 0 },
      prompt: { title: "Số liệu đếm", message: "Nhập số nguyên không âm, ví dụ 1200." },
      error: {
        title: "Số liệu không hợp lệ",
        message: "Số liệu đếm phải là số nguyên lớn hơn hoặc bằng 0.",
      },
    });
  }
  for (const range of runs(COL.figure, inputs.percent)) {
    validations.push({
      range,
      rule: { type: "decimal", min: 0, max: 1 },
      prompt: { title: "Tỷ lệ phần trăm", message: "Nhập tỷ lệ kèm dấu %, ví dụ 60% hoặc 60,25%." },
      error: { title: "Tỷ lệ không hợp lệ", message: "Tỷ lệ phải trong khoảng từ 0% đến 100%." },
    });
  }
  for (const range of runs(COL.figure, inputs.rank)) {
    validations.push({
      range,
      rule: { type: "wholeNumber", min: 1 },
      prompt: { title: "Thứ hạng", message: "Nhập thứ hạng của Thành phố: 1, 2, 3…" },
      error: {
        title: "Thứ hạng không hợp lệ",
        message: "Thứ hạng phải là số nguyên từ 1 trở lên.",
      },
    });
  }
  for (const { words, rows } of yesno.values()) {
    for (const range of runs(COL.figure, rows)) {
      validations.push({
        range,
        rule: { type: "list", items: words },
        prompt: {
          title: "Đã thực hiện chưa?",
          message: `Chọn "${words[0]}" hoặc "${words[1]}". Nếu đã thực hiện, ghi minh chứng ở cột Minh chứng.`,
        },
        error: {
          title: "Giá trị không hợp lệ",
          message: `Hãy chọn "${words[0]}" hoặc "${words[1]}" trong danh sách.`,
        },
      });
    }
  }

  const verdictRange = `D${FIRST_BODY_ROW}:D${last}`;
  const conditionalFormats: ConditionalFormat[] = [
    { range: verdictRange, equals: "Đạt", fill: "#C6EFCE", fontColor: "#006100" },
    { range: verdictRange, equals: "Chưa đạt", fill: "#FFC7CE", fontColor: "#9C0006" },
    { range: verdictRange, equals: "Chưa có số liệu", fill: "#EDEDED", fontColor: "#595959" },
  ];

  return {
    name: sheetName(params),
    key: sheetKey(params),
    area: `A1:H${lastRow}`,
    cells,
    columns: [
      { width: 36 },
      { width: 330 },
      { width: 90 },
      { width: 90 },
      { width: 210 },
      { width: 64 },
      { width: 180 },
      { width: 40, hidden: true },
    ],
    styles,
    merges,
    validations,
    conditionalFormats,
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
export function placeOf(slot: string, lineRow: ReadonlyMap<string, number>, lastBodyRow: number): { row: number; col: number } | null {
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

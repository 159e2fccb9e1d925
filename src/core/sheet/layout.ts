import { catalog, findRow, pillars, yesNoWords, type CatalogRow } from "../catalog";
import { LEVEL_NAMES } from "../levels";
import { defaultTargetText } from "../target";
import { fold } from "../text";
import type { Level, PillarId } from "../types";
import { cell } from "./a1";
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
/** In the hidden id column: H1 marks the sheet as ours, H3 holds the level, H4 the period. */
export const SIGNATURE = "CDS-SHEET/1";
export const HEADER_ROW = 6;
export const FIRST_BODY_ROW = 7;
/** The add-in's notes follow this mark in the Ghi chú cell; what stands before it is the analyst's. */
export const AUTO_NOTE_MARK = "[CĐS]";
export const PILLAR_MARK = "#pillar:";
/** In H5 after a values-only fill: the computed figures and verdicts are the add-in's values, not typed ones. */
export const VALUES_MARK = "#values";
/** In H5 of the city-wide sheet that the consolidation writes. */
export const CITY_MARK = "#city";

export interface SheetParams {
  readonly unit: string;
  readonly level: Level;
  readonly period: Period;
}

/** What an analyst typed in an earlier version of the sheet, kept by Generate (keyed by row id). */
export interface Preserved {
  readonly figures?: Readonly<Record<string, CellContent>>;
  readonly verdicts?: Readonly<Record<string, CellContent>>;
  readonly targets?: Readonly<Record<string, string>>;
  readonly evidence?: Readonly<Record<string, string>>;
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
    return `=CDS.RATE(${cell(COL.figure, rowOf[row.parts.num])},${cell(COL.figure, rowOf[row.parts.den])})`;
  }
  if (row.sameAs) {
    const other = cell(COL.figure, rowOf[row.sameAs]);
    return `=IF(ISBLANK(${other}),"",${other})`;
  }
  return null;
}

/**
 * The verdict of a row, live: "Chưa có số liệu" when the figure is missing (#N/A), nothing when the figure or the
 * target cannot be right (the Fill notes say why), else CDS.CHECK against the target cell.
 */
export function verdictFormula(sheetRow: number, level: Level): string {
  const fig = cell(COL.figure, sheetRow);
  const target = cell(COL.target, sheetRow);
  return `=IF(ISNA(${fig}),"Chưa có số liệu",IFERROR(CDS.CHECK(${fig},${target},"${level}"),""))`;
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

const INVALID_NAME_CHARS = /[[\]:*?/\\]/g;

/** "CĐS 2025-Q3 Phường Bến Thành", at most 31 characters, none that Excel refuses in a sheet name. */
export function sheetName(p: SheetParams): string {
  const name = `CĐS ${periodCode(p.period)} ${p.unit.replace(INVALID_NAME_CHARS, " ").replace(/\s+/g, " ").trim()}`;
  return name.slice(0, 31).trim().replace(/^'|'$/g, "");
}

/** The workbook-level name that finds the sheet of a unit and period again: letters, digits and underscores. */
export function sheetKey(p: SheetParams): string {
  const unit =
    fold(p.unit)
      .replace(/[^a-z0-9]/g, "")
      .slice(0, 60) || "donvi";
  return `CDS_${unit}_${periodCode(p.period).replace("-", "")}`;
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
    ["Đơn vị:", params.unit, "#unit"],
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
  const textFigures: number[] = [];

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
    const kept = preserved.figures?.[row.id];
    const formula = figureFormula(row, rowOf);
    if (kept) out[COL.figure] = kept;
    else if (formula) out[COL.figure] = { formula };
    if (kept && "text" in kept) textFigures.push(r); // typed text stays text
    if (hasVerdict(row)) {
      out[COL.verdict] = preserved.verdicts?.[row.id] ?? {
        formula: verdictFormula(r, params.level),
      };
      out[COL.target] = text(preserved.targets?.[row.id] ?? startingTarget(row, params.level));
      verdictRows.push(r);
    }
    out[COL.note] = text(preserved.notes?.[row.id] ?? "");
    if (row.kind === "yesno") {
      out[COL.evidence] = text(preserved.evidence?.[row.id] ?? "");
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

  const body = `A${FIRST_BODY_ROW}:G${last}`;
  styles.push(
    { range: `A1:H${last}`, style: { numberFormat: "@", vAlign: "Top" } },
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
    area: `A1:H${last}`,
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

/** The id of the catalog row in a sheet row, from the hidden id column. */
export function idOf(value: unknown): string | null {
  if (typeof value === "number") return findRow(String(value)) ? String(value) : null;
  if (typeof value !== "string") return null;
  return findRow(value.trim()) ? value.trim() : null;
}

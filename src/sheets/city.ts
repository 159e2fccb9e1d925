import type { CellValue, SheetKind } from "../core/types";
import { catalog, pillars } from "../core/catalog";
import type { Consolidation } from "../core/consolidate";
import { evaluate } from "../core/evaluate";
import { LEVEL_NAMES } from "../core/levels";
import { fold } from "../core/text";
import { VERDICT_ORDER, type Level } from "../core/types";
import type { UnitReport } from "../core/unitReport";
import { cell, columnLetter } from "./a1";
import { bodyLines, standardRows } from "./unit/body";
import { buildSheet, type CycleHead } from "./unit/build";
import { COL, FIRST_BODY_ROW, HEADER_ROW, SPARE_COLUMN_WIDTH, TITLE_ROWS } from "./unit/grid";
import type { SheetParams } from "../core/identity";
import { CITY_MARK } from "./unit/marks";
import { COMPARISON_COL } from "./comparison";
import { bodySlot, type Preserved } from "./unit/placement";
import { hasVerdict } from "../core";
import { periodSheetName } from "./names";
import { periodCode, periodText, type Period } from "../core/period";
import { joinNote } from "./unit/read";
import type { CellContent, CellStyle, SheetSpec } from "./spec";
import {
  COLOURS,
  NUMBER_FORMATS,
  TITLE_STYLE,
  TONES,
  toneFormat,
  verdictFormats,
  VERDICT_STYLES,
} from "./styles";

export const CITY_UNIT = "Thành phố Hồ Chí Minh";
/** The breakdown sheet's name after "CĐS 2025-Q3 ": it fits whole in every period. */
export const BREAKDOWN_LABEL = "Chi tiết đơn vị";
/** The breakdown's title in A1, before the period: how a breakdown sheet is told from a sheet that took its name. */
export const BREAKDOWN_TITLE = "CHI TIẾT SỐ LIỆU CỦA CÁC ĐƠN VỊ";
/** A breakdown cell of a unit that reported nothing for the row (not a zero). */
export const NOT_REPORTED = "Chưa báo cáo";
/** A breakdown cell whose figure cannot be right. */
export const INVALID_FIGURE = "Số liệu sai";

/**
 * Whether a sheet (its first rows) is a breakdown the consolidation wrote — for the period, when one is given — and
 * so may be rewritten; a sheet of the analyst's that has the breakdown's name is not.
 */
export function isBreakdownHead(
  values: readonly (readonly CellValue[])[],
  period?: Period
): boolean {
  const a1 =
    typeof values[0]?.[0] === "string" ? (values[0][0] as string).normalize("NFC").trim() : "";
  if (!a1.startsWith(BREAKDOWN_TITLE)) return false;
  return !period || a1 === breakdownTitle(period);
}

function breakdownTitle(period: Period): string {
  return `${BREAKDOWN_TITLE} — ${periodText(period).toUpperCase()}`;
}

export function cityParams(period: Period): SheetParams {
  return { unit: CITY_UNIT, level: "tp", period };
}

/**
 * The block beside the city table that the chart reads: one line per pillar, live counts of its verdicts. It starts
 * at L: I and J take the comparison with the previous period, K is a gap.
 */
const CHART_COL = COMPARISON_COL.change + 2; // L
/** The chart's corners, from the block's first column and last line: 6 columns wide, from 2 to 20 lines below it. */
const CHART_ANCHOR = { right: 5, top: 2, bottom: 20 } as const;
/** The widths of the block's columns: the pillar's, then one per verdict in VERDICT_ORDER. */
const CHART_WIDTHS = [150, 60, 60, 90] as const;

/** The breakdown's header row, under its title and the line that explains it. */
const BREAKDOWN_HEADER_ROW = 3;
/** The breakdown's columns before the figures: the unit (A) and its level (B). */
const BREAKDOWN_UNIT_COLUMNS = 2;

/**
 * The city-wide sheet: the standard sheet at level `tp`, its figures the consolidation's (sums, ratios of sums,
 * "k/n đơn vị"), its notes saying which units are missing. The city's own statistics (percentages, the rank), its
 * edited targets and the analyst's notes are kept from the sheet's earlier version. A chart beside the table shows
 * Đạt / Chưa đạt / Chưa có số liệu per pillar, counted live from the verdict column.
 */
export function buildCitySheet(
  c: Consolidation,
  period: Period,
  kept: Preserved = {},
  kind: SheetKind = "cds",
  cycle: CycleHead = {}
): SheetSpec {
  const base = buildSheet(cityParams(period), cityContents(c, kept, kind), {
    kind,
    deadline: cycle.deadline,
  });
  const block = chartBlock(base.cells);
  const lastBody = FIRST_BODY_ROW + bodyLines().length - 1;
  return {
    ...base,
    cells: block.cells.map((line, i) =>
      i === TITLE_ROWS.marks - 1
        ? line.map((x, col) => (col === COL.id ? { text: CITY_MARK } : x))
        : line
    ),
    area: `A1:${columnLetter(block.width - 1)}${lastBody}`,
    columns: [
      ...base.columns,
      ...Array.from({ length: CHART_COL - base.columns.length }, () => ({
        width: SPARE_COLUMN_WIDTH,
      })),
      ...CHART_WIDTHS.map((width) => ({ width })),
    ],
    styles: [...base.styles, ...block.styles],
    charts: [
      {
        type: "ColumnStacked",
        source: block.source,
        title: `Kết quả chỉ tiêu theo trụ cột — ${periodText(period)}`,
        anchor: block.anchor,
        colors: VERDICT_ORDER.map((v) => VERDICT_STYLES[v].chart),
      },
    ],
  };
}

/**
 * What the city sheet holds of the consolidation: its figures and verdicts, and each note with the analyst's part
 * (kept from the earlier version) before the consolidation's; the kept cells less the notes so joined.
 */
function cityContents(c: Consolidation, kept: Preserved, kind: SheetKind): Preserved {
  const figures: Record<string, CellContent> = { ...kept.figures };
  const verdicts: Record<string, CellContent> = {};
  const notes: Record<string, string> = {};
  const keptCells: Record<string, CellContent> = { ...kept.cells };
  for (const row of catalog) {
    const r = c.results[row.id];
    if (row.kind === "group") continue;
    if (row.kind === "percent" || row.kind === "rank") {
      // the city's own statistic, typed on the city sheet
    } else if (row.kind === "yesno") figures[row.id] = r.text ? { text: r.text } : { blank: true };
    else figures[row.id] = typeof r.value === "number" ? { number: r.value } : { blank: true };
    // 18 is judged per tier; on a plain sheet the yes/no rows too ("k/n đơn vị" is read by CDS.CHECK only)
    if (
      (typeof row.target === "object" && row.target !== null) ||
      (kind === "plain" && row.kind === "yesno")
    )
      verdicts[row.id] = r.verdict ? { text: r.verdict } : { blank: true };
    // the analyst's note stays before the consolidation's; a note that is a formula stays as it is
    const typed = keptCells[bodySlot(row.id, COL.note)];
    if (typed && !("text" in typed)) continue;
    const analyst = typed && "text" in typed ? typed.text : (kept.notes?.[row.id] ?? "");
    delete keptCells[bodySlot(row.id, COL.note)];
    const note = joinNote(analyst, r.note);
    if (note) notes[row.id] = note;
  }
  return { cells: keptCells, figures, verdicts, notes };
}

/**
 * The block the chart reads, beside the table: a header in the header row, one line per pillar counted from the
 * verdict column of the pillar's rows. The sheet's cells widened to hold it, its styles, its range and the chart's.
 */
function chartBlock(baseCells: readonly (readonly CellContent[])[]) {
  const rowOf = standardRows();
  const width = CHART_COL + VERDICT_ORDER.length + 1;
  const cells = baseCells.map((line) => [
    ...line,
    ...Array.from({ length: width - line.length }, (): CellContent => ({ blank: true })),
  ]);
  const headerRow = HEADER_ROW;
  const put = (row: number, col: number, content: CellContent) => (cells[row - 1][col] = content);
  put(headerRow, CHART_COL, { text: "Trụ cột" });
  VERDICT_ORDER.forEach((w, i) => put(headerRow, CHART_COL + 1 + i, { text: w }));
  const judged = pillars.map((p) =>
    catalog.filter((r) => r.pillar === p.id && hasVerdict(r)).map((r) => rowOf[r.id])
  );
  pillars.forEach((p, i) => {
    const r = headerRow + 1 + i;
    put(r, CHART_COL, { text: p.title });
    VERDICT_ORDER.forEach((w, j) => {
      // "0+" makes a number of a lone comparison (a pillar of one indicator would show TRUE/FALSE)
      const terms = judged[i].map((x) => `+(${cell(COL.verdict, x)}="${w}")`).join("");
      put(r, CHART_COL + 1 + j, { formula: `=0${terms}` });
    });
  });
  const last = headerRow + pillars.length;
  const source = `${cell(CHART_COL, headerRow)}:${cell(CHART_COL + VERDICT_ORDER.length, last)}`;
  const chartFrom = cell(CHART_COL, last + CHART_ANCHOR.top);
  const chartTo = cell(CHART_COL + CHART_ANCHOR.right, last + CHART_ANCHOR.bottom);
  const styles: { range: string; style: CellStyle }[] = [
    { range: source, style: { borders: true, numberFormat: NUMBER_FORMATS.general } },
    {
      range: `${cell(CHART_COL, headerRow)}:${cell(CHART_COL + VERDICT_ORDER.length, headerRow)}`,
      style: { bold: true, fill: COLOURS.header, fontColor: COLOURS.headerText, hAlign: "Center" },
    },
  ];
  return { cells, width, styles, source, anchor: `${chartFrom}:${chartTo}` };
}

/** A breakdown's figure column: a catalog row's figure, or its verdict. */
type BreakdownColumn = { readonly id: string; readonly verdict: boolean };

/**
 * The breakdown: one line per unit, one column per figure (and per verdict where there is one) — what each unit
 * reported, its verdicts, and NOT_REPORTED ("Chưa báo cáo") where it reported nothing.
 */
export function buildBreakdownSheet(units: readonly UnitReport[], period: Period): SheetSpec {
  const columns: BreakdownColumn[] = catalog
    .filter((r) => r.kind !== "group")
    .flatMap((r) => [
      { id: r.id, verdict: false },
      ...(hasVerdict(r) ? [{ id: r.id, verdict: true }] : []),
    ]);
  const sorted = [...units].sort(
    (a, b) => order(a.level) - order(b.level) || fold(a.unit).localeCompare(fold(b.unit))
  );
  const header = BREAKDOWN_HEADER_ROW;
  const width = BREAKDOWN_UNIT_COLUMNS + columns.length;
  const last = Math.max(header + 1, header + sorted.length);
  const all = `${columnLetter(BREAKDOWN_UNIT_COLUMNS)}${header + 1}:${columnLetter(width - 1)}${last}`;
  return {
    name: periodSheetName(period, BREAKDOWN_LABEL),
    key: `CDS_chitiet_${periodCode(period).replace("-", "")}`,
    area: `A1:${columnLetter(width - 1)}${last}`,
    cells: [
      ...breakdownHead(units.length, period, columns),
      ...sorted.map((u) => breakdownLine(u, columns)),
    ],
    columns: [
      { width: 220 },
      { width: 120 },
      ...columns.map((c) => ({ width: c.verdict ? 80 : 70 })),
    ],
    styles: breakdownStyles(width, last, all),
    merges: [],
    validations: [],
    conditionalFormats: [
      ...verdictFormats(all),
      toneFormat(all, NOT_REPORTED, TONES.muted),
      toneFormat(all, INVALID_FIGURE, TONES.warning),
    ],
    freezeRows: header,
    print: {
      orientation: "Landscape",
      paper: "A4",
      titleRows: `$${header}:$${header}`,
      fitToWidth: false,
    },
  };
}

const blank = (): CellContent => ({ blank: true });

/** The title, the line that explains the cells, the header. */
function breakdownHead(
  unitCount: number,
  period: Period,
  columns: readonly BreakdownColumn[]
): CellContent[][] {
  const width = BREAKDOWN_UNIT_COLUMNS + columns.length;
  const title = Array.from({ length: width }, blank);
  title[0] = { text: breakdownTitle(period) };
  const sub = Array.from({ length: width }, blank);
  sub[0] = {
    text: `${unitCount} đơn vị. Ô "${NOT_REPORTED}": đơn vị chưa có số liệu ở chỉ tiêu đó (không tính là 0).`,
  };
  return [
    title,
    sub,
    [
      { text: "Đơn vị" },
      { text: "Cấp" },
      ...columns.map((c) => ({ text: c.verdict ? `${c.id} – Đánh giá` : c.id })),
    ],
  ];
}

/** A unit's line: its name, its level, then each figure as it reported it and each verdict. */
function breakdownLine(u: UnitReport, columns: readonly BreakdownColumn[]): CellContent[] {
  const r = evaluate(u.inputs, { level: u.level, evidence: u.evidence });
  return [
    { text: u.unit },
    { text: LEVEL_NAMES[u.level] },
    ...columns.map((c): CellContent => {
      const x = r[c.id];
      if (c.verdict)
        return x.verdict ? { text: x.verdict } : x.invalid ? { text: INVALID_FIGURE } : blank();
      if (x.invalid) return { text: INVALID_FIGURE };
      return x.text ? { text: x.text } : { text: NOT_REPORTED };
    }),
  ];
}

function breakdownStyles(width: number, last: number, all: string): SheetSpec["styles"] {
  const header = BREAKDOWN_HEADER_ROW;
  const end = columnLetter(width - 1);
  return [
    { range: `A1:${end}${last}`, style: { numberFormat: NUMBER_FORMATS.text, vAlign: "Top" } },
    { range: "A1", style: TITLE_STYLE },
    { range: "A2", style: { italic: true, fontColor: COLOURS.subtitle } },
    {
      range: `A${header}:${end}${header}`,
      style: {
        bold: true,
        fill: COLOURS.header,
        fontColor: COLOURS.headerText,
        wrap: true,
        hAlign: "Center",
      },
    },
    { range: `A${header}:${end}${last}`, style: { borders: true } },
    { range: all, style: { hAlign: "Center" } },
  ];
}

function order(level: Level): number {
  return ["so", "huyen", "xa", "tp"].indexOf(level);
}

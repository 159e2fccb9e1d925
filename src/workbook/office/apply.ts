/**
 * Queues the layout of a sheet on Excel's objects: styles, number formats reaching outside the contents, validations,
 * conditional formats, columns, print setup and charts. Each function only queues; the caller syncs.
 */
import {
  columnLetter,
  listSourceOf,
  parseRange,
  type CellStyle,
  type ChartSpec,
  type ConditionalFormat,
  type SheetSpec,
  type Validation,
  type ValidationRule,
} from "../../sheets";

const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;
/** The add-in names its charts so that a rewrite replaces them and leaves the analyst's own charts alone. */
const CHART_PREFIX = "CDS_chart_";

/** The name of the add-in's i-th chart of a sheet (0-based). */
export const chartName = (i: number): string => `${CHART_PREFIX}${i + 1}`;

/** Whether a chart is one the add-in made (see chartName). */
export const isOwnChart = (name: string): boolean => name.startsWith(CHART_PREFIX);

export function rangeSize(address: string): { rows: number; cols: number } {
  const { start, end } = parseRange(address);
  return { rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

/** One number format over every cell of a range. */
export function fillNumberFormat(
  sheet: Excel.Worksheet,
  address: string,
  numberFormat: string
): void {
  const { rows, cols } = rangeSize(address);
  sheet.getRange(address).numberFormat = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => numberFormat)
  );
}

export function applyStyle(range: Excel.Range, address: string, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign !== undefined) format.horizontalAlignment = style.hAlign;
  if (style.vAlign !== undefined) format.verticalAlignment = style.vAlign;
  if (style.locked !== undefined) format.protection.locked = style.locked;
  if (style.borders) {
    const { rows, cols } = rangeSize(address);
    for (const edge of BORDER_EDGES) {
      // Inside borders only exist where the range has more than one row (column).
      if (edge === "InsideHorizontal" && rows < 2) continue;
      if (edge === "InsideVertical" && cols < 2) continue;
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

export function applyValidation(sheet: Excel.Worksheet, v: Validation): void {
  const validation = sheet.getRange(v.range).dataValidation;
  validation.ignoreBlanks = true;
  const rule = v.rule;
  if (rule.type === "list") {
    validation.rule = { list: { inCellDropDown: true, source: listSource(rule) } };
  } else {
    const basic: Excel.BasicDataValidation =
      rule.max === undefined
        ? { formula1: rule.min, operator: "GreaterThanOrEqualTo" }
        : { formula1: rule.min, formula2: rule.max, operator: "Between" };
    validation.rule = rule.type === "wholeNumber" ? { wholeNumber: basic } : { decimal: basic };
  }
  validation.prompt = {
    showPrompt: true,
    title: v.prompt.title,
    message: v.prompt.message,
  };
  validation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: v.error.title,
    message: v.error.message,
  };
}

/** A list validation's source as Excel reads it (listSourceOf decides where the items come from). */
export function listSource(rule: Extract<ValidationRule, { type: "list" }>): string {
  const source = listSourceOf(rule);
  return "range" in source ? `=${source.range}` : source.inline;
}

export function applyConditionalFormat(sheet: Excel.Worksheet, f: ConditionalFormat): void {
  const format = sheet.getRange(f.range).conditionalFormats.add("CellValue");
  format.cellValue.format.fill.color = f.fill;
  format.cellValue.format.font.color = f.fontColor;
  // A text operand is a formula: quoted, with its quotes doubled.
  format.cellValue.rule = {
    formula1: `="${f.equals.replace(/"/g, '""')}"`,
    operator: "EqualTo",
  };
}

/** The widths of the sheet's columns, from A, and which are hidden. */
export function applyColumns(sheet: Excel.Worksheet, columns: SheetSpec["columns"]): void {
  columns.forEach((column, i) => {
    const letter = columnLetter(i);
    const range = sheet.getRange(`${letter}:${letter}`);
    range.format.columnWidth = column.width;
    range.columnHidden = column.hidden ?? false;
  });
}

export function applyPrint(page: Excel.PageLayout, print: SheetSpec["print"]): void {
  page.orientation = print.orientation;
  page.paperSize = print.paper;
  page.setPrintTitleRows(print.titleRows);
  // "Fit all columns on one page": one page wide, as many tall as needed.
  page.zoom = print.fitToWidth
    ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
    : { scale: 100 };
}

export function addChart(sheet: Excel.Worksheet, spec: ChartSpec, name: string): void {
  const chart = sheet.charts.add(spec.type, sheet.getRange(spec.source), "Columns");
  chart.name = name;
  chart.title.text = spec.title;
  const [from, to] = spec.anchor.split(":");
  chart.setPosition(from, to);
  (spec.colors ?? []).forEach((color, i) =>
    chart.series.getItemAt(i).format.fill.setSolidColor(color)
  );
}

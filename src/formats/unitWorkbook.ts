/**
 * Sheets written as an .xlsx file with ExcelJS, from the same sheet specs the workbook adapters write (SheetSpec): the
 * contents (text always as text), number formats, fonts, fills, alignment, borders, merges, data validations (with
 * their prompt and Stop alert), conditional formats, column widths and hidden columns, freeze panes, print setup, the
 * filter, the key name and the seal. A generic writer: what a sheet holds is the sheets' own (src/sheets), never
 * decided here. No macros, no custom functions of the add-in's own: what the spec's formulas call is what the file
 * holds (the blank unit workbook is written from the sheet kind that uses Excel's own functions only).
 *
 * ExcelJS is loaded on first use (excelJs.ts).
 */
import {
  columnLetter,
  formatFor,
  listSourceOf,
  parseRange,
  type CellContent,
  type CellStyle,
  type SheetSpec,
  type Validation,
  type ValidationRule,
} from "../sheets";
import { excelJs } from "./excelJs";

type Worksheet = import("exceljs").Worksheet;
type Cell = import("exceljs").Cell;

/** ExcelJS's paper size code of A4 (the OOXML's `paperSize`). */
const A4 = 9;

/** "#1F4E79" → ExcelJS's ARGB "FF1F4E79". */
const argb = (color: string) => ({ argb: `FF${color.replace(/^#/, "").toUpperCase()}` });

/**
 * A column width in points (as the spec and Office.js give it) as the characters of the file's default font: Excel
 * draws a width of w characters as 7·w + 5 pixels (Calibri 11), a pixel being ¾ of a point.
 */
export function widthInCharacters(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

/**
 * A list validation's items as the file holds them (listSourceOf decides where they come from): the range, or the
 * inline list as a quoted formula string.
 */
export function listFormula(rule: Extract<ValidationRule, { type: "list" }>): string {
  const source = listSourceOf(rule);
  return "range" in source ? source.range : `"${source.inline.replace(/"/g, '""')}"`;
}

function writeContent(target: Cell, content: CellContent): void {
  if ("text" in content)
    target.value = content.text; // a string cell: "=…" stays text
  else if ("number" in content) target.value = content.number;
  else if ("bool" in content) target.value = content.bool;
  else if ("formula" in content)
    target.value = { formula: content.formula.replace(/^=/, "") } as import("exceljs").CellValue;
}

function applyStyle(target: Cell, style: CellStyle, content: CellContent): void {
  const font: Partial<import("exceljs").Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = argb(style.fontColor);
  if (Object.keys(font).length) target.font = font;
  if (style.fill !== undefined)
    target.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
  const alignment: Partial<import("exceljs").Alignment> = {};
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.hAlign !== undefined)
    alignment.horizontal = style.hAlign.toLowerCase() as "left" | "center" | "right";
  if (style.vAlign !== undefined)
    alignment.vertical =
      style.vAlign === "Center" ? "middle" : style.vAlign === "Top" ? "top" : "bottom";
  if (Object.keys(alignment).length) target.alignment = alignment;
  const format = formatFor(content, style.numberFormat);
  if (format !== undefined) target.numFmt = format;
  if (style.locked !== undefined) target.protection = { locked: style.locked };
  if (style.borders) {
    const thin = { style: "thin" as const };
    target.border = { top: thin, bottom: thin, left: thin, right: thin };
  }
}

/** ExcelJS writes a worksheet's validations by range (its typings only know them cell by cell). */
type RangeValidations = {
  readonly dataValidations: {
    add(range: string, validation: import("exceljs").DataValidation): void;
  };
};

function addValidation(sheet: Worksheet, v: Validation): void {
  const { dataValidations } = sheet as Worksheet & RangeValidations;
  const rule = v.rule;
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    showErrorMessage: true,
    errorStyle: "stop" as const,
    errorTitle: v.error.title,
    error: v.error.message,
  };
  if (rule.type === "list") {
    dataValidations.add(v.range, { ...common, type: "list", formulae: [listFormula(rule)] });
    return;
  }
  const type = rule.type === "wholeNumber" ? "whole" : "decimal";
  dataValidations.add(
    v.range,
    rule.max === undefined
      ? { ...common, type, operator: "greaterThanOrEqual", formulae: [rule.min] }
      : { ...common, type, operator: "between", formulae: [rule.min, rule.max] }
  );
}

/** One sheet of the spec into the workbook. */
function writeSpec(wb: import("exceljs").Workbook, spec: SheetSpec): void {
  if (spec.charts?.length)
    throw new Error(`Sheet "${spec.name}": the .xlsx writer does not write charts.`);
  const sheet = wb.addWorksheet(spec.name);
  writeCells(sheet, spec);
  for (const merge of spec.merges) sheet.mergeCells(merge);
  for (const validation of spec.validations) addValidation(sheet, validation);
  spec.conditionalFormats.forEach((f, i) => addConditionalFormat(sheet, f, i + 1));
  writeLayout(sheet, spec);
  addKeyName(wb, spec);
  if (spec.seal) writeSeal(sheet, spec.seal);
}

/** Every cell of the area and every cell a style reaches: its content (blank beyond the spec's) and its style. */
function writeCells(sheet: Worksheet, spec: SheetSpec): void {
  const area = parseRange(spec.area);
  const rows = Math.max(area.end.row, spec.cells.length);
  const cols = Math.max(area.end.col + 1, ...spec.cells.map((line) => line.length));
  const styles = cellStyles(spec.styles);
  const contentAt = (r: number, c: number): CellContent =>
    spec.cells[r - 1]?.[c] ?? { blank: true };
  const reached = new Set<string>();
  const write = (r: number, c: number, content: CellContent) => {
    reached.add(cellKey(r, c));
    const target = sheet.getCell(r, c + 1);
    writeContent(target, content);
    applyStyle(target, styles.get(cellKey(r, c)) ?? {}, content);
  };
  for (let r = 1; r <= rows; r++) for (let c = 0; c < cols; c++) write(r, c, contentAt(r, c));
  // styles that reach beyond the contents (rows the analyst adds)
  for (const key of styles.keys()) {
    if (reached.has(key)) continue;
    const [r, c] = key.split(",").map(Number);
    write(r, c, { blank: true });
  }
}

const cellKey = (r: number, c: number) => `${r},${c}`;

/** The style of every cell the spec's styles reach, applied in order (later ones win). */
function cellStyles(ranges: SheetSpec["styles"]): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  for (const { range, style } of ranges) {
    const { start, end } = parseRange(range);
    for (let r = start.row; r <= end.row; r++)
      for (let c = start.col; c <= end.col; c++)
        styles.set(cellKey(r, c), { ...styles.get(cellKey(r, c)), ...style });
  }
  return styles;
}

function addConditionalFormat(
  sheet: Worksheet,
  f: SheetSpec["conditionalFormats"][number],
  priority: number
): void {
  sheet.addConditionalFormatting({
    ref: f.range,
    rules: [
      {
        type: "cellIs",
        operator: "equal",
        priority,
        formulae: [`"${f.equals.replace(/"/g, '""')}"`],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: argb(f.fill) },
          font: { color: argb(f.fontColor) },
        },
      },
    ],
  });
}

/** Column widths, frozen rows, the filter and the print setup. */
function writeLayout(sheet: Worksheet, spec: SheetSpec): void {
  spec.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = widthInCharacters(column.width);
    if (column.hidden) col.hidden = true;
  });
  if (spec.freezeRows > 0)
    sheet.views = [
      {
        state: "frozen",
        xSplit: 0,
        ySplit: spec.freezeRows,
        topLeftCell: `A${spec.freezeRows + 1}`,
      },
    ];
  if (spec.autoFilter) sheet.autoFilter = spec.autoFilter;
  sheet.pageSetup = {
    orientation: spec.print.orientation === "Landscape" ? "landscape" : "portrait",
    paperSize: A4,
    ...(spec.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    printTitlesRow: spec.print.titleRows.replace(/\$/g, ""),
  };
}

/** The sheet's key: a name of the workbook over its area, by which the add-in finds the sheet again. */
function addKeyName(wb: import("exceljs").Workbook, spec: SheetSpec): void {
  const quoted = `'${spec.name.replace(/'/g, "''")}'`;
  const { start, end } = parseRange(spec.area);
  const absolute = (col: number, row: number) => `$${columnLetter(col)}$${row}`;
  wb.definedNames.add(
    `${quoted}!${absolute(start.col, start.row)}:${absolute(end.col, end.row)}`,
    spec.key
  );
}

function writeSeal(sheet: Worksheet, seal: NonNullable<SheetSpec["seal"]>): void {
  const { start } = parseRange(seal.address);
  const target = sheet.getCell(start.row, start.col + 1);
  writeContent(target, seal.content);
  const format = formatFor(seal.content, seal.numberFormat);
  if (format !== undefined) target.numFmt = format;
}

/**
 * The sheets as one .xlsx workbook, in order; the first is the one shown when it opens. Excel is asked to compute
 * every formula on opening (the file holds no computed results).
 */
export async function specWorkbook(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const ExcelJS = await excelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = "CĐS Excel";
  // the file's properties do not carry when or on which machine it was made
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));
  wb.calcProperties.fullCalcOnLoad = true;
  for (const spec of specs) writeSpec(wb, spec);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * The writes of an operation as steps, decided before anything is sent: each step queues its operations on the sheet
 * and says its size in the request, so that the caller groups them into requests under WRITE_BATCH_BYTES.
 */
import {
  columnLetter,
  formatFor,
  NUMBER_FORMATS,
  parseRange,
  type CellContent,
  type CellsLayout,
  type CellWrite,
  type SheetSpec,
} from "../../sheets";
import { payloadBytes, WRITE_BATCH_BYTES } from "../limits";
import {
  addChart,
  applyColumns,
  applyConditionalFormat,
  applyPrint,
  applyStyle,
  applyValidation,
  chartName,
  fillNumberFormat,
} from "./apply";
import { inputOf, writeCell } from "./cells";

/** What the request of a step adds besides its values: one call, its address and its property. */
const CALL_BYTES = 64;
const NAME_COMMENT = "Do CĐS Excel tạo: tìm lại bảng chỉ tiêu sau khi đổi tên trang. Xin đừng xoá.";

/** Operations of a write, queued in order on the sheet; `bytes`: their size in the request. */
export interface WriteStep {
  readonly bytes: number;
  readonly queue: (sheet: Excel.Worksheet, context: Excel.RequestContext) => void;
  /** The rows of contents the step writes, first and last (1-based). */
  readonly rows?: readonly [number, number];
}

/** What the look before a sheet's write found, as the writes need it (see writeSheet). */
export interface WriteLook {
  /** The sheet written, or null when it is added. */
  readonly sheet: string | null;
  /** Whether the sheet takes the spec's name. */
  readonly rename: boolean;
  /** The add-in's charts already on the sheet. */
  readonly charts: readonly string[];
  /** Whether the key name exists already (it cannot be added again). */
  readonly oldKey: boolean;
}

/** A number format reaching outside the block of contents: applied over its own range. */
interface OutsideFormat {
  readonly range: string;
  readonly numberFormat: string;
}

/**
 * The whole sheet as steps, in an order that leaves a sheet the add-in recognises and repairs whatever prefix of it
 * Excel applied (it keeps what ran when a batch fails part-way):
 * - a sheet already there (rewritten, or blank and taken over) first loses its formats, merges, validations and
 *   conditional formats — never a value;
 * - then the contents of the whole area, with the rows it had grown to (blanked), each band of rows with its number
 *   formats just before its values (a "@" cell takes what is written to it as text). One band, one operation,
 *   unless over WRITE_BATCH_BYTES: the old contents are replaced in one go, and on a new sheet the title block is its
 *   first write after the add. Nothing typed is cleared before it is written again in its new place;
 * - then styles, merges, rules, columns, panes, filter, print setup, charts, the key name, the name of the sheet,
 *   spec.seal, the activation.
 */
export function writeSteps(spec: SheetSpec, clearRows: number, look: WriteLook): WriteStep[] {
  const area = parseRange(spec.area);
  const cols = Math.max(area.end.col + 1, ...spec.cells.map((row) => row.length));
  const height = Math.max(area.end.row, spec.cells.length, clearRows, 1);
  const whole = `A1:${columnLetter(cols - 1)}${height}`;
  const formats = numberFormats(spec, height, cols);
  return [
    ...(look.sheet !== null ? [clearStep(whole)] : []),
    ...contentSteps(spec, formats.grid, height, cols),
    layoutStep(spec, look, formats.outside, whole),
  ];
}

/** A sheet already there loses its formats, merges, validations and conditional formats, never a value. */
function clearStep(whole: string): WriteStep {
  return {
    bytes: CALL_BYTES * 4,
    queue: (sheet) => {
      const range = sheet.getRange(whole);
      range.clear("Formats");
      range.unmerge();
      range.dataValidation.clear();
      range.conditionalFormats.clearAll();
    },
  };
}

/** The contents in bands of whole rows, each under WRITE_BATCH_BYTES (a row larger alone is a band of its own). */
function contentSteps(
  spec: SheetSpec,
  grid: readonly string[][],
  height: number,
  cols: number
): WriteStep[] {
  const lastCol = columnLetter(cols - 1);
  const inputs = Array.from({ length: height }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const content = spec.cells[r]?.[c];
      return content ? inputOf(content) : "";
    })
  );
  const band = (first: number, last: number, bytes: number): WriteStep => ({
    bytes,
    rows: [first, last],
    queue: (sheet) => {
      const range = sheet.getRange(`A${first}:${lastCol}${last}`);
      range.numberFormat = grid.slice(first - 1, last);
      range.formulas = inputs.slice(first - 1, last);
    },
  });
  const steps: WriteStep[] = [];
  let first = 1;
  let bytes = CALL_BYTES * 2;
  for (let r = 1; r <= height; r++) {
    const row = payloadBytes(grid[r - 1]) + payloadBytes(inputs[r - 1]);
    if (r > first && bytes + row > WRITE_BATCH_BYTES) {
      steps.push(band(first, r - 1, bytes));
      first = r;
      bytes = CALL_BYTES * 2;
    }
    bytes += row;
  }
  steps.push(band(first, height, bytes));
  return steps;
}

/** Everything after the contents, in one step: its size counts a call per operation it queues. */
function layoutStep(
  spec: SheetSpec,
  look: WriteLook,
  outside: readonly OutsideFormat[],
  whole: string
): WriteStep {
  const layout = {
    outside,
    styles: spec.styles,
    merges: spec.merges,
    validations: spec.validations,
    conditionalFormats: spec.conditionalFormats,
    columns: spec.columns,
    charts: spec.charts,
    print: spec.print,
    seal: spec.seal,
  };
  const calls =
    outside.length +
    spec.styles.length * 12 +
    spec.merges.length +
    spec.validations.length * 5 +
    spec.conditionalFormats.length * 4 +
    spec.columns.length * 2 +
    (spec.charts?.length ?? 0) * 8 +
    look.charts.length +
    20;
  return {
    bytes: CALL_BYTES * calls + payloadBytes(layout),
    queue: (sheet, context) => queueLayout(sheet, context, spec, look, outside, whole),
  };
}

function queueLayout(
  sheet: Excel.Worksheet,
  context: Excel.RequestContext,
  spec: SheetSpec,
  look: WriteLook,
  outside: readonly OutsideFormat[],
  whole: string
): void {
  for (const { range, numberFormat } of outside) fillNumberFormat(sheet, range, numberFormat);
  for (const { range, style } of spec.styles) applyStyle(sheet.getRange(range), range, style);
  for (const merge of spec.merges) sheet.getRange(merge).merge(false);
  for (const validation of spec.validations) applyValidation(sheet, validation);
  for (const format of spec.conditionalFormats) applyConditionalFormat(sheet, format);

  applyColumns(sheet, spec.columns);
  if (spec.freezeRows > 0) sheet.freezePanes.freezeRows(spec.freezeRows);
  else sheet.freezePanes.unfreeze();
  if (spec.autoFilter) sheet.autoFilter.apply(sheet.getRange(spec.autoFilter));
  applyPrint(sheet.pageLayout, spec.print);
  // After the widths: wrapped text needs them to find its height.
  sheet.getRange(whole).format.autofitRows();

  for (const chart of look.charts) sheet.charts.getItem(chart).delete();
  (spec.charts ?? []).forEach((chart, i) => addChart(sheet, chart, chartName(i)));
  const { names } = context.workbook;
  if (look.oldKey) names.getItem(spec.key).delete();
  names.add(spec.key, sheet.getRange(spec.area), NAME_COMMENT);
  if (look.rename) sheet.name = spec.name;
  if (spec.seal)
    writeCell(sheet.getRange(spec.seal.address), spec.seal.content, spec.seal.numberFormat);
  sheet.activate();
}

/**
 * The number format of every cell of the block, the styles applied in order (later ones win), then adjusted to the
 * content (see formatFor). Styles reaching outside the block keep their own range.
 */
function numberFormats(
  spec: SheetSpec,
  rows: number,
  cols: number
): { grid: string[][]; outside: OutsideFormat[] } {
  const asked: (string | undefined)[][] = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => undefined)
  );
  const outside: OutsideFormat[] = [];
  for (const { range, style } of spec.styles) {
    if (style.numberFormat === undefined) continue;
    const { start, end } = parseRange(range);
    if (end.row > rows || end.col >= cols)
      outside.push({ range, numberFormat: style.numberFormat });
    for (let r = start.row; r <= Math.min(end.row, rows); r++) {
      for (let c = start.col; c <= Math.min(end.col, cols - 1); c++)
        asked[r - 1][c] = style.numberFormat;
    }
  }
  const grid = asked.map((line, r) =>
    line.map((format, c) => {
      const content: CellContent = spec.cells[r]?.[c] ?? { blank: true };
      return formatFor(content, format) ?? NUMBER_FORMATS.general;
    })
  );
  return { grid, outside };
}

/** The steps of writeCells: each cell with its number format, then the layout beside them. */
export function cellSteps(writes: readonly CellWrite[], layout: CellsLayout): WriteStep[] {
  const steps: WriteStep[] = writes.map((write) => {
    const format = formatFor(write.content, write.numberFormat);
    const input = inputOf(write.content);
    return {
      bytes: CALL_BYTES * 2 + payloadBytes(input) + payloadBytes(format ?? ""),
      queue: (ws) => {
        const range = ws.getRange(write.address);
        if (format !== undefined) range.numberFormat = [[format]];
        range.formulas = [[input]];
      },
    };
  });
  steps.push({
    bytes: CALL_BYTES * 16 + payloadBytes(layout),
    queue: (ws) => {
      for (const { range, style } of layout.styles ?? [])
        applyStyle(ws.getRange(range), range, style);
      for (const { index, width } of layout.columns ?? []) {
        const letter = columnLetter(index);
        ws.getRange(`${letter}:${letter}`).format.columnWidth = width;
      }
    },
  });
  return steps;
}

/**
 * Unit workbooks (.xlsx) picked from disk, read in the task pane with ExcelJS: nothing leaves the machine. Each sheet
 * becomes a snapshot like those the workbook adapters read, with the values Excel last computed (cached results)
 * and the formulas.
 */
import type { CellValue, SheetSnapshot } from "../../core/sheet";

type ExcelJsModule = typeof import("exceljs");

/** ExcelJS is loaded only when a file is picked, so the task pane stays small. */
async function excelJs(): Promise<ExcelJsModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJsModule & { default?: ExcelJsModule };
  return mod.default ?? mod;
}

/** A cell of ExcelJS as a value and a formula. */
function convert(v: unknown): { value: CellValue; formula: CellValue } {
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, formula: v };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), formula: v.toISOString().slice(0, 10) };
  const o = v as Record<string, unknown>;
  if ("formula" in o || "sharedFormula" in o) {
    const result = convert(o.result).value;
    const f = typeof o.formula === "string" ? `=${o.formula}` : null;
    return { value: result, formula: f ?? result };
  }
  if ("richText" in o && Array.isArray(o.richText)) {
    const text = (o.richText as { text: string }[]).map((r) => r.text).join("");
    return { value: text, formula: text };
  }
  if ("error" in o) return { value: String(o.error), formula: String(o.error) };
  if ("text" in o) return { value: String(o.text), formula: String(o.text) }; // hyperlinks
  return { value: null, formula: null };
}

/** Every sheet of an .xlsx file as a snapshot; the sheet names are prefixed with the file name for messages. */
export async function readXlsx(data: ArrayBuffer, fileName: string): Promise<SheetSnapshot[]> {
  const ExcelJS = await excelJs();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data);
  } catch (e) {
    throw new Error(`Không đọc được tệp "${fileName}": tệp không phải .xlsx hợp lệ (${e instanceof Error ? e.message : e}).`);
  }
  const out: SheetSnapshot[] = [];
  wb.eachSheet((ws) => {
    const rows = ws.rowCount;
    const cols = Math.max(ws.columnCount, 8);
    const values: CellValue[][] = [];
    const formulas: CellValue[][] = [];
    for (let r = 1; r <= rows; r++) {
      const vr: CellValue[] = [];
      const fr: CellValue[] = [];
      const row = ws.getRow(r);
      for (let c = 1; c <= cols; c++) {
        // an ExcelJS row, not an Office.js range: nothing to load
        // eslint-disable-next-line office-addins/load-object-before-read
        const { value, formula } = convert(row.getCell(c).value);
        vr.push(value);
        fr.push(formula);
      }
      values.push(vr);
      formulas.push(fr);
    }
    out.push({ name: `${fileName} › ${ws.name}`, protected: false, values, formulas });
  });
  return out;
}

/**
 * Unit workbooks (.xlsx) picked from disk, read in the task pane with ExcelJS: nothing leaves the machine. Each sheet
 * becomes a snapshot like those the workbook adapters read, with the values Excel last computed (cached results)
 * and the formulas.
 *
 * Only what a unit sheet can reach is read. ExcelJS loads a whole workbook (a million rows, or one formatted cell at
 * XFD1048576, cost it over a minute and gigabytes), so the file is first opened as a zip and each worksheet's XML is
 * read as a stream up to its row {@link MAX_ROWS} and cut to columns A:{@link MAX_COLUMN_NAME}; the shared strings
 * keep only those these cells use; pictures, drawings, comments and the rest are left out. ExcelJS parses what is left.
 */
import JSZip from "jszip";
import type { CellValue, SheetSnapshot } from "../../core/sheet";
import { formatNumber } from "../../core/format";

type ExcelJsModule = typeof import("exceljs");

/** A unit sheet is about 95 rows × columns A:H; with a wide margin, what is read of each worksheet. */
export const MAX_ROWS = 2_000;
export const MAX_COLUMNS = 14;
const MAX_COLUMN_NAME = "N";
/** The XML read of one part (a worksheet up to its row MAX_ROWS, the shared strings up to the last one used). */
export const MAX_PART_CHARS = 64 * 1024 * 1024;
const MAX_PART_MB = MAX_PART_CHARS / 1024 / 1024;

/** ExcelJS is loaded only when a file is picked, so the task pane stays small. */
async function excelJs(): Promise<ExcelJsModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJsModule & {
    default?: ExcelJsModule;
  };
  return mod.default ?? mod;
}

/** A cell of ExcelJS as a value and a formula. */
function convert(v: unknown): { value: CellValue; formula: CellValue } {
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return { value: v, formula: v };
  if (v instanceof Date)
    return { value: v.toISOString().slice(0, 10), formula: v.toISOString().slice(0, 10) };
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

/** Why a file cannot be read; the message names the file. */
class Refusal extends Error {}

/** The number of a column from its letters ("A" → 1, "XFD" → 16384). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface PartStream {
  on(event: "data", f: (chunk: string) => void): PartStream;
  on(event: "error", f: (e: Error) => void): PartStream;
  on(event: "end", f: () => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

/**
 * Reads a part of the zip as text, chunk by chunk, until `take` says it has enough (returns true) or the part ends.
 * Stops reading (and inflating) there. Refuses a part that goes on past MAX_PART_CHARS before that.
 */
function streamPart(
  file: JSZip.JSZipObject,
  take: (chunk: string) => boolean,
  tooLarge: () => string
): Promise<void> {
  return new Promise((resolve, reject) => {
    let read = 0;
    let done = false;
    // JSZip's own chunked reader (ZipObject#internalStream, documented but not in its types): it can stop early
    const stream = (
      file as unknown as { internalStream(type: "string"): PartStream }
    ).internalStream("string");
    stream
      .on("data", (chunk: string) => {
        if (done) return;
        read += chunk.length;
        try {
          if (take(chunk)) {
            done = true;
            stream.pause();
            resolve();
          } else if (read > MAX_PART_CHARS) {
            done = true;
            stream.pause();
            reject(new Refusal(tooLarge()));
          }
        } catch (e) {
          done = true;
          stream.pause();
          reject(e);
        }
      })
      .on("error", (e: Error) => {
        if (!done) reject(e);
        done = true;
      })
      .on("end", () => {
        if (!done) resolve();
        done = true;
      })
      .resume();
  });
}

interface SharedStrings {
  /** Old index → new index, in the order the kept cells use them. */
  readonly renumber: Map<number, number>;
}

const ROW_START = /<([A-Za-z_][\w.-]*:)?row\b/g;
const ATTR = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`);
const R_ATTR = ATTR("r");
const T_ATTR = ATTR("t");

/** One row's xml cut to the columns a unit sheet reaches, its row number and its cells' references written out. */
function trimRow(row: string, prefix: string, rowNumber: number, strings: SharedStrings): string {
  const openEnd = row.indexOf(">");
  const selfClosing = row[openEnd - 1] === "/";
  const open = row
    .slice(0, openEnd + 1)
    .replace(/\sspans\s*=\s*["'][^"']*["']/, "")
    .replace(R_ATTR, "")
    .replace(new RegExp(`^<${prefix}row`), `<${prefix}row r="${rowNumber}"`);
  if (selfClosing) return open;
  const inner = row.slice(openEnd + 1, row.length - `</${prefix}row>`.length);
  const cell = new RegExp(`<${prefix}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}c>)`, "g");
  let out = open;
  let column = 0;
  let m: RegExpExecArray | null;
  while ((m = cell.exec(inner))) {
    const attrs = m[1];
    const ref = R_ATTR.exec(attrs)?.[1];
    const letters = ref ? /^\$?([A-Z]{1,3})/.exec(ref.toUpperCase())?.[1] : undefined;
    column = letters ? columnNumber(letters) : column + 1;
    if (column > MAX_COLUMNS) continue;
    let xml = m[0];
    if (!ref)
      xml = xml.replace(
        new RegExp(`^<${prefix}c`),
        `<${prefix}c r="${columnLetters(column)}${rowNumber}"`
      );
    if (T_ATTR.exec(attrs)?.[1] === "s" && m[2] !== undefined) {
      xml = xml.replace(
        new RegExp(`(<${prefix}v>)\\s*(\\d+)\\s*(</${prefix}v>)`),
        (_, a: string, index: string, b: string) => {
          const old = Number(index);
          let now = strings.renumber.get(old);
          if (now === undefined) strings.renumber.set(old, (now = strings.renumber.size));
          return `${a}${now}${b}`;
        }
      );
    }
    out += xml;
  }
  return `${out}</${prefix}row>`;
}

/** A worksheet's xml cut to rows 1..MAX_ROWS and columns A..MAX_COLUMNS, without what follows its cells. */
async function trimWorksheet(
  file: JSZip.JSZipObject,
  strings: SharedStrings,
  tooLarge: () => string
): Promise<string> {
  let buffer = "";
  let root: { open: string; prefix: string } | null = null;
  let inData = false;
  let rowNumber = 0;
  let out = "";
  await streamPart(
    file,
    (chunk) => {
      buffer += chunk;
      if (!root) {
        const m = /<([A-Za-z_][\w.-]*:)?worksheet\b[^>]*>/.exec(buffer);
        if (!m) return false;
        root = { open: m[0], prefix: m[1] ?? "" };
        buffer = buffer.slice(m.index + m[0].length);
      }
      const p = root.prefix;
      if (!inData) {
        const m = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(buffer);
        if (!m) {
          // keep only a tail long enough to hold the start of <sheetData>
          buffer = buffer.slice(Math.max(0, buffer.length - 64));
          return false;
        }
        if (m[1] === "/") return true; // no cells
        inData = true;
        buffer = buffer.slice(m.index + m[0].length);
      }
      const closeRow = `</${p}row>`;
      for (;;) {
        ROW_START.lastIndex = 0;
        const start = ROW_START.exec(buffer);
        const endOfData = buffer.indexOf(`</${p}sheetData>`);
        if (!start || (endOfData >= 0 && endOfData < start.index)) return endOfData >= 0;
        const openEnd = buffer.indexOf(">", start.index);
        if (openEnd < 0) return false;
        let end: number;
        if (buffer[openEnd - 1] === "/") end = openEnd + 1;
        else {
          const close = buffer.indexOf(closeRow, openEnd);
          if (close < 0) return false;
          end = close + closeRow.length;
        }
        const row = buffer.slice(start.index, end);
        buffer = buffer.slice(end);
        const r = R_ATTR.exec(row.slice(0, openEnd - start.index + 1))?.[1];
        rowNumber = r ? Number(r) : rowNumber + 1;
        if (!(rowNumber >= 1) || rowNumber > MAX_ROWS) return true; // rows come in order: the rest is out of reach
        out += trimRow(row, p, rowNumber, strings);
      }
    },
    tooLarge
  );
  if (!root) throw new Refusal("");
  const { open, prefix } = root as { open: string; prefix: string };
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${open}<${prefix}sheetData>${out}</${prefix}sheetData></${prefix}worksheet>`;
}

/** The shared strings the kept cells use, renumbered in their new order. */
async function trimSharedStrings(
  file: JSZip.JSZipObject,
  strings: SharedStrings,
  tooLarge: () => string
): Promise<string> {
  const wanted = strings.renumber;
  const kept: string[] = new Array<string>(wanted.size).fill("<si><t></t></si>");
  let last = -1;
  for (const old of wanted.keys()) last = Math.max(last, old);
  let buffer = "";
  let open: { tag: string; prefix: string } | null = null;
  let index = 0;
  if (last >= 0) {
    await streamPart(
      file,
      (chunk) => {
        buffer += chunk;
        if (!open) {
          const m = /<([A-Za-z_][\w.-]*:)?sst\b[^>]*>/.exec(buffer);
          if (!m) return false;
          open = {
            tag: m[0].replace(/\s(?:count|uniqueCount)\s*=\s*["'][^"']*["']/g, ""),
            prefix: m[1] ?? "",
          };
          buffer = buffer.slice(m.index + m[0].length);
        }
        const { prefix } = open;
        const close = `</${prefix}si>`;
        for (;;) {
          const start = buffer.indexOf(`<${prefix}si`);
          if (start < 0) {
            buffer = buffer.slice(Math.max(0, buffer.length - 16));
            return false;
          }
          const openEnd = buffer.indexOf(">", start);
          if (openEnd < 0) return false;
          let end: number;
          if (buffer[openEnd - 1] === "/") end = openEnd + 1;
          else {
            const c = buffer.indexOf(close, openEnd);
            if (c < 0) return false;
            end = c + close.length;
          }
          const now = wanted.get(index);
          if (now !== undefined) kept[now] = buffer.slice(start, end);
          buffer = buffer.slice(end);
          if (index++ >= last) return true;
        }
      },
      tooLarge
    );
  }
  const tag =
    (open as { tag: string } | null)?.tag ??
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  const prefix = (open as { prefix: string } | null)?.prefix ?? "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${tag}${kept.join("")}</${prefix}sst>`;
}

/** The names of the sheets by the path of their part, from the workbook and its relationships. */
async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = ATTR("Id").exec(m[0])?.[1];
    const target = ATTR("Target").exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const name = ATTR("name").exec(m[0])?.[1];
    const id = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    const path = id && targets.get(id);
    if (name && path)
      out.set(
        path,
        name
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
      );
  }
  return out;
}

const KEPT_PARTS = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
];

/** The zip ExcelJS is given: the workbook, its styles, its worksheets cut to the reach of a unit sheet. */
async function trimmedWorkbook(
  data: ArrayBuffer | Uint8Array,
  fileName: string
): Promise<Uint8Array> {
  const head = new Uint8Array(
    data instanceof Uint8Array ? data.buffer : data,
    data instanceof Uint8Array ? data.byteOffset : 0,
    Math.min(8, data.byteLength)
  );
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new Refusal(
      `Không đọc được tệp "${fileName}": đây là tệp Excel 97–2003 (.xls) hoặc tệp có đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu và lưu thành .xlsx.`
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new Refusal(
      `Không đọc được tệp "${fileName}": tệp không phải .xlsx (không phải tệp Excel 2007 trở lên).`
    );
  }
  if (!zip.file("xl/workbook.xml")) {
    const what = zip.file("word/document.xml")
      ? "một tệp Word"
      : zip.file("ppt/presentation.xml")
        ? "một tệp PowerPoint"
        : "không có sổ tính (xl/workbook.xml)";
    throw new Refusal(`Không đọc được tệp "${fileName}": tệp không phải .xlsx (${what}).`);
  }
  const names = await sheetNames(zip);
  const out = new JSZip();
  for (const part of KEPT_PARTS) {
    const f = zip.file(part);
    if (f) out.file(part, await f.async("uint8array"));
  }
  const strings: SharedStrings = { renumber: new Map() };
  const sheets = Object.keys(zip.files).filter(
    (n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n) && !zip.files[n].dir
  );
  for (const path of sheets) {
    const name = names.get(path) ?? path;
    const tooLarge = () =>
      `Không đọc tệp "${fileName}": trang "${name}" quá lớn để là báo cáo đơn vị (${formatNumber(MAX_ROWS)} dòng đầu đã quá ${MAX_PART_MB} MB dữ liệu; chỉ đọc ${formatNumber(MAX_ROWS)} dòng đầu, cột A:${MAX_COLUMN_NAME}). ` +
      "Hãy xóa trang đó hoặc chép bảng chỉ tiêu sang một tệp riêng.";
    let xml: string;
    try {
      xml = await trimWorksheet(zip.files[path], strings, tooLarge);
    } catch (e) {
      if (e instanceof Refusal && e.message) throw e;
      throw new Refusal(
        `Không đọc được tệp "${fileName}": trang "${name}" bị hỏng (${e instanceof Error && e.message ? e.message : "không phải XML của một trang tính"}).`
      );
    }
    out.file(path, xml);
  }
  const sst = zip.file("xl/sharedStrings.xml");
  if (sst) {
    const tooLarge = () =>
      `Không đọc tệp "${fileName}": bảng chuỗi dùng chung (xl/sharedStrings.xml) quá lớn để là báo cáo đơn vị (quá ${MAX_PART_MB} MB).`;
    out.file("xl/sharedStrings.xml", await trimSharedStrings(sst, strings, tooLarge));
  }
  return out.generateAsync({ type: "uint8array", compression: "STORE" });
}

/**
 * Every sheet of an .xlsx file as a snapshot of its rows 1..MAX_ROWS and columns A..MAX_COLUMNS; the sheet names are
 * prefixed with the file name for messages. A file that is not an .xlsx, or too large to be a unit report, is refused
 * with an Error that names it and says why.
 */
export async function readXlsx(
  data: ArrayBuffer | Uint8Array,
  fileName: string
): Promise<SheetSnapshot[]> {
  let trimmed: Uint8Array;
  try {
    trimmed = await trimmedWorkbook(data, fileName);
  } catch (e) {
    if (e instanceof Refusal) throw new Error(e.message);
    throw new Error(
      `Không đọc được tệp "${fileName}": ${e instanceof Error ? e.message : String(e)}.`
    );
  }
  const ExcelJS = await excelJs();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(trimmed as unknown as ArrayBuffer);
  } catch (e) {
    throw new Error(
      `Không đọc được tệp "${fileName}": tệp không phải .xlsx hợp lệ (${e instanceof Error ? e.message : e}).`
    );
  }
  const out: SheetSnapshot[] = [];
  wb.eachSheet((ws) => {
    // never ExcelJS's columnCount or rowCount past the reach: the parts were cut, this bounds the loops anyway
    const rows = Math.min(ws.rowCount, MAX_ROWS);
    const cols = Math.min(Math.max(ws.columnCount, 8), MAX_COLUMNS);
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

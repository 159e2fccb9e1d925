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
import { cell, columnIndex, type SheetSnapshot } from "../sheets";
import { type CellValue } from "../core";
import { formatNumber } from "../core/format";
import {
  FileRefusal,
  MAX_SMALL_PART_BYTES,
  macroPart,
  readPartBytes,
  readPartText,
  streamPart,
  type PartLimit,
} from "./zipParts";
import { excelJs } from "./excelJs";

/** A unit sheet is about 95 rows × columns A:H; with a wide margin, what is read of each worksheet. */
export const MAX_ROWS = 2_000;
export const MAX_COLUMNS = 14;
const MAX_COLUMN_NAME = "N";
/** The XML inflated of one part (a worksheet up to its row MAX_ROWS, the shared strings up to the last one used). */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_PART_MB = MAX_PART_BYTES / 1024 / 1024;
/** Excel's own limit of the text of a cell (and so of a shared string). */
export const MAX_CELL_CHARS = 32_767;
/**
 * The most XML one cell or one shared string may take: 32,767 characters, all escaped ("&amp;"), in rich-text runs,
 * fit many times over. A longer one is refused as soon as this much of it is read, never held whole.
 */
export const MAX_CELL_XML_CHARS = 1024 * 1024;
/** The most one tag may take (a worksheet's root tag with its namespaces is a few hundred characters). */
export const MAX_TAG_CHARS = 64 * 1024;

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
const Refusal = FileRefusal;

/** A piece of markup of a part read in chunks. */
interface Markup {
  readonly kind: "open" | "close" | "other";
  /** The qualified name of an element ("c", "x:row"); "" for a comment, a declaration, … */
  readonly name: string;
  /** The open (or close) tag as written. */
  readonly tag: string;
  readonly selfClosing: boolean;
  /** An element read whole: its xml from its open tag to its close tag; else the tag. */
  readonly xml: string;
}

/**
 * The markup of a part fed in chunks, one piece at a time, in linear time and bounded memory: only the piece being
 * read is kept (never the text before it), and the search for its end resumes where the last chunk ended. Text
 * between the pieces is skipped. A tag longer than {@link MAX_TAG_CHARS}, or an element read whole longer than the
 * most its caller allows, is refused (`tooLong`) as soon as the text read says so.
 */
class MarkupChunks {
  private buf = "";
  private pos = 0;
  /** Where the search for the end of a tag cut by the chunk resumes; -1 when none is pending. */
  private tagFrom = -1;
  /** Where the search for the end of an element (or comment) cut by the chunk resumes; -1 when none is pending. */
  private bodyFrom = -1;

  constructor(
    /** For an open tag, the most characters its whole element may take when it is read whole; 0: step into it. */
    private readonly whole: (name: string) => number,
    private readonly tooLong: (tag: string, what: "tag" | "element") => Error
  ) {}

  feed(chunk: string): void {
    if (this.pos) {
      this.buf = this.buf.slice(this.pos);
      if (this.tagFrom >= 0) this.tagFrom -= this.pos;
      if (this.bodyFrom >= 0) this.bodyFrom -= this.pos;
      this.pos = 0;
    }
    this.buf += chunk;
  }

  /** The next piece, or null when the text fed so far ends before it is whole. */
  next(): Markup | null {
    const b = this.buf;
    const lt = b.indexOf("<", this.pos);
    if (lt < 0) {
      this.pos = b.length;
      return null;
    }
    this.pos = lt;
    if (b.length - lt < 9 && b.indexOf(">", lt) < 0) return null; // "<!--" or "<![CDATA[" may still come
    let endMark: string | null = null;
    if (b.startsWith("<!--", lt)) endMark = "-->";
    else if (b.startsWith("<![CDATA[", lt)) endMark = "]]>";
    else if (b.startsWith("<?", lt)) endMark = "?>";
    if (endMark) return this.until(lt, lt + 2, endMark, MAX_CELL_XML_CHARS, b.slice(lt, lt + 9));
    const gt = b.indexOf(">", Math.max(lt, this.tagFrom));
    if (gt < 0) {
      if (b.length - lt > MAX_TAG_CHARS) throw this.tooLong(b.slice(lt, lt + 80), "tag");
      this.tagFrom = b.length;
      return null;
    }
    this.tagFrom = -1;
    if (gt - lt > MAX_TAG_CHARS) throw this.tooLong(b.slice(lt, lt + 80), "tag");
    const tag = b.slice(lt, gt + 1);
    if (b[lt + 1] === "!") {
      this.pos = gt + 1;
      return { kind: "other", name: "", tag, selfClosing: true, xml: tag };
    }
    const close = b[lt + 1] === "/";
    const name = /^<\/?([^\s/>]+)/.exec(tag)?.[1] ?? "";
    const selfClosing = !close && b[gt - 1] === "/";
    const max = close || selfClosing ? 0 : this.whole(name);
    if (!max) {
      this.pos = gt + 1;
      return { kind: close ? "close" : "open", name, tag, selfClosing, xml: tag };
    }
    const piece = this.until(lt, gt + 1, `</${name}>`, max, tag);
    return piece && { kind: "open", name, tag, selfClosing: false, xml: piece.xml };
  }

  /** The piece from `lt` to the end mark searched from `from`, at most `max` characters long. */
  private until(
    lt: number,
    from: number,
    endMark: string,
    max: number,
    tag: string
  ): Markup | null {
    const b = this.buf;
    const at = b.indexOf(endMark, Math.max(from, this.bodyFrom));
    const end = at < 0 ? b.length : at + endMark.length;
    if (end - lt > max) throw this.tooLong(tag, "element");
    if (at < 0) {
      this.bodyFrom = Math.max(from, b.length - endMark.length + 1);
      return null;
    }
    this.bodyFrom = -1;
    this.pos = end;
    return { kind: "other", name: "", tag, selfClosing: false, xml: b.slice(lt, end) };
  }
}

interface SharedStrings {
  /** Old index → new index, in the order the kept cells use them. */
  readonly renumber: Map<number, number>;
}

const ATTR = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`);
const R_ATTR = ATTR("r");
const T_ATTR = ATTR("t");

/** The local name of a qualified name ("x:row" → "row"). */
const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** The length of a text as Excel counts it: an entity or character reference is one character. */
const textLength = (xmlText: string) =>
  xmlText.replace(/&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);/g, "_").length;

/** The longest text of a cell's or a shared string's xml: its value, its formula, its (rich) text runs joined. */
function longestText(xml: string, prefix: string): number {
  const of = (tag: string, from: string) => {
    const re = new RegExp(`<${prefix}${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}${tag}>`, "g");
    let n = 0;
    for (const m of from.matchAll(re)) n += textLength(m[1]);
    return n;
  };
  // the phonetic runs of East Asian text are not part of it
  const text = xml.replace(new RegExp(`<${prefix}rPh\\b[\\s\\S]*?</${prefix}rPh>`, "g"), "");
  return Math.max(of("v", xml), of("f", xml), of("t", text));
}

/** A row's open tag with its row number written out and without its spans (the columns are cut). */
function rowOpenTag(open: string, prefix: string, rowNumber: number, selfClosing: boolean): string {
  const out = open
    .replace(/\sspans\s*=\s*["'][^"']*["']/, "")
    .replace(R_ATTR, "")
    .replace(new RegExp(`^<${prefix}row`), `<${prefix}row r="${rowNumber}"`);
  return selfClosing ? out : out.replace(/\s*\/?>$/, ">");
}

/** A cell's xml, with its reference written out and its shared string renumbered. */
function trimCell(
  xml: string,
  tag: string,
  prefix: string,
  rowNumber: number,
  column: number,
  strings: SharedStrings
): string {
  const ref = R_ATTR.exec(tag)?.[1];
  let out = xml;
  if (!ref)
    out = out.replace(new RegExp(`^<${prefix}c`), `<${prefix}c r="${cell(column - 1, rowNumber)}"`);
  if (T_ATTR.exec(tag)?.[1] === "s" && xml !== tag) {
    out = out.replace(
      new RegExp(`(<${prefix}v>)\\s*(\\d+)\\s*(</${prefix}v>)`),
      (_, a: string, index: string, b: string) => {
        const old = Number(index);
        let now = strings.renumber.get(old);
        if (now === undefined) strings.renumber.set(old, (now = strings.renumber.size));
        return `${a}${now}${b}`;
      }
    );
  }
  return out;
}

/** What a reader of one part says when the part is refused. */
interface PartWords {
  readonly fileName: string;
  /** The part as messages name it: `trang "Báo cáo"`, `bảng chuỗi dùng chung (xl/sharedStrings.xml)`. */
  readonly what: string;
  /** The refusal of a part that goes on past MAX_PART_BYTES. */
  readonly tooLarge: string;
}

const cellTooLong = (words: PartWords, where: string, detail: string) =>
  new Refusal(
    `Không đọc tệp "${words.fileName}": ${where} của ${words.what} quá dài (${detail}); một ô Excel chứa tối đa ${formatNumber(MAX_CELL_CHARS)} ký tự, báo cáo đơn vị không có ô nào như vậy. ` +
      "Hãy xem lại ô đó, hoặc chép bảng chỉ tiêu sang một tệp riêng rồi chọn lại."
  );

const tagTooLong = (words: PartWords) =>
  new Refusal(
    `Không đọc tệp "${words.fileName}": ${words.what} có một thẻ XML dài hơn ${formatNumber(MAX_TAG_CHARS / 1024)} KB (không phải tệp do Excel tạo). Hãy mở tệp bằng Excel, lưu lại rồi chọn lại.`
  );

const partLimit = (words: PartWords): PartLimit => ({
  maxBytes: MAX_PART_BYTES,
  fileName: words.fileName,
  what: words.what,
  refusal: words.tooLarge,
});

/**
 * A worksheet's xml cut to rows 1..MAX_ROWS and columns A..MAX_COLUMNS, without what follows its cells. Read in one
 * pass, cell by cell: a cell longer than Excel allows is refused as soon as it passes MAX_CELL_XML_CHARS.
 */
async function trimWorksheet(
  file: JSZip.JSZipObject,
  strings: SharedStrings,
  words: PartWords
): Promise<string> {
  const cut = new WorksheetCut(strings, words);
  await streamPart(file, (chunk) => cut.take(chunk), partLimit(words), false);
  return cut.xml();
}

/**
 * The reading of one worksheet, as a walk through its parts: before its root, its head (up to the cells), between
 * its rows, within a row. Each piece of markup is read by the method of the part it comes in.
 */
class WorksheetCut {
  private root: { open: string; prefix: string } | null = null;
  private state: "root" | "head" | "data" | "row" = "root";
  private rowNumber = 0;
  private column = 0;
  /** The row being read: its open tag and the cells kept so far. */
  private row = "";
  private readonly out: string[] = [];
  private readonly chunks: MarkupChunks;

  constructor(
    private readonly strings: SharedStrings,
    private readonly words: PartWords
  ) {
    this.chunks = new MarkupChunks(
      (name) =>
        this.state === "row" || (this.state === "data" && local(name) !== "row")
          ? MAX_CELL_XML_CHARS
          : 0,
      (tag, what) => this.tooLong(tag, what)
    );
  }

  /** Reads a chunk; true when the rest of the part is out of reach. */
  take(chunk: string): boolean {
    this.chunks.feed(chunk);
    for (let m = this.chunks.next(); m; m = this.chunks.next()) {
      if (m.kind === "other") continue;
      if (this.state === "root") this.inRoot(m);
      else if (
        this.state === "head"
          ? this.inHead(m)
          : this.state === "data"
            ? this.inData(m)
            : this.inRow(m)
      )
        return true;
    }
    return false;
  }

  /** The cut worksheet: its root tag and the rows kept. */
  xml(): string {
    if (!this.root) throw new Refusal("");
    const { open, prefix } = this.root;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${open.replace(/\s*\/>$/, ">")}<${prefix}sheetData>${this.out.join("")}</${prefix}sheetData></${prefix}worksheet>`;
  }

  private get prefix(): string {
    return this.root!.prefix;
  }

  private tooLong(tag: string, what: "tag" | "element"): Error {
    if (what === "tag") return tagTooLong(this.words);
    const ref = R_ATTR.exec(tag)?.[1] ?? cell(this.column, this.rowNumber);
    return cellTooLong(
      this.words,
      this.state === "row" ? `ô ${ref}` : `một phần tử XML ở dòng ${this.rowNumber}`,
      `hơn ${formatNumber(MAX_CELL_XML_CHARS / 1024 / 1024)} MB dữ liệu`
    );
  }

  private inRoot(m: Markup): void {
    if (m.kind !== "open" || local(m.name) !== "worksheet") return;
    const prefix = m.name.includes(":") ? m.name.slice(0, m.name.indexOf(":") + 1) : "";
    this.root = { open: m.tag, prefix };
    this.state = "head";
  }

  private inHead(m: Markup): boolean {
    const p = this.prefix;
    if (m.name === `${p}sheetData` && m.kind === "open") {
      if (m.selfClosing) return true; // no cells
      this.state = "data";
      return false;
    }
    return m.kind === "close" && m.name === `${p}worksheet`;
  }

  private inData(m: Markup): boolean {
    const p = this.prefix;
    if (m.kind === "close" && m.name === `${p}sheetData`) return true;
    if (m.kind !== "open" || m.name !== `${p}row`) return false; // anything else between rows: left out
    const r = R_ATTR.exec(m.tag)?.[1];
    this.rowNumber = r ? Number(r) : this.rowNumber + 1;
    if (!(this.rowNumber >= 1) || this.rowNumber > MAX_ROWS) return true; // rows come in order: the rest is out of reach
    this.column = 0;
    this.row = rowOpenTag(m.tag, p, this.rowNumber, m.selfClosing);
    if (m.selfClosing) this.out.push(this.row);
    else this.state = "row";
    return false;
  }

  private inRow(m: Markup): boolean {
    const p = this.prefix;
    if (m.kind === "close" && m.name === `${p}row`) {
      this.out.push(`${this.row}</${p}row>`);
      this.state = "data";
      return false;
    }
    if (m.kind !== "open" || m.name !== `${p}c`) return false;
    const ref = R_ATTR.exec(m.tag)?.[1];
    const letters = ref ? /^\$?([A-Z]{1,3})/.exec(ref.toUpperCase())?.[1] : undefined;
    this.column = letters ? columnIndex(letters) + 1 : this.column + 1;
    // a text cannot be longer than its xml: most cells are never measured
    const length = m.xml.length > MAX_CELL_CHARS ? longestText(m.xml, p) : 0;
    if (length > MAX_CELL_CHARS) {
      const where = ref ?? cell(this.column - 1, this.rowNumber);
      throw cellTooLong(this.words, `ô ${where}`, `${formatNumber(length)} ký tự`);
    }
    if (this.column <= MAX_COLUMNS)
      this.row += trimCell(m.xml, m.tag, p, this.rowNumber, this.column, this.strings);
    return false;
  }
}

/** The shared strings the kept cells use, renumbered in their new order; each one read is at most a cell long. */
async function trimSharedStrings(
  file: JSZip.JSZipObject,
  strings: SharedStrings,
  words: PartWords
): Promise<string> {
  const wanted = strings.renumber;
  const kept: string[] = new Array<string>(wanted.size).fill("<si><t></t></si>");
  let last = -1;
  for (const old of wanted.keys()) last = Math.max(last, old);
  let open: { tag: string; prefix: string } | null = null;
  let index = 0;
  const which = () => `chuỗi dùng chung thứ ${formatNumber(index + 1)}`;
  const chunks = new MarkupChunks(
    (name) => (open && name === `${open.prefix}si` ? MAX_CELL_XML_CHARS : 0),
    (_, what) =>
      what === "tag"
        ? tagTooLong(words)
        : cellTooLong(
            words,
            which(),
            `hơn ${formatNumber(MAX_CELL_XML_CHARS / 1024 / 1024)} MB dữ liệu`
          )
  );
  if (last >= 0) {
    await streamPart(
      file,
      (chunk) => {
        chunks.feed(chunk);
        for (let m = chunks.next(); m; m = chunks.next()) {
          if (m.kind !== "open") continue;
          if (!open) {
            if (local(m.name) !== "sst") continue;
            open = {
              tag: m.tag.replace(/\s(?:count|uniqueCount)\s*=\s*["'][^"']*["']/g, ""),
              prefix: m.name.includes(":") ? m.name.slice(0, m.name.indexOf(":") + 1) : "",
            };
            continue;
          }
          if (m.name !== `${open.prefix}si`) continue;
          const length = m.xml.length > MAX_CELL_CHARS ? longestText(m.xml, open.prefix) : 0;
          if (length > MAX_CELL_CHARS)
            throw cellTooLong(words, which(), `${formatNumber(length)} ký tự`);
          const now = wanted.get(index);
          if (now !== undefined) kept[now] = m.xml;
          if (index++ >= last) return true;
        }
        return false;
      },
      partLimit(words),
      false
    );
  }
  const tag =
    (open as { tag: string } | null)?.tag ??
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  const prefix = (open as { prefix: string } | null)?.prefix ?? "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${tag}${kept.join("")}</${prefix}sst>`;
}

/** The names of the sheets by the path of their part, from the workbook and its relationships. */
async function sheetNames(zip: JSZip, fileName: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const text = async (path: string) => {
    const f = zip.file(path);
    return f ? readPartText(f, smallPart(fileName, path)) : "";
  };
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
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

/** The cap of a part read whole. */
const smallPart = (fileName: string, path: string): PartLimit => ({
  maxBytes: MAX_SMALL_PART_BYTES,
  fileName,
  what: `phần ${path}`,
});

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
  const macros = await macroPart(zip, fileName);
  if (macros)
    throw new Refusal(
      `Không đọc tệp "${fileName}": tệp có macro (${macros}). CĐS Excel không mở sổ tính có macro; hãy mở tệp bằng Excel, lưu thành “Sổ làm việc Excel (*.xlsx)” rồi chọn lại.`
    );
  const names = await sheetNames(zip, fileName);
  const out = new JSZip();
  for (const part of KEPT_PARTS) {
    const f = zip.file(part);
    if (f) out.file(part, await readPartBytes(f, smallPart(fileName, part)));
  }
  const strings: SharedStrings = { renumber: new Map() };
  const sheets = Object.keys(zip.files).filter(
    (n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n) && !zip.files[n].dir
  );
  for (const path of sheets) {
    const name = names.get(path) ?? path;
    const words: PartWords = {
      fileName,
      what: `trang "${name}"`,
      tooLarge:
        `Không đọc tệp "${fileName}": trang "${name}" quá lớn để là báo cáo đơn vị (${formatNumber(MAX_ROWS)} dòng đầu đã quá ${MAX_PART_MB} MB dữ liệu; chỉ đọc ${formatNumber(MAX_ROWS)} dòng đầu, cột A:${MAX_COLUMN_NAME}). ` +
        "Hãy xóa trang đó hoặc chép bảng chỉ tiêu sang một tệp riêng.",
    };
    let xml: string;
    try {
      xml = await trimWorksheet(zip.files[path], strings, words);
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
    const words: PartWords = {
      fileName,
      what: "bảng chuỗi dùng chung (xl/sharedStrings.xml)",
      tooLarge: `Không đọc tệp "${fileName}": bảng chuỗi dùng chung (xl/sharedStrings.xml) quá lớn để là báo cáo đơn vị (quá ${MAX_PART_MB} MB).`,
    };
    out.file("xl/sharedStrings.xml", await trimSharedStrings(sst, strings, words));
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

/**
 * What a download may hand out: only what the add-in makes, a Word document (.docx) or an Excel workbook (.xlsx)
 * without macros, or a .zip of such workbooks (the blank unit workbooks of a tier), under a clean name. The download page (download.html, on the add-in's own address) checks every
 * file it is sent, since anyone can write a link to it; the task pane cleans the name and checks the same way before
 * it offers a file, so that it never makes a link the page would refuse.
 *
 * The content is checked from the ZIP itself, read here (the central directory, and [Content_Types].xml through a
 * small inflate): JSZip would make the download page about thirty times larger.
 */
import { codePoint, crc32, HIDDEN_CHARS, type DownloadFile } from "./download";
import { inflateRaw } from "./inflate";

export type OfficeKind = "docx" | "xlsx";
/** What a download may be: an Office file, or a .zip of workbooks. */
export type OfferedKind = OfficeKind | "zip";

/** The content type of each kind's main part, as [Content_Types].xml declares it. */
const MAIN_PART: Record<OfficeKind, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
};

const KIND_NAMES: Record<OfferedKind, string> = {
  docx: "tài liệu Word (.docx)",
  xlsx: "bảng tính Excel (.xlsx)",
  zip: "tệp nén các bảng tính Excel (.zip)",
};

/** The longest name offered, in characters and in UTF-8 bytes (file systems stop at 255 bytes; a browser may add " (1)"). */
export const MAX_NAME_CHARS = 120;
export const MAX_NAME_BYTES = 240;

/** Path separators and the characters Windows refuses in a name. */
const RESERVED = /[/\\<>:"|?*]/;
const RESERVED_ALL = /[/\\<>:"|?*]/g;
/** Windows' device names, which no file may be called, whatever its extension. */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** The kind a name's extension says, or null. */
export function kindOfName(fileName: string): OfferedKind | null {
  const ext = /\.([^.]*)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext === "docx" || ext === "xlsx" || ext === "zip" ? ext : null;
}

/** Why a name cannot be offered as it is (in Vietnamese), or null when it is clean. */
export function fileNameProblem(fileName: string): string | null {
  const hidden = fileName.match(HIDDEN_CHARS);
  if (hidden) {
    const shown = [...new Set(hidden)].map(codePoint).join(", ");
    return `tên tệp có ký tự ẩn hoặc ký tự đảo chiều chữ (${shown}), có thể dùng để giả đuôi tệp`;
  }
  if (RESERVED.test(fileName) || fileName.includes("..")) {
    return 'tên tệp có ký tự không được phép trong tên tệp (/ \\ < > : " | ? * hoặc "..")';
  }
  const chars = [...fileName].length;
  if (chars > MAX_NAME_CHARS || utf8Length(fileName) > MAX_NAME_BYTES) {
    return `tên tệp dài quá (${chars} ký tự; tối đa ${MAX_NAME_CHARS})`;
  }
  if (fileName !== fileName.trim() || /^[.]/.test(fileName)) {
    return "tên tệp bắt đầu hoặc kết thúc bằng khoảng trắng hay dấu chấm";
  }
  const kind = kindOfName(fileName);
  if (!kind) {
    const ext = /\.([^.]*)$/.exec(fileName)?.[1];
    return `tên tệp phải có đuôi .docx, .xlsx hoặc .zip (tên này ${ext ? `có đuôi .${ext}` : "không có đuôi"})`;
  }
  const stem = fileName.slice(0, -(kind.length + 1));
  if (!stem.trim() || stem !== stem.trimEnd() || DEVICE.test(stem.trim())) {
    return "tên tệp không dùng được trên Windows (thiếu tên trước đuôi, hoặc là tên thiết bị như CON, NUL)";
  }
  return null;
}

/**
 * A name that passes `fileNameProblem`, kept as close to `fileName` as it can be: hidden characters dropped, path and
 * reserved characters made "_", dots and spaces tidied, Windows' device names avoided, cut to the longest length
 * (the extension kept). `kind` is the extension a name without one gets.
 */
export function cleanFileName(fileName: string, kind: OfferedKind): string {
  const ext = `.${kind}`;
  let stem = fileName.normalize("NFC");
  if (kindOfName(stem) === kind) stem = stem.slice(0, -ext.length);
  stem = stem
    .replace(HIDDEN_CHARS, "")
    .replace(RESERVED_ALL, "_")
    .replace(/\s+/g, " ")
    .replace(/\.{2,}/g, ".")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (!stem) stem = "tep";
  if (DEVICE.test(stem)) stem = `_${stem}`;
  const chars = [...stem];
  while (
    chars.length + ext.length > MAX_NAME_CHARS ||
    utf8Length(chars.join("") + ext) > MAX_NAME_BYTES
  ) {
    chars.pop();
  }
  // a cut may end on a space or a dot, or leave a lone combining mark at the end (harmless)
  const cut = chars.join("").replace(/[\s.]+$/, "") || "tep";
  return cut + ext;
}

// ---------------------------------------------------------------------------------------------------------------
// The ZIP.

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

const MAX_ENTRIES = 20_000;
/** [Content_Types].xml of a real file is a few KB. */
const MAX_CONTENT_TYPES = 1024 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) =>
  (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/** The central directory's entries, or why the bytes are not one plain ZIP (no prefix, no trailing bytes). */
function zipEntries(data: Uint8Array): ZipEntry[] | string {
  if (data.length < 22 || u32(data, 0) !== 0x04034b50) return "không phải tệp ZIP";
  let end = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (u32(data, at) === 0x06054b50 && at + 22 + u16(data, at + 20) === data.length) {
      end = at;
      break;
    }
  }
  if (end < 0) return "không phải tệp ZIP (không có mục lục ở cuối tệp)";
  const count = u16(data, end + 10);
  const dirSize = u32(data, end + 12);
  const dirStart = u32(data, end + 16);
  if (u16(data, end + 4) !== 0 || u16(data, end + 6) !== 0 || u16(data, end + 8) !== count) {
    return "tệp ZIP nhiều phần";
  }
  if (count === 0xffff || dirStart === 0xffffffff || count > MAX_ENTRIES) {
    return "tệp ZIP quá lớn hoặc dạng ZIP64";
  }
  if (dirStart + dirSize !== end) return "mục lục ZIP không khớp với tệp";
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const entries: ZipEntry[] = [];
  let at = dirStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(data, at) !== 0x02014b50) return "mục lục ZIP bị hỏng";
    const nameLength = u16(data, at + 28);
    const next = at + 46 + nameLength + u16(data, at + 30) + u16(data, at + 32);
    if (next > end) return "mục lục ZIP bị hỏng";
    let name: string;
    try {
      name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    } catch {
      return "tên một phần trong tệp ZIP không đọc được";
    }
    entries.push({
      name,
      flags: u16(data, at + 8),
      method: u16(data, at + 10),
      crc: u32(data, at + 16),
      compressedSize: u32(data, at + 20),
      size: u32(data, at + 24),
      offset: u32(data, at + 42),
    });
    at = next;
  }
  if (at !== end) return "mục lục ZIP bị hỏng";
  return entries;
}

/** The bytes of one entry, or null when they cannot be read as they are declared. */
function entryBytes(data: Uint8Array, entry: ZipEntry, limit: number): Uint8Array | null {
  const at = entry.offset;
  if (entry.flags & 1 || entry.size > limit || at + 30 > data.length) return null;
  if (u32(data, at) !== 0x04034b50) return null;
  const start = at + 30 + u16(data, at + 26) + u16(data, at + 28);
  const raw = data.subarray(start, start + entry.compressedSize);
  if (raw.length !== entry.compressedSize) return null;
  const out =
    entry.method === 0
      ? raw
      : entry.method === 8
        ? inflateRaw(raw, Math.min(limit, entry.size))
        : null;
  if (!out || out.length !== entry.size || crc32(out) !== entry.crc) return null;
  return out;
}

interface ContentTypes {
  readonly overrides: ReadonlyMap<string, string>;
  readonly defaults: ReadonlyMap<string, string>;
}

/** The Override and Default declarations of [Content_Types].xml (a flat list of elements; no DTD). */
function contentTypes(xml: string): ContentTypes | null {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml) || !/<(\w+:)?Types[\s>]/.test(xml)) return null;
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const tag of xml.matchAll(/<(?:\w+:)?(Override|Default)\b([^>]*)>/g)) {
    const attrs = new Map<string, string>();
    for (const a of tag[2].matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs.set(a[1], a[2] ?? a[3]);
    }
    const type = (attrs.get("ContentType") ?? "").trim();
    if (tag[1] === "Override") {
      const part = attrs.get("PartName");
      if (part) overrides.set(part.replace(/^\//, "").toLowerCase(), type);
    } else {
      const ext = attrs.get("Extension");
      if (ext) defaults.set(ext.toLowerCase(), type);
    }
  }
  return { overrides, defaults };
}

/** Macros, macro sheets and ActiveX controls: code that Word or Excel may run. */
const ACTIVE_TYPE = /macroEnabled|vbaProject|vbaData|macrosheet|activeX|keyMapCustomizations/i;
const ACTIVE_PART = /(^|\/)(vbaProject\.bin|vbaData\.xml|activeX[^/]*\.(bin|xml))$/i;

/** The kind of Office file `data` is, or why it is not a .docx or .xlsx without macros (in Vietnamese). */
export function officeKind(data: Uint8Array): { kind: OfficeKind } | { problem: string } {
  const entries = zipEntries(data);
  if (typeof entries === "string") return { problem: entries };
  const names = new Set<string>();
  for (const e of entries) {
    const name = e.name.toLowerCase();
    if (names.has(name)) return { problem: `tệp ZIP có hai phần cùng tên ${e.name}` };
    names.add(name);
    if (ACTIVE_PART.test(e.name))
      return { problem: `tệp có macro hoặc điều khiển ActiveX (${e.name})` };
  }
  const typesEntry = entries.find((e) => e.name.toLowerCase() === "[content_types].xml");
  if (!typesEntry) return { problem: "tệp không có [Content_Types].xml" };
  const bytes = entryBytes(data, typesEntry, MAX_CONTENT_TYPES);
  let types: ContentTypes | null = null;
  if (bytes) {
    try {
      types = contentTypes(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      types = null;
    }
  }
  if (!types) return { problem: "[Content_Types].xml của tệp không đọc được" };
  const declared = [...types.overrides.values(), ...types.defaults.values()];
  const active = declared.find((t) => ACTIVE_TYPE.test(t));
  if (active) return { problem: `tệp có macro hoặc điều khiển ActiveX (${active})` };
  const mains = [...types.overrides].filter(([, t]) =>
    Object.values(MAIN_PART).includes(t.toLowerCase())
  );
  if (mains.length !== 1) {
    return {
      problem:
        mains.length === 0
          ? "[Content_Types].xml không khai báo phần chính của một tài liệu Word hay bảng tính Excel"
          : "[Content_Types].xml khai báo nhiều phần chính",
    };
  }
  const [part, type] = mains[0];
  if (!names.has(part)) return { problem: `tệp thiếu phần chính ${part}` };
  if (!names.has("_rels/.rels")) return { problem: "tệp thiếu _rels/.rels" };
  const kind = (Object.keys(MAIN_PART) as OfficeKind[]).find(
    (k) => MAIN_PART[k] === type.toLowerCase()
  )!;
  return { kind };
}

/** The most workbooks a .zip may hold (a tier has 168 units at most today). */
export const MAX_BUNDLE_ENTRIES = 1000;
/** The most one workbook of a .zip may take (a blank unit workbook is about 20 KB). */
const MAX_BUNDLE_ENTRY = 16 * 1024 * 1024;

/**
 * Whether `data` is a .zip the add-in makes: Excel workbooks (.xlsx) without macros, each under a clean name at the
 * top of the archive, each stored as it is (not compressed again), so that each is checked here as a download is.
 */
export function bundleProblem(data: Uint8Array): string | null {
  const entries = zipEntries(data);
  if (typeof entries === "string") return entries;
  if (!entries.length) return "tệp ZIP không có bảng tính nào";
  if (entries.length > MAX_BUNDLE_ENTRIES)
    return `tệp ZIP có quá nhiều tệp (${entries.length}; tối đa ${MAX_BUNDLE_ENTRIES})`;
  const names = new Set<string>();
  for (const e of entries) {
    const name = e.name.normalize("NFC").toLowerCase();
    if (names.has(name)) return `tệp ZIP có hai tệp cùng tên ${e.name}`;
    names.add(name);
    if (kindOfName(e.name) !== "xlsx") return `tệp ${e.name} trong tệp ZIP không phải .xlsx`;
    const nameProblem = fileNameProblem(e.name);
    if (nameProblem) return `tệp ${e.name} trong tệp ZIP: ${nameProblem}`;
    if (e.method !== 0) return `tệp ${e.name} trong tệp ZIP bị nén lại (CĐS Excel lưu nguyên)`;
    const bytes = entryBytes(data, e, MAX_BUNDLE_ENTRY);
    if (!bytes) return `tệp ${e.name} trong tệp ZIP không đọc được`;
    const inner = officeKind(bytes);
    if ("problem" in inner) return `tệp ${e.name} trong tệp ZIP: ${inner.problem}`;
    if (inner.kind !== "xlsx") return `tệp ${e.name} trong tệp ZIP là ${KIND_NAMES[inner.kind]}`;
  }
  return null;
}

export type OfferCheck =
  | { readonly ok: true; readonly file: DownloadFile; readonly kind: OfferedKind }
  | { readonly ok: false; readonly message: string };

const ONLY =
  "CĐS Excel chỉ cho tải tài liệu Word (.docx), bảng tính Excel (.xlsx) không có macro và tệp nén (.zip) các bảng tính đó, do chính CĐS Excel tạo ra. Không có tệp nào được tải.";

/** Whether `file` may be offered exactly as it is: content and name. The download page's check. */
export function checkOffered(file: DownloadFile): OfferCheck {
  const refuse = (why: string): OfferCheck => ({
    ok: false,
    message: `Không tải tệp này: ${why}. ${ONLY}`,
  });
  const nameProblem = fileNameProblem(file.fileName);
  if (nameProblem) return refuse(nameProblem);
  if (kindOfName(file.fileName) === "zip") {
    const problem = bundleProblem(file.data);
    if (problem)
      return refuse(
        `nội dung tệp ${file.fileName} không phải tệp nén các bảng tính Excel do CĐS Excel tạo (${problem})`
      );
    return { ok: true, file, kind: "zip" };
  }
  const content = officeKind(file.data);
  if ("problem" in content) {
    return refuse(
      `nội dung tệp ${file.fileName} không phải tài liệu Word hay bảng tính Excel hợp lệ (${content.problem})`
    );
  }
  if (kindOfName(file.fileName) !== content.kind) {
    return refuse(
      `tên tệp ${file.fileName} có đuôi .${kindOfName(file.fileName)} nhưng nội dung là ${KIND_NAMES[content.kind]}`
    );
  }
  return { ok: true, file, kind: content.kind };
}

/** The task pane's side: a made file under a clean name of its content's kind, checked as the page checks it. */
export function offerMade(file: DownloadFile): OfferCheck {
  const content = officeKind(file.data);
  const kind: OfferedKind =
    "kind" in content
      ? content.kind
      : bundleProblem(file.data) === null
        ? "zip"
        : (kindOfName(file.fileName) ?? "docx");
  return checkOffered({ fileName: cleanFileName(file.fileName, kind), data: file.data });
}

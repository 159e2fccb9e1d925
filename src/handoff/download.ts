/**
 * How a made file reaches the analyst's disk.
 *
 * Where the task pane's web view downloads (Windows, Excel on the web, the preview), a link to a Blob URL does. Excel
 * for Mac and iPad run the pane in a WKWebView that ignores `<a download>` and Blob URLs, silently (office-js #2700,
 * "by design"; #3385; #4681). There the file goes to the real browser through `Office.context.ui.openBrowserWindow`
 * (requirement set OpenBrowserWindowApi 1.1), which opens the add-in's own download page (download.html) with the
 * file in the URL's fragment: a fragment is never sent to a server, so no server is involved, and the page rebuilds the
 * bytes and offers them as an ordinary download.
 *
 * The bytes travel as base64url, uncompressed: a .docx is already a deflated ZIP (the exported report, 18 KB, deflates
 * by another 9 % only), and DecompressionStream is missing from the Safari versions older Macs still run. The URL is
 * kept under 1,000,000 characters (files up to about 730 KB): Firefox refuses URLs over 1 MiB, Chrome over 2 MiB,
 * Safari has no lower limit. A larger file is not sent; the analyst is told why and what to do instead.
 */
import { HIDDEN_CHARS } from "../core/text";

export { HIDDEN_CHARS };

export interface DownloadFile {
  readonly fileName: string;
  readonly data: Uint8Array;
}

/** The longest download-page URL handed to the browser (see above). */
export const MAX_URL_LENGTH = 1_000_000;

/** The download page, next to taskpane.html in the deployed add-in. */
export const DOWNLOAD_PAGE = "download.html";

const FORMAT_VERSION = "1";

const MIME_TYPES: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
};

/** The MIME type a file is offered with, from its extension. */
export function mimeType(fileName: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (ext && MIME_TYPES[ext]) || "application/octet-stream";
}

// ---------------------------------------------------------------------------------------------------------------
// base64url (RFC 4648 §5, no padding) and CRC-32: written out, so the task pane and the download page agree on every
// browser, without btoa's binary strings.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const DECODE = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

export function base64UrlEncode(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    let out = "";
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      out +=
        ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
    }
    if (end - i === 1) {
      const n = bytes[i] << 16;
      out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
    } else if (end - i === 2) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
      out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
    }
    parts.push(out);
  }
  return parts.join("");
}

/**
 * The bytes of a base64url text, or null when a character is foreign. A text cut short decodes to the whole bytes it
 * still holds (a lone last character carries no byte), so that the size check names the cut.
 */
export function base64UrlDecode(text: string): Uint8Array | null {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? DECODE[code] : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ---------------------------------------------------------------------------------------------------------------
// The fragment: v=1&name=<file name>&size=<bytes>&crc=<CRC-32, hex>&data=<base64url>. Size and CRC let the page tell a
// cut or altered URL from the file.

export function fileFragment(file: DownloadFile): string {
  const params = new URLSearchParams();
  params.set("v", FORMAT_VERSION);
  params.set("name", file.fileName);
  params.set("size", String(file.data.length));
  params.set("crc", crc32(file.data).toString(16).padStart(8, "0"));
  params.set("data", base64UrlEncode(file.data));
  return params.toString();
}

/** The download page's URL carrying the file; `base` is the task pane's own address. */
export function downloadPageUrl(file: DownloadFile, base: string): string {
  const url = new URL(DOWNLOAD_PAGE, base);
  url.search = "";
  url.hash = "";
  return `${url.href}#${fileFragment(file)}`;
}

/** "U+202E": a character as a message shows it. */
export const codePoint = (c: string): string =>
  "U+" + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");

/** A name as a message may show it: hidden characters written as their code points, so nothing reorders the text. */
export function visibleName(fileName: string): string {
  return fileName.replace(HIDDEN_CHARS, (c) => `[${codePoint(c)}]`);
}

export type FragmentRead =
  | { readonly ok: true; readonly file: DownloadFile }
  | { readonly ok: false; readonly message: string };

const AGAIN = "Hãy quay lại Excel và bấm lại nút tải tệp.";

/** The file a download page's fragment carries, checked, or why there is none (in Vietnamese, for the page). */
export function readFileFragment(hash: string): FragmentRead {
  const fail = (message: string): FragmentRead => ({ ok: false, message });
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const data = params.get("data");
  if (data === null) return fail(`Trang này không nhận được tệp nào để tải. ${AGAIN}`);
  if (params.get("v") !== FORMAT_VERSION) {
    return fail(`Liên kết tải tệp này do một phiên bản CĐS Excel khác tạo ra. ${AGAIN}`);
  }
  const fileName = (params.get("name") ?? "").trim();
  if (!fileName) return fail(`Liên kết tải tệp thiếu tên tệp. ${AGAIN}`);
  const shown = visibleName(fileName);
  const size = Number(params.get("size"));
  const crc = params.get("crc") ?? "";
  if (!Number.isSafeInteger(size) || size < 0 || !/^[0-9a-f]{8}$/.test(crc)) {
    return fail(`Liên kết tải tệp ${shown} bị hỏng (thiếu kích thước hoặc mã kiểm tra). ${AGAIN}`);
  }
  const bytes = base64UrlDecode(data);
  if (bytes === null)
    return fail(`Liên kết tải tệp ${shown} bị hỏng (có ký tự lạ trong dữ liệu). ${AGAIN}`);
  if (bytes.length !== size) {
    return fail(
      `Tệp ${shown} nhận được không đủ: ${bytes.length} trên ${size} byte (liên kết đã bị cắt ngắn). ${AGAIN}`
    );
  }
  if (crc32(bytes).toString(16).padStart(8, "0") !== crc) {
    return fail(`Tệp ${shown} nhận được bị sai lệch so với tệp đã tạo. ${AGAIN}`);
  }
  return { ok: true, file: { fileName, data: bytes } };
}

// ---------------------------------------------------------------------------------------------------------------
// The strategy.

/** What the host lets a made file do (host.ts tells which). */
export type DownloadHost =
  /** The page's own download works: Windows, Excel on the web, a plain browser. */
  | { readonly kind: "browser" }
  /** The web view blocks downloads, and `open` hands a URL to the real browser (Excel for Mac, iPad). */
  | { readonly kind: "external"; readonly open: (url: string) => void }
  /** The web view blocks downloads and cannot open a browser (OpenBrowserWindowApi 1.1 missing). */
  | { readonly kind: "blocked" };

export type DownloadPlan =
  | { readonly kind: "link" }
  | { readonly kind: "browser-window"; readonly url: string; readonly open: (url: string) => void }
  | { readonly kind: "too-large"; readonly urlLength: number }
  | { readonly kind: "blocked" };

/** How the file is offered on this host; `base` is the task pane's address (the download page sits next to it). */
export function planDownload(file: DownloadFile, host: DownloadHost, base: string): DownloadPlan {
  if (host.kind === "browser") return { kind: "link" };
  if (host.kind === "blocked") return { kind: "blocked" };
  const url = downloadPageUrl(file, base);
  if (url.length > MAX_URL_LENGTH) return { kind: "too-large", urlLength: url.length };
  return { kind: "browser-window", url, open: host.open };
}

/** "18 KB": the size an analyst reads. */
export function shownSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.ceil(kb)} KB`;
  return `${(kb / 1024).toFixed(1).replace(".", ",")} MB`;
}

const MAC_NOTE = "Excel trên máy Mac (và iPad) không tải tệp trực tiếp từ phần bổ trợ được";
const ELSEWHERE =
  "Hãy mở sổ làm việc này bằng Excel trên web (trong trình duyệt) hoặc Excel trên Windows rồi bấm lại nút để tải tệp.";

/** What the analyst is told about the download, beside the link (nothing when the link simply works). */
export function planNote(plan: DownloadPlan, file: DownloadFile): string | null {
  switch (plan.kind) {
    case "link":
      return null;
    case "browser-window":
      return `${MAC_NOTE}: tệp ${file.fileName} sẽ mở trong trình duyệt để tải về. Nếu trình duyệt chưa mở, bấm nút bên dưới.`;
    case "too-large":
      return (
        `${MAC_NOTE}, và tệp ${file.fileName} (${shownSize(file.data.length)}) quá lớn để chuyển sang trình duyệt ` +
        `(tối đa khoảng ${shownSize(Math.floor(((MAX_URL_LENGTH - 2000) * 3) / 4))}). ${ELSEWHERE}`
      );
    case "blocked":
      return `${MAC_NOTE}, và phiên bản Excel này chưa mở được trình duyệt cho phần bổ trợ. Hãy cập nhật Excel, hoặc: ${ELSEWHERE}`;
  }
}

/** What the analyst is told when Excel refused to open the browser. */
export function openFailedNote(file: DownloadFile, error: unknown): string {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return `Excel không mở được trình duyệt để tải tệp ${file.fileName}${detail}. Bấm lại nút bên dưới; nếu vẫn không được: ${ELSEWHERE}`;
}

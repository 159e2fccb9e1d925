/**
 * Reading the parts of an Office file (a zip) without trusting it: a part is inflated chunk by chunk and counted, so
 * that a part of a 1 MB file that inflates to gigabytes is refused after at most its cap, never held whole. The size
 * the zip's central directory declares is checked first (no inflating at all), the real inflated size while reading
 * (a declared size can lie).
 *
 * Also: whether a file carries macros (an add-in must never hand them on, nor read a macro-enabled workbook).
 */
import type JSZip from "jszip";
import { formatNumber } from "../core/format";

/** Why a file cannot be read or filled, in Vietnamese; the message names the file and the part. */
export class FileRefusal extends Error {}

/** What a part may inflate to; `what` names it in the refusal ("phần word/document.xml"). */
export interface PartLimit {
  readonly maxBytes: number;
  readonly fileName: string;
  /** The part as the message names it. */
  readonly what: string;
  /** The refusal's own words, in place of the general one. */
  readonly refusal?: string;
}

/** The cap of a part that is always small (content types, relationships, the workbook, styles). */
export const MAX_SMALL_PART_BYTES = 16 * 1024 * 1024;

/** "16 MB", "64 MB": the caps are whole mebibytes. */
export function megabytes(bytes: number): string {
  return `${formatNumber(Math.round(bytes / 1024 / 1024))} MB`;
}

/** The uncompressed size the zip's central directory gives for the part (JSZip keeps it; not in its types). */
export function declaredSize(file: JSZip.JSZipObject): number | undefined {
  const size = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data
    ?.uncompressedSize;
  if (typeof size !== "number" || !Number.isFinite(size)) return undefined;
  // JSZip reads the 4-byte field as a signed number: 2 GiB and more come out negative
  return size < 0 ? size + 2 ** 32 : size;
}

function tooLarge(limit: PartLimit, detail: string): FileRefusal {
  if (limit.refusal) return new FileRefusal(limit.refusal);
  return new FileRefusal(
    `Không đọc tệp "${limit.fileName}": ${limit.what} quá lớn (${detail}, giới hạn ${megabytes(limit.maxBytes)}). ` +
      "Tệp như vậy không phải tệp do Excel hay Word tạo cho một báo cáo; hãy mở tệp bằng Excel hoặc Word, lưu lại rồi chọn lại."
  );
}

interface PartStream {
  on(event: "data", f: (chunk: Uint8Array) => void): PartStream;
  on(event: "error", f: (e: Error) => void): PartStream;
  on(event: "end", f: () => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

/**
 * Reads a part as text, chunk by chunk (UTF-8), until `take` says it has enough (returns true) or the part ends;
 * stops inflating there. Refuses a part whose declared size, or whose text read so far, passes `limit.maxBytes`
 * (`checkDeclared: false` for a part read only up to a point, such as a worksheet up to its row 2,000).
 * Returns the number of inflated bytes read.
 */
export function streamPart(
  file: JSZip.JSZipObject,
  take: (chunk: string) => boolean,
  limit: PartLimit,
  checkDeclared = true
): Promise<number> {
  const declared = declaredSize(file);
  if (checkDeclared && declared !== undefined && declared > limit.maxBytes)
    return Promise.reject(tooLarge(limit, `khai báo ${formatNumber(declared)} byte khi giải nén`));
  return new Promise((resolve, reject) => {
    let read = 0;
    let done = false;
    const decoder = new TextDecoder("utf-8");
    // JSZip's own chunked reader (ZipObject#internalStream, documented but not in its types): it can stop early
    const stream = (
      file as unknown as { internalStream(type: "uint8array"): PartStream }
    ).internalStream("uint8array");
    const stop = (error?: unknown) => {
      done = true;
      stream.pause();
      if (error === undefined) resolve(read);
      else reject(error);
    };
    stream
      .on("data", (chunk: Uint8Array) => {
        if (done) return;
        read += chunk.length;
        if (read > limit.maxBytes) {
          stop(tooLarge(limit, `hơn ${megabytes(limit.maxBytes)} khi giải nén`));
          return;
        }
        try {
          if (take(decoder.decode(chunk, { stream: true }))) stop();
        } catch (e) {
          stop(e);
        }
      })
      .on("error", (e: Error) => {
        if (!done) stop(e);
      })
      .on("end", () => {
        if (done) return;
        try {
          const rest = decoder.decode();
          if (rest) take(rest);
          stop();
        } catch (e) {
          stop(e);
        }
      })
      .resume();
  });
}

/** The whole text of a part, refused past `limit.maxBytes` (declared or inflated) before it is ever held whole. */
export async function readPartText(file: JSZip.JSZipObject, limit: PartLimit): Promise<string> {
  const pieces: string[] = [];
  await streamPart(
    file,
    (chunk) => {
      pieces.push(chunk);
      return false;
    },
    limit
  );
  return pieces.join("");
}

/** The whole bytes of a part, with the same caps. */
export async function readPartBytes(
  file: JSZip.JSZipObject,
  limit: PartLimit
): Promise<Uint8Array> {
  const declared = declaredSize(file);
  if (declared !== undefined && declared > limit.maxBytes)
    throw tooLarge(limit, `khai báo ${formatNumber(declared)} byte khi giải nén`);
  const pieces: Uint8Array[] = [];
  let read = 0;
  await new Promise<void>((resolve, reject) => {
    let done = false;
    const stream = (
      file as unknown as { internalStream(type: "uint8array"): PartStream }
    ).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        if (done) return;
        read += chunk.length;
        if (read > limit.maxBytes) {
          done = true;
          stream.pause();
          reject(tooLarge(limit, `hơn ${megabytes(limit.maxBytes)} khi giải nén`));
          return;
        }
        pieces.push(chunk.slice());
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
  const out = new Uint8Array(read);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The content types of the parts that carry macros (VBA projects, macro-enabled documents, workbooks, templates). */
const MACRO_TYPE = /macroEnabled|vbaProject|vbaData|ms-excel\.(?:macrosheet|intlmacrosheet)/i;
/** Parts that hold macros whatever the content types say: VBA projects, Excel 4.0 macro sheets. */
const MACRO_PART = /(?:^|\/)vbaProject\.bin$|(?:^|\/)vbaData\.xml$|^xl\/macrosheets\//i;

/**
 * Null when the file carries no macros; else where they are ("phần word/vbaProject.bin"), for the refusal. The file
 * name's extension (.docm, .xlsm, …), the parts and the content types are all looked at.
 */
export async function macroPart(zip: JSZip, fileName: string): Promise<string | null> {
  const ext = /\.(docm|dotm|xlsm|xltm|xlam|pptm|potm|ppsm)$/i.exec(fileName.trim())?.[1];
  if (ext) return `tệp .${ext.toLowerCase()} (tệp có macro)`;
  const part = Object.keys(zip.files).find((n) => MACRO_PART.test(n));
  if (part) return `phần ${part} (macro VBA)`;
  const types = zip.file("[Content_Types].xml");
  if (types) {
    const xml = await readPartText(types, {
      maxBytes: MAX_SMALL_PART_BYTES,
      fileName,
      what: "phần [Content_Types].xml",
    });
    const m = MACRO_TYPE.exec(xml);
    if (m) return `kiểu nội dung "${m[0]}" trong [Content_Types].xml`;
  }
  return null;
}

/**
 * Fills the placeholders of a .docx report template picked by the analyst. Word splits a placeholder over several
 * runs (spelling marks, line wraps), so each paragraph's text is read across its runs, the placeholders found with
 * the core's grammar (typos included), and each replaced inside the runs it spans.
 *
 * A part that is not well-formed XML is refused before anything is filled (Word could not open the result), and each
 * filled part is checked again before the file is offered. A part larger than {@link MAX_DOCX_PART_BYTES} (by the
 * size the zip declares, or by what it really inflates to) is refused before it is held as text, and a
 * macro-enabled file (.docm, a VBA project) is refused: the filled copy would carry its macros.
 */
import type { TemplateFill } from "../documents/template";
import JSZip from "jszip";
import type { Results } from "../core/evaluate";
import { findPlaceholders, resolveKey, valueFor } from "../documents/template";
import { xmlProblem } from "./xmlCheck";
import { FileRefusal, macroPart, readPartText } from "./zipParts";

/**
 * The most a part of the template may inflate to, declared or real: a report template is a few pages (its
 * document part well under 1 MB); a part past this is refused before it is read as text.
 */
export const MAX_DOCX_PART_BYTES = 16 * 1024 * 1024;

/** The parts whose text Word shows: the body, headers and footers, footnotes, endnotes and comments. */
const TEXT_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

/** A filled .docx: its bytes, and the template fill's counts over all its parts. */
export interface DocxFill extends Omit<TemplateFill, "text"> {
  readonly data: Uint8Array;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
/** The text of a w:t element (the part was checked: every reference is one of these). */
const decode = (s: string) =>
  s.replace(
    /&(?:(lt|gt|quot|apos|amp)|#([0-9]+)|#x([0-9a-fA-F]+));/g,
    (_, name: string, dec: string, hex: string) =>
      name ? NAMED[name] : String.fromCodePoint(dec ? parseInt(dec, 10) : parseInt(hex, 16))
  );
/** Text as the content of a w:t element; characters XML does not allow (control characters) are dropped. */
const encode = (s: string) =>
  s
    // the control characters XML 1.0 forbids, on purpose
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");

interface Run {
  start: number; // offset of the w:t's text in the paragraph text
  text: string;
  open: string; // the <w:t …> tag
  at: number; // index of the w:t element in the paragraph xml
  length: number; // its length in the xml
}

/** Fills one paragraph's xml; returns the new xml. */
function fillParagraph(
  xml: string,
  results: Results,
  report: { resolved: number; unresolved: string[]; approximate: DocxFill["approximate"][number][] }
): string {
  const runs: Run[] = [];
  // an empty <w:t …/> first, so that its "/" is not read as part of an opening tag
  const re = /<w:t(?:\s[^>]*)?\/>|(<w:t(?:\s[^>]*)?>)([\s\S]*?)<\/w:t>/g;
  let text = "";
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (!m[1]) continue;
    const t = decode(m[2]);
    runs.push({ start: text.length, text: t, open: m[1], at: m.index, length: m[0].length });
    text += t;
  }
  if (!text.includes("[[")) return xml;
  const placeholders = findPlaceholders(text);
  if (!placeholders.length) return xml;
  // what each placeholder becomes, in order; one that no key names stays as it is
  const replaced: { start: number; end: number; value: string }[] = [];
  for (const p of placeholders) {
    const match = resolveKey(p.body);
    if (!match) {
      report.unresolved.push(p.raw);
      continue;
    }
    report.resolved++;
    if (match.approximate)
      report.approximate.push({ placeholder: p.raw, key: match.key, row: match.row });
    replaced.push({ start: p.start, end: p.end, value: valueFor(match, results) });
  }
  // one walk over the runs: the value goes where its placeholder starts, the rest of the placeholder goes
  const texts: string[] = [];
  let next = 0;
  for (const r of runs) {
    let t = "";
    let k = 0;
    while (k < r.text.length) {
      const pos = r.start + k;
      while (next < replaced.length && replaced[next].end <= pos) next++;
      const p = replaced[next];
      if (!p || p.start >= r.start + r.text.length) {
        t += r.text.slice(k);
        break;
      }
      if (pos < p.start) {
        t += r.text.slice(k, p.start - r.start);
        k = p.start - r.start;
        continue;
      }
      if (pos === p.start) t += p.value;
      k = Math.min(r.text.length, p.end - r.start);
    }
    texts.push(t);
  }
  let out = "";
  let at = 0;
  runs.forEach((r, i) => {
    out += xml.slice(at, r.at);
    const t = texts[i];
    const open = /xml:space=/.test(r.open)
      ? r.open
      : r.open.replace("<w:t", '<w:t xml:space="preserve"');
    out += `${open}${encode(t)}</w:t>`;
    at = r.at + r.length;
  });
  return out + xml.slice(at);
}

/** The filled document, and what could not be filled. */
export async function fillDocxTemplate(
  data: ArrayBuffer | Uint8Array,
  results: Results,
  fileName = "mẫu"
): Promise<DocxFill> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new Error(`Tệp "${fileName}" không phải .docx hợp lệ (không mở được như một tệp Word).`);
  }
  const report = {
    resolved: 0,
    unresolved: [] as string[],
    approximate: [] as DocxFill["approximate"][number][],
  };
  const parts = Object.keys(zip.files).filter((n) => TEXT_PARTS.test(n) && !zip.files[n].dir);
  if (!parts.includes("word/document.xml"))
    throw new Error(`Tệp "${fileName}" không phải .docx hợp lệ (thiếu phần word/document.xml).`);
  const xmls = new Map<string, string>();
  try {
    const macros = await macroPart(zip, fileName);
    if (macros)
      throw new FileRefusal(
        `Không dùng được tệp mẫu "${fileName}": tệp có macro (${macros}). CĐS Excel không điền tệp có macro, vì bản đã điền sẽ mang theo macro đó. ` +
          "Hãy mở tệp bằng Word, lưu thành “Tài liệu Word (*.docx)” rồi chọn lại."
      );
    for (const name of parts)
      xmls.set(
        name,
        await readPartText(zip.file(name)!, {
          maxBytes: MAX_DOCX_PART_BYTES,
          fileName,
          what: `phần ${name}`,
        })
      );
  } catch (e) {
    if (e instanceof FileRefusal) throw new Error(e.message);
    throw new Error(
      `Tệp "${fileName}" bị hỏng: không đọc được (${e instanceof Error ? e.message : String(e)}). Hãy mở tệp bằng Word, lưu lại rồi chọn lại.`
    );
  }
  for (const [name, xml] of xmls) {
    const problem = xmlProblem(xml);
    if (problem) {
      throw new Error(
        `Tệp "${fileName}" bị hỏng: phần ${name} không phải XML hợp lệ (dòng ${problem.line}, cột ${problem.column}: ${problem.reason}). ` +
          "Word không mở được tệp như vậy; hãy mở tệp bằng Word, lưu lại rồi chọn lại."
      );
    }
  }
  for (const [name, xml] of xmls) {
    const filled = xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) =>
      fillParagraph(p, results, report)
    );
    const problem = xmlProblem(filled);
    if (problem)
      throw new Error(
        `Không điền được tệp "${fileName}": phần ${name} sau khi điền không còn là XML hợp lệ (${problem.reason}).`
      );
    zip.file(name, filled);
  }
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return {
    data: out,
    resolved: report.resolved,
    unresolved: report.unresolved,
    approximate: report.approximate,
  };
}

/**
 * Fills the placeholders of a .docx report template picked by the analyst. Word splits a placeholder over several
 * runs (spelling marks, line wraps), so each paragraph's text is read across its runs, the placeholders found with
 * the core's grammar (typos included), and each replaced inside the runs it spans.
 */
import JSZip from "jszip";
import type { Results } from "../../core/evaluate";
import { findPlaceholders, resolveKey, valueFor } from "../../core/template";

export interface DocxFill {
  readonly data: Uint8Array;
  readonly resolved: number;
  readonly unresolved: readonly string[];
  readonly approximate: readonly { readonly placeholder: string; readonly key: string; readonly row: string }[];
}

const decode = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const encode = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

interface Run {
  start: number; // offset of the w:t's text in the paragraph text
  text: string;
  open: string; // the <w:t …> tag
  at: number; // index of the w:t element in the paragraph xml
  length: number; // its length in the xml
}

/** Fills one paragraph's xml; returns the new xml. */
function fillParagraph(xml: string, results: Results, report: { resolved: number; unresolved: string[]; approximate: DocxFill["approximate"][number][] }): string {
  const runs: Run[] = [];
  const re = /(<w:t(?:\s[^>]*)?>)([\s\S]*?)<\/w:t>|<w:t(?:\s[^>]*)?\/>/g;
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
  const pieces = runs.map((r) => r.text.split("")); // characters of each run, to blank out and replace
  for (const p of [...placeholders].reverse()) {
    const match = resolveKey(p.body);
    if (!match) {
      report.unresolved.push(p.raw);
      continue;
    }
    report.resolved++;
    if (match.approximate) report.approximate.push({ placeholder: p.raw, key: match.key, row: match.row });
    const value = valueFor(match, results);
    let placed = false;
    for (let i = 0; i < runs.length; i++) {
      const r = runs[i];
      for (let k = 0; k < r.text.length; k++) {
        const pos = r.start + k;
        if (pos < p.start || pos >= p.end) continue;
        pieces[i][k] = placed ? "" : value;
        placed = true;
      }
    }
  }
  let out = "";
  let at = 0;
  runs.forEach((r, i) => {
    out += xml.slice(at, r.at);
    const t = pieces[i].join("");
    const open = /xml:space=/.test(r.open) ? r.open : r.open.replace("<w:t", '<w:t xml:space="preserve"');
    out += `${open}${encode(t)}</w:t>`;
    at = r.at + r.length;
  });
  return out + xml.slice(at);
}

/** The filled document, and what could not be filled. */
export async function fillDocxTemplate(data: ArrayBuffer | Uint8Array, results: Results): Promise<DocxFill> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new Error("Tệp mẫu không phải .docx hợp lệ.");
  }
  const report = { resolved: 0, unresolved: [] as string[], approximate: [] as DocxFill["approximate"][number][] };
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n));
  if (!parts.includes("word/document.xml")) throw new Error("Tệp mẫu không phải .docx hợp lệ (thiếu word/document.xml).");
  for (const name of parts) {
    const xml = await zip.file(name)!.async("string");
    const filled = xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => fillParagraph(p, results, report));
    zip.file(name, filled);
  }
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { data: out, resolved: report.resolved, unresolved: report.unresolved.reverse(), approximate: report.approximate.reverse() };
}

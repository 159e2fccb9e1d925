import { findRow } from "./catalog";
import type { Results } from "./evaluate";
import { templateKeys } from "./templateKeys";
import { fold } from "./text";

/**
 * The placeholder grammar of the official template (SPEC.md): `[[K]]` a figure, `[[danhgia.K]]` a verdict,
 * `[[ghichu.K]]` notes, `[[tyletoanthanhpho.A.B.R]]` / `[[tyletoanthanhpho.A.B]]` / `[[tyle.R]]` a ratio,
 * `[[danhgia.tyle.R]]` / `[[ghichu.tyle.R]]` its verdict and notes, `[[sodonviK]]` the units for which K holds.
 * Whitespace inside the brackets is ignored (line wraps).
 */
export type Field = "value" | "verdict" | "note";

export interface KeyMatch {
  readonly row: string;
  readonly field: Field;
  /** The known key it matched. */
  readonly key: string;
  /** Matched by nearest key rather than exactly. */
  readonly approximate: boolean;
}

export interface Placeholder {
  /** Where it stands in the text: [start, end). */
  readonly start: number;
  readonly end: number;
  /** As written, brackets included. */
  readonly raw: string;
  /** What is inside the brackets, whitespace removed. */
  readonly body: string;
  /** The template's typos around the brackets that were read through ("]]]", "[]"). */
  readonly repaired?: string;
}

export interface TemplateFill {
  readonly text: string;
  readonly resolved: number;
  /** Placeholders left as they were, visible, because no known key is clearly theirs. */
  readonly unresolved: readonly string[];
  /** Placeholders matched to the nearest known key: to check by eye. */
  readonly approximate: readonly { readonly placeholder: string; readonly key: string; readonly row: string }[];
}

function fieldOf(body: string): Field {
  return body.startsWith("danhgia.") ? "verdict" : body.startsWith("ghichu.") ? "note" : "value";
}

const EXACT = new Map<string, KeyMatch>();
for (const [row, keys] of Object.entries(templateKeys)) {
  for (const key of keys) EXACT.set(key, { row, field: fieldOf(key), key, approximate: false });
}
const KNOWN = [...EXACT.values()];

/** Finds the placeholders of a text, reading through the template's bracket typos. */
export function findPlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  let i = text.indexOf("[[");
  while (i >= 0) {
    const next = text.indexOf("[[", i + 2);
    const close = text.indexOf("]]", i + 2);
    const typo = text.indexOf("[]", i + 2); // row 41 closes with "[]"
    const limit = next < 0 ? text.length : next;
    let end = -1;
    let repaired: string | undefined;
    if (close >= 0 && close < limit && (typo < 0 || close < typo)) {
      end = close + 2;
      if (text[end] === "]") {
        end += 1; // row 33: a stray third bracket
        repaired = "]]]";
      }
    } else if (typo >= 0 && typo < limit && text[typo + 2] !== "]") {
      end = typo + 2;
      repaired = "[]";
    }
    if (end < 0) {
      out.push({ start: i, end: limit, raw: text.slice(i, limit), body: "" }); // never closed
      i = next;
      continue;
    }
    const inner = text.slice(i + 2, repaired === "[]" ? end - 2 : repaired === "]]]" ? end - 3 : end - 2);
    out.push({ start: i, end, raw: text.slice(i, end), body: inner.replace(/\s+/g, ""), repaired });
    i = text.indexOf("[[", end);
  }
  return out;
}

function distance(a: string, b: string, limit: number): number {
  // Levenshtein, abandoned past `limit`
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The row and field of a placeholder body: exactly a key of the template, or else the nearest known key of the
 * same field when it is clearly the nearest (few edits, and no other key nearly as close); null otherwise.
 */
export function resolveKey(body: string): KeyMatch | null {
  const exact = EXACT.get(body);
  if (exact) return exact;
  if (!body) return null;
  const field = fieldOf(body);
  const folded = fold(body).replace(/\s/g, "");
  const limit = Math.max(2, Math.floor(folded.length * 0.08));
  let best: KeyMatch | null = null;
  let bestD = limit + 1;
  let secondD = Infinity;
  for (const k of KNOWN) {
    if (k.field !== field) continue;
    const d = distance(folded, fold(k.key), Math.min(limit * 3, Math.max(bestD, secondD === Infinity ? limit * 3 : secondD)));
    if (d < bestD) {
      secondD = bestD;
      bestD = d;
      best = k;
    } else if (d < secondD) secondD = d;
  }
  // clearly the nearest: within the limit, and the runner-up at least twice as far (and 3 edits farther)
  if (!best || bestD > limit || secondD < Math.max(bestD * 2, bestD + 3)) return null;
  return { ...best, approximate: true };
}

/** The text a placeholder stands for in a set of results. */
export function valueFor(match: KeyMatch, results: Results): string {
  const r = results[match.row];
  if (!r || !findRow(match.row)) return "";
  if (match.field === "verdict") return r.verdict ?? "";
  if (match.field === "note") return r.note;
  return r.text;
}

/**
 * Replaces every placeholder of a template text with the figure, verdict or notes of its row. One that no known key
 * clearly names is left visible and listed in `unresolved`; one matched to the nearest key is listed in `approximate`.
 */
export function fillTemplate(text: string, results: Results): TemplateFill {
  const unresolved: string[] = [];
  const approximate: { placeholder: string; key: string; row: string }[] = [];
  let out = "";
  let at = 0;
  let resolved = 0;
  for (const p of findPlaceholders(text)) {
    const match = resolveKey(p.body);
    out += text.slice(at, p.start);
    if (match) {
      out += valueFor(match, results);
      resolved++;
      if (match.approximate) approximate.push({ placeholder: p.raw, key: match.key, row: match.row });
    } else {
      out += p.raw;
      unresolved.push(p.raw);
    }
    at = p.end;
  }
  out += text.slice(at);
  return { text: out, resolved, unresolved, approximate };
}

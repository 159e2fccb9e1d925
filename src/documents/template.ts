import { findRow } from "../core/catalog";
import { boundedDistance, type BoundedDistance } from "../core/editDistance";
import type { Results } from "../core/evaluate";
import { templateKeys } from "./templateKeys";
import { fold } from "../core/text";

/**
 * The placeholder grammar of the official template (docs/domain.md#template-placeholders): `[[K]]` a figure,
 * `[[danhgia.K]]` a verdict, `[[ghichu.K]]` notes, `[[tyletoanthanhpho.A.B.R]]` / `[[tyletoanthanhpho.A.B]]` /
 * `[[tyle.R]]` a ratio, `[[danhgia.tyle.R]]` / `[[ghichu.tyle.R]]` its verdict and notes, `[[sodonviK]]` the units for
 * which K holds. Whitespace inside the brackets is ignored (line wraps).
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
  readonly approximate: readonly ApproximateMatch[];
}

/** A placeholder matched to the nearest known key rather than exactly: as written, the key it was read as, its row. */
export interface ApproximateMatch {
  readonly placeholder: string;
  readonly key: string;
  readonly row: string;
}

function fieldOf(body: string): Field {
  return body.startsWith("danhgia.") ? "verdict" : body.startsWith("ghichu.") ? "note" : "value";
}

const EXACT = new Map<string, KeyMatch>();
for (const [row, keys] of Object.entries(templateKeys)) {
  for (const key of keys) EXACT.set(key, { row, field: fieldOf(key), key, approximate: false });
}

interface Known {
  readonly match: KeyMatch;
  /** The key folded as a body is folded before the comparison. */
  readonly folded: string;
  /** Its letters counted, for the cheap lower bound of the edit distance. */
  readonly bag: Map<string, number>;
}

function bagOf(s: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const ch of s) bag.set(ch, (bag.get(ch) ?? 0) + 1);
  return bag;
}

const KNOWN: readonly Known[] = [...EXACT.values()].map((match) => {
  const folded = fold(match.key).replace(/\s/g, "");
  return { match, folded, bag: bagOf(folded) };
});
const LONGEST_KEY = Math.max(...KNOWN.map((k) => k.folded.length));

/**
 * Finds the placeholders of a text, reading through the template's bracket typos, in one pass: a placeholder opens
 * at "[[" and ends at the first "]]" (a stray third "]" read with it, row 33) or "[]" (row 41, also written "[]]");
 * one that meets the next "[[" or the end of the text first was never closed and is returned with an empty body.
 */
export function findPlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  const n = text.length;
  let i = text.indexOf("[[");
  while (i >= 0) {
    let j = i + 2;
    let end = -1;
    let bodyEnd = -1;
    let repaired: string | undefined;
    for (; j < n - 1; j++) {
      const a = text.charCodeAt(j);
      if (a !== 0x5b && a !== 0x5d) continue; // neither "[" nor "]"
      const b = text.charCodeAt(j + 1);
      if (a === 0x5b && b === 0x5b) break; // the next "[[": this one was never closed
      if (a === 0x5d && b === 0x5d) {
        bodyEnd = j;
        end = j + 2;
        if (text.charCodeAt(end) === 0x5d) {
          end += 1; // row 33: a stray third bracket
          repaired = "]]]";
        }
        break;
      }
      if (a === 0x5b && b === 0x5d) {
        bodyEnd = j;
        end = j + 2;
        if (text.charCodeAt(end) === 0x5d) end += 1; // "[]]": the "[]" typo with a closing bracket after it
        repaired = text.slice(j, end);
        break;
      }
    }
    if (end < 0) {
      const limit = j < n - 1 ? j : n;
      out.push({ start: i, end: limit, raw: text.slice(i, limit), body: "" }); // never closed
      i = limit < n ? limit : -1;
      continue;
    }
    out.push({
      start: i,
      end,
      raw: text.slice(i, end),
      body: text.slice(i + 2, bodyEnd).replace(/\s+/g, ""),
      repaired,
    });
    i = text.indexOf("[[", end);
  }
  return out;
}

/** A lower bound of the edit distance: letters of one that the other lacks (each edit mends at most one). */
function bagDistance(a: Map<string, number>, aLength: number, b: Known): number {
  let common = 0;
  for (const [ch, count] of a) common += Math.min(count, b.bag.get(ch) ?? 0);
  return Math.max(aLength, b.folded.length) - common;
}

const CACHE_SIZE = 4096;

/**
 * A resolver of placeholder bodies to keys by resolveKey's rule, with a cache of its own, measuring edit distances with
 * `distance` (boundedDistance unless another is given: one that counts its work, say).
 */
export function keyResolver(
  distance: BoundedDistance = boundedDistance
): (body: string) => KeyMatch | null {
  const cache = new Map<string, KeyMatch | null>();
  return (body) => {
    const exact = EXACT.get(body);
    if (exact) return exact;
    if (!body) return null;
    const cached = cache.get(body);
    if (cached !== undefined) return cached;
    const found = nearestKey(body, distance);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(body, found);
    return found;
  };
}

/**
 * The row and field of a placeholder body: exactly a key of the template, or else the nearest known key of the
 * same field when it is clearly the nearest (few edits, and no other key nearly as close); null otherwise.
 *
 * The search is bounded: a body longer than any key can be by the allowed edits is refused at once; a key whose
 * length or letters already differ too much is skipped; the distance is computed on a band of the table that
 * narrows as better keys are found; and each body's answer is kept (a template repeats its placeholders).
 */
export const resolveKey: (body: string) => KeyMatch | null = keyResolver();

function nearestKey(body: string, distance: BoundedDistance): KeyMatch | null {
  // a body far longer than any key cannot be near one (checked before folding it: no work on a huge body)
  if (body.length > 2 * LONGEST_KEY) return null;
  const field = fieldOf(body);
  const folded = fold(body).replace(/\s/g, "");
  const limit = Math.max(2, Math.floor(folded.length * 0.08));
  // clearly the nearest: within the limit, and the runner-up at least twice as far (and 3 edits farther); a
  // distance beyond `reach` can never decide, so no distance is computed past it
  const reach = Math.max(limit * 2, limit + 3);
  if (folded.length > LONGEST_KEY + limit) return null;
  const bag = bagOf(folded);
  let best: Known | null = null;
  let bestD = Infinity;
  let secondD = Infinity;
  for (const k of KNOWN) {
    if (k.match.field !== field) continue;
    // only a distance below the runner-up's changes anything
    const cap = Math.min(reach, secondD - 1);
    if (
      cap < 0 ||
      Math.abs(k.folded.length - folded.length) > cap ||
      bagDistance(bag, folded.length, k) > cap
    )
      continue;
    const d = distance(folded, k.folded, cap);
    if (d > cap) continue;
    if (d < bestD) {
      secondD = bestD;
      bestD = d;
      best = k;
    } else if (d < secondD) secondD = d;
  }
  if (!best || bestD > limit || secondD < Math.max(bestD * 2, bestD + 3)) return null;
  return { ...best.match, approximate: true };
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
  const approximate: ApproximateMatch[] = [];
  let out = "";
  let at = 0;
  let resolved = 0;
  for (const p of findPlaceholders(text)) {
    const match = resolveKey(p.body);
    out += text.slice(at, p.start);
    if (match) {
      out += valueFor(match, results);
      resolved++;
      if (match.approximate)
        approximate.push({ placeholder: p.raw, key: match.key, row: match.row });
    } else {
      out += p.raw;
      unresolved.push(p.raw);
    }
    at = p.end;
  }
  out += text.slice(at);
  return { text: out, resolved, unresolved, approximate };
}

import { HCMC_COMMUNES_2025 } from "./data/hcmcCommunes";
import { boundedDistance } from "./editDistance";
import { fold } from "./text";

/** The kinds of commune-level unit since 1 July 2025. */
export type UnitKind = "phường" | "xã" | "đặc khu";

/**
 * A unit of the city's official list (docs/domain.md#reporting-units: 168 phường, xã, đặc khu) with its national
 * statistics code.
 */
export interface OfficialUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
}

/** The 168 commune-level units of Ho Chi Minh City in force since 1 July 2025 (data/hcmc-communes-2025.tsv). */
export const officialUnits: readonly OfficialUnit[] = HCMC_COMMUNES_2025.map(
  ([code, name, kind]) => ({ code, name, kind })
);

/** What findUnits needs of a roster entry: the official list, or the city's own roster sheet with its sở, ban, ngành. */
export interface NamedUnit {
  readonly code: string;
  readonly name: string;
}

// Words that say what kind of body a name is, not which one: dropped before comparing names, longest first. The kind
// words also hint which entry is meant ("xã Bình Hưng" is not "phường Bình Hưng Hòa").
const BODY_PREFIXES = ["uy ban nhan dan", "ubnd"];
const KIND_PREFIXES: ReadonlyArray<[string, UnitKind]> = [
  ["dac khu", "đặc khu"],
  ["phuong", "phường"],
  ["xa", "xã"],
  ["dk", "đặc khu"],
  ["p", "phường"],
  ["x", "xã"],
];

/** A name as words: invisible characters and punctuation gone, lower case, single spaces. */
function words(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[.,;:()\-\u2013\u2014_/\\'"\u201c\u201d]+/g, " ")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The accented form to tell "Thạnh An" from "Thanh An": one Unicode form, and one tone placement ("hoà" and "hòa",
 * "thuý" and "thúy" are the same word written in the new and the old style).
 */
function accented(text: string): string {
  return text
    .normalize("NFD")
    .replace(/([ou])([aey])([\u0300\u0301\u0303\u0309\u0323])/g, "$1$3$2")
    .normalize("NFC");
}

interface Core {
  /** The distinctive part of the name, folded: "ben thanh" for "UBND P. Bến Thành". */
  readonly core: string;
  /** The same words with their diacritics. */
  readonly marked: string;
  /** Whether the name was written with diacritics at all (then their absence in the core means something). */
  readonly accents: boolean;
  readonly kind: UnitKind | null;
}

function startsWithWord(text: string, word: string): boolean {
  return text === word || text.startsWith(word + " ");
}

/** Drops the body and kind prefixes of a name; keeps them when nothing would remain. */
function coreOf(text: string): Core {
  const marked = accented(words(text));
  const folded = fold(marked);
  let dropped = 0; // words
  let rest = folded;
  const drop = (prefix: string) => {
    if (!startsWithWord(rest, prefix) || rest.length <= prefix.length) return false;
    rest = rest.slice(prefix.length).trim();
    dropped += prefix.split(" ").length;
    return true;
  };
  for (const prefix of BODY_PREFIXES) if (drop(prefix)) break;
  let kind: UnitKind | null = null;
  for (const [prefix, k] of KIND_PREFIXES) {
    if (drop(prefix)) {
      kind = k;
      break;
    }
  }
  return {
    core: rest,
    marked: marked.split(" ").slice(dropped).join(" "),
    accents: marked !== folded,
    kind,
  };
}

/** Whether every query word starts the word at the same place of a run of the name's words (typing "ben tha"). */
function wordPrefixAt(name: readonly string[], query: readonly string[]): number {
  for (let start = 0; start + query.length <= name.length; start++) {
    if (
      query.every((w, i) =>
        i === query.length - 1 ? name[start + i].startsWith(w) : name[start + i] === w
      )
    )
      return start;
  }
  return -1;
}

/**
 * How well a name answers a query; lower is better, null when it does not. Exact core name first, then names that
 * begin with the query (the shorter first: "Tân Sơn" before "Tân Sơn Nhất"), then names containing it, then near
 * misspellings. A kind word in the query that contradicts the entry's kind costs a little, never excludes.
 */
function score(entry: Core, query: Core): number | null {
  const q = query.core;
  const n = entry.core;
  if (!q) return null;
  const kindCost = query.kind && entry.kind && query.kind !== entry.kind ? 0.5 : 0;
  const extra = (n.length - q.length) / 1000; // among equals, the shorter name first
  // typed with its diacritics, a name that differs in them comes after the one that has them ("Thạnh An", "Thanh An")
  const accentCost = query.accents && entry.marked !== query.marked ? 0.25 : 0;
  if (n === q) return kindCost + accentCost;
  const nw = n.split(" ");
  const qw = q.split(" ");
  const at = wordPrefixAt(nw, qw);
  if (at === 0) return 1 + kindCost + extra;
  if (at > 0) return 2 + kindCost + extra;
  const limit = q.length < 5 ? 0 : q.length < 10 ? 1 : 2;
  if (limit > 0) {
    const d = boundedDistance(n, q, limit);
    if (d <= limit) return 3 + d + kindCost;
  }
  return null;
}

const coreCache = new WeakMap<object, Core>();
function entryCore(entry: NamedUnit): Core {
  let c = coreCache.get(entry);
  if (!c) {
    c = coreOf(entry.name);
    coreCache.set(entry, c);
  }
  return c;
}

/**
 * The roster entries a typed name may mean, best first: insensitive to case, diacritics, spacing, punctuation and
 * the usual prefixes and abbreviations ("ben thanh", "P. Bến Thành", "phuong ben thanh", "UBND phường Bến Thành"
 * all find "Phường Bến Thành"). A code finds its entry. Nothing found: an empty list.
 */
export function findUnits<T extends NamedUnit>(
  query: string,
  roster: readonly T[] = officialUnits as readonly NamedUnit[] as readonly T[]
): T[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const byCode = roster.filter((e) => e.code.trim().toLowerCase() === trimmed.toLowerCase());
  if (byCode.length) return byCode;
  const q = coreOf(trimmed);
  const found: { entry: T; s: number; i: number }[] = [];
  roster.forEach((entry, i) => {
    const s = score(entryCore(entry), q);
    if (s !== null) found.push({ entry, s, i });
  });
  return found.sort((a, b) => a.s - b.s || a.i - b.i).map((f) => f.entry);
}

/**
 * The one roster entry a name means, or null: its core name equals the entry's (the kind word deciding between
 * equals), or it is one letter off a single entry's (a typo). A name that only begins another ("Tân Sơn Nh") means
 * nothing here: matching reports to the roster must never put one unit's figures under another's name.
 */
export function matchUnit<T extends NamedUnit>(
  name: string,
  roster: readonly T[] = officialUnits as readonly NamedUnit[] as readonly T[]
): T | null {
  const byCode = roster.filter((e) => e.code.trim().toLowerCase() === name.trim().toLowerCase());
  if (byCode.length) return byCode.length === 1 ? byCode[0] : null;
  const q = coreOf(name);
  if (!q.core) return null;
  const exact = roster.filter((e) => entryCore(e).core === q.core);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) {
    // equal without diacritics: the diacritics decide, then the kind word
    const marked = !q.accents ? [] : exact.filter((e) => entryCore(e).marked === q.marked);
    if (marked.length === 1) return marked[0];
    const sameKind = (marked.length ? marked : exact).filter(
      (e) => q.kind !== null && entryCore(e).kind === q.kind
    );
    return sameKind.length === 1 ? sameKind[0] : null;
  }
  if (q.core.length < 5) return null;
  // one letter off, and not merely unfinished ("Tân Sơn Nh" could be Nhất or Nhì)
  const near = roster.filter(
    (e) =>
      !entryCore(e).core.startsWith(q.core) && boundedDistance(entryCore(e).core, q.core, 1) <= 1
  );
  return near.length === 1 ? near[0] : null;
}

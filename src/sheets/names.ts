/**
 * Sheet names: short, readable, distinct. Excel allows 31 characters and compares names without case; a unit's name
 * is often longer than what is left after "CĐS 2025-Q3 ", so it is shortened the way an office would write it — the
 * administrative prefix dropped, standard phrases abbreviated — and cut only at a word, as a last resort.
 */
import { visibleText } from "../core/text";
import type { SheetParams } from "../core/identity";
import { periodCode, type Period } from "../core/period";

export const MAX_SHEET_NAME = 31;

/** Characters Excel refuses in a sheet name. */
const INVALID_NAME_CHARS = /[[\]:*?/\\]/g;

/** What a sheet name of the city-wide report says instead of the city's name. */
export const CITY_SHEET_LABEL = "Toàn thành phố";

// a word starts at the beginning, after a space, a dash or a bracket ("\b" knows only ASCII letters)
const W = "(?<=^|[\\s(–-])";
const word = (source: string) => new RegExp(`${W}${source}(?=$|[\\s,.)–-])`, "giu");

/** The administrative body that every unit of a level belongs to: says nothing the rest of the name does not. */
const PREFIXES: readonly RegExp[] = [/^(?:ủy|uỷ) ban nhân dân\s+/iu, /^ubnd\s+/iu];

/** Standard phrases and their usual abbreviations, longest first. */
export const PHRASES: readonly (readonly [RegExp, string])[] = [
  [word("trung tâm phục vụ hành chính công"), "TTPVHCC"],
  [word("(?:ủy|uỷ) ban nhân dân"), "UBND"],
  [word("hội đồng nhân dân"), "HĐND"],
  [word("thành phố hồ chí minh"), "TP.HCM"],
  [word("lao động\\s*-\\s*thương binh và xã hội"), "LĐ-TB&XH"],
  [word("nông nghiệp và phát triển nông thôn"), "NN&PTNT"],
  [word("văn hóa,? thể thao và du lịch"), "VHTT&DL"],
  [word("khoa học và công nghệ"), "KH&CN"],
  [word("giáo dục và đào tạo"), "GD&ĐT"],
  [word("thông tin và truyền thông"), "TT&TT"],
  [word("tài nguyên và môi trường"), "TN&MT"],
  [word("nông nghiệp và môi trường"), "NN&MT"],
  [word("kế hoạch và đầu tư"), "KH&ĐT"],
  [word("văn hóa và thể thao"), "VH&TT"],
  [word("giao thông vận tải"), "GTVT"],
  [word("ban quản lý"), "BQL"],
  [word("khu công nghệ cao"), "KCNC"],
  [word("khu công nghiệp"), "KCN"],
  [word("bộ phận một cửa"), "BPMC"],
  [word("bộ phận"), "BP"],
  [word("trung tâm"), "TT"],
];

/** The kind of a local unit before its name. */
export const UNIT_TYPES: readonly (readonly [RegExp, string])[] = [
  [word("phường"), "P."],
  [word("xã"), "X."],
  [word("đặc khu"), "ĐK"],
  [word("quận"), "Q."],
  [word("huyện"), "H."],
  [word("thành phố"), "TP."],
];

// what the tab shows is what the name holds: no invisible or control character reaches a sheet name
const clean = (text: string) =>
  visibleText(text)
    .normalize("NFC")
    .replace(INVALID_NAME_CHARS, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);

const applied = (text: string, table: readonly (readonly [RegExp, string])[]) =>
  table
    .reduce((t, [re, short]) => t.replace(re, short), text)
    .replace(/\s+/g, " ")
    .trim();

/**
 * The forms of a unit's name, from the fullest to the shortest that drops no word: without the administrative prefix
 * (always: it says nothing the rest does not), with standard phrases abbreviated, with the kind of unit abbreviated,
 * with " - " between parts closed up.
 */
export function unitNameForms(unit: string): string[] {
  const full = clean(unit);
  const bare = capitalised(PREFIXES.reduce((t, re) => t.replace(re, ""), full)) || full;
  const phrases = applied(bare, PHRASES);
  const types = applied(phrases, UNIT_TYPES);
  const joined = types.replace(/\s+[-–]\s+/g, "-");
  return [...new Set([bare, phrases, types, joined])];
}

const TYPE_SHORTS = new Set(UNIT_TYPES.map(([, short]) => short));

/** Words before a cut: no kind of unit left without its name ("P."), no dangling punctuation. */
function trimCut(words: readonly string[]): string {
  const w = [...words];
  while (w.length > 1 && TYPE_SHORTS.has(w[w.length - 1])) w.pop();
  return w.join(" ").replace(/[\s,–-]+$/, "");
}

/**
 * A unit's name within `budget` characters: the first form that fits; else cut after a whole word with "…" — in the
 * part before the last " - " when there is one, so that what tells two sections of one office apart stays
 * ("TTPVHCC P. Sài…-BPMC") — and only a single word longer than the whole budget is ever cut inside.
 */
export function shortUnitName(unit: string, budget: number): string {
  const forms = unitNameForms(unit);
  const fit = forms.find((f) => f.length <= budget);
  if (fit) return fit;
  const parts = applied(applied(forms[0], PHRASES), UNIT_TYPES).split(/\s+[-–]\s+/);
  if (parts.length > 1) {
    const tail = parts[parts.length - 1];
    const head = parts.slice(0, -1).join("-").split(" ");
    while (head.length > 1) {
      head.pop();
      const cut = `${trimCut(head)}…-${tail}`;
      if (cut.length <= budget) return cut;
    }
  }
  const words = forms[forms.length - 1].split(" ");
  while (words.length > 1) {
    words.pop();
    const cut = trimCut(words);
    if (cut.length + 1 <= budget) return `${cut}…`;
  }
  return `${words[0].slice(0, Math.max(1, budget - 1))}…`; // one word longer than the whole budget
}

/** "CĐS 2025-Q3 " */
export function namePrefix(period: Period): string {
  return `CĐS ${periodCode(period)} `;
}

/** A name of the sheets of a period: "CĐS 2025-Q3 " and a label that fits, "(2)" and the like kept whole. */
export function periodSheetName(period: Period, label: string, suffix = ""): string {
  const prefix = namePrefix(period);
  return `${prefix}${shortUnitName(label, MAX_SHEET_NAME - prefix.length - suffix.length)}${suffix}`;
}

/**
 * A unit's name as the pane takes it: what a reader sees of what was typed or pasted — no invisible or control
 * character (a zero-width space, a bidi mark, NUL), whitespace as spaces, trimmed. The sheet's B2, its name and its
 * identity all come from this, so "Phường\u200B Bến Thành" pasted from a message is Phường Bến Thành's sheet.
 */
export function unitName(typed: string): string {
  return visibleText(typed).trim();
}

/** A commune's kind before its name, in the roster's spelling: the code already says which unit it is. */
const ROSTER_KIND = /^(?:(?:ủy|uỷ) ban nhân dân\s+|ubnd\s+)?(?:phường|xã|đặc khu)\s+(?=\S)/iu;

/**
 * The label of a unit's sheets: the city's label; for a unit picked from the roster (it has a code), its short name —
 * "Bến Thành" for "Phường Bến Thành", the code telling it from a namesake; else the name as typed.
 */
function unitLabel(p: SheetParams): string {
  if (p.level === "tp") return CITY_SHEET_LABEL;
  if (!p.code?.trim()) return p.unit;
  const short = p.unit.normalize("NFC").trim().replace(ROSTER_KIND, "");
  return short || p.unit;
}

/**
 * "CĐS 2025-Q3 Bến Thành" (picked from the roster), "CĐS 2025-Q3 P. Đông Hưng Thuận", "CĐS 2025 Phường Sài Gòn",
 * "CĐS 2025-Q3 Toàn thành phố": at most 31 characters.
 */
export function sheetName(p: SheetParams, suffix = ""): string {
  return periodSheetName(p.period, unitLabel(p), suffix);
}

/** How Excel compares sheet names: without case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toLocaleUpperCase("vi") === b.normalize("NFC").toLocaleUpperCase("vi");
}

/**
 * A name for a new sheet that no sheet of the workbook has: the unit's name, else the same with its roster code, else
 * with " (2)", " (3)", … (the unit's part shortened further to make room).
 */
export function freeSheetName(p: SheetParams, taken: readonly string[]): string {
  const isTaken = (name: string) => taken.some((t) => sameSheetName(t, name));
  const first = sheetName(p);
  if (!isTaken(first)) return first;
  // a unit of the roster: its code makes the name its own ("Bến Thành (26734)")
  const code = p.code?.trim().replace(INVALID_NAME_CHARS, "");
  if (code) {
    const byCode = sheetName(p, ` (${code})`);
    if (!isTaken(byCode)) return byCode;
  }
  for (let n = 2; ; n++) {
    const name = sheetName(p, ` (${n})`);
    if (!isTaken(name)) return name;
  }
}

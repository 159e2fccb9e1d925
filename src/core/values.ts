import { catalog, yesNoWords, type CatalogRow } from "./catalog";
import { CdsError } from "./errors";
import { clean, decimalText, formatNumber } from "./format";
import { isBlank, quote, wordKey } from "./text";
import type { CellInput } from "./types";

/**
 * Readers of the figures a unit enters: one per kind of figure, used by evaluate, the validation rules, the
 * consolidation and the custom functions alike. Each returns null for a blank, the value when it is read exactly,
 * and throws a CdsError whose message starts with `what` ("Tử số", "Số liệu 16.1") and says what is wrong. A figure
 * is read whole or refused: spaces inside a number are not glue, a word outside the vocabulary is not an answer.
 */

/** What a figure reads as: a number (a fraction for percentages), done or not for yes/no, null when blank. */
export type Figure = number | boolean | null;

function notANumber(what: string, value: unknown): CdsError {
  return new CdsError("invalidValue", `${what} không phải là số: ${quote(value)}.`);
}

function finite(what: string, value: number): number {
  if (Number.isNaN(value))
    throw new CdsError("invalidNumber", `${what} không phải là số hợp lệ (NaN).`);
  if (!Number.isFinite(value))
    throw new CdsError("invalidNumber", `${what} là vô cực, không phải số liệu hợp lệ.`);
  return value;
}

function decimalsOf(n: number): number {
  return Math.min(6, (String(clean(Math.abs(n))).split(".")[1] ?? "").length);
}

/** The text of a number as typed, without the spaces around it (non-breaking ones included); null if spaces are inside. */
function numberText(value: string): string | null {
  const t = value.trim();
  return /\s/.test(t) ? null : t;
}

function spacesInside(what: string, value: string): CdsError {
  return new CdsError(
    "invalidValue",
    `${what} có khoảng trắng giữa các chữ số: ${quote(value)}. Hãy nhập một số liền (ví dụ 1234 hoặc 1.234).`
  );
}

/** The largest count read exactly: beyond it, a double no longer holds every whole number. */
const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/**
 * How a number is shown in a message: as read, or, when it is too long to be a number at all (400 digits read as
 * Infinity), by how many digits it has.
 */
function shownNumber(n: number, value: unknown): string {
  if (Number.isFinite(n) && Math.abs(n) < 1e21) return formatNumber(n, decimalsOf(n));
  const digits = typeof value === "string" ? (/\d[\d.]*/.exec(value)?.[0] ?? "") : "";
  const whole = digits.replace(/\./g, "").length;
  return whole > 0 ? `số có ${formatNumber(whole)} chữ số` : "số hơn 21 chữ số";
}

/** A typed text inside a message, cut when long (a 400-digit number is not repeated whole). */
function cut(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function tooLarge(what: string, n: number, value: unknown): CdsError {
  return new CdsError(
    "invalidNumber",
    `${what} quá lớn (${shownNumber(n, value)}): không tính chính xác được với số lớn hơn ${formatNumber(MAX_COUNT)}.`
  );
}

/**
 * A dot followed by exactly three digits ("1.234", "12.500%") could be a thousands group or a decimal sign: where a
 * decimal is read (a percentage figure, a target's threshold) it is refused, never guessed. One rule for figures
 * and targets alike.
 */
export function ambiguousDot(body: string): boolean {
  return /^\d+\.\d{3}$/.test(body);
}

/** The refusal of an ambiguous dot: `what` names the value, `typed` shows it as typed, `example` the same with a comma. */
export function ambiguousDotError(what: string, typed: string, example: string): CdsError {
  return new CdsError(
    "invalidValue",
    `${what} không rõ dấu chấm là phần nghìn hay phần thập phân: ${typed}. Hãy dùng dấu phẩy cho phần thập phân (ví dụ ${example}).`
  );
}

/**
 * A whole number ≥ 0: a number, or text of plain digits ("120") or Vietnamese thousands ("1.234.567"). A comma is
 * the decimal sign ("2,5" is not whole); spaces inside ("1 2") are refused.
 */
export function readCount(value: unknown, what: string): number | null {
  if (isBlank(value)) return null;
  let n: number;
  if (typeof value === "number") n = finite(what, value);
  else if (typeof value === "string") {
    const t = numberText(value);
    if (t === null) {
      if (/^-?[\d.,]+$/.test(value.trim().replace(/\s/g, ""))) throw spacesInside(what, value);
      throw notANumber(what, value);
    }
    const negative = t.startsWith("-");
    const digits = negative ? t.slice(1) : t;
    if (/^\d+$/.test(digits) || /^\d{1,3}(\.\d{3})+$/.test(digits))
      n = Number(digits.replace(/\./g, ""));
    else if (/^\d+[.,]\d+$/.test(digits))
      n = decimalText(digits); // a decimal: whole only when its decimals are 0
    else throw notANumber(what, value);
    if (negative) n = -n;
  } else throw notANumber(what, value);
  if (n < 0)
    throw new CdsError(
      "invalidValue",
      `${what} là số âm (${shownNumber(n, value)}): số liệu đếm phải ≥ 0.`
    );
  // before wholeness: a number too long for a double reads as Infinity, which is not "not whole" but too large
  if (n > MAX_COUNT) throw tooLarge(what, n, value);
  if (!Number.isInteger(n)) {
    throw new CdsError(
      "invalidValue",
      `${what} phải là số nguyên (đang là ${formatNumber(n, decimalsOf(n))}).`
    );
  }
  return n;
}

/**
 * A percentage as a fraction 0–1: a number (0.6 for 60%) or a text with % ("60%", "60,25%", "8,5 %"). The decimal
 * sign is the comma; a dot followed by one or two digits ("8.5%") can only be a decimal sign and reads as one, a dot
 * followed by three ("12.345%") could be either and is refused.
 */
export function readPercent(value: unknown, what: string): number | null {
  if (isBlank(value)) return null;
  let n: number;
  if (typeof value === "number") n = finite(what, value);
  else if (typeof value === "string") {
    const t = value.trim();
    const m = /^(-?)(\S+?)\s*%$/.exec(t);
    const body = m?.[2] ?? t;
    if (/\s/.test(body)) {
      if (/^-?[\d.,\s]+%?$/.test(t)) throw spacesInside(what, value);
      throw new CdsError("invalidValue", `${what} không phải là tỷ lệ phần trăm: ${quote(value)}.`);
    }
    if (m && ambiguousDot(body))
      throw ambiguousDotError(what, quote(value), `${body.replace(".", ",")}%`);
    if (!m || !/^\d+(?:[.,]\d+)?$/.test(body)) {
      throw new CdsError(
        "invalidValue",
        /^-?\d+([.,]\d+)?$/.test(t)
          ? `${what} thiếu dấu %: hãy nhập ${t}% nếu đó là tỷ lệ phần trăm.`
          : `${what} không phải là tỷ lệ phần trăm: ${quote(value)}.`
      );
    }
    n = decimalText(body, -2) * (m[1] ? -1 : 1);
  } else if (typeof value === "boolean") {
    throw new CdsError("invalidValue", `${what} là giá trị đúng/sai, không phải tỷ lệ.`);
  } else
    throw new CdsError("invalidValue", `${what} không phải là tỷ lệ phần trăm: ${quote(value)}.`);
  if (n < 0)
    throw new CdsError("invalidValue", `${what} là tỷ lệ âm: tỷ lệ phải trong khoảng 0–100%.`);
  if (n > 1 + 1e-12) {
    throw new CdsError(
      "invalidValue",
      typeof value === "number"
        ? `${what} lớn hơn 100% (${formatNumber(value, decimalsOf(value))}): nhập tỷ lệ kèm dấu % (60%) hoặc dạng phân số (0,6 là 60%).`
        : `${what} lớn hơn 100% (${cut(String(value).trim())}): tỷ lệ phải trong khoảng 0–100%.`
    );
  }
  return n;
}

/** A rank: a whole number ≥ 1, as a number or as digits ("5", " 5 "). */
export function readRank(value: unknown, what: string): number | null {
  if (isBlank(value)) return null;
  let n = NaN;
  if (typeof value === "number") n = finite(what, value);
  else if (typeof value === "string") {
    const t = numberText(value);
    if (t === null && /^[\d\s]+$/.test(value.trim())) throw spacesInside(what, value);
    if (t !== null && /^\d+$/.test(t)) n = Number(t);
  } else if (typeof value === "boolean") {
    throw new CdsError("invalidValue", `${what} là giá trị đúng/sai, không phải số.`);
  }
  if (Number.isNaN(n))
    throw new CdsError("invalidValue", `${what} không phải là thứ hạng: ${quote(value)}.`);
  if (n > MAX_COUNT) throw tooLarge(what, n, value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_COUNT) {
    throw new CdsError(
      "invalidValue",
      `${what} phải là thứ hạng nguyên từ 1 trở lên (đang là ${quote(value)}).`
    );
  }
  return n;
}

/** The words of a yes/no answer: those that mean done, those that mean not done, as shown to users. */
export interface YesNoVocabulary {
  readonly done: readonly string[];
  readonly notDone: readonly string[];
}

const YES = "Có";
const NO = "Không";

function vocabularyOf(rows: readonly CatalogRow[]): YesNoVocabulary {
  const done: string[] = [];
  const notDone: string[] = [];
  for (const row of rows) {
    const [d, n] = yesNoWords(row);
    if (!done.includes(d)) done.push(d);
    if (!notDone.includes(n)) notDone.push(n);
  }
  return { done: [...done, YES], notDone: [...notDone, NO] };
}

const ALL_WORDS = vocabularyOf(catalog.filter((r) => r.kind === "yesno"));
const ROW_WORDS = new Map(
  catalog.filter((r) => r.kind === "yesno").map((r) => [r.id, vocabularyOf([r])])
);

/**
 * The accepted answers of a yes/no row: its list words (the sheet's drop-down: "Đã ban hành" / "Chưa ban hành")
 * and Có / Không; without a row, the words of every yes/no row.
 */
export function yesNoVocabulary(row?: CatalogRow): YesNoVocabulary {
  return (row && ROW_WORDS.get(row.id)) || ALL_WORDS;
}

export interface YesNoOptions {
  /** The row answered: only its own list words (and Có / Không) are accepted. Without it, any row's. */
  readonly row?: CatalogRow;
  /** A consolidated (city-wide) row, where "k/n đơn vị" is the answer: done when k = n. */
  readonly consolidated?: boolean;
}

const keys = new Map<string, Map<string, boolean>>();
function lookup(vocabulary: YesNoVocabulary): Map<string, boolean> {
  const id = vocabulary.done.join("|");
  let map = keys.get(id);
  if (!map) {
    map = new Map<string, boolean>();
    for (const w of vocabulary.done) map.set(wordKey(w), true);
    for (const w of vocabulary.notDone) map.set(wordKey(w), false);
    keys.set(id, map);
  }
  return map;
}

const UNITS_KEY = wordKey("đơn vị");

function accepted(vocabulary: YesNoVocabulary, consolidated: boolean): string {
  const either = (words: readonly string[]) =>
    words.length > 1
      ? `${words
          .slice(0, -1)
          .map((w) => `"${w}"`)
          .join(", ")} hoặc "${words[words.length - 1]}"`
      : `"${words[0]}"`;
  return (
    `Hãy nhập ${either(vocabulary.done)} (đã thực hiện); ${either(vocabulary.notDone)} (chưa thực hiện)` +
    (consolidated ? `; "k/n đơn vị" ở bảng tổng hợp` : "") +
    "; hoặc đánh dấu ô (TRUE/FALSE)."
  );
}

/**
 * Done or not, from a closed vocabulary: the row's list words ("Đã ban hành" / "Chưa ban hành"), "Có" / "Không", a
 * checkbox (TRUE / FALSE), and in a consolidated row "k/n đơn vị" (done when k = n, as numbers: "03/3" is 3/3).
 * Case, spacing and Unicode form do not matter; any other text ("Đã hủy", "x", "1") is refused with the list of
 * accepted words.
 */
export function readYesNo(
  value: unknown,
  what: string,
  options: YesNoOptions = {}
): boolean | null {
  if (isBlank(value)) return null;
  if (typeof value === "boolean") return value;
  const vocabulary = yesNoVocabulary(options.row);
  const consolidated = options.consolidated ?? false;
  if (typeof value === "string") {
    const key = wordKey(value);
    const word = lookup(vocabulary).get(key);
    if (word !== undefined) return word;
    const units = /^(\d+) ?\/ ?(\d+)(?: (.+))?$/.exec(key);
    if (consolidated && units && (units[3] === undefined || units[3] === UNITS_KEY)) {
      const [k, n] = [Number(units[1]), Number(units[2])];
      if (n === 0 || k > n || !Number.isSafeInteger(n)) {
        throw new CdsError(
          "invalidValue",
          `${what} không phải là số đơn vị hợp lệ: ${quote(value)} (cần k/n đơn vị với 0 ≤ k ≤ n và n > 0).`
        );
      }
      return k === n;
    }
  }
  throw new CdsError(
    "invalidValue",
    `${what} không phải là câu trả lời có/không: ${quote(value)}. ${accepted(vocabulary, consolidated)}`
  );
}

/** How a figure is named in messages: "Số liệu 16.1". */
export function figureName(row: CatalogRow): string {
  return `Số liệu ${row.id}`;
}

/** The options of reading a whole report. */
export interface FigureOptions {
  /** A consolidated (city-wide) report: its yes/no rows are answered "k/n đơn vị". */
  readonly consolidated?: boolean;
}

/**
 * The figure of a row, read by its kind: a count, a percentage (a fraction), done or not, a rank. A ratio's own cell,
 * when typed, reads as a percentage; a heading has none. Throws a CdsError naming the row.
 */
export function readFigure(row: CatalogRow, raw: unknown, options: FigureOptions = {}): Figure {
  const what = figureName(row);
  switch (row.kind) {
    case "count":
      return readCount(raw, what);
    case "percent":
    case "ratio":
      return readPercent(raw, what);
    case "yesno":
      return readYesNo(raw, what, { row, consolidated: options.consolidated });
    case "rank":
      return readRank(raw, what);
    default:
      return null;
  }
}

/** A figure read, or why it cannot be. */
export interface Reading {
  readonly value: Figure;
  /** The message of the CdsError that refused the figure. */
  readonly error?: string;
}

/** readFigure that returns the refusal instead of throwing it. */
export function tryReadFigure(row: CatalogRow, raw: unknown, options: FigureOptions = {}): Reading {
  try {
    return { value: readFigure(row, raw, options) };
  } catch (e) {
    if (e instanceof CdsError) return { value: null, error: e.message };
    throw e;
  }
}

/**
 * Every entered figure of a report (all rows but ratios and headings), read once. Rows that are one quantity under
 * two ids (17.2 and 18.2, docs/domain.md#defect-3) share one input: a blank one takes the other's figure.
 */
export function readFigures(
  inputs: Readonly<Record<string, CellInput>>,
  options: FigureOptions = {}
): Map<string, Reading> {
  const reads = new Map<string, Reading>();
  for (const row of catalog) {
    if (row.kind === "ratio" || row.kind === "group") continue;
    reads.set(row.id, tryReadFigure(row, inputs[row.id], options));
  }
  for (const row of catalog) {
    if (!row.sameAs) continue;
    const mine = reads.get(row.id)!;
    const other = reads.get(row.sameAs)!;
    const blank = (r: Reading) => r.value === null && !r.error;
    if (blank(mine) && !blank(other)) reads.set(row.id, other);
    else if (blank(other) && !blank(mine)) reads.set(row.sameAs, mine);
  }
  return reads;
}

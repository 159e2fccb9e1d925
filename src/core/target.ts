import { findRow, type CatalogRow } from "./catalog";
import { CdsError } from "./errors";
import { decimalText, formatNumber, formatPercent } from "./format";
import { LEVEL_NAMES } from "./levels";
import { fold, isBlank, quote } from "./text";
import { ambiguousDot, ambiguousDotError } from "./values";
import type { Level } from "./types";

export type Comparator = ">=" | ">" | "<=" | "<";

/** A target: "done" for yes/no indicators, or a comparison with a threshold. */
export type Target =
  | { readonly type: "done" }
  | {
      readonly type: "compare";
      readonly op: Comparator;
      /** The threshold: a fraction for percentages (0.085 for 8,5%), a plain number otherwise (a rank). */
      readonly value: number;
      readonly percent: boolean;
    };

const SYMBOL: Record<Comparator, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<" };

/** The sheet's text of a target: `≥ 60%`, `> 8,5%`, `≤ 5`, `Có`. */
export function formatTarget(target: Target): string {
  if (target.type === "done") return "Có";
  const decimals = (n: number) => (String(n).split(".")[1] ?? "").length;
  const shown = target.percent
    ? formatPercent(
        target.value,
        Math.max(0, decimals(Number((target.value * 100).toPrecision(12))))
      )
    : formatNumber(target.value, decimals(target.value));
  return `${SYMBOL[target.op]} ${shown}`;
}

// Words and signs before the number, folded (no diacritics), the longer before the shorter. "trên" is strict;
// "đạt", "là", "tối thiểu" mean at least (docs/domain.md#comparators).
const OPERATORS: ReadonlyArray<[string, Comparator]> = [
  [">=", ">="],
  ["≥", ">="],
  ["=>", ">="],
  ["<=", "<="],
  ["≤", "<="],
  ["=<", "<="],
  [">", ">"],
  ["<", "<"],
  ["dat tren", ">"],
  ["tren", ">"],
  ["lon hon", ">"],
  ["cao hon", ">"],
  ["dat toi thieu", ">="],
  ["toi thieu", ">="],
  ["it nhat", ">="],
  ["khong duoi", ">="],
  ["khong thap hon", ">="],
  ["dat", ">="],
  ["la", ">="],
  ["khong vuot qua", "<="],
  ["khong qua", "<="],
  ["toi da", "<="],
  ["trong nhom", "<="],
  ["nhom", "<="],
  ["duoi", "<"],
  ["nho hon", "<"],
  ["thap hon", "<"],
];

const DONE_WORDS =
  /^(co|da thuc hien|da hoan thanh|da ban hanh|da trien khai|hoan thanh|thuc hien)$/;

/**
 * Reads a target text: `≥ 60%`, `>= 60%`, `> 8,5%`, `trên 8,5%`, `đạt 60%`, `tối thiểu 35%`, `60%`, `100%`,
 * `≤ 5`, `Có`. Throws a CdsError saying what is wrong with any other text.
 */
export function parseTarget(text: string): Target {
  let target = parsed.get(text);
  if (!target) {
    target = readTarget(text);
    if (parsed.size >= 512) parsed.clear(); // a sheet has a few dozen distinct targets
    parsed.set(text, target);
  }
  return target;
}

// Targets are read once per distinct text: a recalculation checks hundreds of cells against the same few texts.
const parsed = new Map<string, Target>();

function readTarget(text: string): Target {
  const folded = fold(text);
  if (DONE_WORDS.test(folded)) return { type: "done" };
  const found = OPERATORS.find(
    ([word]) => folded.startsWith(word) && !/[a-z]/.test(folded.charAt(word.length))
  );
  const rest = (found ? folded.slice(found[0].length) : folded).trim();
  const m = /^(\d+(?:[.,]\d+)?)\s*(%?)$/.exec(rest);
  const percent = m?.[2] === "%";
  if (!m || (!found && !percent)) {
    throw new CdsError(
      "invalidValue",
      `Mục tiêu ${quote(text)} không đọc được: hãy viết như "≥ 60%", "> 8,5%", "≤ 5" hoặc "Có".`
    );
  }
  // the figures' rule (values.ts): "1.000%" could be 1% or a thousand per cent, so it is refused, never guessed
  if (ambiguousDot(m[1])) {
    const example = text.trim().replace(/(\d)\.(\d{3})(?!\d)/, "$1,$2");
    throw ambiguousDotError("Mục tiêu", quote(text), quote(example));
  }
  const value = decimalText(m[1], percent ? -2 : 0);
  if (!Number.isFinite(value))
    throw new CdsError("invalidValue", `Mục tiêu ${quote(text)} có ngưỡng quá lớn.`);
  if (percent && value > 1)
    throw new CdsError("invalidValue", `Mục tiêu ${quote(text)} vượt quá 100%.`);
  return { type: "compare", op: found ? found[1] : ">=", value, percent };
}

/** The default target of a row, as text, for a level; throws where it has none or needs a level. */
export function defaultTargetText(row: CatalogRow, level?: Level): string {
  const t = row.target;
  if (t === null) {
    throw new CdsError(
      "notAvailable",
      row.kind === "count"
        ? `Dòng ${row.id} là số liệu đếm, không có mục tiêu riêng.`
        : row.kind === "group"
          ? `Dòng ${row.id} là dòng nhóm: mục tiêu nằm ở các dòng con ${row.id}.1, ${row.id}.2.`
          : `Chỉ tiêu ${row.id} không có mục tiêu riêng (tỷ lệ chung toàn thành phố).`
    );
  }
  if (typeof t === "string") return t;
  if (level === undefined) {
    throw new CdsError(
      "invalidValue",
      `Chỉ tiêu ${row.id} có mục tiêu theo cấp (${tierList(t)}): hãy cho biết cấp đơn vị ("so", "huyen" hoặc "xa").`
    );
  }
  if (level === "tp") {
    throw new CdsError(
      "notAvailable",
      `Ở cấp toàn thành phố, chỉ tiêu ${row.id} được đánh giá theo từng cấp (${tierList(t)}), không có một mục tiêu chung.`
    );
  }
  return t[level];
}

function tierList(t: Readonly<Record<"so" | "huyen" | "xa", string>>): string {
  return (["so", "huyen", "xa"] as const)
    .map((l) => `${LEVEL_NAMES[l].toLowerCase()} ${t[l]}`)
    .join("; ");
}

/** A row by its id, given as text ("16", "9.1") or as a number (16). */
export function rowById(id: unknown): CatalogRow {
  const key =
    typeof id === "number" && Number.isFinite(id)
      ? String(id)
      : typeof id === "string"
        ? id.trim()
        : "";
  const row = findRow(key.replace(/\.$/, ""));
  if (!row) {
    throw new CdsError(
      "invalidValue",
      isBlank(id)
        ? 'Thiếu mã chỉ tiêu: hãy nhập mã như "16" hoặc "12.1".'
        : `Không có chỉ tiêu mã ${quote(id)}: mã hợp lệ từ "1" đến "41" và các dòng con như "9.1", "12.3".`
    );
  }
  return row;
}

/**
 * The indicator a target given to a check stands for, when it is an id ("2", "28.1", 16), as resolveTarget reads
 * it; undefined for a target text or a threshold.
 */
export function targetRow(target: unknown): CatalogRow | undefined {
  if (typeof target === "number")
    return Number.isInteger(target) && target > 1 ? findRow(String(target)) : undefined;
  if (typeof target !== "string") return undefined;
  const t = target.trim().replace(/\.$/, "");
  return /^\d+(\.\d+)?$/.test(t) ? findRow(t) : undefined;
}

/**
 * A target given to a check: target text, an indicator id (standing for its default target at that level), or a
 * number. A number is a percentage threshold when 0 < n ≤ 1 (a cell formatted as 60% holds 0.6) and an indicator id
 * when it is a whole number from 2 to 41; "1" as an id must be written as text.
 */
export function resolveTarget(target: unknown, level?: Level): Target {
  if (isBlank(target))
    throw new CdsError(
      "invalidValue",
      'Thiếu mục tiêu: hãy nhập mục tiêu (như "≥ 60%") hoặc mã chỉ tiêu.'
    );
  if (typeof target === "number") {
    if (!Number.isFinite(target))
      throw new CdsError("invalidValue", `Mục tiêu ${quote(target)} không phải số hợp lệ.`);
    if (target > 0 && target <= 1)
      return { type: "compare", op: ">=", value: target, percent: true };
    if (Number.isInteger(target) && findRow(String(target)))
      return parseTarget(defaultTargetText(rowById(target), level));
    throw new CdsError(
      "invalidValue",
      `Mục tiêu ${quote(target)} không hợp lệ: hãy viết như "≥ 60%" hoặc nhập mã chỉ tiêu dạng văn bản.`
    );
  }
  if (typeof target !== "string")
    throw new CdsError("invalidValue", `Mục tiêu ${quote(target)} không hợp lệ.`);
  const t = target.trim().replace(/\.$/, "");
  if (/^\d+(\.\d+)?$/.test(t) && findRow(t))
    return parseTarget(defaultTargetText(rowById(t), level));
  return parseTarget(target);
}

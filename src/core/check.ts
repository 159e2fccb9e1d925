import { formatNumber, formatPercent } from "./format";
import { formatTarget, resolveTarget, rowById, targetRow, type Target } from "./target";
import { isBlank } from "./text";
import type { CatalogRow } from "./catalog";
import type { Level, Verdict } from "./types";
import { VERDICTS } from "./types";
import { readPercent, readRank, readYesNo, type Figure, type YesNoOptions } from "./values";

/** A verdict and, where the verdict alone could mislead, a note saying why. */
export interface Judgement {
  readonly verdict: Verdict;
  readonly note: string;
}

/**
 * Reads a value the way the target needs it: yes/no for "Có" (the row's words when the row is known), a fraction for
 * percentages, a rank otherwise — with the same readers as the sheet's figures.
 */
export function readForTarget(
  value: unknown,
  target: Target,
  what: string,
  options: YesNoOptions = {}
): Figure {
  if (target.type === "done") return readYesNo(value, what, options);
  return target.percent ? readPercent(value, what) : readRank(value, what);
}

function showThreshold(target: Target & { type: "compare" }): string {
  return target.percent ? formatPercent(target.value) : formatNumber(target.value);
}

// Thresholds are decimals and figures carry binary noise (14.3 / 100 is not 0.143): a figure within 1e-12 of the
// threshold, relatively, is on it — finer than the 15 significant digits Excel shows, coarser than the noise.
function onThreshold(value: number, threshold: number): boolean {
  return Math.abs(value - threshold) <= 1e-12 * Math.max(1, Math.abs(threshold));
}

/** Whether a number meets a comparison target, on the line as judgeValue decides it. */
export function meets(value: number, target: Target & { type: "compare" }): boolean {
  const on = onThreshold(value, target.value);
  const diff = value - target.value;
  switch (target.op) {
    case ">=":
      return on || diff > 0;
    case ">":
      return !on && diff > 0;
    case "<=":
      return on || diff < 0;
    case "<":
      return !on && diff < 0;
  }
}

/** Judges a value that has already been read (see readForTarget) against a target. */
export function judgeValue(value: Figure, target: Target): Judgement {
  if (value === null) return { verdict: VERDICTS.noData, note: "" };
  if (target.type === "done")
    return { verdict: value === true ? VERDICTS.met : VERDICTS.notMet, note: "" };
  if (typeof value !== "number") return { verdict: VERDICTS.notMet, note: "" };
  const met = meets(value, target);
  if (!met && onThreshold(value, target.value)) {
    return {
      verdict: VERDICTS.notMet,
      note: `Bằng đúng ngưỡng ${showThreshold(target)}: mục tiêu "${formatTarget(target)}" đòi hỏi ${
        target.op === ">" ? "lớn hơn" : "nhỏ hơn"
      } hẳn ngưỡng.`,
    };
  }
  return { verdict: met ? VERDICTS.met : VERDICTS.notMet, note: "" };
}

/**
 * The verdict and note of a value against a target text or an indicator id. A yes/no answer is read with the words
 * of the row — the row `id` names, or the target when it is an id — and with every row's words only when neither
 * says which row; "k/n đơn vị" only where the level is the city's or not given.
 */
export function judge(value: unknown, target: unknown, level?: Level, id?: unknown): Judgement {
  const t = resolveTarget(target, level);
  const row: CatalogRow | undefined = isBlank(id) ? targetRow(target) : rowById(id);
  const options: YesNoOptions = {
    row: row?.kind === "yesno" ? row : undefined,
    consolidated: level === undefined || level === "tp",
  };
  return judgeValue(readForTarget(value, t, "Giá trị", options), t);
}

/**
 * `Đạt`, `Chưa đạt` or `Chưa có số liệu` for a value against a target (text such as "≥ 60%", or an indicator id
 * standing for its default target at the level). Throws a CdsError for a value or target that cannot be judged.
 */
export function check(value: unknown, target: unknown, level?: Level, id?: unknown): Verdict {
  return judge(value, target, level, id).verdict;
}

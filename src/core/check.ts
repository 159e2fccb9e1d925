import { CdsError } from "./errors";
import { formatNumber, formatPercent } from "./format";
import { formatTarget, resolveTarget, type Target } from "./target";
import type { Level, Verdict } from "./types";
import { VERDICTS } from "./types";
import { readPercent, readRank, readYesNo } from "./values";

/** A verdict and, where the verdict alone could mislead, a note saying why. */
export interface Judgement {
  readonly verdict: Verdict;
  readonly note: string;
}

/** Reads a value the way the target needs it: yes/no for "Có", a fraction for percentages, a rank otherwise. */
export function readForTarget(value: unknown, target: Target, what: string): number | boolean | null {
  if (target.type === "done") return readYesNo(value, what);
  if (target.percent) {
    if (typeof value === "boolean") throw new CdsError("invalidValue", `${what} là giá trị đúng/sai, không phải tỷ lệ.`);
    return readPercent(value, what);
  }
  if (typeof value === "boolean") throw new CdsError("invalidValue", `${what} là giá trị đúng/sai, không phải số.`);
  return readRank(value, what);
}

function showThreshold(target: Target & { type: "compare" }): string {
  return target.percent ? formatPercent(target.value) : formatNumber(target.value);
}

/** Judges a value that has already been read (see readForTarget) against a target. */
export function judgeValue(value: number | boolean | null, target: Target): Judgement {
  if (value === null) return { verdict: VERDICTS.noData, note: "" };
  if (target.type === "done") return { verdict: value === true ? VERDICTS.met : VERDICTS.notMet, note: "" };
  if (typeof value !== "number") return { verdict: VERDICTS.notMet, note: "" };
  // Thresholds are decimals and figures carry binary noise (14.3 / 100 is not 0.143): a figure within 1e-12 of
  // the threshold, relatively, is on it — finer than the 15 significant digits Excel shows, coarser than the noise.
  const t = target.value;
  const diff = value - t;
  const on = Math.abs(diff) <= 1e-12 * Math.max(1, Math.abs(t));
  const met = target.op === ">=" ? on || diff > 0 : target.op === ">" ? !on && diff > 0 : target.op === "<=" ? on || diff < 0 : !on && diff < 0;
  if (!met && on) {
    return {
      verdict: VERDICTS.notMet,
      note: `Bằng đúng ngưỡng ${showThreshold(target)}: mục tiêu "${formatTarget(target)}" đòi hỏi ${
        target.op === ">" ? "lớn hơn" : "nhỏ hơn"
      } hẳn ngưỡng.`,
    };
  }
  return { verdict: met ? VERDICTS.met : VERDICTS.notMet, note: "" };
}

/** The verdict and note of a value against a target text or an indicator id. */
export function judge(value: unknown, target: unknown, level?: Level): Judgement {
  const t = resolveTarget(target, level);
  return judgeValue(readForTarget(value, t, "Giá trị"), t);
}

/**
 * `Đạt`, `Chưa đạt` or `Chưa có số liệu` for a value against a target (text such as "≥ 60%", or an indicator id
 * standing for its default target at the level). Throws a CdsError for a value or target that cannot be judged.
 */
export function check(value: unknown, target: unknown, level?: Level): Verdict {
  return judge(value, target, level).verdict;
}


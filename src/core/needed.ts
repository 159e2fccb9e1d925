import { meets } from "./check";
import { CdsError } from "./errors";
import { formatNumber } from "./format";
import { rate } from "./rate";
import { formatTarget, resolveTarget } from "./target";
import type { Level } from "./types";
import { readCount } from "./values";

/**
 * How many more items the numerator needs, the denominator staying as it is, for a / b to meet a percentage target:
 * the smallest k ≥ 0 with (a + k) / b meeting it as CDS.CHECK judges it — the same comparison, the same reading of
 * the threshold, so that the two agree on every target, on the line included ((a + k) / b is Đạt, (a + k - 1) / b
 * is not). Whether a / b meets the target only grows with a, so the least a is found by bisection. CHECK's line is
 * 1e-12 wide (relatively), finer than one unit of the numerator while b < 10^12: the answer is exact in whole units.
 */
export function needed(a: unknown, b: unknown, target: unknown, level?: Level): number {
  rate(a, b); // the same checks of the parts, the same messages
  const num = readCount(a, "Tử số") as number;
  const den = readCount(b, "Mẫu số") as number;
  const t = resolveTarget(target, level);
  if (t.type !== "compare" || !t.percent || (t.op !== ">=" && t.op !== ">")) {
    throw new CdsError(
      "invalidValue",
      'Chỉ tính được số còn thiếu cho mục tiêu tỷ lệ dạng "≥ X%" hoặc "> X%".'
    );
  }
  const ok = (x: number) => meets(x / den, t);
  if (ok(num)) return 0;
  if (!ok(den)) {
    throw new CdsError(
      "notAvailable",
      `Không thể đạt mục tiêu "${formatTarget(t)}" với mẫu số ${formatNumber(den)}: tử số cần lớn hơn mẫu số.`
    );
  }
  let lo = num; // does not meet
  let hi = den; // meets
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi - num;
}

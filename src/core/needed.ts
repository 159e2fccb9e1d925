import { CdsError } from "./errors";
import { formatNumber } from "./format";
import { rate } from "./rate";
import { formatTarget, resolveTarget } from "./target";
import type { Level } from "./types";
import { readCount } from "./values";

/** A decimal threshold as an exact fraction p / q (q a power of ten), from its shortest decimal text. */
function exact(value: number): { p: number; q: number } {
  const text = String(value);
  if (/e/i.test(text)) throw new CdsError("invalidValue", `Ngưỡng ${text} quá nhỏ để tính.`);
  const [int, frac = ""] = text.split(".");
  return { p: Number(int + frac), q: 10 ** frac.length };
}

/**
 * How many more items the numerator needs, the denominator staying as it is, for a / b to meet a percentage target:
 * the smallest k ≥ 0 with (a + k) / b meeting it. Exact in decimal, in whole numbers: no rounding decides a verdict
 * on the line. (No BigInt: Excel's custom-function runtimes on older desktops do not all have it.)
 */
export function needed(a: unknown, b: unknown, target: unknown, level?: Level): number {
  rate(a, b); // the same checks of the parts, the same messages
  const num = readCount(a, "Tử số") as number;
  const den = readCount(b, "Mẫu số") as number;
  const t = resolveTarget(target, level);
  if (t.type !== "compare" || !t.percent || (t.op !== ">=" && t.op !== ">")) {
    throw new CdsError("invalidValue", 'Chỉ tính được số còn thiếu cho mục tiêu tỷ lệ dạng "≥ X%" hoặc "> X%".');
  }
  const { p, q } = exact(t.value);
  const product = p * den; // (num + k) * q must reach p * den: >= for "≥", > for ">"
  if (!Number.isSafeInteger(product)) throw new CdsError("invalidNumber", "Số liệu quá lớn để tính chính xác.");
  let least = Math.floor(product / q);
  if (t.op === ">=" ? least * q < product : least * q <= product) least += 1;
  const k = Math.max(0, least - num);
  if (num + k > den) {
    throw new CdsError(
      "notAvailable",
      `Không thể đạt mục tiêu "${formatTarget(t)}" với mẫu số ${formatNumber(den)}: cần tử số ${formatNumber(least)}, lớn hơn mẫu số.`,
    );
  }
  return k;
}

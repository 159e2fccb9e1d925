import { CdsError } from "./errors";
import { formatNumber } from "./format";
import { rate } from "./rate";
import { formatTarget, resolveTarget } from "./target";
import type { Level } from "./types";
import { readCount } from "./values";

/**
 * How many more items the numerator needs, the denominator staying as it is, for a / b to meet a percentage target:
 * the smallest whole k ≥ 0 with (a + k) / b ≥ the threshold (> for a strict target), in exact decimal arithmetic.
 * The threshold is a decimal — the target as written ("14,3%" is 143/1000), or a number as Excel shows it, to 15
 * significant digits (0.1 + 0.2 is 0.3, as CDS.CHECK puts it on the line) — and b times it is computed on decimal
 * digits, never in binary: NEEDED(0, 10^15, "≥ 60%") is 6 × 10^14 exactly, for every count up to 2^53 − 1.
 *
 * CDS.CHECK judges a ratio already divided (a double) and counts a figure within 10^-12 of the threshold as on it;
 * while b < 10^10 that line is finer than one unit of the numerator, so the two agree on every target: (a + k) / b
 * is Đạt and (a + k − 1) / b is not.
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
  // the least numerator that meets the target: ⌈b·t⌉ for "≥", ⌊b·t⌋ + 1 for ">"
  const { digits, exponent } = decimalOf(t.value);
  const product = times(digits, String(den)); // b·t = product × 10^exponent
  const cut = Math.max(0, -exponent);
  const whole = exponent >= 0 ? product + "0".repeat(exponent) : product.slice(0, -cut) || "0";
  const fraction = exponent >= 0 ? "" : product.slice(-cut); // its leading zeros, if any, do not matter here
  const onLine = !/[1-9]/.test(fraction);
  const least = t.op === ">=" && onLine ? whole : plusOne(whole);
  if (compareDigits(least, String(den)) > 0) {
    throw new CdsError(
      "notAvailable",
      `Không thể đạt mục tiêu "${formatTarget(t)}" với mẫu số ${formatNumber(den)}: tử số cần lớn hơn mẫu số.`
    );
  }
  const k = Number(least) - num; // least ≤ den ≤ 2^53 − 1: exact as a double
  return k > 0 ? k : 0;
}

/** A finite number ≥ 0 as Excel shows it (15 significant digits): digits × 10^exponent, digits without leading zeros. */
function decimalOf(value: number): { digits: string; exponent: number } {
  const m = /^(\d)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(value.toExponential(14));
  if (!m || value === 0) return { digits: "0", exponent: 0 };
  const mantissa = (m[1] + (m[2] ?? "")).replace(/0+$/, "") || "0";
  return { digits: mantissa, exponent: Number(m[3] ?? 0) - (mantissa.length - 1) };
}

/** The product of two whole numbers written in decimal digits, in decimal digits. */
function times(x: string, y: string): string {
  const out = new Array<number>(x.length + y.length).fill(0);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      const sum = out[i + j + 1] + Number(x[i]) * Number(y[j]);
      out[i + j + 1] = sum % 10;
      out[i + j] += Math.floor(sum / 10);
    }
  }
  return out.join("").replace(/^0+(?=\d)/, "");
}

function plusOne(digits: string): string {
  const d = digits.split("").map(Number);
  let i = d.length - 1;
  while (i >= 0 && d[i] === 9) d[i--] = 0;
  if (i < 0) d.unshift(1);
  else d[i]++;
  return d.join("");
}

function compareDigits(x: string, y: string): number {
  return x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
}

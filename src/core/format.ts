/**
 * Vietnamese number text for reports: `1.234.567` (dot thousands), `60,25%` (comma decimals).
 * Inside Excel cells numbers stay numbers with a number format; this is for text output only.
 */

function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A number with dot thousands and, when asked, comma decimals: formatNumber(1234.5, 1) → "1.234,5". */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + group(int) + (frac ? "," + frac : "");
}

/** A fraction as a Vietnamese percentage with two decimals: formatPercent(0.6025) → "60,25%". */
export function formatPercent(fraction: number, decimals = 2): string {
  // Round the percentage in decimal, not in binary: 0.145 * 100 is 14.499999999999998.
  const pct = Number((fraction * 100).toPrecision(15));
  return formatNumber(pct, decimals) + "%";
}

/**
 * A decimal number given as text ("8,5", "14.3", "60") as the nearest double, shifted by `shift` decimal places
 * without binary arithmetic: decimalText("14,3", -2) is exactly the double of 0.143, which 14.3 / 100 is not.
 */
export function decimalText(text: string, shift = 0): number {
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!m) return NaN;
  return Number(`${m[1]}${m[2] ? "." + m[2] : ""}e${shift}`);
}

/** Rounds away the binary noise of a computed figure (15 significant digits, as Excel shows). */
export function clean(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(15));
}

import { CdsError } from "./errors";
import { formatNumber } from "./format";
import { readCount } from "./values";

/** How the two parts of a ratio are named in messages: "Tử số (16.1)" rather than "Tử số". */
export interface RateLabels {
  readonly num?: string;
  readonly den?: string;
}

function names(labels?: RateLabels): { num: string; den: string } {
  return {
    num: labels?.num ? `Tử số (${labels.num})` : "Tử số",
    den: labels?.den ? `mẫu số (${labels.den})` : "mẫu số",
  };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * a / b as a fraction (0.6 for 60%), for two counts. Both must be whole numbers ≥ 0 with a ≤ b; a blank part is
 * missing data (notAvailable), b = 0 is divisionByZero, anything else wrong is invalidValue or invalidNumber — each
 * with a Vietnamese message that names the part at fault.
 */
export function rate(a: unknown, b: unknown, labels?: RateLabels): number {
  const n = names(labels);
  const num = readCount(a, n.num);
  const den = readCount(b, capital(n.den));
  if (num === null && den === null)
    throw new CdsError("notAvailable", `Chưa có số liệu ${n.num.toLowerCase()} và ${n.den}.`);
  if (num === null) throw new CdsError("notAvailable", `Chưa có số liệu ${n.num.toLowerCase()}.`);
  if (den === null) throw new CdsError("notAvailable", `Chưa có số liệu ${n.den}.`);
  if (den === 0) {
    throw new CdsError(
      "divisionByZero",
      num === 0
        ? `${capital(n.den)} bằng 0: không phát sinh, không tính được tỷ lệ.`
        : `${capital(n.den)} bằng 0 trong khi ${n.num.toLowerCase()} là ${formatNumber(num)}.`
    );
  }
  if (num > den) {
    throw new CdsError(
      "invalidValue",
      `${n.num} lớn hơn ${n.den}: ${formatNumber(num)} > ${formatNumber(den)}.`
    );
  }
  return num / den;
}

import { CdsError } from "./errors";
import { clean, decimalText, formatNumber } from "./format";
import { fold, isBlank, quote } from "./text";

/**
 * Readers of the figures a unit enters. Each returns null for a blank, the value when it can be right, and throws a
 * CdsError whose message starts with `what` ("Tử số", "Số liệu 16.1") and says what is wrong.
 */

function notANumber(what: string, value: unknown): CdsError {
  return new CdsError("invalidValue", `${what} không phải là số: ${quote(value)}.`);
}

function finite(what: string, value: number): number {
  if (Number.isNaN(value)) throw new CdsError("invalidNumber", `${what} không phải là số hợp lệ (NaN).`);
  if (!Number.isFinite(value)) throw new CdsError("invalidNumber", `${what} là vô cực, không phải số liệu hợp lệ.`);
  return value;
}

/** A whole number ≥ 0: a number, plain digits ("120") or Vietnamese thousands ("1.234.567") as text. */
export function readCount(value: unknown, what: string): number | null {
  if (isBlank(value)) return null;
  let n: number;
  if (typeof value === "number") n = finite(what, value);
  else if (typeof value === "string") {
    const t = value.trim().replace(/\s/g, "");
    if (/^\d+$/.test(t) || /^\d{1,3}(\.\d{3})+$/.test(t)) n = Number(t.replace(/\./g, ""));
    else if (/^-\s*\d/.test(t)) throw new CdsError("invalidValue", `${what} là số âm (${value.trim()}): số liệu đếm phải ≥ 0.`);
    else throw notANumber(what, value);
  } else throw notANumber(what, value);
  if (n < 0) throw new CdsError("invalidValue", `${what} là số âm (${formatNumber(n, decimalsOf(n))}): số liệu đếm phải ≥ 0.`);
  if (!Number.isInteger(n)) {
    throw new CdsError("invalidValue", `${what} phải là số nguyên (đang là ${formatNumber(n, decimalsOf(n))}).`);
  }
  return n;
}

function decimalsOf(n: number): number {
  return Math.min(6, (String(clean(Math.abs(n))).split(".")[1] ?? "").length);
}

/** A percentage as a fraction 0–1: a number (0.6 for 60%) or a text with % ("60%", "60,25%"). */
export function readPercent(value: unknown, what: string): number | null {
  if (isBlank(value)) return null;
  let n: number;
  if (typeof value === "number") n = finite(what, value);
  else if (typeof value === "string") {
    const m = /^(-?)\s*(\d+(?:[.,]\d+)?)\s*%$/.exec(value.trim());
    if (!m) {
      throw new CdsError(
        "invalidValue",
        /^\s*-?\d+([.,]\d+)?\s*$/.test(value)
          ? `${what} thiếu dấu %: hãy nhập ${value.trim()}% nếu đó là tỷ lệ phần trăm.`
          : `${what} không phải là tỷ lệ phần trăm: ${quote(value)}.`,
      );
    }
    n = decimalText(m[2], -2) * (m[1] ? -1 : 1);
  } else throw new CdsError("invalidValue", `${what} không phải là tỷ lệ phần trăm: ${quote(value)}.`);
  if (n < 0) throw new CdsError("invalidValue", `${what} là tỷ lệ âm: tỷ lệ phải trong khoảng 0–100%.`);
  if (n > 1 + 1e-12) {
    throw new CdsError(
      "invalidValue",
      typeof value === "number"
        ? `${what} lớn hơn 100% (${formatNumber(value, decimalsOf(value))}): nhập tỷ lệ kèm dấu % (60%) hoặc dạng phân số (0,6 là 60%).`
        : `${what} lớn hơn 100% (${String(value).trim()}): tỷ lệ phải trong khoảng 0–100%.`,
    );
  }
  return n;
}

const DONE = /^(co|x|yes|true|1|da|da .+|hoan thanh|roi)$/;
const NOT_DONE = /^(khong|khong co|no|false|0|chua|chua .+)$/;

/** Done or not: a boolean, 1/0, "Có"/"Không", "Đã ban hành"/"Chưa ban hành", "Đã triển khai"/"Chưa triển khai", … */
export function readYesNo(value: unknown, what: string): boolean | null {
  if (isBlank(value)) return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && (value === 0 || value === 1)) return value === 1;
  if (typeof value === "string") {
    const f = fold(value).replace(/[.!]$/, "");
    // a city-wide yes/no: "k/n đơn vị" is done when every reporting unit did it
    const units = /^(\d+)\s*\/\s*(\d+)(\s*don vi)?$/.exec(f);
    if (units && Number(units[2]) > 0 && Number(units[1]) <= Number(units[2])) return units[1] === units[2];
    if (DONE.test(f)) return true;
    if (NOT_DONE.test(f)) return false;
  }
  throw new CdsError(
    "invalidValue",
    `${what} không rõ đã thực hiện hay chưa: ${quote(value)}; hãy chọn "Có"/"Không" hoặc "Đã …"/"Chưa …".`,
  );
}

/** A rank: a whole number ≥ 1. */
export function readRank(value: unknown, what: string): number | null {
  if (isBlank(value)) return null;
  const n = typeof value === "number" ? finite(what, value) : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(n)) throw new CdsError("invalidValue", `${what} không phải là thứ hạng: ${quote(value)}.`);
  if (!Number.isInteger(n) || n < 1) {
    throw new CdsError("invalidValue", `${what} phải là thứ hạng nguyên từ 1 trở lên (đang là ${quote(value)}).`);
  }
  return n;
}

/**
 * The custom functions as plain functions of Excel's argument values: they read the arguments and call the core,
 * throwing CdsError. The Excel wrappers (functions.ts) and the HyperFormula plugin (tests, preview) share them, so the
 * sheet computes exactly what the core computes.
 */
import {
  CdsError,
  changeBetween,
  check,
  defaultTarget,
  needed,
  optionalLevel,
  rate,
  rowById,
} from "../core";

/**
 * The value of one cell. A range of several cells (C20:D21), which Excel may hand over as a grid, is refused with a
 * message saying so, rather than shown as its values run together ("0.6,0.7,0.8,0.9"); a range of one cell is that
 * cell.
 */
function one(value: unknown, what: string): unknown {
  if (!Array.isArray(value)) return value;
  const rows = value.length;
  const cols = value.reduce<number>(
    (most, row) => Math.max(most, Array.isArray(row) ? row.length : 1),
    0
  );
  if (rows === 1 && cols === 1) return Array.isArray(value[0]) ? value[0][0] : value[0];
  throw new CdsError(
    "invalidValue",
    `${what} là một vùng nhiều ô (${rows} dòng × ${cols} cột): hàm cần giá trị của một ô, ví dụ C20 thay vì C20:D21.`
  );
}

export const impl = {
  rate: (a: unknown, b: unknown): number => rate(one(a, "Tử số"), one(b, "Mẫu số")),
  check: (value: unknown, target: unknown, level?: unknown, id?: unknown): string =>
    check(
      one(value, "Số liệu"),
      one(target, "Mục tiêu"),
      optionalLevel(one(level, "Cấp đơn vị")),
      one(id, "Mã chỉ tiêu")
    ),
  target: (id: unknown, level?: unknown): string =>
    defaultTarget(rowById(one(id, "Mã chỉ tiêu")).id, optionalLevel(one(level, "Cấp đơn vị"))),
  title: (id: unknown): string => rowById(one(id, "Mã chỉ tiêu")).title,
  needed: (a: unknown, b: unknown, target: unknown, level?: unknown): number =>
    needed(
      one(a, "Tử số"),
      one(b, "Mẫu số"),
      one(target, "Mục tiêu"),
      optionalLevel(one(level, "Cấp đơn vị"))
    ),
  change: (
    current: unknown,
    previous: unknown,
    id: unknown,
    previousVerdict?: unknown,
    currentVerdict?: unknown
  ): string =>
    changeBetween(
      one(id, "Mã chỉ tiêu"),
      one(current, "Số liệu kỳ này"),
      one(previous, "Số liệu kỳ trước"),
      one(previousVerdict, "Đánh giá kỳ trước"),
      one(currentVerdict, "Đánh giá kỳ này")
    ),
};

export type FunctionName = keyof typeof impl;

import { catalog, findRow } from "./catalog";
import { isCdsError } from "./errors";
import type { Inputs } from "./evaluate";
import { formatNumber } from "./format";
import { isBlank } from "./text";
import { readCount, readPercent, readRank, readYesNo } from "./values";

/**
 * Validation rules as DHIS2 writes them: a left side, an operator, a right side, an importance. A side is a row's
 * figure or a constant; a rule whose sides are missing is skipped (missing data is "Chưa có số liệu", not an error).
 * Type rules (a whole number, a percentage, a yes/no) and the evidence rule complete them.
 */
export type Importance = "error" | "warning";
export type Operator = "<=" | ">=" | "==" | "<" | ">";
export type Side = { readonly row: string } | { readonly value: number };

export type Rule =
  | { readonly id: string; readonly kind: "compare"; readonly left: Side; readonly op: Operator; readonly right: Side; readonly importance: Importance; readonly description: string }
  | { readonly id: string; readonly kind: "type"; readonly row: string; readonly importance: Importance; readonly description: string }
  | { readonly id: string; readonly kind: "evidence"; readonly row: string; readonly importance: Importance; readonly description: string };

export interface Violation {
  readonly rule: string;
  /** The row to point at, and which of its cells. */
  readonly row: string;
  readonly cell: "figure" | "evidence";
  readonly importance: Importance;
  /** What is wrong and where, in Vietnamese. */
  readonly message: string;
}

const TYPE_NAMES = { count: "số nguyên không âm", percent: "tỷ lệ 0–100%", yesno: "Có/Không", rank: "thứ hạng" } as const;

/** The rules of the catalog: a ≤ b for every ratio, 17.2 = 18.2, types of every figure, evidence of every "done". */
export const RULES: readonly Rule[] = [
  ...catalog
    .filter((r) => r.parts)
    .map(
      (r): Rule => ({
        id: `ratio-${r.id}`,
        kind: "compare",
        left: { row: r.parts!.num },
        op: "<=",
        right: { row: r.parts!.den },
        importance: "error",
        description: `Tử số ${r.parts!.num} không lớn hơn mẫu số ${r.parts!.den} (chỉ tiêu ${r.id})`,
      }),
    )
    .filter((rule, i, all) => all.findIndex((x) => x.kind === "compare" && rule.kind === "compare" && JSON.stringify([x.left, x.right]) === JSON.stringify([rule.left, rule.right])) === i),
  ...catalog
    .filter((r) => r.sameAs)
    .map(
      (r): Rule => ({
        id: `same-${r.id}`,
        kind: "compare",
        left: { row: r.sameAs! },
        op: "==",
        right: { row: r.id },
        importance: "warning",
        description: `${r.sameAs} và ${r.id} cùng là tổng số hồ sơ tiếp nhận`,
      }),
    ),
  ...catalog
    .filter((r) => r.kind in TYPE_NAMES)
    .map((r): Rule => ({ id: `type-${r.id}`, kind: "type", row: r.id, importance: "error", description: `${r.id} là ${TYPE_NAMES[r.kind as keyof typeof TYPE_NAMES]}` })),
  ...catalog
    .filter((r) => r.kind === "yesno")
    .map((r): Rule => ({ id: `evidence-${r.id}`, kind: "evidence", row: r.id, importance: "warning", description: `${r.id} đã thực hiện thì có minh chứng` })),
];

function read(row: string, inputs: Inputs): { value: number | boolean | null; error?: string } {
  const r = findRow(row)!;
  const raw = inputs[row];
  const what = `Số liệu ${row}`;
  try {
    if (r.kind === "count") return { value: readCount(raw, what) };
    if (r.kind === "percent") return { value: readPercent(raw, what) };
    if (r.kind === "yesno") return { value: readYesNo(raw, what) };
    if (r.kind === "rank") return { value: readRank(raw, what) };
    return { value: null };
  } catch (e) {
    if (isCdsError(e)) return { value: null, error: e.message };
    throw e;
  }
}

const HOLDS: Record<Operator, (a: number, b: number) => boolean> = {
  "<=": (a, b) => a <= b,
  ">=": (a, b) => a >= b,
  "==": (a, b) => a === b,
  "<": (a, b) => a < b,
  ">": (a, b) => a > b,
};
const SAYS: Record<Operator, string> = { "<=": "lớn hơn", ">=": "nhỏ hơn", "==": "khác", "<": "không nhỏ hơn", ">": "không lớn hơn" };

/** Every violation of the rules by a unit's figures, in catalog order of the row pointed at. */
export function validate(inputs: Inputs, evidence: Inputs = {}): Violation[] {
  const out: Violation[] = [];
  for (const rule of RULES) {
    if (rule.kind === "type") {
      const r = read(rule.row, inputs);
      if (r.error) out.push({ rule: rule.id, row: rule.row, cell: "figure", importance: rule.importance, message: r.error });
    } else if (rule.kind === "evidence") {
      if (read(rule.row, inputs).value === true && isBlank(evidence[rule.row])) {
        out.push({
          rule: rule.id,
          row: rule.row,
          cell: "evidence",
          importance: rule.importance,
          message: `Chỉ tiêu ${rule.row} đã thực hiện nhưng chưa có minh chứng: hãy ghi số, ngày và trích yếu văn bản.`,
        });
      }
    } else {
      const side = (s: Side) => ("value" in s ? s.value : read(s.row, inputs).value);
      const a = side(rule.left);
      const b = side(rule.right);
      if (typeof a !== "number" || typeof b !== "number" || HOLDS[rule.op](a, b)) continue;
      const name = (s: Side) => ("row" in s ? s.row : formatNumber(s.value));
      const at = "row" in rule.left ? rule.left.row : (rule.right as { row: string }).row;
      out.push({
        rule: rule.id,
        row: rule.op === "==" && "row" in rule.right ? rule.right.row : at,
        cell: "figure",
        importance: rule.importance,
        message: `Số liệu ${name(rule.left)} (${formatNumber(a)}) ${SAYS[rule.op]} số liệu ${name(rule.right)} (${formatNumber(b)}): ${rule.description}.`,
      });
    }
  }
  const order = new Map(catalog.map((r, i) => [r.id, i]));
  return out.sort((x, y) => order.get(x.row)! - order.get(y.row)!);
}

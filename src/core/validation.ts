import { catalog, findRow, type RatioRow } from "./catalog";
import { formatNumber } from "./format";
import { isBlank } from "./text";
import type { CellInput } from "./types";
import { readFigures, tryReadFigure, type FigureOptions, type Reading } from "./values";

/**
 * Validation rules as DHIS2 writes them: a left side, an operator, a right side, an importance. A side is a row's
 * figure or a constant; a rule whose sides are missing is skipped (missing data is "Chưa có số liệu", not an error).
 * Type rules (a whole number, a percentage, a yes/no) and the evidence rule complete them. Each rule lives here
 * only: evaluate asks `checkRule` for the notes of the same rules.
 */
export type Importance = "error" | "warning";
export type Operator = "<=" | ">=" | "==" | "<" | ">";
export type Side = { readonly row: string } | { readonly value: number };

export type Rule =
  | {
      readonly id: string;
      readonly kind: "compare";
      readonly left: Side;
      readonly op: Operator;
      readonly right: Side;
      readonly importance: Importance;
      readonly description: string;
    }
  | {
      readonly id: string;
      readonly kind: "type";
      readonly row: string;
      readonly importance: Importance;
      readonly description: string;
    }
  | {
      readonly id: string;
      readonly kind: "evidence";
      readonly row: string;
      readonly importance: Importance;
      readonly description: string;
    };

export interface Violation {
  readonly rule: string;
  /** The row to point at, and which of its cells. */
  readonly row: string;
  readonly cell: "figure" | "evidence";
  readonly importance: Importance;
  /** What is wrong and where, in Vietnamese. */
  readonly message: string;
}

type Entries = Readonly<Record<string, CellInput>>;

const TYPE_NAMES = {
  count: "số nguyên không âm",
  percent: "tỷ lệ 0–100%",
  yesno: "Có/Không",
  rank: "thứ hạng",
} as const;

/** The rules of the catalog: a ≤ b for every ratio, 17.2 = 18.2, types of every figure, evidence of every "done". */
export const RULES: readonly Rule[] = [
  ...catalog
    .filter((r): r is RatioRow => r.kind === "ratio")
    .map((r): Rule => ({
      id: `ratio-${r.id}`,
      kind: "compare",
      left: { row: r.parts.num },
      op: "<=",
      right: { row: r.parts.den },
      importance: "error",
      description: `Tử số ${r.parts.num} không lớn hơn mẫu số ${r.parts.den} (chỉ tiêu ${r.id})`,
    }))
    .filter(
      (rule, i, all) =>
        all.findIndex(
          (x) =>
            x.kind === "compare" &&
            rule.kind === "compare" &&
            JSON.stringify([x.left, x.right]) === JSON.stringify([rule.left, rule.right])
        ) === i
    ),
  ...catalog.flatMap((r): Rule[] =>
    r.sameAs
      ? [
          {
            id: `same-${r.id}`,
            kind: "compare",
            left: { row: r.sameAs },
            op: "==",
            right: { row: r.id },
            importance: "warning",
            description: `${r.sameAs} và ${r.id} cùng là tổng số hồ sơ tiếp nhận`,
          },
        ]
      : []
  ),
  ...catalog
    .filter((r) => r.kind in TYPE_NAMES)
    .map((r): Rule => ({
      id: `type-${r.id}`,
      kind: "type",
      row: r.id,
      importance: "error",
      description: `${r.id} là ${TYPE_NAMES[r.kind as keyof typeof TYPE_NAMES]}`,
    })),
  ...catalog
    .filter((r) => r.kind === "yesno")
    .map((r): Rule => ({
      id: `evidence-${r.id}`,
      kind: "evidence",
      row: r.id,
      importance: "warning",
      description: `${r.id} đã thực hiện thì có minh chứng`,
    })),
];

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The rule of that id ("same-18.2", "evidence-2"). */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

const HOLDS: Record<Operator, (a: number, b: number) => boolean> = {
  "<=": (a, b) => a <= b,
  ">=": (a, b) => a >= b,
  "==": (a, b) => a === b,
  "<": (a, b) => a < b,
  ">": (a, b) => a > b,
};
const SAYS: Record<Operator, string> = {
  "<=": "lớn hơn",
  ">=": "nhỏ hơn",
  "==": "khác",
  "<": "không nhỏ hơn",
  ">": "không lớn hơn",
};

/** What a rule is checked against: the entered figures, the same figures read (see readFigures), the evidence. */
export interface RuleContext {
  readonly inputs: Entries;
  readonly reads: ReadonlyMap<string, Reading>;
  readonly evidence: Entries;
  readonly options?: FigureOptions;
}

/** The violation of one rule, or null where it holds or cannot be checked (a side missing). */
export function checkRule(rule: Rule, ctx: RuleContext): Violation | null {
  if (rule.kind === "type") {
    // the row's own entry: a blank 18.2 that takes 17.2's figure is not a second wrong figure
    const r = tryReadFigure(findRow(rule.row)!, ctx.inputs[rule.row], ctx.options);
    return r.error
      ? {
          rule: rule.id,
          row: rule.row,
          cell: "figure",
          importance: rule.importance,
          message: r.error,
        }
      : null;
  }
  if (rule.kind === "evidence") {
    // a consolidated "k/n đơn vị" has its evidence in the units' reports
    if (
      ctx.options?.consolidated ||
      ctx.reads.get(rule.row)?.value !== true ||
      !isBlank(ctx.evidence[rule.row])
    )
      return null;
    return {
      rule: rule.id,
      row: rule.row,
      cell: "evidence",
      importance: rule.importance,
      message: `Chỉ tiêu ${rule.row} đã thực hiện nhưng chưa có minh chứng: hãy ghi số, ngày và trích yếu văn bản (ví dụ: Kế hoạch 2649/KH-UBND ngày 16/6/2023).`,
    };
  }
  const side = (s: Side) => ("value" in s ? s.value : (ctx.reads.get(s.row)?.value ?? null));
  const a = side(rule.left);
  const b = side(rule.right);
  if (typeof a !== "number" || typeof b !== "number" || HOLDS[rule.op](a, b)) return null;
  const name = (s: Side) => ("row" in s ? s.row : formatNumber(s.value));
  const at = "row" in rule.left ? rule.left.row : (rule.right as { row: string }).row;
  return {
    rule: rule.id,
    row: rule.op === "==" && "row" in rule.right ? rule.right.row : at,
    cell: "figure",
    importance: rule.importance,
    message: `Số liệu ${name(rule.left)} (${formatNumber(a)}) ${SAYS[rule.op]} số liệu ${name(rule.right)} (${formatNumber(b)}): ${rule.description}.`,
  };
}

/**
 * Every violation of the rules by a unit's figures, in catalog order of the row pointed at. `options.consolidated`
 * for the city's own sheet, whose yes/no rows read "k/n đơn vị".
 */
export function validate(
  inputs: Entries,
  evidence: Entries = {},
  options: FigureOptions = {}
): Violation[] {
  const ctx: RuleContext = { inputs, reads: readFigures(inputs, options), evidence, options };
  const out: Violation[] = [];
  for (const rule of RULES) {
    const v = checkRule(rule, ctx);
    if (v) out.push(v);
  }
  const order = new Map(catalog.map((r, i) => [r.id, i]));
  return out.sort((x, y) => order.get(x.row)! - order.get(y.row)!);
}

/**
 * The arithmetic of the consolidation (docs/domain.md#consolidation): which of a unit's figures can be summed, and a
 * row's sums over the units, with the units each sum left out. No words here: consolidateNotes.ts says what the sums
 * mean, consolidate.ts puts the two together.
 */
import { catalog } from "./catalog";
import { evaluate, type Results } from "./evaluate";
import type { UnitReport } from "./unitReport";

/** A unit's report evaluated, with the rows whose figures cannot be right: they are left out of every sum of them. */
export interface UnitRun {
  readonly u: UnitReport;
  readonly r: Results;
  readonly bad: ReadonlySet<string>;
}

/**
 * A unit's results and its figures that cannot be right: wrong in themselves, or parts of a ratio that cannot be
 * (a > b, or b = 0 with a > 0: which of the two is wrong is not known, so neither is summed).
 */
export function unitRun(u: UnitReport): UnitRun {
  const r = evaluate(u.inputs, { level: u.level, evidence: u.evidence });
  const bad = new Set<string>();
  for (const row of catalog) {
    if (r[row.id].invalid && row.kind !== "ratio") bad.add(row.id);
    if (!row.parts) continue;
    const a = r[row.parts.num].value;
    const b = r[row.parts.den].value;
    if (typeof a === "number" && typeof b === "number" && a > b) {
      bad.add(row.parts.num).add(row.parts.den).add(row.id);
    }
  }
  for (const row of catalog) if (row.kind === "ratio" && r[row.id].invalid) bad.add(row.id);
  return { u, r, bad };
}

/** The units a row's sum left out: those that did not report it, those whose figure cannot be right. */
export interface RowGaps {
  readonly missing: readonly string[];
  readonly invalid: readonly string[];
}

/** A row's gaps as its sums find them, each unit once in each list. */
export class GapRecorder implements RowGaps {
  readonly missing: string[] = [];
  readonly invalid: string[] = [];

  miss(unit: string): void {
    if (!this.missing.includes(unit)) this.missing.push(unit);
  }

  refuse(unit: string): void {
    if (!this.invalid.includes(unit)) this.invalid.push(unit);
  }
}

/** A sum of counts is exact only up to Number.MAX_SAFE_INTEGER. */
function exactSum(n: number): boolean {
  return Number.isSafeInteger(n);
}

/** A ratio's parts summed: the sums, how many units are in them, whether they are exact, the pooled ratio. */
export interface PooledSum {
  readonly num: number;
  readonly den: number;
  readonly n: number;
  readonly exact: boolean;
  /** Sum of numerators over sum of denominators; null without units, a positive denominator or exact sums. */
  readonly value: number | null;
}

/**
 * Sums of a ratio's parts over a set of units, leaving out the units that cannot be summed; with `gaps`, each unit
 * left out is recorded there.
 */
export function pooledSum(
  rowId: string,
  parts: { readonly num: string; readonly den: string },
  set: readonly UnitRun[],
  gaps?: GapRecorder
): PooledSum {
  const { num: numId, den: denId } = parts;
  let num = 0;
  let den = 0;
  let n = 0;
  for (const { u, r, bad } of set) {
    const a = r[numId].value;
    const b = r[denId].value;
    if (bad.has(rowId) || bad.has(numId) || bad.has(denId)) {
      gaps?.refuse(u.unit);
    } else if (typeof a !== "number" || typeof b !== "number") {
      gaps?.miss(u.unit);
    } else {
      num += a;
      den += b;
      n++;
    }
  }
  const exact = exactSum(num) && exactSum(den);
  return { num, den, n, exact, value: n && den > 0 && exact ? num / den : null };
}

/** A count summed over the units that reported it. */
export function countSum(
  rowId: string,
  each: readonly UnitRun[],
  gaps: GapRecorder
): { readonly sum: number; readonly n: number; readonly exact: boolean } {
  let sum = 0;
  let n = 0;
  for (const { u, r, bad } of each) {
    const x = r[rowId];
    if (bad.has(rowId)) gaps.refuse(u.unit);
    else if (typeof x.value === "number") {
      sum += x.value;
      n++;
    } else gaps.miss(u.unit);
  }
  return { sum, n, exact: exactSum(sum) };
}

/** A yes/no row over the units: how many answered it, how many did it, the units that did not. */
export function yesNoTally(
  rowId: string,
  each: readonly UnitRun[],
  gaps: GapRecorder
): { readonly reported: number; readonly done: number; readonly notDone: readonly string[] } {
  const reported = each.filter(
    ({ r, bad }) => typeof r[rowId].value === "boolean" && !bad.has(rowId)
  );
  for (const { u, r, bad } of each) {
    if (bad.has(rowId)) gaps.refuse(u.unit);
    else if (r[rowId].value === null) gaps.miss(u.unit);
  }
  return {
    reported: reported.length,
    done: reported.filter(({ r }) => r[rowId].value === true).length,
    notDone: reported.filter(({ r }) => r[rowId].value === false).map(({ u }) => u.unit),
  };
}

/** A count of the units that did the yes/no row `of` (22.1 from 22): `reported` is how many answered `of`. */
export function unitsDone(
  of: string,
  each: readonly UnitRun[],
  gaps: GapRecorder
): { readonly done: number; readonly reported: number } {
  const done = each.filter(({ r, bad }) => r[of].value === true && !bad.has(of)).length;
  for (const { u, r, bad } of each) {
    if (bad.has(of)) gaps.refuse(u.unit);
    else if (r[of].value === null) gaps.miss(u.unit);
  }
  return { done, reported: each.length - gaps.missing.length - gaps.invalid.length };
}

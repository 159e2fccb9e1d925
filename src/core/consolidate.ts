import { catalog, type CatalogRow } from "./catalog";
import { judgeValue } from "./check";
import { evaluate, type Inputs, type Results, type RowResult } from "./evaluate";
import { formatNumber, formatPercent } from "./format";
import { LEVEL_NAMES } from "./levels";
import { defaultTargetText, formatTarget, parseTarget } from "./target";
import { isBlank } from "./text";
import type { CellInput, Level, Verdict } from "./types";
import { VERDICTS } from "./types";

export type UnitLevel = Exclude<Level, "tp">;
export const TIERS: readonly UnitLevel[] = ["so", "huyen", "xa"];

/** One unit's report, as its sheet holds it. */
export interface UnitReport {
  readonly unit: string;
  readonly level: UnitLevel;
  readonly inputs: Inputs;
  readonly evidence?: Inputs;
}

export interface ConsolidateOptions {
  /** City statistics (percentages, the rank), entered once at city level: they are not summed. */
  readonly city?: Inputs;
  /** Target texts of the city sheet that replace the defaults. */
  readonly targets?: Readonly<Record<string, CellInput>>;
}

export interface TierResult {
  readonly level: UnitLevel;
  readonly units: number;
  readonly value: number | null;
  readonly verdict: Verdict | null;
  readonly target: string;
}

export interface Consolidation {
  /** Every row for the whole city (level tp), as evaluate gives them. */
  readonly results: Results;
  /** For each row id, the units that did not report it (never counted as zero). */
  readonly missing: Readonly<Record<string, readonly string[]>>;
  /** For each row id, the units whose figure cannot be right, left out of the sums. */
  readonly invalid: Readonly<Record<string, readonly string[]>>;
  /** Indicator 18, judged for each tier on its own units. */
  readonly tiers: readonly TierResult[];
  readonly units: number;
}

/** "A, B, C và 12 đơn vị khác" */
export function listUnits(units: readonly string[], shown = 5): string {
  if (units.length <= shown) return units.join(", ");
  return `${units.slice(0, shown).join(", ")} và ${units.length - shown} đơn vị khác`;
}

function result(row: CatalogRow, fields: Partial<RowResult>): RowResult {
  return { id: row.id, kind: row.kind, value: null, text: "", verdict: null, note: "", target: null, invalid: false, ...fields };
}

/**
 * The whole city from the units' reports (SPEC.md, consolidation): counts summed; ratios as the sum of numerators
 * over the sum of denominators (never the mean of the units' ratios); yes/no as "k/n đơn vị", Đạt only when every
 * reporting unit did it; 18 judged per tier against each tier's target, 18.3 the pooled ratio; percentages and the
 * rank from the city's own statistics. A unit that did not report a row is listed as missing, not counted as zero;
 * a unit whose figure cannot be right is listed and left out.
 */
export function consolidate(units: readonly UnitReport[], opts: ConsolidateOptions = {}): Consolidation {
  const each = units.map((u) => ({ u, r: evaluate(u.inputs, { level: u.level, evidence: u.evidence }) }));
  const city = evaluate(opts.city ?? {}, { level: "tp", targets: opts.targets });
  const missing: Record<string, string[]> = {};
  const invalid: Record<string, string[]> = {};
  const results: Record<string, RowResult> = {};

  const targetOf = (row: CatalogRow): string | null => {
    const given = opts.targets?.[row.id];
    if (!isBlank(given)) return String(given).trim();
    return typeof row.target === "string" ? defaultTargetText(row, "tp") : null;
  };
  const judge = (row: CatalogRow, value: number | boolean | null) => {
    const text = targetOf(row);
    if (text === null) return { verdict: null, note: "", target: null };
    try {
      const t = parseTarget(text);
      return { ...judgeValue(value, t), target: formatTarget(t) };
    } catch (e) {
      return { verdict: null, note: (e as Error).message, target: text };
    }
  };
  const coverage = (id: string, reported: number) => {
    const gaps = [...(missing[id] ?? []), ...(invalid[id] ?? [])];
    if (!units.length) return "Chưa có báo cáo của đơn vị nào.";
    const parts = [`Tổng hợp từ ${reported}/${units.length} đơn vị.`];
    if (missing[id]?.length) parts.push(`Chưa báo cáo: ${listUnits(missing[id])}.`);
    if (invalid[id]?.length) parts.push(`Số liệu không hợp lệ, không cộng: ${listUnits(invalid[id])}.`);
    return gaps.length || reported < units.length ? parts.join(" ") : "";
  };

  // sums of a ratio's parts over a set of units, leaving out the units that cannot be summed
  const pooled = (row: CatalogRow, set: typeof each, record: boolean) => {
    let num = 0;
    let den = 0;
    let n = 0;
    for (const { u, r } of set) {
      const a = r[row.parts!.num].value;
      const b = r[row.parts!.den].value;
      if (r[row.id].invalid || r[row.parts!.num].invalid || r[row.parts!.den].invalid) {
        if (record) (invalid[row.id] ??= []).push(u.unit);
      } else if (typeof a !== "number" || typeof b !== "number") {
        if (record) (missing[row.id] ??= []).push(u.unit);
      } else {
        num += a;
        den += b;
        n++;
      }
    }
    return { num, den, n, value: n && den > 0 ? num / den : null };
  };

  const tiers: TierResult[] = [];
  for (const row of catalog) {
    if (row.kind === "group") {
      results[row.id] = result(row, {});
    } else if (row.kind === "percent" || row.kind === "rank") {
      results[row.id] = city[row.id];
    } else if (row.kind === "count" && row.countsUnitsOf) {
      const of = row.countsUnitsOf;
      const done = each.filter(({ r }) => r[of].value === true).length;
      for (const { u, r } of each) if (r[of].value === null) (missing[row.id] ??= []).push(u.unit);
      const reported = each.length - (missing[row.id]?.length ?? 0);
      results[row.id] = result(row, {
        value: reported ? done : null,
        text: reported ? formatNumber(done) : "",
        note: reported ? `Số đơn vị đã thực hiện chỉ tiêu ${of}, trên ${reported} đơn vị báo cáo.` : "",
      });
    } else if (row.kind === "count") {
      let sum = 0;
      let n = 0;
      for (const { u, r } of each) {
        const x = r[row.id];
        if (x.invalid) (invalid[row.id] ??= []).push(u.unit);
        else if (typeof x.value === "number") {
          sum += x.value;
          n++;
        } else (missing[row.id] ??= []).push(u.unit);
      }
      results[row.id] = result(row, { value: n ? sum : null, text: n ? formatNumber(sum) : "", note: coverage(row.id, n) });
    } else if (row.kind === "yesno") {
      const reported = each.filter(({ r }) => typeof r[row.id].value === "boolean");
      for (const { u, r } of each) {
        if (r[row.id].invalid) (invalid[row.id] ??= []).push(u.unit);
        else if (r[row.id].value === null) (missing[row.id] ??= []).push(u.unit);
      }
      const done = reported.filter(({ r }) => r[row.id].value === true);
      const notDone = reported.filter(({ r }) => r[row.id].value === false).map(({ u }) => u.unit);
      const verdict: Verdict = !reported.length ? VERDICTS.noData : done.length === reported.length ? VERDICTS.met : VERDICTS.notMet;
      const notes = [notDone.length ? `Chưa thực hiện: ${listUnits(notDone)}.` : "", coverage(row.id, reported.length)];
      results[row.id] = result(row, {
        value: reported.length ? done.length : null,
        text: reported.length ? `${done.length}/${reported.length} đơn vị` : "",
        verdict,
        target: "Có",
        note: notes.filter(Boolean).join(" "),
      });
    } else if (row.kind === "ratio" && row.parts && typeof row.target !== "string" && row.target !== null) {
      // 18: each tier on its own units, against its own target
      const notes: string[] = [];
      for (const level of TIERS) {
        const set = each.filter(({ u }) => u.level === level);
        if (!set.length) continue;
        const p = pooled(row, set, true);
        const target = isBlank(opts.targets?.[`${row.id}:${level}`]) ? row.target[level] : String(opts.targets![`${row.id}:${level}`]);
        const j = judgeValue(p.value, parseTarget(target));
        tiers.push({ level, units: p.n, value: p.value, verdict: p.n ? j.verdict : VERDICTS.noData, target: formatTarget(parseTarget(target)) });
        notes.push(
          `${LEVEL_NAMES[level]}: ${p.value === null ? "chưa có số liệu" : formatPercent(p.value)} (${formatTarget(parseTarget(target))}, ${p.n} đơn vị) — ${p.n ? j.verdict : VERDICTS.noData}.`,
        );
      }
      const judged = tiers.filter((t) => t.verdict !== VERDICTS.noData);
      const verdict: Verdict | null = !tiers.length || !judged.length ? VERDICTS.noData : judged.every((t) => t.verdict === VERDICTS.met) ? VERDICTS.met : VERDICTS.notMet;
      const all = pooled(row, each, false);
      results[row.id] = result(row, {
        value: all.value,
        text: all.value === null ? "" : formatPercent(all.value),
        verdict,
        target: tiers.map((t) => `${t.target} (${t.level})`).join("; ") || null,
        note: [notes.join(" "), coverage(row.id, all.n)].filter(Boolean).join(" "),
      });
    } else if (row.kind === "ratio" && row.parts) {
      const p = pooled(row, each, true);
      const j = p.value === null && p.n > 0 ? { verdict: null, note: "", target: targetOf(row) } : judge(row, p.value);
      const partsNote = p.n ? `${row.parts.num} = ${formatNumber(p.num)}, ${row.parts.den} = ${formatNumber(p.den)}.` : "";
      results[row.id] = result(row, {
        value: p.value,
        text: p.value === null ? "" : formatPercent(p.value),
        verdict: j.verdict,
        target: j.target,
        note: [j.note, partsNote, coverage(row.id, p.n)].filter(Boolean).join(" "),
      });
    }
  }
  return { results, missing, invalid, tiers, units: units.length };
}


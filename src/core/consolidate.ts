import { catalog, type CatalogRow } from "./catalog";
import { judgeValue } from "./check";
import { CdsError } from "./errors";
import { evaluate, rowResult, type Inputs, type Results, type RowResult } from "./evaluate";
import { formatNumber, formatPercent } from "./format";
import { LEVEL_NAMES } from "./levels";
import {
  matchRoster,
  submissionStatus,
  type RosterEntry,
  type StatusDates,
  type SubmissionStatus,
} from "./status";
import { defaultTargetText, formatTarget, parseTarget } from "./target";
import { isBlank, quote, unitKey } from "./text";
import type { CellInput, Level, Verdict } from "./types";
import { VERDICTS } from "./types";
import type { UnitLevel, UnitReport } from "./unitReport";

export type { UnitLevel, UnitReport } from "./unitReport";

export const TIERS: readonly UnitLevel[] = ["so", "huyen", "xa"];

export interface ConsolidateOptions {
  /** City statistics (percentages, the rank), entered once at city level: they are not summed. */
  readonly city?: Inputs;
  /** Target texts of the city sheet that replace the defaults, by row id; 18's tiers keep the catalog's targets. */
  readonly targets?: Readonly<Record<string, CellInput>>;
  /**
   * The units expected to report (the roster sheet, or the official list): adds `status`, and the notes count
   * coverage against it. Two reports of one roster entry count once.
   */
  readonly roster?: readonly RosterEntry[];
  /** The levels the roster covers (default: both); reports of other levels are counted, not matched. */
  readonly rosterLevels?: readonly Level[];
  /** The period's deadline and the analyst's today: the status then says who reported on time (status.ts). */
  readonly dates?: StatusDates;
}

export interface TierResult {
  readonly level: UnitLevel;
  readonly units: number;
  readonly value: number | null;
  readonly verdict: Verdict | null;
  readonly target: string;
}

/** A report left out because its unit already reported (under another spelling, or at another level). */
export interface DuplicateReport {
  readonly unit: string;
  readonly level: string;
  /** The report counted in its place. */
  readonly keptUnit: string;
  readonly keptLevel: UnitLevel;
  /** Why, in Vietnamese. */
  readonly message: string;
}

/** A report that cannot be a unit's (the city's own level, no name, an unknown level), and why. */
export interface RefusedReport {
  readonly unit: string;
  readonly level: string;
  readonly message: string;
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
  /** The units counted (each once). */
  readonly units: number;
  /** Reports of a unit already counted: left out, listed. */
  readonly duplicates: readonly DuplicateReport[];
  /** Reports that are not a unit's: left out, listed with why. */
  readonly refused: readonly RefusedReport[];
  /** Who has reported, against the roster given (null without one). */
  readonly status: SubmissionStatus | null;
}

/** "A, B, C và 12 đơn vị khác" */
export function listUnits(units: readonly string[], shown = 5): string {
  if (units.length <= shown) return units.join(", ");
  return `${units.slice(0, shown).join(", ")} và ${units.length - shown} đơn vị khác`;
}

function levelName(level: unknown): string {
  return typeof level === "string" && level in LEVEL_NAMES
    ? LEVEL_NAMES[level as Level].toLowerCase()
    : quote(level);
}

/**
 * The reports to count: each unit once, by its identity (unitKey: case, spacing, invisible characters, Unicode form,
 * "P.1" / "P 1" do not make another unit; one unit at two levels is still one unit); the first report of a unit is
 * counted, the others listed. A report at the city's level, or of no unit, is refused.
 */
export function distinctUnits(reports: readonly UnitReport[]): {
  units: UnitReport[];
  duplicates: DuplicateReport[];
  refused: RefusedReport[];
} {
  const units: UnitReport[] = [];
  const duplicates: DuplicateReport[] = [];
  const refused: RefusedReport[] = [];
  const seen = new Map<string, UnitReport>();
  for (const u of reports) {
    const name = typeof u.unit === "string" ? u.unit : "";
    const level = u.level as string;
    if (isBlank(name) || !unitKey(name)) {
      refused.push({
        unit: name,
        level,
        message: `Báo cáo không có tên đơn vị (cấp ${levelName(level)}): không tổng hợp.`,
      });
    } else if (level === "tp") {
      refused.push({
        unit: name,
        level,
        message: `"${name.trim()}" là báo cáo cấp toàn thành phố, không phải báo cáo của một đơn vị: không tổng hợp vào chính nó.`,
      });
    } else if (!(TIERS as readonly string[]).includes(level)) {
      refused.push({
        unit: name,
        level,
        message: `"${name.trim()}" có cấp ${quote(level)} không hợp lệ (cần sở, ban, ngành; cấp huyện; hoặc phường, xã, đặc khu): không tổng hợp.`,
      });
    } else {
      const key = unitKey(name);
      const kept = seen.get(key);
      if (!kept) {
        seen.set(key, u);
        units.push(u);
      } else {
        const where =
          kept.level === level
            ? `cùng cấp ${levelName(level)}`
            : `cấp ${levelName(kept.level)} và cấp ${levelName(level)}`;
        duplicates.push({
          unit: name,
          level,
          keptUnit: kept.unit,
          keptLevel: kept.level,
          message: `"${name.trim()}" trùng với đơn vị "${kept.unit.trim()}" (${where}): chỉ tính một lần, theo báo cáo "${kept.unit.trim()}".`,
        });
      }
    }
  }
  return { units, duplicates, refused };
}

/** A sum of counts is exact only up to Number.MAX_SAFE_INTEGER. */
function exactSum(n: number): boolean {
  return Number.isSafeInteger(n);
}

const TOO_LARGE = `Tổng vượt quá ${formatNumber(Number.MAX_SAFE_INTEGER)}: không tính chính xác được, không đánh giá.`;

/**
 * The whole city from the units' reports (docs/domain.md#consolidation): counts summed; ratios as the sum of numerators
 * over the sum of denominators (never the mean of the units' ratios); yes/no as "k/n đơn vị", Đạt only when every
 * reporting unit did it; 18 judged per tier against each tier's target, 18.3 the pooled ratio; percentages and the
 * rank from the city's own statistics. A unit that did not report a row is listed as missing, not counted as zero;
 * a unit whose figure cannot be right is listed on that row and left out of every sum of it — the two parts of a
 * ratio whose numerator exceeds its denominator included. Each unit is counted once (see distinctUnits).
 */
export function consolidate(
  reports: readonly UnitReport[],
  opts: ConsolidateOptions = {}
): Consolidation {
  const distinct = distinctUnits(reports);
  const { refused } = distinct;
  const duplicates = [...distinct.duplicates];
  // with a roster, one entry reported twice under two spellings (or once by code, once by name) counts once too
  const matching = opts.roster ? matchRoster(distinct.units, opts.roster, opts.rosterLevels) : null;
  const extra = new Set(matching?.duplicates.flatMap((d) => d.extra) ?? []);
  for (const d of matching?.duplicates ?? []) {
    for (const u of d.extra) {
      duplicates.push({
        unit: u.unit,
        level: u.level,
        keptUnit: d.kept.unit,
        keptLevel: d.kept.level,
        message: `"${u.unit.trim()}" là cùng đơn vị "${d.entry.name}" (mã ${d.entry.code}) với "${d.kept.unit.trim()}": chỉ tính một lần, theo báo cáo "${d.kept.unit.trim()}".`,
      });
    }
  }
  const units = distinct.units.filter((u) => !extra.has(u));
  const each = units.map((u) => {
    const r = evaluate(u.inputs, { level: u.level, evidence: u.evidence });
    // the figures of this unit that cannot be right: wrong in themselves, or parts of a ratio that cannot be
    // (a > b, or b = 0 with a > 0: which of the two is wrong is not known, so neither is summed)
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
  });
  const city = evaluate(opts.city ?? {}, { level: "tp", targets: opts.targets });
  const missing: Record<string, string[]> = {};
  const invalid: Record<string, string[]> = {};
  const results: Record<string, RowResult> = {};
  const flag = (into: Record<string, string[]>, id: string, unit: string) => {
    const list = (into[id] ??= []);
    if (!list.includes(unit)) list.push(unit);
  };

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
      if (!(e instanceof CdsError)) throw e;
      return { verdict: null, note: e.message, target: text };
    }
  };
  const status =
    opts.roster && matching
      ? submissionStatus(
          opts.roster,
          each.map(({ u, r }) => ({ report: u, results: r })),
          matching,
          opts.dates
        )
      : null;
  // the units expected: those counted, and the roster's that have not reported
  const notSubmitted = status?.notSubmitted.length ?? 0;
  const expected = units.length + notSubmitted;
  const coverage = (id: string, reported: number) => {
    const gaps = [...(missing[id] ?? []), ...(invalid[id] ?? [])];
    if (!units.length) return "Chưa có báo cáo của đơn vị nào.";
    const parts = [`Tổng hợp từ ${reported}/${expected} đơn vị.`];
    if (notSubmitted) parts.push(`${notSubmitted} đơn vị trong danh sách chưa nộp báo cáo.`);
    if (missing[id]?.length) parts.push(`Chưa báo cáo: ${listUnits(missing[id])}.`);
    if (invalid[id]?.length)
      parts.push(`Số liệu không hợp lệ, không cộng: ${listUnits(invalid[id])}.`);
    return gaps.length || reported < expected ? parts.join(" ") : "";
  };

  // sums of a ratio's parts over a set of units, leaving out the units that cannot be summed
  const pooled = (
    row: CatalogRow,
    parts: { readonly num: string; readonly den: string },
    set: typeof each,
    record: boolean
  ) => {
    const { num: numId, den: denId } = parts;
    let num = 0;
    let den = 0;
    let n = 0;
    for (const { u, r, bad } of set) {
      const a = r[numId].value;
      const b = r[denId].value;
      if (bad.has(row.id) || bad.has(numId) || bad.has(denId)) {
        if (record) flag(invalid, row.id, u.unit);
      } else if (typeof a !== "number" || typeof b !== "number") {
        if (record) flag(missing, row.id, u.unit);
      } else {
        num += a;
        den += b;
        n++;
      }
    }
    const exact = exactSum(num) && exactSum(den);
    return { num, den, n, exact, value: n && den > 0 && exact ? num / den : null };
  };

  const tiers: TierResult[] = [];
  for (const row of catalog) {
    if (row.kind === "group") {
      results[row.id] = rowResult(row, {});
    } else if (row.kind === "percent" || row.kind === "rank") {
      results[row.id] = city[row.id];
    } else if (row.kind === "count" && row.countsUnitsOf) {
      const of = row.countsUnitsOf;
      const done = each.filter(({ r, bad }) => r[of].value === true && !bad.has(of)).length;
      for (const { u, r, bad } of each) {
        if (bad.has(of)) flag(invalid, row.id, u.unit);
        else if (r[of].value === null) flag(missing, row.id, u.unit);
      }
      const reported =
        each.length - (missing[row.id]?.length ?? 0) - (invalid[row.id]?.length ?? 0);
      results[row.id] = rowResult(row, {
        value: reported ? done : null,
        text: reported ? formatNumber(done) : "",
        note: [
          reported ? `Số đơn vị đã thực hiện chỉ tiêu ${of}, trên ${reported} đơn vị báo cáo.` : "",
          invalid[row.id]?.length
            ? `Câu trả lời không hợp lệ, không tính: ${listUnits(invalid[row.id])}.`
            : "",
        ]
          .filter(Boolean)
          .join(" "),
      });
    } else if (row.kind === "count") {
      let sum = 0;
      let n = 0;
      for (const { u, r, bad } of each) {
        const x = r[row.id];
        if (bad.has(row.id)) flag(invalid, row.id, u.unit);
        else if (typeof x.value === "number") {
          sum += x.value;
          n++;
        } else flag(missing, row.id, u.unit);
      }
      if (!exactSum(sum)) {
        results[row.id] = rowResult(row, {
          invalid: true,
          note: [TOO_LARGE, coverage(row.id, n)].filter(Boolean).join(" "),
        });
      } else {
        results[row.id] = rowResult(row, {
          value: n ? sum : null,
          text: n ? formatNumber(sum) : "",
          note: coverage(row.id, n),
        });
      }
    } else if (row.kind === "yesno") {
      const reported = each.filter(
        ({ r, bad }) => typeof r[row.id].value === "boolean" && !bad.has(row.id)
      );
      for (const { u, r, bad } of each) {
        if (bad.has(row.id)) flag(invalid, row.id, u.unit);
        else if (r[row.id].value === null) flag(missing, row.id, u.unit);
      }
      const done = reported.filter(({ r }) => r[row.id].value === true);
      const notDone = reported.filter(({ r }) => r[row.id].value === false).map(({ u }) => u.unit);
      const verdict: Verdict = !reported.length
        ? VERDICTS.noData
        : done.length === reported.length
          ? VERDICTS.met
          : VERDICTS.notMet;
      const notes = [
        notDone.length ? `Chưa thực hiện: ${listUnits(notDone)}.` : "",
        coverage(row.id, reported.length),
      ];
      results[row.id] = rowResult(row, {
        value: reported.length ? done.length : null,
        text: reported.length ? `${done.length}/${reported.length} đơn vị` : "",
        verdict,
        target: "Có",
        note: notes.filter(Boolean).join(" "),
      });
    } else if (
      row.kind === "ratio" &&
      row.parts &&
      typeof row.target !== "string" &&
      row.target !== null
    ) {
      // 18: each tier on its own units, against its own target (the catalog's)
      const notes: string[] = [];
      let overflow = false;
      for (const level of TIERS) {
        const set = each.filter(({ u }) => u.level === level);
        if (!set.length) continue;
        const p = pooled(row, row.parts, set, true);
        const target = parseTarget(row.target[level]);
        overflow ||= !p.exact;
        const verdict: Verdict | null = !p.exact
          ? null
          : p.n
            ? judgeValue(p.value, target).verdict
            : VERDICTS.noData;
        const shown = formatTarget(target);
        tiers.push({ level, units: p.n, value: p.value, verdict, target: shown });
        const figure = !p.exact
          ? "tổng quá lớn, không tính được"
          : p.value === null
            ? "chưa có số liệu"
            : formatPercent(p.value);
        notes.push(
          `${LEVEL_NAMES[level]}: ${figure} (${shown}, ${p.n} đơn vị) — ${verdict ?? "không đánh giá"}.`
        );
      }
      const judged = tiers.filter((t) => t.verdict !== VERDICTS.noData);
      const verdict: Verdict | null =
        overflow || judged.some((t) => t.verdict === null)
          ? null
          : !tiers.length || !judged.length
            ? VERDICTS.noData
            : judged.every((t) => t.verdict === VERDICTS.met)
              ? VERDICTS.met
              : VERDICTS.notMet;
      const all = pooled(row, row.parts, each, false);
      results[row.id] = rowResult(row, {
        value: all.value,
        text: all.value === null ? "" : formatPercent(all.value),
        verdict,
        invalid: overflow || !all.exact,
        target: tiers.map((t) => `${t.target} (${t.level})`).join("; ") || null,
        note: [notes.join(" "), all.exact ? "" : TOO_LARGE, coverage(row.id, all.n)]
          .filter(Boolean)
          .join(" "),
      });
    } else if (row.kind === "ratio" && row.parts) {
      const p = pooled(row, row.parts, each, true);
      const j =
        !p.exact || (p.value === null && p.n > 0)
          ? { verdict: null, note: "", target: targetOf(row) }
          : judge(row, p.value);
      const partsNote =
        p.n && p.exact
          ? `${row.parts.num} = ${formatNumber(p.num)}, ${row.parts.den} = ${formatNumber(p.den)}.`
          : "";
      results[row.id] = rowResult(row, {
        value: p.value,
        text: p.value === null ? "" : formatPercent(p.value),
        verdict: j.verdict,
        target: j.target,
        invalid: !p.exact,
        note: [p.exact ? "" : TOO_LARGE, j.note, partsNote, coverage(row.id, p.n)]
          .filter(Boolean)
          .join(" "),
      });
    }
  }
  return { results, missing, invalid, tiers, units: units.length, duplicates, refused, status };
}

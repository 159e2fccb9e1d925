import { catalog, type CatalogRow } from "./catalog";
import type { RatioParts, TieredTarget } from "./catalogTypes";
import { judgeValue } from "./check";
import {
  coverageNote,
  joinNotes,
  notDoneNote,
  partsNote,
  tierNote,
  TOO_LARGE,
  unitsDoneNote,
  type Coverage,
} from "./consolidateNotes";
import {
  countSum,
  GapRecorder,
  pooledSum,
  unitRun,
  unitsDone,
  yesNoTally,
  type RowGaps,
  type UnitRun,
} from "./consolidateSums";
import { CdsError } from "./errors";
import { evaluate, rowResult, type Inputs, type Results, type RowResult } from "./evaluate";
import { formatNumber, formatPercent } from "./format";
import { LEVEL_NAMES } from "./levels";
import {
  matchRoster,
  rosterStatus,
  type RosterDuplicate,
  type RosterEntry,
  type StatusDates,
  type RosterStatus,
} from "./status";
import { defaultTargetText, formatTarget, parseTarget } from "./target";
import { isBlank, quote, unitKey } from "./text";
import type { CellInput, Level, Verdict } from "./types";
import { VERDICTS } from "./types";
import type { UnitLevel, UnitReport } from "./unitReport";

export { listUnits } from "./consolidateNotes";
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
  readonly status: RosterStatus | null;
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

/** The reports to count: each unit once (distinctUnits), and with a roster, each of its entries once. */
function countedUnits(reports: readonly UnitReport[], opts: ConsolidateOptions) {
  const distinct = distinctUnits(reports);
  // with a roster, one entry reported twice under two spellings (or once by code, once by name) counts once too
  const matching = opts.roster ? matchRoster(distinct.units, opts.roster, opts.rosterLevels) : null;
  const extra = new Set(matching?.duplicates.flatMap((d) => d.extra) ?? []);
  return {
    units: distinct.units.filter((u) => !extra.has(u)),
    duplicates: [...distinct.duplicates, ...(matching?.duplicates ?? []).flatMap(rosterDuplicates)],
    refused: distinct.refused,
    matching,
  };
}

/** The reports of one roster entry left out after the first, and why. */
function rosterDuplicates(d: RosterDuplicate): DuplicateReport[] {
  return d.extra.map((u) => ({
    unit: u.unit,
    level: u.level,
    keptUnit: d.kept.unit,
    keptLevel: d.kept.level,
    message: `"${u.unit.trim()}" là cùng đơn vị "${d.entry.name}" (mã ${d.entry.code}) với "${d.kept.unit.trim()}": chỉ tính một lần, theo báo cáo "${d.kept.unit.trim()}".`,
  }));
}

/** What every row of the city is made from. */
interface RowContext {
  readonly each: readonly UnitRun[];
  /** The city's own statistics (percentages, the rank), evaluated at its level. */
  readonly city: Results;
  readonly targets?: Readonly<Record<string, CellInput>>;
  readonly coverage: Coverage;
}

/** One row of the city: its result, the units its sums left out, and for 18 its tiers. */
interface CityRow {
  readonly result: RowResult;
  readonly gaps?: RowGaps;
  readonly tiers?: readonly TierResult[];
}

/** The city's target of a row: the city sheet's, else the default; null where the row has none. */
function cityTarget(row: CatalogRow, targets: RowContext["targets"]): string | null {
  const given = targets?.[row.id];
  if (!isBlank(given)) return String(given).trim();
  return typeof row.target === "string" ? defaultTargetText(row, "tp") : null;
}

/** A pooled figure judged against the city's target; a target that cannot be read says why in the note. */
function judgeCity(row: CatalogRow, value: number | null, targets: RowContext["targets"]) {
  const text = cityTarget(row, targets);
  if (text === null) return { verdict: null, note: "", target: null };
  try {
    const t = parseTarget(text);
    return { ...judgeValue(value, t), target: formatTarget(t) };
  } catch (e) {
    if (!(e instanceof CdsError)) throw e;
    return { verdict: null, note: e.message, target: text };
  }
}

/** A count: the sum of the units' figures. */
function countRow(row: CatalogRow, ctx: RowContext): CityRow {
  const gaps = new GapRecorder();
  const { sum, n, exact } = countSum(row.id, ctx.each, gaps);
  const covered = coverageNote(ctx.coverage, gaps, n);
  const result = exact
    ? rowResult(row, { value: n ? sum : null, text: n ? formatNumber(sum) : "", note: covered })
    : rowResult(row, { invalid: true, note: joinNotes(TOO_LARGE, covered) });
  return { result, gaps };
}

/** A count of the units that did the yes/no row `of` (22.1 of 22). */
function unitsDoneRow(row: CatalogRow, of: string, ctx: RowContext): CityRow {
  const gaps = new GapRecorder();
  const { done, reported } = unitsDone(of, ctx.each, gaps);
  const result = rowResult(row, {
    value: reported ? done : null,
    text: reported ? formatNumber(done) : "",
    note: unitsDoneNote(of, reported, gaps),
  });
  return { result, gaps };
}

/** A yes/no row: "k/n đơn vị", Đạt only when every unit that answered did it. */
function yesNoRow(row: CatalogRow, ctx: RowContext): CityRow {
  const gaps = new GapRecorder();
  const { reported, done, notDone } = yesNoTally(row.id, ctx.each, gaps);
  const verdict: Verdict = !reported
    ? VERDICTS.noData
    : done === reported
      ? VERDICTS.met
      : VERDICTS.notMet;
  const result = rowResult(row, {
    value: reported ? done : null,
    text: reported ? `${done}/${reported} đơn vị` : "",
    verdict,
    target: "Có",
    note: joinNotes(notDoneNote(notDone), coverageNote(ctx.coverage, gaps, reported)),
  });
  return { result, gaps };
}

/** A ratio: the sum of numerators over the sum of denominators, judged against the city's target. */
function ratioRow(row: CatalogRow, parts: RatioParts, ctx: RowContext): CityRow {
  const gaps = new GapRecorder();
  const p = pooledSum(row.id, parts, ctx.each, gaps);
  const j =
    !p.exact || (p.value === null && p.n > 0)
      ? { verdict: null, note: "", target: cityTarget(row, ctx.targets) }
      : judgeCity(row, p.value, ctx.targets);
  const result = rowResult(row, {
    value: p.value,
    text: p.value === null ? "" : formatPercent(p.value),
    verdict: j.verdict,
    target: j.target,
    invalid: !p.exact,
    note: joinNotes(
      p.exact ? "" : TOO_LARGE,
      j.note,
      partsNote(parts, p),
      coverageNote(ctx.coverage, gaps, p.n)
    ),
  });
  return { result, gaps };
}

/** 18's verdict from its tiers': none where one cannot be judged; Đạt when every tier with figures is. */
function tiersVerdict(tiers: readonly TierResult[], overflow: boolean): Verdict | null {
  const judged = tiers.filter((t) => t.verdict !== VERDICTS.noData);
  if (overflow || judged.some((t) => t.verdict === null)) return null;
  if (!judged.length) return VERDICTS.noData;
  return judged.every((t) => t.verdict === VERDICTS.met) ? VERDICTS.met : VERDICTS.notMet;
}

/** 18: each tier on its own units, against its own target (the catalog's); 18.3 the ratio pooled over all. */
function tieredRatioRow(
  row: CatalogRow,
  parts: RatioParts,
  targets: TieredTarget,
  ctx: RowContext
): CityRow {
  const gaps = new GapRecorder();
  const tiers: TierResult[] = [];
  const notes: string[] = [];
  let overflow = false;
  for (const level of TIERS) {
    const set = ctx.each.filter(({ u }) => u.level === level);
    if (!set.length) continue;
    const p = pooledSum(row.id, parts, set, gaps);
    const target = parseTarget(targets[level]);
    overflow ||= !p.exact;
    const verdict = !p.exact ? null : p.n ? judgeValue(p.value, target).verdict : VERDICTS.noData;
    const shown = formatTarget(target);
    tiers.push({ level, units: p.n, value: p.value, verdict, target: shown });
    notes.push(tierNote(level, p, shown, verdict));
  }
  const all = pooledSum(row.id, parts, ctx.each);
  const result = rowResult(row, {
    value: all.value,
    text: all.value === null ? "" : formatPercent(all.value),
    verdict: tiersVerdict(tiers, overflow),
    invalid: overflow || !all.exact,
    target: tiers.map((t) => `${t.target} (${t.level})`).join("; ") || null,
    note: joinNotes(
      notes.join(" "),
      all.exact ? "" : TOO_LARGE,
      coverageNote(ctx.coverage, gaps, all.n)
    ),
  });
  return { result, gaps, tiers };
}

/** A row of the city by its kind; null for a ratio without parts (nothing to pool). */
function cityRow(row: CatalogRow, ctx: RowContext): CityRow | null {
  if (row.kind === "group") return { result: rowResult(row, {}) };
  if (row.kind === "percent" || row.kind === "rank") return { result: ctx.city[row.id] };
  if (row.kind === "count") {
    return row.countsUnitsOf ? unitsDoneRow(row, row.countsUnitsOf, ctx) : countRow(row, ctx);
  }
  if (row.kind === "yesno") return yesNoRow(row, ctx);
  if (row.kind !== "ratio" || !row.parts) return null;
  return typeof row.target !== "string" && row.target !== null
    ? tieredRatioRow(row, row.parts, row.target, ctx)
    : ratioRow(row, row.parts, ctx);
}

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
  const { units, duplicates, refused, matching } = countedUnits(reports, opts);
  const each = units.map(unitRun);
  const status =
    opts.roster && matching
      ? rosterStatus(
          opts.roster,
          each.map(({ u, r }) => ({ report: u, results: r })),
          matching,
          opts.dates
        )
      : null;
  // the units expected: those counted, and the roster's that have not reported
  const notSubmitted = status?.notSubmitted.length ?? 0;
  const ctx: RowContext = {
    each,
    city: evaluate(opts.city ?? {}, { level: "tp", targets: opts.targets }),
    targets: opts.targets,
    coverage: { units: units.length, expected: units.length + notSubmitted, notSubmitted },
  };
  const results: Record<string, RowResult> = {};
  const missing: Record<string, readonly string[]> = {};
  const invalid: Record<string, readonly string[]> = {};
  const tiers: TierResult[] = [];
  for (const row of catalog) {
    const out = cityRow(row, ctx);
    if (!out) continue;
    results[row.id] = out.result;
    if (out.gaps?.missing.length) missing[row.id] = out.gaps.missing;
    if (out.gaps?.invalid.length) invalid[row.id] = out.gaps.invalid;
    tiers.push(...(out.tiers ?? []));
  }
  return { results, missing, invalid, tiers, units: units.length, duplicates, refused, status };
}

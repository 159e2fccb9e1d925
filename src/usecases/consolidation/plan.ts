/**
 * The consolidation's decisions, pure over what was read: which sheets to read from their title blocks, which reports
 * count, and the three sheets to write (the status, the breakdown, the city sheet) with what the outcome says.
 */
import { compare, type Comparison, type RowChange } from "../../core/comparison";
import {
  consolidate,
  type Consolidation,
  type ConsolidateOptions,
  type TierResult,
  type UnitReport,
} from "../../core/consolidate";
import type { ChangeList, Review } from "../../core/review";
import { reportingDates, type IsoDate } from "../../core/reportingDates";
import type { RosterStatus, TierStatus } from "../../core/status";
import type { ReportCycle } from "../../core/unitReport";
import {
  buildBreakdownSheet,
  buildCitySheet,
  buildStatusSheet,
  cell,
  COL,
  comparisonColumns,
  isStatusHead,
  officialRoster,
  preservedFrom,
  readDeadline,
  sheetInputs,
  standardRows,
  statusSheetName,
  type RosterRead,
  type SheetSnapshot,
  type SheetSpec,
  type UnitSheet,
} from "../../sheets";
import { periodText, type CellValue, type Period, type SheetKind } from "../../core";
import { catalog } from "../../core/catalog";
import { MAX_READ_ROWS, type SheetHead, type WriteSheetOptions } from "../../workbook/port";
import { skippedLines, type PickedSheets, type Skipped } from "../pickedFiles";
import { rosterHead } from "../roster/plan";
import { protectedError, UserError } from "../support";
import {
  changesOf,
  citySheets,
  periodReviews,
  previousConsolidation,
  sheetsToRead,
  unitReports,
  withApproval,
  type PriorReports,
} from "./reports";

export interface ConsolidateOutcome {
  readonly city: string;
  readonly breakdown: string;
  /** Units consolidated. */
  readonly units: number;
  /** Sheets not taken, and why. */
  readonly skipped: readonly Skipped[];
  /** Indicator 18 per tier. */
  readonly tiers: readonly TierResult[];
  /** Rows for which at least one unit did not report. */
  readonly rowsWithMissing: number;
  /** Who has reported, against the roster sheet (or the official list of communes when there is none). */
  readonly status: StatusOutcome;
  /**
   * Cells of the city sheet the analyst changed while the consolidation ran (after it read the sheet): kept as they
   * were typed, never overwritten, and said — "F23 (mục tiêu, dòng 16)". The add-in's notes of those rows follow what was read.
   * Absent when there were none.
   */
  readonly keptOnCity?: readonly string[];
  /**
   * With `previous`: the period compared with, the units of its consolidation (0: no unit report of that period, and
   * then no comparison columns) and the rows whose verdict changed, worst news first.
   */
  readonly comparison?: CityComparison;
  /**
   * Per unit reviewed on an earlier version than the one read now: what changed since the version reviewed, with the
   * comment each change answers, and the comments that got no change. Absent when there is none.
   */
  readonly reviewChanges?: readonly ChangeList[];
}

export interface CityComparison {
  readonly previous: Period;
  readonly units: number;
  readonly changes: readonly RowChange[];
}

export interface StatusOutcome {
  /** The status sheet written. */
  readonly sheet: string;
  /** The roster sheet read; null: the official list of communes (sở, ban, ngành are then not checked). */
  readonly roster: string | null;
  readonly tiers: readonly TierStatus[];
  /** Reports matching no roster entry: counted, named so that the city can fix them. */
  readonly unknown: readonly string[];
  /** Roster entries with more than one report (counted once). */
  readonly duplicates: number;
  /** Lines of the roster sheet that cannot be used, with their cell. */
  readonly rosterProblems: readonly string[];
}

/** What to read, decided from the title blocks alone. */
export interface CityReads {
  /** The unit sheets, the city sheet and the breakdown of the period; `skipped`: unit sheets left out unread. */
  readonly chosen: { readonly names: readonly string[]; readonly skipped: readonly Skipped[] };
  /** The unit sheets and the city sheet of the previous period, when compared with. */
  readonly before: readonly string[];
  readonly roster: SheetHead | null;
  /** The city's review sheets of the period: the approval rule reads the latest of each unit. */
  readonly reviews: readonly string[];
  /** The status sheet this consolidation wrote before, rewritten in place. */
  readonly oldStatus?: SheetHead;
}

/**
 * The sheets to read, in one batch: the period's, the previous period's, the roster and the reviews. Refused before
 * anything is read: a sheet of the analyst's under the status sheet's name, or a protected status sheet.
 */
export function planReads(
  heads: readonly SheetHead[],
  period: Period,
  previous: Period | null
): CityReads {
  const statusName = statusSheetName(period);
  // the status sheet this consolidation wrote before (a sheet of the analyst's with its name is left alone)
  const oldStatus = heads.find((h) => h.name === statusName);
  // a blank one (a write cut right after adding it) is rewritten
  if (oldStatus && !oldStatus.blank && !isStatusHead(oldStatus.values, period)) {
    throw new UserError(
      `Trang "${statusName}" có sẵn trong sổ tính nhưng không phải trang tình hình nộp do CĐS Excel ghi: hãy đổi tên trang đó rồi bấm lại. Chưa có gì được ghi.`
    );
  }
  if (oldStatus?.protected) throw protectedError(oldStatus.name);
  const chosen = sheetsToRead(heads, period, buildBreakdownSheet([], period).name);
  const roster = rosterHead(heads);
  const extra = roster ? [roster.name] : [];
  const current = new Set(chosen.names);
  const before = previous
    ? sheetsToRead(heads, previous, "").names.filter((n) => !current.has(n) && !extra.includes(n))
    : [];
  return { chosen, before, roster, reviews: periodReviews(heads, period), oldStatus };
}

/** What a consolidation read, and the clock's date: all that its plan decides over. */
export interface CityRead {
  readonly period: Period;
  readonly previous: Period | null;
  /** The deadline typed in the pane, as typed; absent or "": the city sheet's. */
  readonly deadline?: string;
  /** The analyst's today, when the clock was given: the status then has dates. */
  readonly today?: IsoDate;
  readonly reads: CityReads;
  /** The sheets of `reads.chosen`, as read. */
  readonly sheets: readonly SheetSnapshot[];
  /** The sheets of `reads.before`, as read. */
  readonly beforeSheets: readonly SheetSnapshot[];
  readonly roster: { readonly name: string; readonly read: RosterRead } | null;
  /** The picked files' unit sheets. */
  readonly files: PickedSheets;
  readonly reviews: readonly Review[];
  /** The stamps, read for the dates and for the approvals. */
  readonly cycles?: ReadonlyMap<SheetSnapshot, ReportCycle>;
  /** Where custom functions are missing, the city sheet's verdicts are Excel's own formulas (or values). */
  readonly kind: SheetKind;
}

/** The reports counted: each unit once, under the approval rule, with the previous period's for the comparison. */
export interface PickedReports {
  readonly units: readonly UnitReport[];
  readonly reviewChanges: readonly ChangeList[];
  readonly prior: PriorReports | null;
  readonly skipped: readonly Skipped[];
}

/** The reports the consolidation counts; refused, saying why each sheet was left out, when there is none. */
export function pickReports(read: CityRead): PickedReports {
  const candidates = [...read.sheets, ...read.files.sheets];
  const found = unitReports(candidates, read.period, read.cycles);
  const reviewChanges: ChangeList[] = [];
  const units = found.units.map((u) => {
    const approval = withApproval(u, read.period, read.reviews);
    const changes = approval.review && changesOf(approval.review, u, candidates);
    if (changes) reviewChanges.push(changes);
    return approval.unit;
  });
  const prior = read.previous
    ? previousConsolidation(read.beforeSheets, read.files.sheets, read.previous)
    : null;
  // the previous period's reports were used: they are not "skipped" as of another period
  const used = new Set(prior?.sources ?? []);
  const skipped = [...read.reads.chosen.skipped, ...found.skipped, ...read.files.skipped].filter(
    (s) => !used.has(s.source)
  );
  if (!units.length) {
    throw new UserError(
      `Chưa có báo cáo đơn vị nào của ${periodText(read.period)}: hãy tạo bảng chỉ tiêu cho từng đơn vị (hoặc chọn tệp .xlsx của các đơn vị) rồi bấm lại.` +
        skippedLines(skipped)
    );
  }
  return { units, reviewChanges, prior, skipped };
}

/** A sheet to write and how. */
export interface SheetWrite {
  readonly spec: SheetSpec;
  readonly options: WriteSheetOptions;
}

/** The consolidation's writes, in order, and its outcome but for what the city sheet's write finds typed since. */
export interface CityPlan {
  readonly status: SheetWrite;
  readonly breakdown: SheetWrite;
  readonly city: SheetWrite;
  /** The analyst's cells of the city sheet as the notice names them ("F23 (mục tiêu, dòng 16)"), by address. */
  readonly labels: Readonly<Record<string, string>>;
  readonly outcome: ConsolidateOutcome;
}

/** The city sheet of the period as read: the analyst's cells kept, its own statistics and targets, its deadline. */
function cityBefore(read: CityRead) {
  const found = citySheets(read.sheets, read.period)[0] ?? null;
  if (found?.snapshot.protected) throw protectedError(found.snapshot.name);
  const sheet = found?.sheet ?? null;
  const kept = sheet ? preservedFrom(sheet) : {};
  const inputs = sheet && !sheet.missing.length ? sheetInputs(sheet) : null;
  // the deadline typed in the pane, else the one the city sheet of the period shows (typed once per period)
  const deadline = read.deadline?.trim()
    ? reportingDates(read.period, read.deadline).deadline
    : found
      ? (readDeadline(found.snapshot.values) ?? null)
      : null;
  return { found, kept, inputs, deadline };
}

/** The roster the status checks: the roster sheet, else the official list (communes checked, sở, ban, ngành not). */
function rosterOf(read: CityRead): Pick<ConsolidateOptions, "roster" | "rosterLevels"> {
  return read.roster
    ? { roster: read.roster.read.entries }
    : { roster: officialRoster(), rosterLevels: ["xa"] };
}

/** The comparison with the previous period's consolidation, when asked: the verdicts that changed. */
function comparisonOf(
  now: Consolidation,
  read: CityRead,
  prior: PriorReports | null
): { comparison: CityComparison; changes: Comparison | null } | null {
  if (!read.previous || !prior) return null;
  const earlier = prior.units.length
    ? consolidate(prior.units, {
        city: prior.city?.inputs,
        targets: prior.city?.targets,
        ...rosterOf(read),
      })
    : null;
  const changes = earlier ? compare(now.results, earlier.results) : null;
  const comparison = {
    previous: read.previous,
    units: prior.units.length,
    changes: changes?.verdictChanges ?? [],
  };
  return { comparison, changes };
}

/** The consolidation and the sheets it writes, decided from what was read and the reports counted. */
export function planCity(read: CityRead, picked: PickedReports): CityPlan {
  const before = cityBefore(read);
  const c = consolidate(picked.units, {
    dates: read.today ? { deadline: before.deadline, today: read.today } : undefined,
    city: before.inputs?.inputs,
    targets: before.inputs?.targets,
    ...rosterOf(read),
  });
  const status: RosterStatus = c.status!;
  const statusSpec = buildStatusSheet(status, read.period);
  const compared = comparisonOf(c, read, picked.prior);
  let city = buildCitySheet(c, read.period, before.kept, read.kind, { deadline: before.deadline });
  if (compared?.changes)
    city = comparisonColumns(city, compared.changes, read.previous!, read.kind);
  const old = before.found;
  const citySpec = old ? { ...city, name: old.snapshot.name } : city;
  const breakdown = buildBreakdownSheet(picked.units, read.period);
  const oldBreakdown = read.sheets.find((s) => s.name === breakdown.name);
  if (oldBreakdown?.protected) throw protectedError(oldBreakdown.name);
  const owned = old ? analystCells(old.snapshot, old.sheet) : null;
  const { oldStatus } = read.reads;
  return {
    status: {
      spec: statusSpec,
      options: oldStatus ? { replace: oldStatus.name, clearRows: MAX_READ_ROWS } : {},
    },
    breakdown: {
      spec: breakdown,
      options: oldBreakdown
        ? { replace: oldBreakdown.name, clearRows: oldBreakdown.values.length }
        : {},
    },
    city: {
      spec: citySpec,
      options: old
        ? {
            replace: old.snapshot.name,
            clearRows: old.sheet.lastRow,
            ...(owned ? { owned: { cells: owned.cells } } : {}),
          }
        : {},
    },
    labels: owned?.labels ?? {},
    outcome: {
      city: citySpec.name,
      breakdown: breakdown.name,
      units: picked.units.length,
      skipped: picked.skipped,
      tiers: c.tiers,
      rowsWithMissing: Object.values(c.missing).filter((m) => m.length).length,
      status: statusOutcome(status, statusSpec.name, read.roster),
      ...(compared ? { comparison: compared.comparison } : {}),
      ...(picked.reviewChanges.length ? { reviewChanges: picked.reviewChanges } : {}),
    },
  };
}

/** Who has reported, as the outcome tells it. */
function statusOutcome(
  status: RosterStatus,
  sheet: string,
  roster: CityRead["roster"]
): StatusOutcome {
  return {
    sheet,
    roster: roster?.name ?? null,
    tiers: status.tiers,
    unknown: status.unknown.map((l) => l.name),
    duplicates: status.duplicates.length,
    rosterProblems: roster?.read.problems.map((p) => `${p.address}: ${p.message}`) ?? [],
  };
}

/** The city sheet's columns the analyst types in, as the pane names them. */
const ANALYST_COLUMNS: ReadonlyArray<readonly [number, string]> = [
  [COL.note, "ghi chú"],
  [COL.target, "mục tiêu"],
  [COL.evidence, "minh chứng"],
];

/**
 * The cells of the city sheet that are the analyst's, with what they held when read (see WriteSheetOptions.owned):
 * on every indicator's line its note, target and evidence, and the figure of the city's own statistics (percentages,
 * the rank) — where the line stands in the new sheet too, so that a cell typed since the read is kept in its place.
 */
function analystCells(
  snapshot: SheetSnapshot,
  sheet: UnitSheet
): { cells: Record<string, CellValue>; labels: Record<string, string> } {
  const cells: Record<string, CellValue> = {};
  const labels: Record<string, string> = {};
  const rowOf = standardRows();
  for (const row of catalog) {
    const line = sheet.rows[row.id];
    if (row.kind === "group" || !line || line.row !== rowOf[row.id]) continue;
    const columns: (readonly [number, string])[] = [...ANALYST_COLUMNS];
    if (row.kind === "percent" || row.kind === "rank") columns.unshift([COL.figure, "số liệu"]);
    for (const [col, what] of columns) {
      const address = cell(col, line.row);
      cells[address] = snapshot.formulas[line.row - 1]?.[col] ?? null;
      labels[address] = `${address} (${what}, dòng ${row.id})`;
    }
  }
  return { cells, labels };
}

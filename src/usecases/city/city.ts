/**
 * "Tổng hợp toàn thành phố": every unit sheet of the workbook and of the unit workbooks picked from disk, into the
 * city sheet (the standard sheet at level tp, with its chart) and a breakdown sheet.
 *
 * Excel on the web refuses a request or response over 5 MB, so the workbook is never read whole: the title blocks
 * of all sheets first (two round trips), then only the report ranges of the unit sheets of the period, the city sheet
 * and the old breakdown, in batches under 4 MB (round trips grow with the bytes, not with the sheets), then two round
 * trips per sheet written.
 */
import { compare, type RowChange } from "../../core/compare";
import { consolidate, type TierResult, type UnitReport } from "../../core/consolidate";
import type { SubmissionStatus, TierStatus } from "../../core/status";
import { CdsError } from "../../core/errors";
import { catalog } from "../../core/catalog";
import {
  buildBreakdownSheet,
  cell,
  COL,
  standardRows,
  type CellValue,
  buildCitySheet,
  buildStatusSheet,
  comparisonColumns,
  previousPeriod,
  type CompareMode,
  headParams,
  isStatusHead,
  officialRoster,
  readRosterSheet,
  statusSheetName,
  isBreakdownHead,
  isUnitHead,
  isUnitSheet,
  periodCode,
  periodText,
  preservedFrom,
  readUnitSheet,
  sheetInputs,
  type Period,
  type SheetInputs,
  type SheetSnapshot,
  type UnitSheet,
  checkStamp,
  readDeadline,
} from "../../sheets";
import { unitKey } from "../../core/text";
import { evaluate } from "../../core/evaluate";
import {
  approvalStanding,
  changesSinceReview,
  type ChangeList,
  isAbout,
  reviewedInputs,
  standingWords,
  type Review,
  type ReviewedVersion,
} from "../../core/review";
import { isReviewHead, readReviewHead, readReviewSheet, REVIEW_COL } from "../../sheets";
import type { Sha256 } from "../../core/fingerprint";
import { localDateOf, reportingDates } from "../../core/reportingDates";
import type { ReportCycle } from "../../core/unitReport";
import { webSha256 } from "../sha256";
import { readPickedFiles, skippedLines, type PickedFile, type Skipped } from "../pickedFiles";
import { rosterHead } from "../roster/roster";
import { guarded, protectedError, sheetKind, UserError, type Progress } from "../support";
import { MAX_READ_ROWS, type SheetHead, type WorkbookPort } from "../../workbook/port";

export type { PickedFile } from "../pickedFiles";

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

export interface ConsolidateInput {
  readonly period: Period;
  /** The deadline the city sets for the period, as typed ("20/04/2025"); absent or "": the city sheet's (D5). */
  readonly deadline?: string;
  /**
   * The clock (milliseconds since the epoch): with it, the status says who reported on time, late or not at all, by
   * the analyst's today (docs/domain.md#timeliness). Without it the status has no dates.
   */
  readonly now?: () => number;
  /** SHA-256 for the stamps' fingerprints (Web Crypto's by default). */
  readonly sha256?: Sha256;
  readonly files?: readonly PickedFile[];
  /** Compare with the previous period (the same period of last year, or the quarter before): columns I and J. */
  readonly previous?: CompareMode;
}

/**
 * A unit sheet read from its snapshot, once: the stamps, the reports and the review's change list all read the same
 * sheets of one consolidation. A sheet that cannot be read throws the same CdsError each time.
 */
const readSheets = new WeakMap<SheetSnapshot, UnitSheet | CdsError>();
function readOnce(snapshot: SheetSnapshot): UnitSheet {
  let read = readSheets.get(snapshot);
  if (!read) {
    try {
      read = readUnitSheet(snapshot);
    } catch (e) {
      if (!(e instanceof CdsError)) throw e;
      read = e;
    }
    readSheets.set(snapshot, read);
  }
  if (read instanceof CdsError) throw read;
  return read;
}

/** Reads and checks the finalization stamp of every unit sheet (docs/sheets.md#finalization-stamp). */
async function reportCycles(
  snapshots: readonly SheetSnapshot[],
  sha256: Sha256
): Promise<Map<SheetSnapshot, ReportCycle>> {
  const out = new Map<SheetSnapshot, ReportCycle>();
  for (const snapshot of snapshots) {
    if (!isUnitSheet(snapshot)) continue;
    let sheet: UnitSheet;
    try {
      sheet = readOnce(snapshot);
    } catch (e) {
      if (!(e instanceof CdsError)) throw e;
      continue; // unitReports says why
    }
    const checked = await checkStamp(sheet, snapshot.values, sha256);
    out.set(
      snapshot,
      checked.state === "stamped"
        ? {
            state: "stamped",
            version: checked.stamp.version,
            finalizedAt: checked.stamp.finalizedAt,
            changed: checked.changed,
            fingerprint: checked.stamp.fingerprint,
          }
        : checked
    );
  }
  return out;
}

/** The version of a report's stamp, 0 when it has none: the newer of two reports of a unit is counted. */
const versionOf = (cycle: ReportCycle | undefined) =>
  cycle?.state === "stamped" ? cycle.version : 0;

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

/** Unit reports from snapshots: CĐS sheets of units (not the city) for the period, each unit once. */
export function unitReports(
  given: readonly SheetSnapshot[],
  period: Period,
  cycles?: ReadonlyMap<SheetSnapshot, ReportCycle>
): { units: UnitReport[]; skipped: Skipped[] } {
  // of a unit's reports, the one with the newest stamp comes first (and is counted); the others keep their order
  const groupOf = (s: SheetSnapshot) => {
    const p = isUnitSheet(s) ? headParams(s.values) : null;
    return p ? `${unitKey(p.unit)}|${p.level}` : `#${s.name}`;
  };
  const firstAt = new Map<string, number>();
  given.forEach((s, i) => {
    const g = groupOf(s);
    if (!firstAt.has(g)) firstAt.set(g, i);
  });
  const snapshots = cycles
    ? given
        .map((s, i) => ({ s, i, g: firstAt.get(groupOf(s))!, v: versionOf(cycles.get(s)) }))
        .sort((a, b) => a.g - b.g || b.v - a.v || a.i - b.i)
        .map((x) => x.s)
    : given;
  const units: UnitReport[] = [];
  const seen = new Map<string, string>();
  const seenSnapshot = new Map<string, SheetSnapshot>();
  const skipped: Skipped[] = [];
  const code = periodCode(period);
  for (const snapshot of snapshots) {
    if (!isUnitSheet(snapshot)) continue;
    let sheet: UnitSheet;
    try {
      sheet = readOnce(snapshot);
    } catch (e) {
      if (!(e instanceof CdsError)) throw e;
      skipped.push({ source: snapshot.name, reason: e.message });
      continue;
    }
    if (!sheet.params || sheet.params.level === "tp") continue;
    if (periodCode(sheet.params.period) !== code) {
      skipped.push({
        source: snapshot.name,
        reason: `kỳ báo cáo khác (${periodText(sheet.params.period)})`,
      });
      continue;
    }
    // "Xã Thạnh An" and "Xã Thanh An" are two communes: the identity keeps the letters and tones.
    const id = `${unitKey(sheet.params.unit)}|${sheet.params.level}`;
    if (seen.has(id)) {
      const [older, newer] = [
        versionOf(cycles?.get(snapshot)),
        versionOf(cycles?.get(seenSnapshot.get(id)!)),
      ];
      skipped.push({
        source: snapshot.name,
        reason:
          newer > 0
            ? `trùng đơn vị "${sheet.params.unit}" với "${seen.get(id)}": tính bản chốt lần ${newer}, bỏ qua bản ${older ? `chốt lần ${older}` : "chưa chốt"}`
            : `trùng đơn vị "${sheet.params.unit}" với "${seen.get(id)}"`,
      });
      continue;
    }
    try {
      const { inputs, evidence } = sheetInputs(sheet);
      const { unit, level, code: unitCode } = sheet.params;
      units.push({
        unit,
        level,
        inputs,
        evidence,
        source: snapshot.name,
        ...(unitCode ? { code: unitCode } : {}),
        ...(cycles?.has(snapshot) ? { cycle: cycles.get(snapshot)! } : {}),
      });
      seen.set(id, snapshot.name);
      seenSnapshot.set(id, snapshot);
    } catch (e) {
      if (!(e instanceof CdsError)) throw e;
      skipped.push({ source: snapshot.name, reason: e.message });
    }
  }
  return { units, skipped };
}

/**
 * Which sheets of the workbook the consolidation reads, from their title blocks alone: the unit sheets of the period,
 * the city sheet of the period, and the breakdown sheet of the period when it exists. Unit sheets of another period
 * or whose title block cannot be read are named in `skipped`, without being read.
 */
export function sheetsToRead(
  heads: readonly SheetHead[],
  period: Period,
  breakdownName: string
): { names: string[]; skipped: Skipped[] } {
  const code = periodCode(period);
  const names: string[] = [];
  const skipped: Skipped[] = [];
  for (const head of heads) {
    // the breakdown this consolidation wrote before (a sheet of the analyst's with its name is left alone)
    if (head.name === breakdownName && isBreakdownHead(head.values, period)) {
      names.push(head.name);
      continue;
    }
    if (!isUnitHead(head.values)) continue;
    const params = headParams(head.values);
    if (!params) {
      skipped.push({
        source: head.name,
        reason: "không đọc được đơn vị, cấp hoặc kỳ báo cáo ở khối tiêu đề (A1:H5) của trang",
      });
      continue;
    }
    if (periodCode(params.period) !== code) {
      if (params.level !== "tp") {
        skipped.push({
          source: head.name,
          reason: `kỳ báo cáo khác (${periodText(params.period)})`,
        });
      }
      continue;
    }
    names.push(head.name);
  }
  return { names, skipped };
}

export function consolidateCity(
  port: WorkbookPort,
  input: ConsolidateInput,
  progress: Progress = () => {}
): Promise<ConsolidateOutcome> {
  return guarded(async (written) => {
    // refused before anything is read: "the quarter before" of a half-year or a year
    const previous = input.previous ? previousPeriod(input.period, input.previous) : null;
    await port.ensureReady();
    progress("Đang đọc các trang trong sổ tính…");
    const breakdownName = buildBreakdownSheet([], input.period).name;
    const statusName = statusSheetName(input.period);
    const heads = await port.readHeads();
    const chosen = sheetsToRead(heads, input.period, breakdownName);
    const roster = rosterHead(heads);
    // the status sheet this consolidation wrote before (a sheet of the analyst's with its name is left alone)
    const oldStatusHead = heads.find((h) => h.name === statusName);
    // a blank one (a write cut right after adding it) is rewritten
    if (
      oldStatusHead &&
      !oldStatusHead.blank &&
      !isStatusHead(oldStatusHead.values, input.period)
    ) {
      throw new UserError(
        `Trang "${statusName}" có sẵn trong sổ tính nhưng không phải trang tình hình nộp do CĐS Excel ghi: hãy đổi tên trang đó rồi bấm lại. Chưa có gì được ghi.`
      );
    }
    if (oldStatusHead?.protected) throw protectedError(oldStatusHead.name);
    const extra = roster ? [roster.name] : [];
    // the unit sheets and the city sheet of the previous period, read in the same batches as the period's own
    const current = new Set(chosen.names);
    const before = previous
      ? sheetsToRead(heads, previous, "").names.filter((n) => !current.has(n) && !extra.includes(n))
      : [];
    // the city's review sheets of the period: the approval rule reads the latest of each unit
    const reviewNames = periodReviews(heads, input.period);
    const read = await port.readSheets(
      [...chosen.names, ...before, ...extra, ...reviewNames],
      (done, total) => progress(`Đang đọc các trang báo cáo ${done}/${total}…`)
    );
    const rosterSnapshot = roster ? read.find((s) => s.name === roster.name) : undefined;
    const sheets = read.filter((s) => current.has(s.name));
    const beforeSheets = read.filter((s) => before.includes(s.name));
    const rosterRead = rosterSnapshot ? readRosterSheet(rosterSnapshot) : null;
    const files = await readPickedFiles(input.files ?? [], progress);
    const fromFiles = files.sheets;
    const candidates = [...sheets, ...fromFiles];
    const reviews = readReviews(read.filter((s) => reviewNames.includes(s.name)));
    // the stamps are read for the dates, and for the approvals (their version and fingerprint)
    const cycles =
      input.now || reviews.length
        ? await reportCycles(candidates, input.sha256 ?? webSha256)
        : undefined;
    const found = unitReports(candidates, input.period, cycles);
    const reviewChanges: ChangeList[] = [];
    const units = found.units.map((u) => {
      const approval = withApproval(u, input.period, reviews);
      const changes = approval.review && changesOf(approval.review, u, candidates);
      if (changes) reviewChanges.push(changes);
      return approval.unit;
    });
    const prior = previous ? previousConsolidation(beforeSheets, fromFiles, previous) : null;
    // the previous period's reports were used: they are not "skipped" as of another period
    const used = new Set(prior?.sources ?? []);
    const skipped = [...chosen.skipped, ...found.skipped, ...files.skipped].filter(
      (s) => !used.has(s.source)
    );
    if (!units.length) {
      throw new UserError(
        `Chưa có báo cáo đơn vị nào của ${periodText(input.period)}: hãy tạo bảng chỉ tiêu cho từng đơn vị (hoặc chọn tệp .xlsx của các đơn vị) rồi bấm lại.` +
          skippedLines(skipped)
      );
    }
    const code = periodCode(input.period);
    const citySnapshot = sheets.find((s) => {
      if (!isUnitSheet(s)) return false;
      const p = readOnce(s).params;
      return p?.level === "tp" && periodCode(p.period) === code;
    });
    const citySheet = citySnapshot ? readOnce(citySnapshot) : null;
    if (citySnapshot?.protected) throw protectedError(citySnapshot.name);
    const kept = citySheet ? preservedFrom(citySheet) : {};
    const cityInputs = citySheet && !citySheet.missing.length ? sheetInputs(citySheet) : null;
    // the deadline typed in the pane, else the one the city sheet of the period shows (typed once per period)
    const deadline = input.deadline?.trim()
      ? reportingDates(input.period, input.deadline).deadline
      : citySnapshot
        ? (readDeadline(citySnapshot.values) ?? null)
        : null;
    const dates = input.now ? { deadline, today: localDateOf(input.now()) } : undefined;
    progress(`Đang tổng hợp ${units.length} đơn vị…`);
    const c = consolidate(units, {
      dates,
      city: cityInputs?.inputs,
      targets: cityInputs?.targets,
      // without a roster sheet, the official list: the communes are checked, sở, ban, ngành are not
      roster: rosterRead ? rosterRead.entries : officialRoster(),
      rosterLevels: rosterRead ? undefined : ["xa"],
    });
    const status: SubmissionStatus = c.status!;
    const statusSpec = buildStatusSheet(status, input.period);
    let comparison: CityComparison | undefined;
    // where custom functions are missing, the city sheet's verdicts are Excel's own formulas (or values)
    const kind = await sheetKind(port);
    let city = buildCitySheet(c, input.period, kept, kind, { deadline });
    if (previous && prior) {
      const earlier = prior.units.length
        ? consolidate(prior.units, {
            city: prior.city?.inputs,
            targets: prior.city?.targets,
            roster: rosterRead ? rosterRead.entries : officialRoster(),
            rosterLevels: rosterRead ? undefined : ["xa"],
          })
        : null;
      const changes = earlier ? compare(c.results, earlier.results) : null;
      if (changes) city = comparisonColumns(city, changes, previous, kind);
      comparison = { previous, units: prior.units.length, changes: changes?.verdictChanges ?? [] };
    }
    const citySpec = citySnapshot ? { ...city, name: citySnapshot.name } : city;
    const breakdown = buildBreakdownSheet(units, input.period);
    const oldBreakdown = sheets.find((s) => s.name === breakdown.name);
    if (oldBreakdown?.protected) throw protectedError(oldBreakdown.name);
    progress("Đang ghi trang tình hình nộp báo cáo…");
    await written.track(statusSpec.name, () =>
      port.writeSheet(
        statusSpec,
        oldStatusHead ? { replace: oldStatusHead.name, clearRows: MAX_READ_ROWS } : {}
      )
    );
    progress("Đang ghi trang chi tiết đơn vị…");
    await written.track(breakdown.name, () =>
      port.writeSheet(
        breakdown,
        oldBreakdown ? { replace: oldBreakdown.name, clearRows: oldBreakdown.values.length } : {}
      )
    );
    progress("Đang ghi trang toàn thành phố…");
    const owned = citySnapshot && citySheet ? analystCells(citySnapshot, citySheet) : null;
    const cityWrite = await written.track(citySpec.name, () =>
      port.writeSheet(
        citySpec,
        citySnapshot
          ? {
              replace: citySnapshot.name,
              clearRows: citySheet!.lastRow,
              ...(owned ? { owned: { cells: owned.cells } } : {}),
            }
          : {}
      )
    ); // ends active
    return {
      city: citySpec.name,
      breakdown: breakdown.name,
      units: units.length,
      skipped,
      tiers: c.tiers,
      rowsWithMissing: Object.values(c.missing).filter((m) => m.length).length,
      status: {
        sheet: statusSpec.name,
        roster: rosterSnapshot?.name ?? null,
        tiers: status.tiers,
        unknown: status.unknown.map((l) => l.name),
        duplicates: status.duplicates.length,
        rosterProblems: rosterRead?.problems.map((p) => `${p.address}: ${p.message}`) ?? [],
      },
      ...(comparison ? { comparison } : {}),
      ...(reviewChanges.length ? { reviewChanges } : {}),
      ...(cityWrite.kept.length
        ? { keptOnCity: cityWrite.kept.map((address) => owned?.labels[address] ?? address) }
        : {}),
    };
  });
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

/**
 * The previous period's reports, from its sheets in the workbook and the picked files' sheets of that period, and
 * its city statistics from its city sheet when the workbook has a whole one. `sources`: the sheets taken.
 */
function previousConsolidation(
  sheets: readonly SheetSnapshot[],
  fromFiles: readonly SheetSnapshot[],
  period: Period
): { units: UnitReport[]; city: SheetInputs | null; sources: string[] } {
  const code = periodCode(period);
  const { units } = unitReports([...sheets, ...fromFiles], period); // what is of another period is left out
  let city: SheetInputs | null = null;
  let citySource: string[] = [];
  for (const s of sheets) {
    if (!isUnitSheet(s)) continue;
    try {
      const sheet = readOnce(s);
      if (sheet.params?.level !== "tp" || periodCode(sheet.params.period) !== code) continue;
      city = sheetInputs(sheet);
      citySource = [s.name];
      break;
    } catch (e) {
      if (!(e instanceof CdsError)) throw e; // a broken city sheet of last period: its statistics are left out
    }
  }
  return {
    units,
    city,
    sources: [...units.flatMap((u) => (u.source ? [u.source] : [])), ...citySource],
  };
}

/** The review sheets of a period among the title blocks (those whose title block reads). */
function periodReviews(heads: readonly SheetHead[], period: Period): string[] {
  const code = periodCode(period);
  return heads.flatMap((h) => {
    if (!isReviewHead(h.values)) return [];
    try {
      const v = readReviewHead(h.values, REVIEW_COL.id, h.name);
      return periodCode(v.period) === code ? [h.name] : [];
    } catch (e) {
      if (!(e instanceof CdsError)) throw e;
      return [];
    }
  });
}

/** The reviews read from their sheets (a sheet that does not read is left out: "Gửi ý kiến" names its cells). */
function readReviews(snapshots: readonly SheetSnapshot[]): Review[] {
  const out: Review[] = [];
  for (const s of snapshots) {
    try {
      out.push(readReviewSheet(s).review);
    } catch (e) {
      if (!(e instanceof CdsError)) throw e;
    }
  }
  return out;
}

/**
 * A unit's report under the approval rule (approvalStanding, docs/domain.md#review-and-approval): with its latest
 * review's words; an approved unit whose report is now another version counts the approved version's figures (the
 * review's record), flagged "Cần duyệt lại".
 */
function withApproval(
  unit: UnitReport,
  period: Period,
  reviews: readonly Review[]
): { unit: UnitReport; review?: Review } {
  const mine = reviews
    .filter((r) =>
      isAbout(r as ReviewedVersion, {
        unit: unit.unit,
        level: unit.level,
        period,
        ...(unit.code ? { code: unit.code } : {}),
      })
    )
    .sort((a, b) => b.version - a.version);
  const review = mine[0];
  if (!review) return { unit };
  const c = unit.cycle;
  const report =
    c?.state === "stamped" && c.fingerprint
      ? { version: c.version, fingerprint: c.fingerprint, changed: c.changed }
      : null;
  const standing = approvalStanding(review, report);
  const words = standingWords(standing);
  if (standing.counts !== "reapprove")
    return { unit: { ...unit, review: { words, reapprove: false } }, review };
  const { inputs, evidence } = reviewedInputs(review);
  return { unit: { ...unit, inputs, evidence, review: { words, reapprove: true } }, review };
}

/**
 * The change list of a unit whose report read now is a later version than the one reviewed (changesSinceReview):
 * the report judged from its sheet (its own targets), against the review's record. Null for the version reviewed
 * itself, a report not finalized, or a sheet that does not read.
 */
function changesOf(
  review: Review,
  unit: UnitReport,
  snapshots: readonly SheetSnapshot[]
): ChangeList | null {
  const c = unit.cycle;
  if (c?.state !== "stamped" || c.version <= review.version) return null;
  const snapshot = snapshots.find((s) => s.name === unit.source);
  if (!snapshot) return null;
  try {
    const sheet = readOnce(snapshot);
    const { inputs, evidence, targets } = sheetInputs(sheet);
    const results = evaluate(inputs, { level: unit.level, evidence, targets });
    return changesSinceReview(review, { version: c.version, results });
  } catch (e) {
    if (!(e instanceof CdsError)) throw e;
    return null;
  }
}

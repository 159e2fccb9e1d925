/**
 * Which unit reports a consolidation counts, from sheets already read: the unit sheets of the period (each read
 * once, a broken one named with why), their stamps, one report per unit (the newest stamp), the approval rule of the
 * city's reviews, and the previous period's reports for the comparison. Pure but for the stamps' fingerprints.
 */
import type { UnitLevel, UnitReport } from "../../core/consolidate";
import { CdsError } from "../../core/errors";
import { evaluate } from "../../core/evaluate";
import type { Sha256 } from "../../core/fingerprint";
import {
  approvalStanding,
  changesSinceReview,
  isAbout,
  reviewedInputs,
  standingWords,
  type ChangeList,
  type Review,
  type ReviewedVersion,
} from "../../core/review";
import { unitKey } from "../../core/text";
import type { ReportCycle } from "../../core/unitReport";
import {
  checkStamp,
  headParams,
  isBreakdownHead,
  isReviewHead,
  isUnitHead,
  isUnitSheet,
  readReviewHead,
  readReviewSheet,
  readUnitSheet,
  REVIEW_COL,
  sheetInputs,
  type SheetInputs,
  type SheetSnapshot,
  type UnitSheet,
} from "../../sheets";
import { periodCode, periodText, type Period } from "../../core";
import type { SheetHead } from "../../workbook/port";
import type { Skipped } from "../pickedFiles";

/**
 * A unit sheet read from its snapshot, once: the stamps, the reports and the review's change list all read the same
 * sheets of one consolidation. A sheet that cannot be read gives the same CdsError each time.
 */
const readSheets = new WeakMap<SheetSnapshot, UnitSheet | CdsError>();
function readOnce(snapshot: SheetSnapshot): UnitSheet | CdsError {
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
  return read;
}

/** A unit sheet among the snapshots, read; or why it could not be. */
export type ReadUnitSheet =
  | { readonly snapshot: SheetSnapshot; readonly sheet: UnitSheet }
  | { readonly snapshot: SheetSnapshot; readonly sheet?: undefined; readonly broken: string };

/** The one read loop: the unit sheets among the snapshots, in order, each read once; a broken one says why. */
export function readUnitSheets(snapshots: readonly SheetSnapshot[]): ReadUnitSheet[] {
  return snapshots.filter(isUnitSheet).map((snapshot) => {
    const read = readOnce(snapshot);
    return read instanceof CdsError
      ? { snapshot, broken: read.message }
      : { snapshot, sheet: read };
  });
}

/** The unit sheets of a period at city level among the snapshots, in order (a broken sheet is none of them). */
export function citySheets(
  snapshots: readonly SheetSnapshot[],
  period: Period
): { snapshot: SheetSnapshot; sheet: UnitSheet }[] {
  const code = periodCode(period);
  return readUnitSheets(snapshots).flatMap(({ snapshot, sheet }) =>
    sheet?.params?.level === "tp" && periodCode(sheet.params.period) === code
      ? [{ snapshot, sheet }]
      : []
  );
}

/** Reads and checks the finalization stamp of every unit sheet (docs/sheets.md#finalization-stamp). */
export async function reportCycles(
  snapshots: readonly SheetSnapshot[],
  sha256: Sha256
): Promise<Map<SheetSnapshot, ReportCycle>> {
  const out = new Map<SheetSnapshot, ReportCycle>();
  for (const { snapshot, sheet } of readUnitSheets(snapshots)) {
    if (!sheet) continue; // unitReports says why
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

/** Of a unit's reports, the one with the newest stamp first (it is counted); the others keep their order. */
function newestFirst(
  given: readonly SheetSnapshot[],
  cycles: ReadonlyMap<SheetSnapshot, ReportCycle>
): SheetSnapshot[] {
  const groupOf = (s: SheetSnapshot) => {
    const p = isUnitSheet(s) ? headParams(s.values) : null;
    return p ? `${unitKey(p.unit)}|${p.level}` : `#${s.name}`;
  };
  const firstAt = new Map<string, number>();
  given.forEach((s, i) => {
    const g = groupOf(s);
    if (!firstAt.has(g)) firstAt.set(g, i);
  });
  return given
    .map((s, i) => ({ s, i, g: firstAt.get(groupOf(s))!, v: versionOf(cycles.get(s)) }))
    .sort((a, b) => a.g - b.g || b.v - a.v || a.i - b.i)
    .map((x) => x.s);
}

/** A sheet's report as the consolidation counts it, with its stamp when one was read. */
function reportOf(
  snapshot: SheetSnapshot,
  sheet: UnitSheet,
  level: UnitLevel,
  cycles?: ReadonlyMap<SheetSnapshot, ReportCycle>
): UnitReport {
  const { inputs, evidence } = sheetInputs(sheet);
  const { unit, code: unitCode } = sheet.params!;
  return {
    unit,
    level,
    inputs,
    evidence,
    source: snapshot.name,
    ...(unitCode ? { code: unitCode } : {}),
    ...(cycles?.has(snapshot) ? { cycle: cycles.get(snapshot)! } : {}),
  };
}

/** Unit reports from snapshots: CĐS sheets of units (not the city) for the period, each unit once. */
export function unitReports(
  given: readonly SheetSnapshot[],
  period: Period,
  cycles?: ReadonlyMap<SheetSnapshot, ReportCycle>
): { units: UnitReport[]; skipped: Skipped[] } {
  const units: UnitReport[] = [];
  const seen = new Map<string, SheetSnapshot>();
  const skipped: Skipped[] = [];
  const code = periodCode(period);
  for (const read of readUnitSheets(cycles ? newestFirst(given, cycles) : given)) {
    const { snapshot, sheet } = read;
    const skip = (reason: string) => skipped.push({ source: snapshot.name, reason });
    if (!sheet) {
      skip(read.broken);
      continue;
    }
    const { params } = sheet;
    if (!params || params.level === "tp") continue;
    if (periodCode(params.period) !== code) {
      skip(`kỳ báo cáo khác (${periodText(params.period)})`);
      continue;
    }
    // "Xã Thạnh An" and "Xã Thanh An" are two communes: the identity keeps the letters and tones.
    const id = `${unitKey(params.unit)}|${params.level}`;
    const counted = seen.get(id);
    if (counted) {
      const [older, newer] = [versionOf(cycles?.get(snapshot)), versionOf(cycles?.get(counted))];
      const twin = `trùng đơn vị "${params.unit}" với "${counted.name}"`;
      skip(
        newer > 0
          ? `${twin}: tính bản chốt lần ${newer}, bỏ qua bản ${older ? `chốt lần ${older}` : "chưa chốt"}`
          : twin
      );
      continue;
    }
    try {
      units.push(reportOf(snapshot, sheet, params.level, cycles));
      seen.set(id, snapshot);
    } catch (e) {
      if (!(e instanceof CdsError)) throw e;
      skip(e.message);
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

/** The previous period's reports and its city statistics; `sources`: the sheets taken. */
export interface PriorReports {
  readonly units: UnitReport[];
  readonly city: SheetInputs | null;
  readonly sources: string[];
}

/**
 * The previous period's reports, from its sheets in the workbook and the picked files' sheets of that period, and
 * its city statistics from its city sheet when the workbook has a whole one.
 */
export function previousConsolidation(
  sheets: readonly SheetSnapshot[],
  fromFiles: readonly SheetSnapshot[],
  period: Period
): PriorReports {
  const { units } = unitReports([...sheets, ...fromFiles], period); // what is of another period is left out
  let city: SheetInputs | null = null;
  let citySource: string[] = [];
  for (const found of citySheets(sheets, period)) {
    try {
      city = sheetInputs(found.sheet);
      citySource = [found.snapshot.name];
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
export function periodReviews(heads: readonly SheetHead[], period: Period): string[] {
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
export function readReviews(snapshots: readonly SheetSnapshot[]): Review[] {
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
export function withApproval(
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
export function changesOf(
  review: Review,
  unit: UnitReport,
  snapshots: readonly SheetSnapshot[]
): ChangeList | null {
  const c = unit.cycle;
  if (c?.state !== "stamped" || c.version <= review.version) return null;
  const snapshot = snapshots.find((s) => s.name === unit.source);
  const sheet = snapshot && readUnitSheets([snapshot])[0]?.sheet;
  if (!sheet) return null;
  try {
    const { inputs, evidence, targets } = sheetInputs(sheet);
    const results = evaluate(inputs, { level: unit.level, evidence, targets });
    return changesSinceReview(review, { version: c.version, results });
  } catch (e) {
    if (!(e instanceof CdsError)) throw e;
    return null;
  }
}

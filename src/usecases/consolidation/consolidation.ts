/**
 * "Tổng hợp toàn thành phố": every unit sheet of the workbook and of the unit workbooks picked from disk, into the
 * city sheet (the standard sheet at level tp, with its chart) and a breakdown sheet. Read, then decide (plan.ts,
 * pure), then write.
 *
 * Excel on the web refuses a request or response over 5 MB, so the workbook is never read whole: the title blocks
 * of all sheets first (two round trips), then only the report ranges of the unit sheets of the period, the city sheet
 * and the old breakdown, in batches under 4 MB (round trips grow with the bytes, not with the sheets), then two round
 * trips per sheet written.
 */
import type { Sha256 } from "../../core/fingerprint";
import { localDateOf } from "../../core/reportingDates";
import { previousPeriod, readRosterSheet, type ComparisonMode } from "../../sheets";
import { type Period } from "../../core";
import type { WorkbookPort } from "../../workbook/port";
import { readPickedFiles, type PickedFile } from "../pickedFiles";
import { webSha256 } from "../sha256";
import { guarded, sheetKind, type Progress, type Writes } from "../support";
import {
  pickReports,
  planCity,
  planReads,
  type CityPlan,
  type CityRead,
  type ConsolidateOutcome,
} from "./plan";
import { readReviews, reportCycles } from "./reports";

export type { PickedFile } from "../pickedFiles";
export type { CityComparison, ConsolidateOutcome, StatusOutcome } from "./plan";
export { sheetsToRead, unitReports } from "./reports";

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
  readonly previous?: ComparisonMode;
}

export function consolidateCity(
  port: WorkbookPort,
  input: ConsolidateInput,
  progress: Progress = () => {}
): Promise<ConsolidateOutcome> {
  return guarded(async (written) => {
    const read = await readCity(port, input, progress);
    const picked = pickReports(read);
    progress(`Đang tổng hợp ${picked.units.length} đơn vị…`);
    return writeCity(port, written, planCity(read, picked), progress);
  });
}

/**
 * Everything the consolidation decides over: the title blocks, then in one batch the sheets they point to (the
 * period's, the previous period's, the roster, the reviews), the picked files, and the stamps.
 */
async function readCity(
  port: WorkbookPort,
  input: ConsolidateInput,
  progress: Progress
): Promise<CityRead> {
  // refused before anything is read: "the quarter before" of a half-year or a year
  const previous = input.previous ? previousPeriod(input.period, input.previous) : null;
  await port.ensureReady();
  progress("Đang đọc các trang trong sổ tính…");
  const reads = planReads(await port.readHeads(), input.period, previous);
  const { chosen, before, roster } = reads;
  const read = await port.readSheets(
    [...chosen.names, ...before, ...(roster ? [roster.name] : []), ...reads.reviews],
    (done, total) => progress(`Đang đọc các trang báo cáo ${done}/${total}…`)
  );
  const rosterSnapshot = roster ? read.find((s) => s.name === roster.name) : undefined;
  const sheets = read.filter((s) => chosen.names.includes(s.name));
  const rosterRead = rosterSnapshot
    ? { name: rosterSnapshot.name, read: readRosterSheet(rosterSnapshot) }
    : null;
  const files = await readPickedFiles(input.files ?? [], progress);
  const reviews = readReviews(read.filter((s) => reads.reviews.includes(s.name)));
  // the stamps are read for the dates, and for the approvals (their version and fingerprint)
  const cycles =
    input.now || reviews.length
      ? await reportCycles([...sheets, ...files.sheets], input.sha256 ?? webSha256)
      : undefined;
  return {
    period: input.period,
    previous,
    deadline: input.deadline,
    reads,
    sheets,
    beforeSheets: read.filter((s) => before.includes(s.name)),
    roster: rosterRead,
    files,
    reviews,
    cycles,
    kind: await sheetKind(port),
    ...(input.now ? { today: localDateOf(input.now()) } : {}),
  };
}

/** The status sheet, the breakdown, then the city sheet (it ends active); what the city's write kept is said. */
async function writeCity(
  port: WorkbookPort,
  written: Writes,
  plan: CityPlan,
  progress: Progress
): Promise<ConsolidateOutcome> {
  progress("Đang ghi trang tình hình nộp báo cáo…");
  await written.track(plan.status.spec.name, () =>
    port.writeSheet(plan.status.spec, plan.status.options)
  );
  progress("Đang ghi trang chi tiết đơn vị…");
  await written.track(plan.breakdown.spec.name, () =>
    port.writeSheet(plan.breakdown.spec, plan.breakdown.options)
  );
  progress("Đang ghi trang toàn thành phố…");
  const cityWrite = await written.track(plan.city.spec.name, () =>
    port.writeSheet(plan.city.spec, plan.city.options)
  );
  return {
    ...plan.outcome,
    ...(cityWrite.kept.length
      ? { keptOnCity: cityWrite.kept.map((address) => plan.labels[address] ?? address) }
      : {}),
  };
}

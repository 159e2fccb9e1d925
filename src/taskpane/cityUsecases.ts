/**
 * "Tổng hợp toàn thành phố": every unit sheet of the workbook and of the unit workbooks picked from disk, into the
 * city sheet (the standard sheet at level tp, with its chart) and a breakdown sheet.
 *
 * Excel on the web refuses a request or response over 5 MB, so the workbook is never read whole: the title blocks
 * of all sheets first (two round trips), then only the report ranges of the unit sheets of the period, the city sheet
 * and the old breakdown, in batches under 4 MB (round trips grow with the bytes, not with the sheets), then two round
 * trips per sheet written.
 */
import { consolidate, type TierResult, type UnitReport } from "../core/consolidate";
import { CdsError } from "../core/errors";
import {
  buildBreakdownSheet,
  buildCitySheet,
  headParams,
  isBreakdownHead,
  isUnitHead,
  isUnitSheet,
  periodCode,
  periodText,
  preservedFrom,
  readUnitSheet,
  sheetInputs,
  type Period,
  type SheetSnapshot,
  type UnitSheet,
} from "../core/sheet";
import { unitKey } from "../core/text";
import { readXlsx } from "./files/xlsx";
import { guarded, protectedError, UserError, type Progress } from "./usecaseSupport";
import type { SheetHead, WorkbookPort } from "./workbook/port";

export interface PickedFile {
  readonly name: string;
  readonly data: ArrayBuffer;
}

export interface ConsolidateOutcome {
  readonly city: string;
  readonly breakdown: string;
  /** Units consolidated. */
  readonly units: number;
  /** Sheets not taken, and why. */
  readonly skipped: readonly { readonly source: string; readonly reason: string }[];
  /** Indicator 18 per tier. */
  readonly tiers: readonly TierResult[];
  /** Rows for which at least one unit did not report. */
  readonly rowsWithMissing: number;
}

/** Unit reports from snapshots: CĐS sheets of units (not the city) for the period, each unit once. */
export function unitReports(
  snapshots: readonly SheetSnapshot[],
  period: Period,
): { units: UnitReport[]; skipped: { source: string; reason: string }[] } {
  const units: UnitReport[] = [];
  const seen = new Map<string, string>();
  const skipped: { source: string; reason: string }[] = [];
  const code = periodCode(period);
  for (const snapshot of snapshots) {
    if (!isUnitSheet(snapshot)) continue;
    let sheet: UnitSheet;
    try {
      sheet = readUnitSheet(snapshot);
    } catch (e) {
      skipped.push({ source: snapshot.name, reason: e instanceof Error ? e.message : String(e) });
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
      skipped.push({
        source: snapshot.name,
        reason: `trùng đơn vị "${sheet.params.unit}" với "${seen.get(id)}"`,
      });
      continue;
    }
    try {
      const { inputs, evidence } = sheetInputs(sheet);
      units.push({ unit: sheet.params.unit, level: sheet.params.level, inputs, evidence });
      seen.set(id, snapshot.name);
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
  breakdownName: string,
): { names: string[]; skipped: { source: string; reason: string }[] } {
  const code = periodCode(period);
  const names: string[] = [];
  const skipped: { source: string; reason: string }[] = [];
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

/** The sheets of the picked unit workbooks; a file that cannot be read, or holds no CĐS sheet, is skipped with why. */
async function readFiles(
  files: readonly PickedFile[],
  progress: Progress,
): Promise<{ sheets: SheetSnapshot[]; skipped: { source: string; reason: string }[] }> {
  const sheets: SheetSnapshot[] = [];
  const skipped: { source: string; reason: string }[] = [];
  for (const [i, f] of files.entries()) {
    progress(`Đang đọc tệp ${i + 1}/${files.length}: ${f.name}…`);
    let read: SheetSnapshot[];
    try {
      read = await readXlsx(f.data, f.name);
    } catch (e) {
      skipped.push({ source: f.name, reason: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const units = read.filter(isUnitSheet);
    if (!units.length) {
      skipped.push({
        source: f.name,
        reason: "tệp không có bảng chỉ tiêu CĐS nào (không phải tệp báo cáo của đơn vị)",
      });
      continue;
    }
    sheets.push(...units);
  }
  return { sheets, skipped };
}

export function consolidateCity(
  port: WorkbookPort,
  input: { readonly period: Period; readonly files?: readonly PickedFile[] },
  progress: Progress = () => {},
): Promise<ConsolidateOutcome> {
  return guarded(async () => {
    await port.ensureReady();
    progress("Đang đọc các trang trong sổ tính…");
    const breakdownName = buildBreakdownSheet([], input.period).name;
    const heads = await port.readHeads();
    const chosen = sheetsToRead(heads, input.period, breakdownName);
    const sheets = await port.readSheets(chosen.names, (done, total) =>
      progress(`Đang đọc các trang báo cáo ${done}/${total}…`),
    );
    const files = await readFiles(input.files ?? [], progress);
    const fromFiles = files.sheets;
    const found = unitReports([...sheets, ...fromFiles], input.period);
    const { units } = found;
    const skipped = [...chosen.skipped, ...found.skipped, ...files.skipped];
    if (!units.length) {
      throw new UserError(
        `Chưa có báo cáo đơn vị nào của ${periodText(input.period)}: hãy tạo bảng chỉ tiêu cho từng đơn vị (hoặc chọn tệp .xlsx của các đơn vị) rồi bấm lại.`,
      );
    }
    const code = periodCode(input.period);
    const citySnapshot = sheets.find((s) => {
      if (!isUnitSheet(s)) return false;
      const p = readUnitSheet(s).params;
      return p?.level === "tp" && periodCode(p.period) === code;
    });
    const citySheet = citySnapshot ? readUnitSheet(citySnapshot) : null;
    if (citySnapshot?.protected) throw protectedError(citySnapshot.name);
    const kept = citySheet ? preservedFrom(citySheet) : {};
    const cityInputs = citySheet && !citySheet.missing.length ? sheetInputs(citySheet) : null;
    progress(`Đang tổng hợp ${units.length} đơn vị…`);
    const c = consolidate(units, { city: cityInputs?.inputs, targets: cityInputs?.targets });
    const city = buildCitySheet(c, input.period, kept);
    const citySpec = citySnapshot ? { ...city, name: citySnapshot.name } : city;
    const breakdown = buildBreakdownSheet(units, input.period);
    const oldBreakdown = sheets.find((s) => s.name === breakdown.name);
    if (oldBreakdown?.protected) throw protectedError(oldBreakdown.name);
    progress("Đang ghi trang chi tiết đơn vị…");
    await port.writeSheet(
      breakdown,
      oldBreakdown ? { replace: oldBreakdown.name, clearRows: oldBreakdown.values.length } : {},
    );
    progress("Đang ghi trang toàn thành phố…");
    await port.writeSheet(citySpec, citySnapshot ? { replace: citySnapshot.name, clearRows: citySheet!.lastRow } : {}); // ends active
    return {
      city: citySpec.name,
      breakdown: breakdown.name,
      units: units.length,
      skipped,
      tiers: c.tiers,
      rowsWithMissing: Object.values(c.missing).filter((m) => m.length).length,
    };
  });
}

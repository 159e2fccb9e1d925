/**
 * "Tổng hợp toàn thành phố": every unit sheet of the workbook and of the unit workbooks picked from disk, into the
 * city sheet (the standard sheet at level tp, with its chart) and a breakdown sheet. Constant round trips: two to
 * read the workbook, two per sheet written, whatever the number of sheets.
 */
import { consolidate, type TierResult, type UnitReport } from "../core/consolidate";
import { CdsError } from "../core/errors";
import {
  buildBreakdownSheet,
  buildCitySheet,
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
import { fold } from "../core/text";
import { readXlsx } from "./files/xlsx";
import { guarded, protectedError, UserError, type Progress } from "./usecaseSupport";
import type { WorkbookPort } from "./workbook/port";

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
export function unitReports(snapshots: readonly SheetSnapshot[], period: Period): { units: UnitReport[]; skipped: { source: string; reason: string }[] } {
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
      skipped.push({ source: snapshot.name, reason: `kỳ báo cáo khác (${periodText(sheet.params.period)})` });
      continue;
    }
    const id = `${fold(sheet.params.unit)}|${sheet.params.level}`;
    if (seen.has(id)) {
      skipped.push({ source: snapshot.name, reason: `trùng đơn vị "${sheet.params.unit}" với "${seen.get(id)}"` });
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

export function consolidateCity(
  port: WorkbookPort,
  input: { readonly period: Period; readonly files?: readonly PickedFile[] },
  progress: Progress = () => {},
): Promise<ConsolidateOutcome> {
  return guarded(async () => {
    await port.ensureReady();
    progress("Đang đọc các trang trong sổ tính…");
    const sheets = await port.readAll();
    const fromFiles: SheetSnapshot[] = [];
    for (const [i, f] of (input.files ?? []).entries()) {
      progress(`Đang đọc tệp ${i + 1}/${input.files!.length}: ${f.name}…`);
      try {
        fromFiles.push(...(await readXlsx(f.data, f.name)));
      } catch (e) {
        throw new UserError(e instanceof Error ? e.message : String(e));
      }
    }
    const { units, skipped } = unitReports([...sheets, ...fromFiles], input.period);
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
    await port.writeSheet(breakdown, oldBreakdown ? { replace: oldBreakdown.name, clearRows: oldBreakdown.values.length } : {});
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

/**
 * Blank unit workbooks, for units without the add-in (LibreOffice, WPS, an old Excel): the unit's sheet for the period
 * of the pane, as Generate would write it for that unit — its identity and roster code in the title block, the rows,
 * the drop-downs and validations, the input cells shaded — written as an .xlsx file (src/formats/unitWorkbook.ts). One unit,
 * or every active unit of a tier as one .zip. The unit fills it in whatever it has; the consolidation reads it back
 * like any unit file, matched by code. The units come from the roster sheet, else from the official list.
 *
 * This chunk carries ExcelJS (loaded on first use) and JSZip: only these buttons load it.
 */
import JSZip from "jszip";
import { LEVEL_NAMES } from "../../core/levels";
import { buildSheet, type SheetSpec } from "../../sheets";
import { type RosterEntry } from "../../core";
import { checkPeriod, periodCode, type Period, type SheetParams } from "../../core";
import type { RosterLevel } from "../../core/status";
import { BUTTONS } from "../../core/buttons";
import { specWorkbook } from "../../formats/unitWorkbook";
import { loadRoster } from "../roster/roster";
import { guarded, UserError, type Progress } from "../support";
import type { WorkbookPort } from "../../workbook/port";
import { tierEntries, unitEntry } from "./plan";

/** The sheet a blank workbook holds for a unit and period. */
export type BlankSheet = (params: SheetParams) => SheetSpec;

/**
 * The unit sheet as Generate writes it, of the plain kind: Excel's own functions only, which Excel 2010 and later,
 * LibreOffice Calc and WPS all compute — the unit has no add-in.
 */
export const blankSheet: BlankSheet = (params) => buildSheet(params, {}, { kind: "plain" });

export interface BlankOutcome {
  readonly fileName: string;
  readonly data: Uint8Array;
  readonly period: Period;
  /** The units whose workbook the file holds, in roster order. */
  readonly units: readonly Pick<RosterEntry, "code" | "name" | "level">[];
  /** A tier's .zip: its level; null for one unit's .xlsx. */
  readonly tier: RosterLevel | null;
  /** Units of the tier left out because they no longer report. */
  readonly retired: number;
  /** The roster sheet read; null: the official list (phường, xã, đặc khu only). */
  readonly roster: string | null;
}

/** A file name's part from words: ASCII letters and digits, words joined by "_" ("Phường Bến Thành" → "Phuong_Ben_Thanh"). */
function namePart(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60)
    .replace(/_+$/, "");
}

/** "CDS_2025-Q3_26734_Phuong_Ben_Thanh.xlsx": the period, the unit's code, its name. */
export function blankFileName(entry: Pick<RosterEntry, "code" | "name">, period: Period): string {
  const code = namePart(entry.code);
  return `CDS_${periodCode(period)}_${code ? `${code}_` : ""}${namePart(entry.name) || "don_vi"}.xlsx`;
}

/** "CDS_2025-Q3_so_trong_Phuong_xa_dac_khu.zip". */
export function tierFileName(level: RosterLevel, period: Period): string {
  return `CDS_${periodCode(period)}_so_trong_${namePart(LEVEL_NAMES[level])}.zip`;
}

const paramsOf = (entry: RosterEntry, period: Period): SheetParams => ({
  unit: entry.name,
  level: entry.level,
  period,
  code: entry.code,
});

/** What both blank-workbook buttons take: the pane's unit, level and period, and the sheet to write (tests pass one). */
export interface BlankInput {
  readonly params: SheetParams;
  readonly sheet?: BlankSheet;
}

type Roster = Awaited<ReturnType<typeof loadRoster>>;

/** The period checked and the roster read, then `make` with them: the skeleton of both buttons. */
function blankDownload(
  port: WorkbookPort,
  input: BlankInput,
  progress: Progress,
  make: (period: Period, roster: Roster, build: BlankSheet) => Promise<BlankOutcome>,
  refuse: () => string | null
): Promise<BlankOutcome> {
  return guarded(async () => {
    const period = checkPeriod(input.params.period);
    const refused = refuse();
    if (refused) throw new UserError(refused);
    progress("Đang đọc danh sách đơn vị…");
    const roster = await loadRoster(port);
    return make(period, roster, input.sheet ?? blankSheet);
  });
}

const unitsOf = (entries: readonly RosterEntry[]) =>
  entries.map((e) => ({ code: e.code, name: e.name, level: e.level }));

/** "Tải sổ trống cho đơn vị": the blank workbook of the unit in the pane's unit field, for the pane's period. */
export function downloadBlankUnit(
  port: WorkbookPort,
  input: BlankInput,
  progress: Progress = () => {}
): Promise<BlankOutcome> {
  const typed = input.params.unit.trim();
  const refuse = () =>
    typed
      ? null
      : `Hãy chọn đơn vị ở ô “Tên đơn vị” (gõ vài chữ rồi chọn trong danh sách gợi ý) rồi bấm lại “${BUTTONS.blankUnit}”.`;
  return blankDownload(
    port,
    input,
    progress,
    async (period, roster, build) => {
      const entry = unitEntry(typed, input.params.code, roster);
      progress(`Đang tạo sổ trống của ${entry.name}…`);
      const data = await specWorkbook([build(paramsOf(entry, period))]);
      const units = unitsOf([entry]);
      return {
        fileName: blankFileName(entry, period),
        data,
        period,
        units,
        tier: null,
        retired: 0,
        roster: roster.sheet,
      };
    },
    refuse
  );
}

/** "Tải sổ trống cả cấp (.zip)": a blank workbook for every active unit of the pane's level, in one .zip. */
export function downloadBlankTier(
  port: WorkbookPort,
  input: BlankInput,
  progress: Progress = () => {}
): Promise<BlankOutcome> {
  const level = input.params.level;
  const refuse = () =>
    level === "so" || level === "xa"
      ? null
      : `Sổ trống được tạo cho các đơn vị cấp “${LEVEL_NAMES.so}” hoặc “${LEVEL_NAMES.xa}”: hãy chọn một trong hai cấp đó ở ô “Cấp” rồi bấm lại.`;
  return blankDownload(
    port,
    input,
    progress,
    async (period, roster, build) => {
      const tier = level as RosterLevel;
      const { active, retired } = tierEntries(tier, roster);
      const zip = new JSZip();
      for (const [i, entry] of active.entries()) {
        progress(`Đang tạo sổ trống ${i + 1}/${active.length}: ${entry.name}…`);
        // stored, not deflated again: an .xlsx is already compressed, and the download's check reads each one as it is
        zip.file(
          blankFileName(entry, period),
          await specWorkbook([build(paramsOf(entry, period))]),
          {
            compression: "STORE",
            date: new Date(Date.UTC(period.year, 0, 1)),
          }
        );
      }
      progress("Đang đóng gói tệp .zip…");
      const data = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
      const units = unitsOf(active);
      return {
        fileName: tierFileName(tier, period),
        data,
        period,
        units,
        tier,
        retired,
        roster: roster.sheet,
      };
    },
    refuse
  );
}

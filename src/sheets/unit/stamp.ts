/**
 * The reporting cycle on a unit sheet (docs/sheets.md#finalization-stamp): the title block's dates (the data window's
 * last day, the deadline) and the finalization stamp — a hidden mark holding the stamp's data and a visible line
 * saying it.
 */
import type { CellValue } from "../../core/types";
import type { NoStamp } from "../../core/unitReport";
import { catalog } from "../../core/catalog";
import {
  fingerprint,
  shortFingerprint,
  type ReportContent,
  type Sha256,
} from "../../core/fingerprint";
import {
  NO_DEADLINE,
  parseDate,
  readInstant,
  reportingDates,
  shownDate,
  shownInstant,
  type IsoDate,
} from "../../core/reportingDates";
import { cell } from "../a1";
import { COL, HEADER_ROW, TITLE_ROWS } from "./grid";
import type { SheetParams } from "../../core/identity";
import { periodCode, type Period } from "../../core/period";
import type { UnitSheet } from "./read";
import { FIGURE_KINDS } from "./rows";
import { hasVerdict, isInput } from "../../core";

/** Where the cycle's cells stand in the title block: row and 0-based column. */
export const CYCLE_CELLS = {
  /** The visible line of the stamp, beside the level. */
  stampLine: { row: TITLE_ROWS.level, col: COL.verdict },
  /** "Số liệu tính đến ngày 14/03/2025", beside the period. */
  cutOff: { row: TITLE_ROWS.period, col: COL.verdict },
  /** "Hạn nộp: 20/03/2025" or "Hạn nộp: chưa đặt hạn", under it. */
  deadline: { row: TITLE_ROWS.marks, col: COL.verdict },
  /** The stamp's data, in the hidden id column of the header row. */
  stamp: { row: HEADER_ROW, col: COL.id },
} as const;

export const CUT_OFF_WORDS = "Số liệu tính đến ngày";
export const DEADLINE_WORDS = "Hạn nộp:";
export const STAMP_LINE_WORDS = "Đã chốt số liệu";
export const REOPENED_WORDS = "Đã mở để sửa";
/** The hidden stamp's signature. */
export const STAMP_MARK = "CDS-STAMP/1";

const at = (c: { row: number; col: number }) => cell(c.col, c.row);
export const CYCLE_ADDRESSES = {
  stampLine: at(CYCLE_CELLS.stampLine),
  cutOff: at(CYCLE_CELLS.cutOff),
  deadline: at(CYCLE_CELLS.deadline),
  stamp: at(CYCLE_CELLS.stamp),
} as const;

/** "Số liệu tính đến ngày 14/03/2025": the data window's last day. */
export function cutOffLine(period: Period): string {
  return `${CUT_OFF_WORDS} ${shownDate(reportingDates(period).to)}`;
}

/** "Hạn nộp: 20/03/2025", or "Hạn nộp: chưa đặt hạn". */
export function deadlineLine(deadline: IsoDate | null | undefined): string {
  return `${DEADLINE_WORDS} ${deadline ? shownDate(deadline) : NO_DEADLINE}`;
}

const str = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());
const valueAt = (values: readonly (readonly CellValue[])[], c: { row: number; col: number }) =>
  values[c.row - 1]?.[c.col];

/**
 * The deadline a sheet's title block shows: an ISO date, null when it says none, undefined when the line is not
 * there or cannot be read.
 */
export function readDeadline(
  values: readonly (readonly CellValue[])[]
): IsoDate | null | undefined {
  const line = str(valueAt(values, CYCLE_CELLS.deadline));
  if (!line.startsWith(DEADLINE_WORDS)) return undefined;
  const rest = line.slice(DEADLINE_WORDS.length).trim();
  if (rest === NO_DEADLINE) return null;
  try {
    return parseDate(rest) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether a title-block cell holds the add-in's cycle words (rewritten by Generate, never kept as typed). */
export function isCycleCell(row: number, col: number, value: CellValue): boolean {
  const t = str(value);
  const is = (c: { row: number; col: number }) => c.row === row && c.col === col;
  if (is(CYCLE_CELLS.cutOff)) return t.startsWith(CUT_OFF_WORDS);
  if (is(CYCLE_CELLS.deadline)) return t.startsWith(DEADLINE_WORDS);
  if (is(CYCLE_CELLS.stampLine))
    return t.startsWith(STAMP_LINE_WORDS) || t.startsWith(REOPENED_WORDS);
  return false;
}

/**
 * A finalization stamp: which finalization of the sheet it is (1, 2, …), when (an ISO instant with its offset, the
 * analyst's local time) and the fingerprint of what was finalized (SHA-256, 64 hex digits).
 */
export interface Stamp {
  readonly version: number;
  readonly finalizedAt: string;
  readonly fingerprint: string;
}

/** The hidden mark: "CDS-STAMP/1;v=2;at=2025-04-20T09:15:00+07:00;sha256=…". */
export function stampMark(s: Stamp): string {
  return `${STAMP_MARK};v=${s.version};at=${s.finalizedAt};sha256=${s.fingerprint}`;
}

/** The visible line: "Đã chốt số liệu lần 2 lúc 09:15 ngày 20/04/2025 (UTC+07:00) · mã số liệu 1a2b3c4d5e6f". */
export function stampLine(s: Stamp, reopened = false): string {
  const when = shownInstant(readInstant(s.finalizedAt)!.epochMs);
  const code = `mã số liệu ${shortFingerprint(s.fingerprint)}`;
  return reopened
    ? `${REOPENED_WORDS} sau lần chốt ${s.version} lúc ${when} · ${code}`
    : `${STAMP_LINE_WORDS} lần ${s.version} lúc ${when} · ${code}`;
}

/** What a sheet's stamp cells say. */
export type StampReading =
  | { readonly state: "none" }
  /** A stamp that cannot be read or whose two cells disagree: `cell` says where, `message` what (Vietnamese). */
  | { readonly state: "unreadable"; readonly cell: string; readonly message: string }
  | { readonly state: "stamped"; readonly stamp: Stamp; readonly reopened: boolean };

/** Reads the stamp of a sheet from its values (a unit sheet, or its submission file). */
export function readStamp(
  values: readonly (readonly CellValue[])[],
  sheetName: string
): StampReading {
  const mark = str(valueAt(values, CYCLE_CELLS.stamp));
  const line = str(valueAt(values, CYCLE_CELLS.stampLine));
  if (!mark.startsWith(STAMP_MARK)) {
    if (line.startsWith(STAMP_LINE_WORDS) || line.startsWith(REOPENED_WORDS))
      return {
        state: "unreadable",
        cell: CYCLE_ADDRESSES.stamp,
        message: `Trang "${sheetName}": ô ${CYCLE_ADDRESSES.stampLine} ghi đã chốt nhưng dấu chốt ẩn ở ô ${CYCLE_ADDRESSES.stamp} không còn: không xác định được lần chốt.`,
      };
    return { state: "none" };
  }
  const m = /^CDS-STAMP\/1;v=([1-9]\d{0,5});at=([^;]+);sha256=([0-9a-f]{64})$/.exec(mark);
  const instant = m ? readInstant(m[2]) : null;
  if (!m || !instant)
    return {
      state: "unreadable",
      cell: CYCLE_ADDRESSES.stamp,
      message: `Trang "${sheetName}": dấu chốt ở ô ${CYCLE_ADDRESSES.stamp} không đọc được (đã bị sửa?): không xác định được lần chốt và thời điểm chốt.`,
    };
  const stamp: Stamp = { version: Number(m[1]), finalizedAt: m[2], fingerprint: m[3] };
  const reopened = line === stampLine(stamp, true);
  if (line !== stampLine(stamp) && !reopened)
    return {
      state: "unreadable",
      cell: CYCLE_ADDRESSES.stampLine,
      message: `Trang "${sheetName}": dòng chốt số liệu ở ô ${CYCLE_ADDRESSES.stampLine} không khớp với dấu chốt ẩn (đã bị sửa?): không xác định được lần chốt.`,
    };
  return { state: "stamped", stamp, reopened };
}

/** What the fingerprint covers of a sheet: its identity, the typed figures, the targets, the evidence. */
export function reportContent(sheet: UnitSheet, params: SheetParams): ReportContent {
  const rows = catalog
    .filter((row) => sheet.rows[row.id])
    .map((row) => {
      const r = sheet.rows[row.id];
      return {
        id: row.id,
        figure: isInput(row) ? r.figure.value : null,
        target: hasVerdict(row) ? r.target.value : null,
        evidence: FIGURE_KINDS[row.kind].evidence ? r.evidence.value : null,
      };
    });
  return {
    unit: params.unit,
    code: params.code,
    level: params.level,
    period: periodCode(params.period),
    rows,
  };
}

/** A sheet's fingerprint now. */
export function sheetFingerprint(
  sheet: UnitSheet,
  params: SheetParams,
  sha256: Sha256
): Promise<string> {
  return fingerprint(reportContent(sheet, params), sha256);
}

/** Whether a stamped sheet still holds what was finalized. */
export type StampCheck =
  | NoStamp
  | {
      readonly state: "stamped";
      readonly stamp: Stamp;
      readonly reopened: boolean;
      /** The figures, targets or evidence changed since the stamp. */
      readonly changed: boolean;
    };

/** Reads a sheet's stamp and checks its fingerprint against what the sheet holds now. */
export async function checkStamp(
  sheet: UnitSheet,
  values: readonly (readonly CellValue[])[],
  sha256: Sha256
): Promise<StampCheck> {
  const reading = readStamp(values, sheet.name);
  if (reading.state !== "stamped") return reading;
  if (!sheet.params)
    return {
      state: "unreadable",
      cell: CYCLE_ADDRESSES.stamp,
      message: `Trang "${sheet.name}": không đọc được đơn vị, cấp và kỳ báo cáo ở đầu trang nên không kiểm tra được dấu chốt.`,
    };
  const now = await sheetFingerprint(sheet, sheet.params, sha256);
  return { ...reading, changed: now !== reading.stamp.fingerprint };
}

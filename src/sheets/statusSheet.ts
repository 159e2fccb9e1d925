import type { CellValue, Level } from "../core/types";
import { CdsError } from "../core/errors";
import { LEVEL_NAMES, parseLevel } from "../core/levels";
import {
  CHANGED_WORDS,
  REPORTED_ROWS,
  RECEIPT_WORDS,
  tierCounts,
  tierTimelinessText,
  type ReceiptState,
  type RosterStatus,
} from "../core/status";
import { columnIndexes, columnLetter } from "./a1";
import { periodSheetName } from "./names";
import { periodCode, periodText, type Period } from "../core/period";
import type { CellContent, ConditionalFormat, SheetSpec } from "./spec";
import { COLOURS, NUMBER_FORMATS, TITLE_STYLE, TONES, toneFormat } from "./styles";

/** The status sheet's name after "CĐS 2025-Q3 ": it fits whole in every period. */
export const STATUS_LABEL = "Tình hình nộp";
/** Its title in A1, before the period: how the status sheet is told from a sheet of the analyst's with its name. */
export const STATUS_TITLE = "TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC ĐƠN VỊ";
export const STATUS_HEADERS = [
  "STT",
  "Mã",
  "Tên đơn vị",
  "Cấp",
  "Tình trạng",
  "Số dòng đã nhập",
  "Trang / tệp",
  "Ghi chú",
  "Lần chốt",
  "Thời điểm chốt",
  "Hạn nộp",
  "Đúng hạn",
  "Dấu chốt",
] as const;
export const STATUS_HEADER_ROW = 4;
/** The columns of STATUS_HEADERS, by index. */
export const STATUS_COL = columnIndexes([
  "stt",
  "code",
  "name",
  "level",
  "state",
  "filled",
  "source",
  "note",
  "version",
  "finalizedAt",
  "deadline",
  "timeliness",
  "trust",
] as const);

function statusTitle(period: Period): string {
  return `${STATUS_TITLE} — ${periodText(period).toUpperCase()}`;
}

/** Whether a sheet's first rows are a status sheet the consolidation wrote (for the period, when one is given). */
export function isStatusHead(values: readonly (readonly CellValue[])[], period?: Period): boolean {
  const a1 =
    typeof values[0]?.[0] === "string" ? (values[0][0] as string).normalize("NFC").trim() : "";
  if (!a1.startsWith(STATUS_TITLE)) return false;
  return !period || a1 === statusTitle(period);
}

export function statusSheetName(period: Period): string {
  return periodSheetName(period, STATUS_LABEL);
}

/** The status sheet's column widths (points), in STATUS_HEADERS' order. */
const STATUS_WIDTHS = [40, 60, 220, 120, 150, 90, 200, 300, 60, 170, 80, 110, 220] as const;

/** A line of the sheet, as wide as its table: numbers as numbers, "" as a blank cell. */
function statusLine(...values: (string | number)[]): CellContent[] {
  return Array.from({ length: STATUS_HEADERS.length }, (_, i) => {
    const v = values[i];
    if (typeof v === "number") return { number: v };
    return v ? { text: v } : { blank: true };
  });
}

/** The line under the title: who has reported per tier and in all, then what is off the roster or twice. */
function statusSummaryText(status: RosterStatus): string {
  const submitted = status.submitted.length;
  const expected = status.submitted.length + status.notSubmitted.length;
  return [
    `${tierCounts(status)}. `,
    `Tổng cộng đã nộp ${submitted}/${expected} đơn vị trong danh sách`,
    status.incomplete.length ? `, ${status.incomplete.length} đơn vị nộp thiếu` : "",
    status.unknown.length
      ? `; ${status.unknown.length} báo cáo của đơn vị không có trong danh sách`
      : "",
    status.duplicates.length
      ? `; ${status.duplicates.length} đơn vị có hơn một báo cáo (chỉ tính một)`
      : "",
    ".",
    timelinessLine(status),
  ].join("");
}

/** The sheet's cells: the title, the summary, how to read it, the headers, one line per status line. */
function statusCells(status: RosterStatus, period: Period): CellContent[][] {
  const total = REPORTED_ROWS.length;
  return [
    statusLine(statusTitle(period)),
    statusLine(statusSummaryText(status)),
    statusLine(
      `Số dòng đã nhập: trên ${total} dòng số liệu và câu trả lời mà đơn vị phải nhập. Dùng nút lọc ở dòng tiêu đề để xem từng cấp hoặc từng tình trạng.`
    ),
    statusLine(...STATUS_HEADERS),
    ...status.lines.map((l, i) =>
      statusLine(
        i + 1,
        l.code,
        l.name,
        LEVEL_NAMES[l.level],
        RECEIPT_WORDS[l.state],
        l.state === "notSubmitted" || l.state === "retired" ? "" : `${l.filled}/${total}`,
        l.source,
        l.note,
        l.cycle?.version ?? "",
        l.cycle?.finalizedAt ?? "",
        l.cycle?.deadline ?? "",
        l.cycle?.words ?? "",
        l.cycle?.trust ?? ""
      )
    ),
  ];
}

/** The states, the timeliness and the stamps' trust coloured by their tone, on body rows `first`…`last`. */
function statusColours(first: number, last: number): ConditionalFormat[] {
  const state = `E${first}:E${last}`;
  return [
    toneFormat(state, RECEIPT_WORDS.notSubmitted, TONES.bad),
    toneFormat(state, RECEIPT_WORDS.incomplete, TONES.pending),
    toneFormat(state, RECEIPT_WORDS.unknown, TONES.warning),
    toneFormat(state, RECEIPT_WORDS.submitted, TONES.good),
    toneFormat(state, RECEIPT_WORDS.retired, TONES.muted),
    toneFormat(`L${first}:L${last}`, "Đúng hạn", TONES.good),
    toneFormat(`L${first}:L${last}`, "Chưa chốt", TONES.pending),
    toneFormat(`M${first}:M${last}`, CHANGED_WORDS, TONES.bad),
  ];
}

/** The sheet's styles, its table ending at column `end`, its body on rows `first`…`last`. */
function statusStyles(end: string, first: number, last: number): SheetSpec["styles"] {
  return [
    // codes and names stay text ("26734" is a code, not a number); the STT column holds numbers
    { range: `B1:${end}${last}`, style: { numberFormat: NUMBER_FORMATS.text, vAlign: "Top" } },
    { range: "A1", style: TITLE_STYLE },
    { range: "A2:A3", style: { italic: true, fontColor: COLOURS.subtitle } },
    {
      range: `A${STATUS_HEADER_ROW}:${end}${STATUS_HEADER_ROW}`,
      style: {
        bold: true,
        fill: COLOURS.header,
        fontColor: COLOURS.headerText,
        hAlign: "Center",
        wrap: true,
      },
    },
    { range: `A${STATUS_HEADER_ROW}:${end}${last}`, style: { borders: true } },
    { range: `H${first}:H${last}`, style: { wrap: true } },
    { range: `M${first}:M${last}`, style: { wrap: true } },
  ];
}

/**
 * "Tình hình nộp": one line per roster unit (and per report off the roster), the units to chase first — not
 * submitted, then incomplete (fewest rows first), then off the roster, then submitted — with Excel's filter on the
 * header, so that the coordinating department can narrow it to a tier or a state.
 */
export function buildStatusSheet(status: RosterStatus, period: Period): SheetSpec {
  const first = STATUS_HEADER_ROW + 1;
  const last = Math.max(first, STATUS_HEADER_ROW + status.lines.length);
  const end = columnLetter(STATUS_HEADERS.length - 1);
  return {
    name: statusSheetName(period),
    key: `CDS_tinhhinh_${periodCode(period).replace("-", "")}`,
    area: `A1:${end}${last}`,
    cells: statusCells(status, period),
    columns: STATUS_WIDTHS.map((width) => ({ width })),
    styles: statusStyles(end, first, last),
    // the title and the two lines under it span the table: their text does not widen column A
    merges: [`A1:${end}1`, `A2:${end}2`, `A3:${end}3`],
    validations: [],
    conditionalFormats: statusColours(first, last),
    freezeRows: STATUS_HEADER_ROW,
    print: {
      orientation: "Landscape",
      paper: "A4",
      titleRows: `$${STATUS_HEADER_ROW}:$${STATUS_HEADER_ROW}`,
      fitToWidth: true,
    },
    autoFilter: `A${STATUS_HEADER_ROW}:${end}${last}`,
  };
}

/** The summary's sentence on timeliness: " Hạn nộp 20/03/2025 — …; 2 báo cáo có số liệu đã sửa sau khi chốt." */
function timelinessLine(status: RosterStatus): string {
  const text = tierTimelinessText(status);
  if (!text) return "";
  const lines = status.lines.filter((l) => l.cycle);
  const deadline = lines[0]?.cycle?.deadline ?? "";
  const changed = lines.filter((l) => l.cycle?.changed).length;
  const unreadable = lines.filter((l) => l.cycle?.unreadable).length;
  return [
    ` Hạn nộp: ${deadline}. ${text}.`,
    changed ? ` Cảnh báo: ${changed} báo cáo có ${CHANGED_WORDS.toLowerCase()} (cột M).` : "",
    unreadable ? ` Cảnh báo: ${unreadable} báo cáo có dấu chốt không đọc được (cột M).` : "",
  ].join("");
}

/** A line of the status sheet as read back: each column's text as the sheet shows it. */
export interface StatusSheetLine {
  readonly code: string;
  readonly name: string;
  /** The tier's words ("Phường, xã, đặc khu"). */
  readonly level: string;
  /** The state's words ("Chưa nộp"). */
  readonly state: string;
  /** "20/35": rows filled, as the sheet writes it ("" without a report). */
  readonly filled: string;
  readonly source: string;
  readonly note: string;
  readonly version: string;
  readonly finalizedAt: string;
  /** The period's deadline as the sheet writes it ("20/03/2025", "chưa đặt hạn"; "" on a sheet without it). */
  readonly deadline: string;
  /** "Đúng hạn", "Trễ hạn 3 ngày", "Quá hạn 5 ngày", "Chưa chốt" ("" on a sheet without it). */
  readonly timeliness: string;
  readonly trust: string;
}

/** The columns a status sheet has had from the first: where a header is not found, they are read where they stood. */
const FIRST_COLUMNS = STATUS_COL.note;

const cellText = (v: CellValue | undefined) =>
  String(v ?? "")
    .normalize("NFC")
    .trim();

/**
 * Where each column of STATUS_HEADERS stands on a status sheet, found by its header (the sheet's own words), so
 * that a column added to the sheet does not shift what is read; -1 for a column of the reporting cycle that an older
 * status sheet does not have.
 */
function statusColumns(
  values: readonly (readonly CellValue[])[]
): Record<keyof typeof STATUS_COL, number> {
  const headers = (values[STATUS_HEADER_ROW - 1] ?? []).map(cellText);
  const at = (i: number) => {
    const found = headers.indexOf(STATUS_HEADERS[i]);
    return found < 0 && i <= FIRST_COLUMNS ? i : found;
  };
  const keys = Object.keys(STATUS_COL) as (keyof typeof STATUS_COL)[];
  return Object.fromEntries(keys.map((k) => [k, at(STATUS_COL[k])])) as Record<
    keyof typeof STATUS_COL,
    number
  >;
}

/**
 * The status sheet ("Tình hình nộp") read back, the one reader of it: its lines in the sheet's order, each column
 * found by its header; a line without a unit's name is not one.
 */
export function readStatusLines(values: readonly (readonly CellValue[])[]): StatusSheetLine[] {
  const col = statusColumns(values);
  const out: StatusSheetLine[] = [];
  for (const line of values.slice(STATUS_HEADER_ROW)) {
    if (!line) continue;
    const text = (c: number) => cellText(line[c]);
    if (!text(col.name)) continue;
    out.push({
      code: text(col.code),
      name: text(col.name),
      level: text(col.level),
      state: text(col.state),
      filled: text(col.filled),
      source: text(col.source),
      note: text(col.note),
      version: text(col.version),
      finalizedAt: text(col.finalizedAt),
      deadline: text(col.deadline),
      timeliness: text(col.timeliness),
      trust: text(col.trust),
    });
  }
  return out;
}

/** The lines of a status sheet as written, in its order: code, name, state word, rows filled. */
export function readStatusSheet(
  values: readonly (readonly CellValue[])[]
): { code: string; name: string; state: string; filled: string }[] {
  return readStatusLines(values).map(({ code, name, state, filled }) => ({
    code,
    name,
    state,
    filled,
  }));
}

/** A line of the status sheet with its tier and state known (null where the sheet's words are none of them). */
export interface StatusEntry {
  readonly code: string;
  readonly name: string;
  readonly level: Level | null;
  readonly state: ReceiptState | null;
  /** "20/35": rows filled, as the sheet writes it ("" without a report). */
  readonly filled: string;
  /** The period's deadline as the sheet writes it ("20/03/2025", "chưa đặt hạn"; "" on a sheet without it). */
  readonly deadline: string;
  /** "Đúng hạn", "Trễ hạn 3 ngày", "Quá hạn 5 ngày", "Chưa chốt" ("" on a sheet without it). */
  readonly timeliness: string;
}

const STATE_OF = new Map<string, ReceiptState>(
  (Object.keys(RECEIPT_WORDS) as ReceiptState[]).map((s) => [RECEIPT_WORDS[s], s])
);

function levelOf(words: string): Level | null {
  try {
    return parseLevel(words);
  } catch (e) {
    if (!(e instanceof CdsError)) throw e;
    return null;
  }
}

/** The status sheet's lines with their tier and state: what the report's body and the reminder letter count. */
export function readStatusEntries(values: readonly (readonly CellValue[])[]): StatusEntry[] {
  return readStatusLines(values).map((l) => ({
    code: l.code,
    name: l.name,
    level: levelOf(l.level),
    state: STATE_OF.get(l.state) ?? null,
    filled: l.filled,
    deadline: l.deadline,
    timeliness: l.timeliness,
  }));
}

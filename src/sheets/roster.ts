import type { CellValue } from "../core/types";
import { CdsError } from "../core/errors";
import { LEVEL_NAMES, parseLevel } from "../core/levels";
import { fold, isBlank } from "../core/text";
import { ROSTER_LEVELS, RECEIPT_WORDS, type RosterEntry } from "../core/status";
import type { Level } from "../core/types";
import { officialUnits } from "../core/units";
import { cell, columnLetter } from "./a1";
import { COLOURS, TITLE_STYLE, TONES, toneFormat } from "./styles";
import type { SheetSnapshot } from "./unit/read";
import type { CellContent, SheetSpec, Validation } from "./spec";

/**
 * "Danh sách đơn vị": the city's roster of reporting units, as a sheet the coordinating department keeps. It starts
 * with the 168 official phường, xã, đặc khu (level xa); the city adds its sở, ban, ngành (level so) with codes of its
 * own choosing, and retires units by marking them, never by deleting history.
 */

export const ROSTER_SHEET = "Danh sách đơn vị";
export const ROSTER_KEY = "CDS_danhsachdonvi";
/** In the hidden column F, row 1: marks the sheet as the roster. */
export const ROSTER_SIGNATURE = "CDS-ROSTER/1";
/**
 * F1 while the roster is being written: the sheet is the add-in's roster from its first write, and its signature
 * replaces this mark last (SheetSpec.seal). A roster still marked so was not written whole: creating it again
 * rewrites it, keeping its lines.
 */
export const ROSTER_UNSEALED = "CDS-ROSTER/1 (chưa ghi xong)";
export const ROSTER_HEADER_ROW = 4;
export const ROSTER_HEADERS = ["Mã", "Tên đơn vị", "Loại", "Cấp", "Tình trạng", "Dấu"] as const;
const ROSTER_COL = { code: 0, name: 1, kind: 2, level: 3, status: 4, mark: 5 } as const;
/** Rows under the last entry that take the lists of levels and states too: for the units the city adds. */
const ADDED_ROWS = 500;
export const ACTIVE = "Đang báo cáo";
/** A unit that no longer reports: the roster's word for it is the status sheet's. */
export const RETIRED = RECEIPT_WORDS.retired;

/** The roster as shipped: the 168 official units, all reporting. */
export function officialRoster(): RosterEntry[] {
  return officialUnits.map((u) => ({
    code: u.code,
    name: u.name,
    kind: u.kind,
    level: "xa",
    active: true,
  }));
}

/** The words of the level drop-down, and the hidden cells (F2:F3) it reads them from. */
const LEVEL_ITEMS = ROSTER_LEVELS.map((l) => LEVEL_NAMES[l]);
const LEVEL_SOURCE = `$${columnLetter(ROSTER_COL.mark)}$2:$${columnLetter(ROSTER_COL.mark)}$${1 + LEVEL_ITEMS.length}`;

/** The roster sheet, pre-filled with the given entries (the official list by default). */
export function buildRosterSheet(entries: readonly RosterEntry[] = officialRoster()): SheetSpec {
  const first = ROSTER_HEADER_ROW + 1;
  const last = Math.max(first, ROSTER_HEADER_ROW + entries.length);
  return {
    name: ROSTER_SHEET,
    key: ROSTER_KEY,
    area: `A1:F${last}`,
    cells: rosterCells(entries),
    columns: [
      { width: 60 },
      { width: 260 },
      { width: 70 },
      { width: 130 },
      { width: 100 },
      { width: 30, hidden: true },
    ],
    styles: [
      { range: `A1:F${last}`, style: { numberFormat: "@", vAlign: "Top" } },
      { range: "A1", style: TITLE_STYLE },
      { range: "A2:A3", style: { italic: true, fontColor: COLOURS.subtitle } },
      {
        range: `A${ROSTER_HEADER_ROW}:E${ROSTER_HEADER_ROW}`,
        style: {
          bold: true,
          fill: COLOURS.header,
          fontColor: COLOURS.headerText,
          hAlign: "Center",
          borders: true,
        },
      },
      { range: `A${first}:E${last}`, style: { borders: true, locked: false } },
    ],
    merges: ["A1:E1", "A2:E2", "A3:E3"],
    validations: rosterValidations(first, last + ADDED_ROWS),
    conditionalFormats: [toneFormat(`E${first}:E${last}`, RETIRED, TONES.muted)],
    freezeRows: ROSTER_HEADER_ROW,
    seal: { address: cell(ROSTER_COL.mark, 1), content: { text: ROSTER_SIGNATURE } },
    print: {
      orientation: "Portrait",
      paper: "A4",
      titleRows: `$${ROSTER_HEADER_ROW}:$${ROSTER_HEADER_ROW}`,
      fitToWidth: true,
    },
  };
}

/** The title block (with the level words in the hidden column), the header, one line per entry. */
function rosterCells(entries: readonly RosterEntry[]): CellContent[][] {
  const width = ROSTER_HEADERS.length;
  const line = (...texts: string[]): CellContent[] =>
    Array.from({ length: width }, (_, i) => (texts[i] ? { text: texts[i] } : { blank: true }));
  return [
    line("DANH SÁCH ĐƠN VỊ BÁO CÁO CHỈ TIÊU CHUYỂN ĐỔI SỐ", "", "", "", "", ROSTER_UNSEALED),
    // two short lines: a merged cell neither wraps to its text's height nor shows what overflows it
    line(
      "Phường, xã, đặc khu: danh mục chính thức từ 01/7/2025, với mã thống kê.",
      "",
      "",
      "",
      "",
      LEVEL_ITEMS[0]
    ),
    line(
      `Sở, ban, ngành: thêm dòng (mã do Thành phố đặt). Đơn vị thôi báo cáo: chọn “${RETIRED}”.`,
      "",
      "",
      "",
      "",
      LEVEL_ITEMS[1]
    ),
    line(...ROSTER_HEADERS.slice(0, width - 1)),
    ...entries.map((e) =>
      line(e.code, e.name, e.kind, LEVEL_NAMES[e.level], e.active ? ACTIVE : RETIRED)
    ),
  ];
}

/** The level and status drop-downs, from the first entry's row down to `to` (rows for the units the city adds). */
function rosterValidations(first: number, to: number): Validation[] {
  return [
    {
      range: `D${first}:D${to}`,
      // the words hold commas, which Excel's inline lists split on: the list is read from F2:F3 (hidden column)
      rule: { type: "list", items: LEVEL_ITEMS, source: LEVEL_SOURCE },
      prompt: { title: "Cấp đơn vị", message: "Phường, xã, đặc khu hoặc Sở, ban, ngành." },
      error: { title: "Cấp không hợp lệ", message: "Hãy chọn cấp trong danh sách." },
    },
    {
      range: `E${first}:E${to}`,
      rule: { type: "list", items: [ACTIVE, RETIRED] },
      prompt: {
        title: "Tình trạng",
        message: `“${RETIRED}” cho đơn vị không còn báo cáo (giữ dòng cho các kỳ trước).`,
      },
      error: {
        title: "Tình trạng không hợp lệ",
        message: `Hãy chọn “${ACTIVE}” hoặc “${RETIRED}”.`,
      },
    },
  ];
}

/**
 * Whether a sheet's first rows (at least A1:F1) are a roster sheet made by the add-in: its signature in F1, or the
 * mark of a roster whose writing stopped part-way.
 */
export function isRosterHead(values: readonly (readonly CellValue[])[]): boolean {
  const f1 = values[0]?.[ROSTER_COL.mark];
  return f1 === ROSTER_SIGNATURE || f1 === ROSTER_UNSEALED;
}

/** Whether a roster sheet was written whole: its signature, not the mark it has while being written, in F1. */
export function isRosterSealed(values: readonly (readonly CellValue[])[]): boolean {
  return values[0]?.[ROSTER_COL.mark] === ROSTER_SIGNATURE;
}

/**
 * The roster sheet written again over a roster whose writing stopped part-way (isRosterSealed false): its lines as
 * they stand (what was written, and anything typed since), in the roster's layout.
 */
export function rebuildRosterSheet(snapshot: SheetSnapshot): SheetSpec {
  const width = ROSTER_HEADERS.length;
  const content = (value: CellValue, formula: CellValue): CellContent => {
    if (typeof formula === "string" && formula.startsWith("=") && formula !== value)
      return { formula };
    if (value === null || value === "") return { blank: true };
    if (typeof value === "number") return { number: value };
    if (typeof value === "boolean") return { bool: value };
    return { text: value };
  };
  const lines = snapshot.values
    .slice(ROSTER_HEADER_ROW)
    .map((line, i) =>
      Array.from({ length: width }, (_, c): CellContent =>
        c === ROSTER_COL.mark
          ? { blank: true }
          : content(line[c] ?? null, snapshot.formulas[ROSTER_HEADER_ROW + i]?.[c] ?? null)
      )
    );
  while (lines.length && lines[lines.length - 1].every((c) => "blank" in c)) lines.pop();
  const blank: RosterEntry = { code: "", name: "", kind: "", level: "xa", active: true };
  const spec = buildRosterSheet(lines.map(() => blank));
  return { ...spec, cells: [...spec.cells.slice(0, ROSTER_HEADER_ROW), ...lines] };
}

export function isRosterSheet(snapshot: SheetSnapshot): boolean {
  return isRosterHead(snapshot.values);
}

export interface RosterRead {
  readonly entries: readonly RosterEntry[];
  /** Lines that cannot be used, with the cell and why; the others are read. */
  readonly problems: readonly { readonly address: string; readonly message: string }[];
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/**
 * The roster as the city keeps it: every line with a code and a name. A line without a code or a name, a level that
 * is not a unit's, or a code used twice is reported with its cell and left out, so that one typing slip does not
 * hide the whole roster.
 */
export function readRosterSheet(snapshot: SheetSnapshot): RosterRead {
  if (!isRosterSheet(snapshot)) {
    throw new CdsError(
      "invalidValue",
      `Trang "${snapshot.name}" không phải danh sách đơn vị do CĐS Excel tạo.`
    );
  }
  const entries: RosterEntry[] = [];
  const problems: { address: string; message: string }[] = [];
  const seen = new Map<string, number>();
  for (let r = ROSTER_HEADER_ROW + 1; r <= snapshot.values.length; r++) {
    const line = snapshot.values[r - 1] ?? [];
    const [code, name, kind, levelText, status] = [
      ROSTER_COL.code,
      ROSTER_COL.name,
      ROSTER_COL.kind,
      ROSTER_COL.level,
      ROSTER_COL.status,
    ].map((c) => text(line[c]));
    if (!code && !name && !kind && !levelText && !status) continue;
    if (!code) {
      problems.push({
        address: cell(ROSTER_COL.code, r),
        message: `Dòng ${r}: thiếu mã đơn vị của "${name}".`,
      });
      continue;
    }
    if (!name) {
      problems.push({
        address: cell(ROSTER_COL.name, r),
        message: `Dòng ${r}: thiếu tên của đơn vị mã ${code}.`,
      });
      continue;
    }
    const key = fold(code);
    if (seen.has(key)) {
      problems.push({
        address: cell(ROSTER_COL.code, r),
        message: `Dòng ${r}: mã ${code} trùng với dòng ${seen.get(key)}.`,
      });
      continue;
    }
    let level: Level | null = null;
    try {
      level = isBlank(levelText) ? null : parseLevel(levelText);
    } catch (e) {
      if (!(e instanceof CdsError)) throw e;
      level = null; // reported below
    }
    if (level !== "xa" && level !== "so") {
      // a missing or wrong level would put a sở among the communes, or the other way round
      problems.push({
        address: cell(ROSTER_COL.level, r),
        message: `Dòng ${r}: cấp "${levelText}" của ${name} không hợp lệ: chọn "${LEVEL_NAMES.xa}" hoặc "${LEVEL_NAMES.so}".`,
      });
      continue;
    }
    seen.set(key, r);
    entries.push({ code, name, kind, level, active: fold(status) !== fold(RETIRED) });
  }
  return { entries, problems };
}

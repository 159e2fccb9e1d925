import type { CellValue, SheetKind } from "../../core/types";
import { catalog, findRow, pillars } from "../../core/catalog";
import { CdsError } from "../../core/errors";
import { parseLevel } from "../../core/levels";
import { fold, isBlank } from "../../core/text";
import type { Level } from "../../core/types";
import { cell } from "../a1";
import type { CellWrite } from "../spec";
import { isGeneratedFormula } from "./formulas";
import { COL, FIRST_BODY_ROW, HEADER_ROW, TITLE, WIDTH, TITLE_LABELS, TITLE_ROWS } from "./grid";
import type { SheetParams } from "../../core/identity";
import {
  AUTO_NOTE_MARK,
  LEGACY_NOTE_MARK,
  LEGACY_SIGNATURE,
  PILLAR_MARK,
  PLAIN_SIGNATURE,
  SIGNATURE,
  signatureOf,
  VALUES_MARK,
  CITY_MARK,
  UNIT_CODE_MARK,
  unitMark,
} from "./marks";
import { bodySlot, headSlot, tailSlot } from "./placement";
import { parsePeriodCode, parsePeriodText, periodCode } from "../../core/period";
import { BUTTONS } from "../../core/buttons";

/** A sheet as read from a workbook, from A1 to the end of its used range. */
export interface SheetSnapshot {
  readonly name: string;
  readonly protected: boolean;
  /** Values as computed. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formulas where a cell has one ("=CDS.RATE(C20,C21)"), else the value as typed. */
  readonly formulas: readonly (readonly CellValue[])[];
}

export interface CellState {
  readonly address: string;
  readonly value: CellValue;
  /** The formula when the cell holds one. */
  readonly formula: string | null;
}

export interface SheetRow {
  readonly id: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly figure: CellState;
  readonly verdict: CellState;
  readonly note: CellState;
  /** The analyst's part of the note (before the add-in's mark). */
  readonly analystNote: string;
  /** The add-in's part of the note (after its mark), as Fill wrote it last. */
  readonly autoNote: string;
  readonly target: CellState;
  readonly evidence: CellState;
}

export interface UnitSheet {
  readonly name: string;
  readonly protected: boolean;
  readonly params: SheetParams | null;
  readonly rows: Readonly<Record<string, SheetRow>>;
  /** Catalog rows that the sheet no longer has (deleted by hand). */
  readonly missing: readonly string[];
  /** Ids that stand on more than one row. */
  readonly duplicates: readonly string[];
  /** Cells with content in rows that are not the add-in's (rows inserted by hand), in the columns it writes. */
  readonly foreign: readonly string[];
  /** The last used row. */
  readonly lastRow: number;
  /** A values-only fill wrote the computed figures and verdicts as values. */
  readonly frozen: boolean;
  /** The city-wide sheet written by the consolidation: its computed cells are the consolidation's values. */
  readonly city: boolean;
  /** Written by version 1 of the add-in: its notes carry the legacy mark. */
  readonly legacy: boolean;
  /** The kind its signature records: "plain" (Excel's own functions), else "cds" (also every older sheet). */
  readonly kind: SheetKind;
  /** Every body line found (catalog rows and pillar headings): its id (PILLAR_MARK for a pillar) and sheet row. */
  readonly lines: readonly { readonly id: string; readonly row: number }[];
  /** Every cell with content in the title block and header (rows 1–6), the lines, and below the table. */
  readonly cells: readonly SlotCell[];
  /** The hidden id column, where it was lost and rebuilt from columns A and B: what to write back. */
  readonly repairs: readonly CellWrite[];
}

/** A cell of the sheet with where it stands (see bodySlot, headSlot, tailSlot in placement). */
export interface SlotCell extends CellState {
  readonly slot: string;
  readonly row: number;
  readonly col: number;
}

const str = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v));
const same = (a: CellValue | undefined, b: string) => fold(str(a)) === fold(b);

/**
 * Whether the first rows of a sheet (at least A1:H5) are the title block of a sheet made by Generate: the signature in
 * H1, or — the hidden column deleted or cleared — the report's title in A1 and the unit's labels in A2:A4.
 */
export function isUnitHead(values: readonly (readonly CellValue[])[]): boolean {
  const h1 = str(values[TITLE_ROWS.title - 1]?.[COL.id]);
  if (h1 === SIGNATURE || h1 === PLAIN_SIGNATURE || h1 === LEGACY_SIGNATURE) return true;
  const line = (row: number) => values[row - 1];
  return (
    same(line(TITLE_ROWS.title)?.[COL.stt], TITLE) &&
    same(line(TITLE_ROWS.unit)?.[COL.stt], TITLE_LABELS.unit) &&
    same(line(TITLE_ROWS.level)?.[COL.stt], TITLE_LABELS.level) &&
    same(line(TITLE_ROWS.period)?.[COL.stt], TITLE_LABELS.period)
  );
}

/** Whether a snapshot is a sheet made by Generate (also one whose hidden id column was lost). */
export function isUnitSheet(snapshot: SheetSnapshot): boolean {
  return isUnitHead(snapshot.values);
}

/**
 * The unit, level and period of a sheet's title block: the unit from B2, the level and period from their codes in
 * H3 and H4, else from the words of B3 and B4 ("Phường, xã, đặc khu", "Quý III năm 2025"). Null when they cannot be
 * read.
 */
export function headParams(values: readonly (readonly CellValue[])[]): SheetParams | null {
  const [unitLine, levelLine, periodLine] = [
    TITLE_ROWS.unit,
    TITLE_ROWS.level,
    TITLE_ROWS.period,
  ].map((r) => values[r - 1]);
  const unit = str(unitLine?.[COL.title]).trim();
  if (!unit) return null;
  const level = readLevel(levelLine?.[COL.id]) ?? readLevel(levelLine?.[COL.title]);
  const period =
    parsePeriodCode(str(periodLine?.[COL.id])) ?? parsePeriodText(str(periodLine?.[COL.title]));
  const h2 = str(unitLine?.[COL.id]).trim();
  const code = h2.startsWith(UNIT_CODE_MARK) ? h2.slice(UNIT_CODE_MARK.length).trim() : "";
  if (!level || !period) return null;
  return code ? { unit, level, period, code } : { unit, level, period };
}

function readLevel(v: CellValue | undefined): Level | null {
  try {
    return parseLevel(str(v));
  } catch (e) {
    if (!(e instanceof CdsError)) throw e;
    return null;
  }
}

/** Splits a Ghi chú cell into the analyst's text and the add-in's note (after the last mark of the add-in). */
export function splitNote(text: string, legacy = false): { analyst: string; auto: string } {
  const at = text.lastIndexOf(AUTO_NOTE_MARK);
  if (at >= 0)
    return {
      analyst: text.slice(0, at).trimEnd(),
      auto: text.slice(at + AUTO_NOTE_MARK.length).trim(),
    };
  if (legacy) {
    // version 1 wrote "[CĐS] …" at the start of the cell or of its last line
    const m = /(^|\n)\[CĐS\] (?![\s\S]*\n\[CĐS\] )/.exec(text);
    if (m)
      return {
        analyst: text.slice(0, m.index).trimEnd(),
        auto: text.slice(m.index + m[0].length).trim(),
      };
    if (text.trimEnd() === LEGACY_NOTE_MARK) return { analyst: "", auto: "" };
  }
  return { analyst: text.trimEnd(), auto: "" };
}

/** The Ghi chú cell from the analyst's text and the add-in's note (after its mark, on a line of its own). */
export function joinNote(analyst: string, auto: string): string {
  if (!auto) return analyst;
  return analyst ? `${analyst}\n${AUTO_NOTE_MARK} ${auto}` : `${AUTO_NOTE_MARK} ${auto}`;
}

/** The catalog id of a body row from its STT and title (columns A and B), when the hidden id is lost. */
function idFromText(stt: CellValue, title: CellValue): string | null {
  const a = str(stt).trim().replace(/\.$/, "");
  const row = a ? findRow(a) : undefined;
  if (row && same(title, row.title)) return row.id; // "16." or "16" (retyped as a number), "16.1"
  if (!a) {
    const pillar = pillars.find((p) => p.heading && same(title, p.title));
    if (pillar) return PILLAR_MARK + pillar.id;
  }
  return null;
}

/** A snapshot's cells by row and column, as the reading of a unit sheet sees them. */
interface Cells {
  at(r: number, c: number): CellValue;
  state(r: number, c: number): CellState;
  hasContent(r: number, c: number): boolean;
}

function cellsOf(snapshot: SheetSnapshot): Cells {
  const at = (r: number, c: number): CellValue => snapshot.values[r - 1]?.[c] ?? null;
  const formulaAt = (r: number, c: number): string | null => {
    const f = snapshot.formulas[r - 1]?.[c];
    // text that starts with "=" reads back as its own "formula": a real formula's value is never its own text
    return typeof f === "string" && f.startsWith("=") && f !== at(r, c) ? f : null;
  };
  return {
    at,
    state: (r, c) => ({ address: cell(c, r), value: at(r, c), formula: formulaAt(r, c) }),
    hasContent: (r, c) => formulaAt(r, c) !== null || !isBlank(at(r, c)),
  };
}

/**
 * Reads a sheet made by Generate back: every catalog row found by its id in the hidden column (never by position) —
 * or, where that column was deleted or cleared, by its STT and title in columns A and B — the unit, level and period of
 * the title block, every cell with content, and what is missing or foreign.
 */
export function readUnitSheet(snapshot: SheetSnapshot): UnitSheet {
  if (!isUnitSheet(snapshot)) {
    throw new CdsError(
      "invalidValue",
      `Trang "${snapshot.name}" không phải bảng chỉ tiêu do CĐS Excel tạo: hãy chọn trang bảng chỉ tiêu hoặc bấm "${BUTTONS.generate}".`
    );
  }
  const cells = cellsOf(snapshot);
  const params = headParams(snapshot.values);
  const signature = str(cells.at(TITLE_ROWS.title, COL.id));
  const legacy = signature === LEGACY_SIGNATURE;
  const kind: SheetKind = signature === PLAIN_SIGNATURE ? "plain" : "cds";
  const lastRow = snapshot.values.length;
  const body = readBody(cells, lastRow, legacy);
  const placed = placeCells(cells, body.lines, body.unknown);
  const repairs = [
    ...body.repairs,
    ...headRepairs(cells, params, signature, kind, body.repairs.length > 0),
  ];
  const city = cells.at(TITLE_ROWS.marks, COL.id) === CITY_MARK;
  const frozen = cells.at(TITLE_ROWS.marks, COL.id) === VALUES_MARK || city;
  return {
    frozen,
    city,
    legacy,
    kind,
    name: snapshot.name,
    protected: snapshot.protected,
    params,
    rows: body.rows,
    missing: catalog.filter((row) => !body.rows[row.id]).map((row) => row.id),
    duplicates: body.duplicates,
    foreign: placed.foreign,
    lastRow,
    lines: body.lines,
    cells: placed.cells,
    repairs,
  };
}

/** The id of a body row: its hidden id when it is one, else from its STT and title (then to be written back). */
function lineId(cells: Cells, r: number): { id: string | null; rebuilt: boolean } {
  const marker = cells.at(r, COL.id);
  const mark = typeof marker === "number" ? String(marker) : str(marker).trim();
  if (
    findRow(mark) ||
    (mark.startsWith(PILLAR_MARK) && pillars.some((p) => PILLAR_MARK + p.id === mark))
  )
    return { id: mark, rebuilt: false };
  const id = idFromText(cells.at(r, COL.stt), cells.at(r, COL.title));
  return { id, rebuilt: id !== null };
}

/** The body's lines, from the header down: the catalog rows by id, and the rows that are not the add-in's. */
function readBody(cells: Cells, lastRow: number, legacy: boolean) {
  const rows: Record<string, SheetRow> = {};
  const lines: { id: string; row: number }[] = [];
  const duplicates: string[] = [];
  const repairs: CellWrite[] = [];
  const seen = new Set<string>();
  /** Rows with content and no id. */
  const unknown: number[] = [];
  for (let r = FIRST_BODY_ROW; r <= lastRow; r++) {
    const { id, rebuilt } = lineId(cells, r);
    if (!id) {
      if (Array.from({ length: WIDTH }, (_, c) => c).some((c) => cells.hasContent(r, c)))
        unknown.push(r);
      continue;
    }
    if (rebuilt)
      repairs.push({ address: cell(COL.id, r), content: { text: id }, numberFormat: "@" });
    if (seen.has(id)) duplicates.push(id);
    seen.add(id);
    lines.push({ id, row: r });
    if (!id.startsWith(PILLAR_MARK)) rows[id] = sheetRow(cells, id, r, legacy);
  }
  return { rows, lines, duplicates, repairs, unknown };
}

function sheetRow(cells: Cells, id: string, r: number, legacy: boolean): SheetRow {
  const note = splitNote(str(cells.at(r, COL.note)), legacy);
  return {
    id,
    row: r,
    figure: cells.state(r, COL.figure),
    verdict: cells.state(r, COL.verdict),
    note: cells.state(r, COL.note),
    analystNote: note.analyst,
    autoNote: note.auto,
    target: cells.state(r, COL.target),
    evidence: cells.state(r, COL.evidence),
  };
}

/**
 * Every cell with content by its slot: below the table (rows that are not the add-in's there are the analyst's and
 * kept), the title block and header, the lines. Inside the table such rows are foreign, and refused.
 */
function placeCells(
  cells: Cells,
  lines: readonly { id: string; row: number }[],
  unknown: readonly number[]
): { cells: SlotCell[]; foreign: string[] } {
  const out: SlotCell[] = [];
  const foreign: string[] = [];
  const lastLine = lines.length ? Math.max(...lines.map((l) => l.row)) : HEADER_ROW;
  const place = (r: number, c: number, slot: string) =>
    out.push({ ...cells.state(r, c), slot, row: r, col: c });
  for (const r of unknown) {
    for (let c = 0; c < WIDTH; c++) {
      if (!cells.hasContent(r, c)) continue;
      if (r > lastLine) place(r, c, tailSlot(r - lastLine, c));
      else foreign.push(cell(c, r));
    }
  }
  for (let r = 1; r < FIRST_BODY_ROW; r++)
    for (let c = 0; c < WIDTH; c++) if (cells.hasContent(r, c)) place(r, c, headSlot(r, c));
  for (const line of lines)
    for (let c = 0; c < WIDTH; c++)
      if (cells.hasContent(line.row, c)) place(line.row, c, bodySlot(line.id, c));
  return { cells: out, foreign };
}

/** The title block's codes in the hidden column, where it lost them: the signature, the unit, level and period. */
function headRepairs(
  cells: Cells,
  params: SheetParams | null,
  signature: string,
  kind: SheetKind,
  idsRebuilt: boolean
): CellWrite[] {
  const repairs: CellWrite[] = [];
  const write = (r: number, text: string) =>
    repairs.push({ address: cell(COL.id, r), content: { text }, numberFormat: "@" });
  if (idsRebuilt || signature !== signatureOf(kind)) write(TITLE_ROWS.title, signatureOf(kind));
  if (params) {
    const codes: Array<[number, string]> = [
      [TITLE_ROWS.unit, unitMark(params.code)],
      [TITLE_ROWS.level, params.level],
      [TITLE_ROWS.period, periodCode(params.period)],
    ];
    for (const [r, code] of codes) if (str(cells.at(r, COL.id)).trim() !== code) write(r, code);
  }
  return repairs;
}

/** Whether a cell holds something the analyst typed (a value, or a formula the add-in did not write). */
export function isTyped(c: CellState): boolean {
  if (c.formula) return !isGeneratedFormula(c.formula);
  return !isBlank(c.value);
}

import { catalog, findRow } from "../catalog";
import { CdsError } from "../errors";
import { parseLevel } from "../levels";
import type { Level } from "../types";
import { cell } from "./a1";
import {
  AUTO_NOTE_MARK,
  COL,
  FIRST_BODY_ROW,
  PILLAR_MARK,
  SIGNATURE,
  VALUES_MARK,
  CITY_MARK,
  WIDTH,
  isGeneratedFormula,
  type SheetParams,
} from "./layout";
import { parsePeriodCode } from "./period";

/** A cell's value as a workbook gives it: errors come as their text ("#N/A"), a blank as null or "". */
export type CellValue = string | number | boolean | null;

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
}

const isBlankValue = (v: CellValue | undefined) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Whether a snapshot is a sheet made by Generate. */
export function isUnitSheet(snapshot: SheetSnapshot): boolean {
  return snapshot.values[0]?.[COL.id] === SIGNATURE;
}

/** Splits a Ghi chú cell into the analyst's text and the add-in's note. */
export function splitNote(text: string): { analyst: string; auto: string } {
  const at = text.indexOf(AUTO_NOTE_MARK);
  if (at < 0) return { analyst: text.trimEnd(), auto: "" };
  return {
    analyst: text.slice(0, at).trimEnd(),
    auto: text.slice(at + AUTO_NOTE_MARK.length).trim(),
  };
}

/** The Ghi chú cell from the analyst's text and the add-in's note. */
export function joinNote(analyst: string, auto: string): string {
  if (!auto) return analyst;
  return analyst ? `${analyst}\n${AUTO_NOTE_MARK} ${auto}` : `${AUTO_NOTE_MARK} ${auto}`;
}

/**
 * Reads a sheet made by Generate back: every catalog row found by its id in the hidden column (never by position),
 * the unit, level and period of the title block, and what is missing or foreign.
 */
export function readUnitSheet(snapshot: SheetSnapshot): UnitSheet {
  if (!isUnitSheet(snapshot)) {
    throw new CdsError(
      "invalidValue",
      `Trang "${snapshot.name}" không phải bảng chỉ tiêu do CĐS Excel tạo: hãy chọn trang bảng chỉ tiêu hoặc bấm "Tạo bảng chỉ tiêu".`
    );
  }
  const at = (r: number, c: number): CellValue => snapshot.values[r - 1]?.[c] ?? null;
  const formulaAt = (r: number, c: number): string | null => {
    const f = snapshot.formulas[r - 1]?.[c];
    return typeof f === "string" && f.startsWith("=") ? f : null;
  };
  const state = (r: number, c: number): CellState => ({
    address: cell(c, r),
    value: at(r, c),
    formula: formulaAt(r, c),
  });
  const str = (v: CellValue) => (v === null ? "" : String(v));

  let params: SheetParams | null = null;
  try {
    const level: Level = parseLevel(str(at(3, COL.id)));
    const period = parsePeriodCode(str(at(4, COL.id)));
    if (period) params = { unit: str(at(2, COL.title)).trim(), level, period };
  } catch {
    params = null;
  }

  const rows: Record<string, SheetRow> = {};
  const duplicates: string[] = [];
  const foreign: string[] = [];
  const lastRow = snapshot.values.length;
  for (let r = FIRST_BODY_ROW; r <= lastRow; r++) {
    const marker = at(r, COL.id);
    const id = typeof marker === "number" ? String(marker) : str(marker).trim();
    if (findRow(id)) {
      if (rows[id]) duplicates.push(id);
      const note = str(at(r, COL.note));
      rows[id] = {
        id,
        row: r,
        figure: state(r, COL.figure),
        verdict: state(r, COL.verdict),
        note: state(r, COL.note),
        analystNote: splitNote(note).analyst,
        target: state(r, COL.target),
        evidence: state(r, COL.evidence),
      };
    } else if (!id.startsWith(PILLAR_MARK)) {
      for (let c = 0; c < WIDTH; c++)
        if (!isBlankValue(snapshot.formulas[r - 1]?.[c])) foreign.push(cell(c, r));
    }
  }
  // the title block: only the cells Generate writes
  for (let r = 2; r < FIRST_BODY_ROW - 1; r++) {
    for (let c = COL.figure; c < COL.id; c++)
      if (!isBlankValue(snapshot.formulas[r - 1]?.[c])) foreign.push(cell(c, r));
  }
  const missing = catalog.filter((row) => !rows[row.id]).map((row) => row.id);
  const city = at(5, COL.id) === CITY_MARK;
  const frozen = at(5, COL.id) === VALUES_MARK || city;
  return {
    frozen,
    city,
    name: snapshot.name,
    protected: snapshot.protected,
    params,
    rows,
    missing,
    duplicates,
    foreign,
    lastRow,
  };
}

/** Whether a cell holds something the analyst typed (a value, or a formula the add-in did not write). */
export function isTyped(c: CellState): boolean {
  if (c.formula) return !isGeneratedFormula(c.formula);
  return !isBlankValue(c.value);
}

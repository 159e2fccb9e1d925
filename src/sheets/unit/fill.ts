import { catalog, pillars } from "../../core/catalog";
import { CdsError } from "../../core/errors";
import { evaluate, type Results } from "../../core/evaluate";
import { shortList } from "../../core/text";
import type { CellInput, Level, PillarId } from "../../core/types";
import { VERDICTS } from "../../core/types";
import { cell } from "../a1";
import { figureFormula, verdictFormula } from "./formulas";
import { COL, TITLE_LABELS, TITLE_ROWS } from "./grid";
import { signatureOf, VALUES_MARK } from "./marks";
import { plainFigure, plainRate, plainTarget, plainTargetHint } from "./plainFormulas";
import type { SheetKind } from "../../core/types";
import { yesNoWords, type CatalogRow } from "../../core/catalog";
import { quote } from "../../core/text";
import { figureFormat } from "./rows";
import { hasVerdict, isComputed } from "../../core";
import { isTyped, joinNote, type CellState, type SheetRow, type UnitSheet } from "./read";
import { CELL_TEXT_LIMIT, type CellContent, type CellWrite } from "../spec";
import { NUMBER_FORMATS } from "../styles";
import { BUTTONS } from "../../core/buttons";

/** Ends the add-in's note where it was cut to fit the cell. */
export const NOTE_CUT_MARK = "… (đã rút gọn: một ô Excel chứa tối đa 32.767 ký tự)";

/**
 * The Ghi chú cell (joinNote), within the CELL_TEXT_LIMIT characters a cell holds: the analyst's text whole, the
 * add-in's note cut with NOTE_CUT_MARK where both do not fit (nothing of it when the analyst's text leaves no room).
 * Filling again gives the same cell.
 */
export function fittedNote(analyst: string, auto: string, limit = CELL_TEXT_LIMIT): string {
  const whole = joinNote(analyst, auto);
  if (whole.length <= limit) return whole;
  let room = limit - joinNote(analyst, NOTE_CUT_MARK).length;
  if (room <= 0) return analyst;
  // never half of a character written as two UTF-16 units
  const code = auto.charCodeAt(room - 1);
  if (code >= 0xd800 && code <= 0xdbff) room--;
  return joinNote(analyst, `${auto.slice(0, room).trimEnd()}${NOTE_CUT_MARK}`);
}

export interface FillOptions {
  /** Write values instead of the CDS formulas, for a file sent to someone without the add-in. */
  readonly valuesOnly?: boolean;
  /**
   * The formulas to write: "cds" or "plain" (Excel's own functions, where custom functions are missing); the sheet's
   * own kind when not given. A sheet of the other kind has its formulas and signature rewritten.
   */
  readonly kind?: SheetKind;
}

export interface PillarSummary {
  readonly pillar: PillarId;
  readonly title: string;
  readonly met: number;
  readonly notMet: number;
  readonly noData: number;
  /** Rows whose figures cannot be right (no verdict, a note says why). */
  readonly invalid: number;
}

export interface FillPlan {
  readonly writes: readonly CellWrite[];
  readonly results: Results;
  readonly summary: readonly PillarSummary[];
  /** Rows whose verdict the analyst typed and which differs from the computed one. */
  readonly disagreements: readonly string[];
  /** Rows whose Ghi chú holds a formula of the analyst's: left as it is, without the add-in's note. */
  readonly formulaNotes: readonly string[];
}

const value = (c: CellState): CellInput =>
  typeof c.value === "string" && c.value.trim() === "" ? null : c.value;

/** Whether the add-in wrote this computed cell (a formula of its own, or a value of a values-only fill). */
function ours(c: CellState, frozen: boolean): boolean {
  return !isTyped(c) || (frozen && !c.formula);
}

/** The cell of the title block that holds the unit, its level or the period ("B2"). */
const titleCell = (key: keyof typeof TITLE_LABELS) => cell(COL.title, TITLE_ROWS[key]);

/** Checks that a sheet still has everything Generate wrote (title block, every row once). */
export function checkComplete(
  sheet: UnitSheet
): asserts sheet is UnitSheet & { params: NonNullable<UnitSheet["params"]> } {
  if (!sheet.params) {
    throw new CdsError(
      "invalidValue",
      `Trang "${sheet.name}" đã mất thông tin đơn vị, cấp hoặc kỳ báo cáo ở khối tiêu đề: hãy nhập lại tên đơn vị ở ô ${titleCell("unit")}, cấp ở ô ${titleCell("level")} (ví dụ "Phường, xã, đặc khu") và kỳ báo cáo ở ô ${titleCell("period")} (ví dụ "Quý III năm 2025") rồi bấm lại.`
    );
  }
  if (sheet.missing.length) {
    const shown = shortList(sheet.missing, 8);
    throw new CdsError(
      "invalidValue",
      `Trang "${sheet.name}" thiếu ${sheet.missing.length} dòng chỉ tiêu (${shown}), có thể đã bị xóa: hãy bấm "${BUTTONS.generate}" để khôi phục — số liệu đã nhập được giữ nguyên.`
    );
  }
  if (sheet.duplicates.length) {
    throw new CdsError(
      "invalidValue",
      `Trang "${sheet.name}" có dòng chỉ tiêu bị lặp (${sheet.duplicates.join(", ")}): hãy xóa dòng thừa rồi bấm lại.`
    );
  }
}

export interface SheetInputs {
  readonly level: Level;
  readonly inputs: Record<string, CellInput>;
  readonly targets: Record<string, CellInput>;
  readonly evidence: Record<string, CellInput>;
}

/** What evaluate needs from a sheet: the typed figures (computed cells only when typed over), targets, evidence. */
export function sheetInputs(sheet: UnitSheet): SheetInputs {
  checkComplete(sheet);
  const inputs: Record<string, CellInput> = {};
  const targets: Record<string, CellInput> = {};
  const evidence: Record<string, CellInput> = {};
  for (const row of catalog) {
    const r = sheet.rows[row.id];
    if (isComputed(row)) {
      if (!ours(r.figure, sheet.frozen)) inputs[row.id] = value(r.figure);
      else if (row.sameAs) inputs[row.id] = null; // the same quantity as its twin: evaluate takes it from there
    } else if (row.kind !== "group") inputs[row.id] = value(r.figure);
    if (hasVerdict(row)) targets[row.id] = value(r.target);
    if (row.kind === "yesno") evidence[row.id] = value(r.evidence);
  }
  return { level: sheet.params.level, inputs, targets, evidence };
}

/** A sheet's rows as evaluate judges them: its typed figures, its own targets and its evidence. */
export function sheetResults(sheet: UnitSheet): Results {
  const { level, inputs, targets, evidence } = sheetInputs(sheet);
  return evaluate(inputs, { level, targets, evidence });
}

/** The sheet row of every catalog row of a read sheet (id → row number). */
export function rowNumbers(sheet: UnitSheet): Record<string, number> {
  return Object.fromEntries(Object.values(sheet.rows).map((r) => [r.id, r.row]));
}

/**
 * The report columns of a sheet, filled in place: the figures the analyst left to the add-in, the verdicts and the
 * notes. Typed figures, targets, evidence, verdicts and the analyst's notes are read, never written.
 */
export function planFill(sheet: UnitSheet, opts: FillOptions = {}): FillPlan {
  const results = sheetResults(sheet); // checks the title block and the rows first
  if (sheet.city) {
    throw new CdsError(
      "invalidValue",
      `Trang "${sheet.name}" là bảng tổng hợp toàn thành phố: hãy bấm "${BUTTONS.consolidate}" để cập nhật nó từ báo cáo của các đơn vị.`
    );
  }
  const fill: RowFilling = {
    sheet,
    level: sheet.params!.level,
    rowOf: rowNumbers(sheet),
    kind: opts.kind ?? sheet.kind,
    frozen: sheet.frozen,
    valuesOnly: !!opts.valuesOnly,
  };
  const writes: CellWrite[] = [];
  const disagreements: string[] = [];
  const formulaNotes: string[] = [];
  for (const row of catalog) {
    const filled = fillRow(fill, row, results[row.id]);
    writes.push(...filled.writes);
    if (filled.disagrees) disagreements.push(row.id);
    if (filled.formulaNote) formulaNotes.push(row.id);
  }
  writes.push(...headWrites(sheet, fill.kind, fill.valuesOnly));
  return { writes, results, summary: summarize(results), disagreements, formulaNotes };
}

/** What filling a row needs to know of its sheet and of the fill asked for. */
interface RowFilling {
  readonly sheet: UnitSheet;
  readonly level: Level;
  readonly rowOf: Record<string, number>;
  readonly kind: SheetKind;
  readonly frozen: boolean;
  readonly valuesOnly: boolean;
}

const write = (address: string, content: CellContent, numberFormat?: string): CellWrite => ({
  address,
  content,
  numberFormat,
});

/**
 * One row filled: its computed figure and its verdict where the add-in owns them (formulas, or values for a
 * values-only fill), and its note — the core's, a typed verdict's disagreement, why a plain verdict shows nothing.
 */
function fillRow(
  fill: RowFilling,
  row: CatalogRow,
  result: Results[string]
): { writes: CellWrite[]; disagrees: boolean; formulaNote: boolean } {
  const { frozen, valuesOnly } = fill;
  const r = fill.sheet.rows[row.id];
  const writes: CellWrite[] = [];
  const notes: string[] = [];
  if (isComputed(row) && ours(r.figure, frozen)) {
    const formula = figureFormula(row, fill.rowOf, fill.kind)!;
    if (valuesOnly) {
      const content: CellContent =
        typeof result.value === "number" ? { number: result.value } : { blank: true };
      writes.push(write(r.figure.address, content, figureFormat(row)));
    } else if (r.figure.formula !== formula)
      writes.push(write(r.figure.address, { formula }, figureFormat(row)));
  }
  let disagrees = false;
  if (hasVerdict(row)) {
    if (ours(r.verdict, frozen)) {
      const verdict = verdictWrite(fill, row, r, result);
      if (verdict) writes.push(verdict);
    } else if (String(r.verdict.value).trim() !== (result.verdict ?? "")) {
      disagrees = true;
      notes.push(
        `Đánh giá nhập tay khác kết quả tính từ số liệu: ${result.verdict ?? "không đánh giá được"}.`
      );
    }
  }
  if (result.note) notes.unshift(result.note);
  if (fill.kind === "plain" && !valuesOnly && result.verdict !== null && ours(r.verdict, frozen)) {
    const why = plainBlankNote(fill.sheet, row, frozen);
    if (why) notes.push(why);
  }
  // the analyst's formula (a link to a document) stays; the add-in's note has no place beside it
  if (r.note.formula) return { writes, disagrees, formulaNote: notes.length > 0 };
  const note = fittedNote(r.analystNote, notes.join(" "));
  if (note !== String(r.note.value ?? ""))
    writes.push(
      write(r.note.address, note ? { text: note } : { blank: true }, NUMBER_FORMATS.text)
    );
  return { writes, disagrees, formulaNote: false };
}

/** The verdict the add-in writes in a cell it owns: the value, or its formula where the cell lacks it. */
function verdictWrite(
  fill: RowFilling,
  row: CatalogRow,
  r: SheetRow,
  result: Results[string]
): CellWrite | null {
  if (fill.valuesOnly)
    return write(
      r.verdict.address,
      result.verdict ? { text: result.verdict } : { blank: true },
      NUMBER_FORMATS.text
    );
  const formula = verdictFormula(r.row, fill.level, row, fill.kind);
  // a values-only fill left "@"
  return r.verdict.formula !== formula
    ? write(r.verdict.address, { formula }, NUMBER_FORMATS.general)
    : null;
}

/**
 * The hidden column's cells of the title block: the ids and codes where they were lost and found again from
 * columns A and B, the signature of the kind, the mark of a values-only fill.
 */
function headWrites(sheet: UnitSheet, kind: SheetKind, valuesOnly: boolean): CellWrite[] {
  const signatureCell = cell(COL.id, TITLE_ROWS.title);
  const writes = sheet.repairs.filter((w) => w.address !== signatureCell);
  const signature = sheet.repairs.find((w) => w.address === signatureCell);
  if (signature || kind !== sheet.kind)
    writes.push(write(signatureCell, { text: signatureOf(kind) }, NUMBER_FORMATS.text));
  if (valuesOnly !== sheet.frozen)
    writes.push(
      write(
        cell(COL.id, TITLE_ROWS.marks),
        valuesOnly ? { text: VALUES_MARK } : { blank: true },
        NUMBER_FORMATS.text
      )
    );
  return writes;
}

// no "CDS." in it: nothing written on a plain sheet names a function it cannot run
const FIXED_KIND =
  "bảng dùng hàm Excel thông thường (Excel này không chạy được hàm riêng của CĐS Excel), nên ô Đánh giá để trống";

/**
 * Why the plain verdict formula of a row shows nothing where the core has a verdict: a target in words only the
 * add-in reads ("tối thiểu 35%"), a figure typed as text, a yes/no answer in other words. "" when it shows the verdict.
 */
export function plainBlankNote(sheet: UnitSheet, row: CatalogRow, frozen = sheet.frozen): string {
  const r = sheet.rows[row.id];
  const target = r.target.value;
  const targetText = typeof target === "string" ? target.trim() : String(target ?? "");
  const partsText = (): string | null => {
    if (!row.parts || !ours(r.figure, frozen)) return null;
    const parts = [row.parts.num, row.parts.den].map((id) => sheet.rows[id]);
    if (plainRate(parts[0].figure.value, parts[1].figure.value) !== undefined) return null;
    return parts
      .filter((p) => typeof p.figure.value === "string" && p.figure.value.trim() !== "")
      .map((p) => `${p.id} (${quote(p.figure.value)})`)
      .join(", ");
  };
  const partText = partsText();
  if (partText)
    return `Số liệu ${partText} đang là văn bản: ${FIXED_KIND}. Hãy nhập lại dạng số (ví dụ 1200, không có dấu chấm hay khoảng trắng).`;
  const figure = row.parts && ours(r.figure, frozen) ? null : r.figure.value;
  if (figure !== null && plainFigure(row, figure) === undefined) {
    if (row.kind === "yesno") {
      const [done, notDone] = yesNoWords(row);
      return `Câu trả lời ${quote(figure)} chỉ hàm riêng của CĐS Excel đọc được: ${FIXED_KIND}. Hãy chọn "${done}" hoặc "${notDone}" trong danh sách.`;
    }
    if (typeof figure === "string")
      return `Số liệu ${row.id} đang là văn bản (${quote(figure)}): ${FIXED_KIND}. Hãy nhập lại dạng số${row.kind === "rank" ? "" : " (ví dụ 60%)"}.`;
    return "";
  }
  if (!plainTarget(row, target)) {
    const hint = row.kind === "yesno" ? "Có" : plainTargetHint(targetText);
    return `Mục tiêu ${quote(targetText)} chỉ hàm riêng của CĐS Excel đọc được: ${FIXED_KIND}. Hãy viết mục tiêu như ${quote(hint ?? "≥ 60%")}.`;
  }
  return "";
}

/** Đạt / Chưa đạt / Chưa có số liệu per pillar, over the rows that have a verdict. */
export function summarize(results: Results): PillarSummary[] {
  return pillars.map((p) => {
    const rows = catalog.filter((r) => r.pillar === p.id && hasVerdict(r));
    const of = (v: string) => rows.filter((r) => results[r.id]?.verdict === v).length;
    return {
      pillar: p.id,
      title: p.title,
      met: of(VERDICTS.met),
      notMet: of(VERDICTS.notMet),
      noData: of(VERDICTS.noData),
      invalid: rows.filter((r) => results[r.id]?.verdict === null).length,
    };
  });
}

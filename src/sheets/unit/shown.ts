import type { CellValue } from "../../core/types";
import { catalog, type CatalogRow } from "../../core/catalog";
import { CdsError } from "../../core/errors";
import type { RowResult } from "../../core/evaluate";
import { formatNumber, formatPercent } from "../../core/format";
import { formatTarget, resolveTarget, type Target } from "../../core/target";
import { fold, isBlank } from "../../core/text";
import { VERDICTS, type Level, type Verdict } from "../../core/types";
import { checkComplete, type PillarSummary } from "./fill";
import { startingTarget } from "./rows";
import { splitNote, type UnitSheet } from "./read";

const WORDS = new Set<string>(Object.values(VERDICTS));

/** A target the analyst changed in the sheet's Mục tiêu cell, against the template's default for the level. */
export interface EditedTarget {
  /** As the sheet shows it ("> 8%"); "" when the cell was cleared. */
  readonly shown: string;
  /** The default of the level ("> 8,5%"); "" where the template has none. */
  readonly default: string;
}

export interface ShownRow extends RowResult {
  /** The target the verdict was judged against, when it is not the template's default: the report says so. */
  readonly editedTarget: EditedTarget | null;
  /** The note as the sheet shows it (the analyst's and the add-in's), without the edited-target sentence. */
  readonly sheetNote: string;
}

export type ShownResults = Readonly<Record<string, ShownRow>>;

function sameTarget(a: Target, b: Target): boolean {
  if (a.type === "done" || b.type === "done") return a.type === b.type;
  return a.op === b.op && a.percent === b.percent && Math.abs(a.value - b.value) < 1e-12;
}

/** The sheet's target of a row when it differs from the level's default (read as targets, not as text); else null. */
export function editedTarget(row: CatalogRow, level: Level, cell: CellValue): EditedTarget | null {
  if (row.target === null) return null; // a row without a verdict: its target cell is not read
  const def = startingTarget(row, level);
  if (isBlank(cell)) return def ? { shown: "", default: def } : null;
  const text = typeof cell === "string" ? cell.trim() : String(cell);
  let shown = text;
  try {
    const target = resolveTarget(cell, level);
    shown = typeof cell === "string" ? text : formatTarget(target);
    if (def && sameTarget(target, resolveTarget(def, level))) return null;
  } catch (e) {
    if (!(e instanceof CdsError)) throw e;
    if (def && fold(text) === fold(def)) return null; // unreadable either way: the same text is not an edit
  }
  return { shown, default: def };
}

/** The sentence of the notes about an edited target. */
export function editedTargetNote(t: EditedTarget): string {
  if (!t.shown) return `Mục tiêu trên bảng để trống (mặc định của mẫu: ${t.default}).`;
  return t.default
    ? `Mục tiêu đã sửa trên bảng: ${t.shown} (mặc định của mẫu: ${t.default}).`
    : `Mục tiêu đặt trên bảng: ${t.shown}.`;
}

/** The verdict as a report shows it: with the edited target beside it ("Đạt (mục tiêu đã sửa: > 8%)"). */
export function shownVerdict(r: Pick<ShownRow, "verdict" | "editedTarget">): string {
  const verdict = r.verdict ?? "";
  const t = r.editedTarget;
  if (!t) return verdict;
  const words = t.shown ? `mục tiêu đã sửa: ${t.shown}` : "mục tiêu để trống";
  return verdict ? `${verdict} (${words})` : `(${words})`;
}

/**
 * A sheet's rows as the sheet shows them — figure, verdict, notes (the analyst's and the add-in's) — for the report
 * documents made from it: the report says what the sheet says. A target the analyst edited is said in the notes.
 */
export function shownResults(sheet: UnitSheet): ShownResults {
  checkComplete(sheet);
  const out: Record<string, ShownRow> = {};
  for (const row of catalog) {
    const r = sheet.rows[row.id];
    const v = r.figure.value;
    const isError = typeof v === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(v.trim());
    let text = "";
    if (typeof v === "number")
      text = row.kind === "ratio" || row.kind === "percent" ? formatPercent(v) : formatNumber(v);
    else if (typeof v === "string" && !isError) text = v.trim();
    else if (typeof v === "boolean") text = v ? "Có" : "Không";
    const d = typeof r.verdict.value === "string" ? r.verdict.value.trim() : "";
    const { analyst, auto } = splitNote(String(r.note.value ?? ""));
    const sheetNote = [analyst, auto].filter(Boolean).join(" ");
    const edited = sheet.params ? editedTarget(row, sheet.params.level, r.target.value) : null;
    const note = [sheetNote, edited ? editedTargetNote(edited) : ""].filter(Boolean).join(" ");
    out[row.id] = {
      id: row.id,
      kind: row.kind,
      value: typeof v === "number" || typeof v === "boolean" ? v : null,
      text,
      verdict: WORDS.has(d) ? (d as Verdict) : null,
      note,
      target: r.target.value === null ? null : String(r.target.value),
      invalid: isError,
      editedTarget: edited,
      sheetNote,
    };
  }
  return out;
}

/** A sheet's counts over all its pillars, as the pane's summary and its notices say them. */
export interface Totals {
  readonly met: number;
  readonly notMet: number;
  readonly noData: number;
  readonly invalid: number;
}

export function totals(summary: readonly PillarSummary[]): Totals {
  return summary.reduce(
    (t, p) => ({
      met: t.met + p.met,
      notMet: t.notMet + p.notMet,
      noData: t.noData + p.noData,
      invalid: t.invalid + p.invalid,
    }),
    { met: 0, notMet: 0, noData: 0, invalid: 0 }
  );
}

import { catalog } from "../catalog";
import { CdsError } from "../errors";
import type { CellContent, SheetSpec } from "./spec";
import { buildSheet, hasVerdict, startingTarget, type Preserved, type SheetParams } from "./layout";
import { isTyped, type CellState, type UnitSheet } from "./read";

function content(c: CellState): CellContent {
  if (c.formula) return { formula: c.formula };
  if (typeof c.value === "number") return { number: c.value };
  if (typeof c.value === "boolean") return { bool: c.value };
  return { text: String(c.value ?? "") };
}

const textOf = (c: CellState) => (c.value === null ? "" : String(c.value).trim());

/** What the analyst typed in an existing sheet, to keep in the new one (matched by row id). */
export function preservedFrom(existing: UnitSheet): Preserved {
  const figures: Record<string, CellContent> = {};
  const verdicts: Record<string, CellContent> = {};
  const targets: Record<string, string> = {};
  const evidence: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const oldLevel = existing.params?.level;
  for (const row of catalog) {
    const r = existing.rows[row.id];
    if (!r) continue;
    if (isTyped(r.figure)) figures[row.id] = content(r.figure);
    if (hasVerdict(row) && isTyped(r.verdict)) verdicts[row.id] = content(r.verdict);
    const target = textOf(r.target);
    // a target equal to the old level's default follows the new level; an edited one stays
    if (target && (!oldLevel || target !== startingTarget(row, oldLevel))) targets[row.id] = target;
    if (textOf(r.evidence)) evidence[row.id] = textOf(r.evidence);
    if (r.analystNote) notes[row.id] = r.analystNote;
  }
  return { figures, verdicts, targets, evidence, notes };
}

export interface GeneratePlan {
  readonly spec: SheetSpec;
  /** How many typed cells the new sheet keeps. */
  readonly kept: number;
  /** Catalog rows restored because the old sheet had lost them. */
  readonly restored: readonly string[];
}

/**
 * The sheet to write for a unit and period. An existing sheet's typed figures, targets, evidence and notes are kept;
 * one that holds content the add-in does not own (rows inserted by hand) is refused rather than overwritten.
 */
export function planGenerate(params: SheetParams, existing: UnitSheet | null): GeneratePlan {
  if (existing && existing.foreign.length) {
    const shown = existing.foreign.slice(0, 6).join(", ") + (existing.foreign.length > 6 ? ", …" : "");
    throw new CdsError(
      "invalidValue",
      `Trang "${existing.name}" có nội dung ngoài các dòng chỉ tiêu (ô ${shown}). Tạo lại bảng sẽ ghi đè lên chúng: hãy chuyển nội dung đó sang trang khác rồi bấm lại.`,
    );
  }
  if (existing && existing.duplicates.length) {
    throw new CdsError(
      "invalidValue",
      `Trang "${existing.name}" có dòng chỉ tiêu bị lặp (${existing.duplicates.join(", ")}), có thể do sao chép dòng: hãy xóa dòng thừa rồi bấm lại.`,
    );
  }
  const preserved = existing ? preservedFrom(existing) : {};
  const kept = Object.values(preserved).reduce((n, m) => n + Object.keys(m ?? {}).length, 0);
  return { spec: buildSheet(params, preserved), kept, restored: existing ? existing.missing : [] };
}

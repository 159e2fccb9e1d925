import type { SheetKind } from "../../core/types";
import { findRow } from "../../core/catalog";
import { CdsError } from "../../core/errors";
import { shortList } from "../../core/text";
import type { CellContent, SheetSpec } from "../spec";
import { bodyLines } from "./body";
import { buildSheet, type CycleHead } from "./build";
import { isGeneratedFormula } from "./formulas";
import { COL, FIRST_BODY_ROW, TITLE_ROWS } from "./grid";
import type { SheetParams } from "../../core/identity";
import { PILLAR_MARK } from "./marks";
import { bodySlot, headSlot, UnplacedCells, type Preserved } from "./placement";
import { startingTarget } from "./rows";
import { hasVerdict, isComputed } from "../../core";
import { splitNote, type CellState, type SlotCell, type UnitSheet } from "./read";
import { isCycleCell, readDeadline, readStamp } from "./stamp";

function content(c: CellState): CellContent {
  if (c.formula) return { formula: c.formula };
  if (typeof c.value === "number") return { number: c.value };
  if (typeof c.value === "boolean") return { bool: c.value };
  return { text: String(c.value ?? "") };
}

const squeeze = (f: string) => f.replace(/\s+/g, "").toUpperCase();

/** Whether a cell holds what a fresh sheet holds in its place. */
function sameAsFresh(c: CellState, fresh: CellContent | undefined): boolean {
  if (!fresh) return false;
  if ("formula" in fresh)
    return c.formula !== null && squeeze(c.formula) === squeeze(fresh.formula);
  if (c.formula) return false;
  if ("text" in fresh) return typeof c.value === "string" && c.value.trim() === fresh.text.trim();
  if ("number" in fresh) return c.value === fresh.number;
  if ("bool" in fresh) return c.value === fresh.bool;
  return false;
}

/** A fresh sheet's content by slot. */
function freshSlots(params: SheetParams): Map<string, CellContent> {
  const spec = buildSheet(params);
  const out = new Map<string, CellContent>();
  spec.cells.forEach((line, i) => {
    const r = i + 1;
    line.forEach((c, col) => {
      if (r < FIRST_BODY_ROW) out.set(headSlot(r, col), c);
    });
  });
  bodyLines().forEach((line, i) => {
    const id = "row" in line ? line.row.id : PILLAR_MARK + line.pillar;
    spec.cells[FIRST_BODY_ROW - 1 + i].forEach((c, col) => out.set(bodySlot(id, col), c));
  });
  return out;
}

/** The analyst's content of a cell, or null where the cell is the add-in's. */
function typedContent(
  c: SlotCell,
  sheet: UnitSheet,
  fresh: Map<string, CellContent>
): CellContent | null {
  if (c.col === COL.id) return null; // the hidden ids and codes are the add-in's
  const head = /^@(\d+)!/.exec(c.slot);
  const headRow = head ? Number(head[1]) : 0; // 0: not in the title block
  if (headRow >= TITLE_ROWS.unit && headRow <= TITLE_ROWS.period && c.col === COL.title)
    return null; // the identity: rewritten
  if (headRow && !c.formula && isCycleCell(headRow, c.col, c.value)) return null; // the cycle's lines
  const line = /^([^@+].*)!\d+$/.exec(c.slot)?.[1];
  const row = line ? findRow(line) : undefined;
  if (row) {
    if (c.col === COL.figure || c.col === COL.verdict) {
      if (c.formula && isGeneratedFormula(c.formula)) return null;
      // after a values-only fill (and on the city sheet) the computed figures and verdicts are the add-in's values
      const computedHere = c.col === COL.figure ? isComputed(row) : hasVerdict(row);
      if (sheet.frozen && !c.formula && computedHere) return null;
    }
    if (c.col === COL.note && !c.formula && typeof c.value === "string") {
      const analyst = splitNote(c.value, sheet.legacy).analyst;
      return analyst ? { text: analyst } : null;
    }
    if (c.col === COL.target && !c.formula && typeof c.value === "string") {
      // a target equal to the old level's default follows the new level; an edited one stays
      const t = c.value.trim();
      const level = sheet.params?.level;
      if (
        level
          ? t === startingTarget(row, level)
          : (["so", "xa", "huyen", "tp"] as const).some((l) => t === startingTarget(row, l))
      )
        return null;
    }
  }
  if (sameAsFresh(c, fresh.get(c.slot))) return null;
  return content(c);
}

/**
 * Every cell the analyst typed in an existing sheet, by where it stands (a row id, a pillar heading, the title block,
 * below the table) and column, with its formula: what Generate writes back in place. The add-in's own cells —
 * the hidden ids, its formulas, its notes after the mark, default targets, the values of a values-only fill, what a
 * fresh sheet holds anyway — are not the analyst's.
 */
export function preservedFrom(existing: UnitSheet): Preserved {
  const fresh = freshSlots(
    existing.params ?? { unit: "", level: "so", period: { year: 2025, part: "Y" } }
  );
  const cells: Record<string, CellContent> = {};
  for (const c of existing.cells) {
    const kept = typedContent(c, existing, fresh);
    if (kept) cells[c.slot] = kept;
  }
  return { cells };
}

/** The title block's cycle cells of a rewrite: the deadline given, else the sheet's; the sheet's stamp, kept. */
function cycleHead(existing: UnitSheet | null, deadline: string | null | undefined): CycleHead {
  const values = existing ? headValues(existing) : [];
  const reading = existing ? readStamp(values, existing.name) : null;
  const kept = reading?.state === "stamped" ? reading : null;
  return {
    deadline: deadline ?? readDeadline(values) ?? null,
    ...(kept ? { stamp: kept.stamp, reopened: kept.reopened } : {}),
  };
}

/** The title block and header of a sheet read back, as rows of values (blank cells null). */
export function headValues(sheet: UnitSheet): (string | number | boolean | null)[][] {
  const rows = Array.from({ length: FIRST_BODY_ROW - 1 }, () =>
    Array.from({ length: COL.id + 1 }, (): string | number | boolean | null => null)
  );
  for (const c of sheet.cells) if (c.row < FIRST_BODY_ROW) rows[c.row - 1][c.col] = c.value;
  return rows;
}

/** What Generate is told besides the sheet: the kind of formulas, and the deadline the city set (null: none). */
export interface GenerateOptions {
  readonly kind?: SheetKind;
  readonly deadline?: string | null;
}

export interface GeneratePlan {
  readonly spec: SheetSpec;
  /** How many typed cells the new sheet keeps. */
  readonly kept: number;
  /** Catalog rows restored because the old sheet had lost them. */
  readonly restored: readonly string[];
  /** Rows whose hidden id was lost and found again from their STT and title. */
  readonly rebuiltIds: number;
  /** Cells typed below the table, kept below it: the addresses they had and have. */
  readonly moved: readonly { readonly from: string; readonly to: string }[];
}

/**
 * The sheet to write for a unit and period. Every cell the analyst typed in an existing sheet is kept in place; a
 * sheet that holds content the add-in cannot place (rows inserted by hand inside the table) is refused rather than
 * overwritten. `options.kind` chooses the formulas (CDS or Excel's own): the add-in's formulas of the other kind are
 * replaced, never an analyst's.
 */
export function planGenerate(
  params: SheetParams,
  existing: UnitSheet | null,
  options: GenerateOptions = {}
): GeneratePlan {
  if (existing && existing.foreign.length) {
    throw new CdsError(
      "invalidValue",
      `Trang "${existing.name}" có nội dung trong những dòng không phải dòng chỉ tiêu (ô ${shortList(existing.foreign)}), có thể do chèn dòng giữa bảng. Tạo lại bảng sẽ ghi đè lên chúng: hãy chuyển nội dung đó xuống dưới bảng hoặc sang trang khác rồi bấm lại. Nếu đó là một dòng chỉ tiêu mà cột A (STT) hoặc cột B (tên chỉ tiêu) đã bị sửa, hãy sửa lại cho đúng mẫu.`
    );
  }
  if (existing && existing.duplicates.length) {
    throw new CdsError(
      "invalidValue",
      `Trang "${existing.name}" có dòng chỉ tiêu bị lặp (${existing.duplicates.join(", ")}), có thể do sao chép dòng: hãy xóa dòng thừa rồi bấm lại.`
    );
  }
  const preserved = existing ? preservedFrom(existing) : {};
  let spec: SheetSpec;
  try {
    spec = buildSheet(params, preserved, {
      kind: options.kind,
      ...cycleHead(existing, options.deadline),
    });
  } catch (e) {
    if (!(e instanceof UnplacedCells)) throw e;
    const where = existing!.cells.filter((c) => e.slots.includes(c.slot)).map((c) => c.address);
    throw new CdsError(
      "invalidValue",
      `Trang "${existing!.name}": mẫu bảng mới không còn chỗ cho các ô ${shortList(where)} đã nhập. Hãy chép nội dung các ô đó sang trang khác rồi bấm lại; chưa có gì bị ghi.`
    );
  }
  const cells = preserved.cells ?? {};
  const last = FIRST_BODY_ROW + bodyLines().length - 1;
  const moved = (existing?.cells ?? [])
    .filter((c) => c.slot.startsWith("+") && c.slot in cells)
    .map((c) => ({
      from: c.address,
      to: `${c.address.replace(/\d+$/, "")}${last + Number(/^\+(\d+)!/.exec(c.slot)![1])}`,
    }))
    .filter((m) => m.from !== m.to);
  return {
    spec,
    kept: Object.keys(cells).length,
    restored: existing ? existing.missing : [],
    rebuiltIds: existing
      ? existing.repairs.filter(
          (r) => /^H\d+$/.test(r.address) && Number(r.address.slice(1)) >= FIRST_BODY_ROW
        ).length
      : 0,
    moved,
  };
}

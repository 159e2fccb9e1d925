/**
 * "So sánh với kỳ trước" decided, pure over the two sheets read: both judged as Fill judges them (each against its
 * own targets), the columns I and J to write, and what the outcome says; or the refusal when the previous period's
 * sheet was found nowhere.
 */
import { compare, type RowChange } from "../../core/comparison";
import type { Results } from "../../core/evaluate";
import {
  comparisonLayout,
  comparisonWrites,
  readUnitSheet,
  rowNumbers,
  sheetResults,
  type CellsLayout,
  type CellWrite,
  type SheetSnapshot,
  type UnitSheet,
} from "../../sheets";
import { periodText, type Period, type SheetKind } from "../../core";
import { UserError } from "../support";

export interface ComparisonOutcome {
  /** The sheet written (its columns I and J). */
  readonly sheet: string;
  readonly previous: Period;
  /** Where the previous period's figures came from: a sheet of the workbook, or "file.xlsx: sheet". */
  readonly previousSource: string;
  /** The rows whose verdict changed, worst news first. */
  readonly changes: readonly RowChange[];
  /** Cells written. */
  readonly written: number;
}

/** The previous period's sheet found nowhere: said with the files that could not be read. */
export function notFoundError(
  unit: string,
  previous: Period,
  unreadable: readonly string[]
): UserError {
  const files = unreadable.length ? ` (Không đọc được tệp: ${unreadable.join(", ")}.)` : "";
  return new UserError(
    `Không tìm thấy bảng chỉ tiêu của "${unit}" kỳ ${periodText(previous)}: hãy mở sổ tính có trang kỳ trước, hoặc chọn tệp .xlsx của kỳ đó.${files}`
  );
}

/** The comparison columns of the sheet against the previous period's sheet: =CDS.CHANGE where it runs, else text. */
export function planComparison(
  sheet: UnitSheet,
  current: Results,
  before: SheetSnapshot,
  previous: Period,
  kind: SheetKind
): { writes: CellWrite[]; layout: CellsLayout; outcome: ComparisonOutcome } {
  const comparison = compare(current, sheetResults(readUnitSheet(before)));
  const rows = rowNumbers(sheet);
  const writes = comparisonWrites(rows, comparison, previous, kind);
  const lines = Object.values(rows);
  return {
    writes,
    layout: comparisonLayout(Math.min(...lines), Math.max(...lines)),
    outcome: {
      sheet: sheet.name,
      previous,
      previousSource: before.name,
      changes: comparison.verdictChanges,
      written: writes.length,
    },
  };
}

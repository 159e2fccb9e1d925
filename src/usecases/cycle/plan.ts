/**
 * The reporting cycle decided, pure over the sheet read: what refuses a finalization or a reopening, the errors that
 * hold a finalization back, the cells the stamp writes and locks, and the submission file's sheet.
 */
import { BUTTONS } from "../../core/buttons";
import { catalog } from "../../core/catalog";
import { fold } from "../../core/text";
import {
  parseCell,
  cell,
  COL,
  CYCLE_ADDRESSES,
  CYCLE_CELLS,
  FIGURE_KINDS,
  readStamp,
  readUnitSheet,
  stampLine,
  stampMark,
  TITLE_ROWS,
  VALUES_MARK,
  type CellContent,
  type CellsLayout,
  type CellWrite,
  type SheetSnapshot,
  type SheetSpec,
  type Stamp,
  type UnitSheet,
} from "../../sheets";
import { hasVerdict, isInput, periodCode, type CellValue, type SheetParams } from "../../core";
import { cleanFileName } from "../../handoff/offeredFile";
import { foundViolations, type FoundViolation } from "../sheet/plan";
import { protectedError, UserError } from "../support";

const STAMP_FORMAT = "@";

/** The cells of the title block a use case works on must be the add-in's, never something the analyst typed. */
function refuseTypedStampLine(snapshot: SheetSnapshot): void {
  const { row, col } = CYCLE_CELLS.stampLine;
  const line = snapshot.values[row - 1]?.[col];
  const text = line === null || line === undefined ? "" : String(line).trim();
  if (text && readStamp(snapshot.values, snapshot.name).state === "none")
    throw new UserError(
      `Trang "${snapshot.name}": ô ${CYCLE_ADDRESSES.stampLine} đang có nội dung ("${text.slice(0, 40)}") mà dòng chốt số liệu cần ghi vào đó: hãy chuyển nội dung ấy sang ô khác rồi bấm lại. Chưa có gì được ghi.`
    );
}

function unitSheetOf(snapshot: SheetSnapshot): UnitSheet & { params: SheetParams } {
  const sheet = readUnitSheet(snapshot);
  if (sheet.city)
    throw new UserError(
      `Trang "${sheet.name}" là trang toàn thành phố: chỉ bảng chỉ tiêu của đơn vị mới chốt số liệu để nộp.`
    );
  if (!sheet.params)
    throw new UserError(
      `Trang "${sheet.name}": không đọc được đơn vị, cấp hoặc kỳ báo cáo ở ô B2:B4: hãy sửa lại rồi bấm lại.`
    );
  return sheet as UnitSheet & { params: SheetParams };
}

/** The cells the analyst types on a unit sheet, as column runs: the ones Generate leaves unlocked. */
function inputRanges(sheet: UnitSheet): string[] {
  const byColumn = new Map<number, number[]>();
  const add = (col: number, row: number) => {
    if (!byColumn.has(col)) byColumn.set(col, []);
    byColumn.get(col)!.push(row);
  };
  for (const row of catalog) {
    const r = sheet.rows[row.id];
    if (!r) continue;
    add(COL.note, r.row);
    if (hasVerdict(row)) add(COL.target, r.row);
    if (isInput(row)) add(COL.figure, r.row);
    if (FIGURE_KINDS[row.kind].evidence) add(COL.evidence, r.row);
  }
  const out: string[] = [];
  for (const [col, rows] of byColumn) {
    rows.sort((a, b) => a - b);
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      out.push(i === j ? cell(col, rows[i]) : `${cell(col, rows[i])}:${cell(col, rows[j])}`);
      i = j + 1;
    }
  }
  return out;
}

/** Errors remain on the sheet: nothing is stamped. */
export interface FinalizeRefused {
  readonly kind: "refused";
  readonly sheet: string;
  readonly violations: readonly FoundViolation[];
}

/** A unit sheet to finalize, or the errors that refuse it (nothing is written then). */
export type FinalizeCheck =
  | FinalizeRefused
  | {
      readonly kind: "ready";
      readonly sheet: UnitSheet & { params: SheetParams };
      /** The version the stamp takes: the last one's + 1, or 1. */
      readonly version: number;
    };

/**
 * Whether the sheet can be finalized: refused while it is protected (said as finalized when it is), its stamp does
 * not read, its stamp cell holds the analyst's text, it is the city sheet or has no identity; held back, with them
 * listed, while an error of the validation rules remains.
 */
export function checkFinalize(snapshot: SheetSnapshot): FinalizeCheck {
  const previous = readStamp(snapshot.values, snapshot.name);
  if (snapshot.protected) {
    if (previous.state === "stamped" && !previous.reopened)
      throw new UserError(
        `Trang "${snapshot.name}" đã chốt số liệu lần ${previous.stamp.version} và đang được bảo vệ. Muốn sửa số liệu thì bấm "${BUTTONS.reopen}", sửa xong bấm "${BUTTONS.finalize}" lại (lần ${previous.stamp.version + 1}).`
      );
    throw protectedError(snapshot.name);
  }
  if (previous.state === "unreadable")
    throw new UserError(
      `${previous.message} Hãy bấm "${BUTTONS.generate}" để ghi lại đầu trang rồi bấm "${BUTTONS.finalize}" lại. Chưa có gì được ghi.`
    );
  refuseTypedStampLine(snapshot);
  const sheet = unitSheetOf(snapshot);
  const errors = foundViolations(sheet, false).filter((v) => v.importance === "error");
  if (errors.length) return { kind: "refused", sheet: sheet.name, violations: errors };
  const version = previous.state === "stamped" ? previous.stamp.version + 1 : 1;
  return { kind: "ready", sheet, version };
}

/** The stamp's two cells: its line for the reader, its mark for the add-in. */
export function stampWrites(stamp: Stamp): CellWrite[] {
  return [
    {
      address: CYCLE_ADDRESSES.stampLine,
      content: { text: stampLine(stamp) },
      numberFormat: STAMP_FORMAT,
    },
    {
      address: CYCLE_ADDRESSES.stamp,
      content: { text: stampMark(stamp) },
      numberFormat: STAMP_FORMAT,
    },
  ];
}

/** The whole report locked as the protection goes on. */
export function lockedLayout(sheet: UnitSheet): CellsLayout {
  const lastColumn = cell(COL.id, Math.max(sheet.lastRow, 1));
  return { styles: [{ range: `A1:${lastColumn}`, style: { locked: true } }] };
}

/** The sheet's values as read, with the stamp's cells as written: what the submission file holds. */
export function stampedValues(
  values: readonly (readonly CellValue[])[],
  writes: readonly CellWrite[]
): CellValue[][] {
  const out = values.map((line) => [...line]);
  for (const w of writes) {
    const at = parseCell(w.address);
    const [col, row] = [at.col, at.row - 1];
    while (out[row].length <= col) out[row].push(null);
    out[row][col] = "text" in w.content ? w.content.text : null;
  }
  return out;
}

/**
 * "Mở để sửa" decided: refused when the sheet is not protected; else the stamp kept (its line says the sheet was
 * opened again) and the input cells unlocked.
 */
export function planReopen(snapshot: SheetSnapshot): {
  sheet: UnitSheet & { params: SheetParams };
  stamp: Stamp | null;
  writes: CellWrite[];
  layout: CellsLayout;
} {
  const reading = readStamp(snapshot.values, snapshot.name);
  if (!snapshot.protected) {
    if (reading.state === "none")
      throw new UserError(
        `Trang "${snapshot.name}" chưa chốt số liệu và không bị bảo vệ: có thể sửa ngay.`
      );
    throw new UserError(`Trang "${snapshot.name}" đã mở để sửa rồi: không bị bảo vệ.`);
  }
  const sheet = unitSheetOf(snapshot);
  const stamp = reading.state === "stamped" ? reading.stamp : null;
  const writes: CellWrite[] = stamp
    ? [
        {
          address: CYCLE_ADDRESSES.stampLine,
          content: { text: stampLine(stamp, true) },
          numberFormat: STAMP_FORMAT,
        },
      ]
    : [];
  const layout = {
    styles: inputRanges(sheet).map((range) => ({ range, style: { locked: false } })),
  };
  return { sheet, stamp, writes, layout };
}

/** "NopBaoCao_CDS_2025-Q1_phuong_ben_thanh_lan2.xlsx" */
export function submissionName(params: SheetParams, version: number): string {
  const unit = fold(params.unit)
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "")
    .slice(0, 60);
  return cleanFileName(
    `NopBaoCao_CDS_${periodCode(params.period)}_${unit}_lan${version}.xlsx`,
    "xlsx"
  );
}

/**
 * The submission file's sheet: the official sheet's look (formats, colours, widths, drop-downs) holding the sheet's
 * values as computed — no formula at all, so that it opens anywhere without #NAME? — and VALUES_MARK in H5, as after
 * a values-only fill.
 */
export function submissionSpec(
  look: SheetSpec,
  values: readonly (readonly CellValue[])[]
): SheetSpec {
  const cells = look.cells.map((line, r) =>
    line.map((_, c): CellContent => {
      if (r === TITLE_ROWS.marks - 1 && c === COL.id) return { text: VALUES_MARK };
      const v = values[r]?.[c] ?? null;
      if (typeof v === "number") return { number: v };
      if (typeof v === "boolean") return { bool: v };
      return v === null || v === "" ? { blank: true } : { text: v };
    })
  );
  return { ...look, cells };
}

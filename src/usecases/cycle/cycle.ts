/**
 * The reporting cycle on a unit sheet (docs/sheets.md#finalization-stamp): "Chốt số liệu" checks the figures, stamps
 * the sheet (version, local date-time with offset, fingerprint), protects it and offers its submission file;
 * "Mở để sửa" lifts the protection, the stamp kept until the next finalization (version n+1).
 */
import { BUTTONS } from "../../core/buttons";
import { catalog } from "../../core/catalog";
import { shortFingerprint, type Sha256 } from "../../core/fingerprint";
import { localStamp, readInstant, shownInstant } from "../../core/reportingDates";
import { fold } from "../../core/text";
import {
  buildSheet,
  cell,
  COL,
  CYCLE_ADDRESSES,
  CYCLE_CELLS,
  FIGURE_KINDS,
  hasVerdict,
  isInput,
  periodCode,
  readStamp,
  readUnitSheet,
  sheetFingerprint,
  sheetInputs,
  stampLine,
  stampMark,
  TITLE_ROWS,
  VALUES_MARK,
  type CellContent,
  type CellValue,
  type CellWrite,
  type SheetSpec,
  type SheetParams,
  type SheetSnapshot,
  type Stamp,
  type UnitSheet,
} from "../../sheets";
import { validate } from "../../core/validation";
import type { DownloadFile } from "../../handoff/download";
import { specWorkbook } from "../../formats/unitWorkbook";
import { cleanFileName } from "../../handoff/offeredFile";
import type { WorkbookPort } from "../../workbook/port";
import { webSha256 } from "../sha256";
import type { CheckedViolation } from "../sheet/sheet";
import { currentSheet, guarded, protectedError, UserError, type Progress } from "../support";

export interface CycleInput {
  /** The pane's unit and period: the sheet to work on when the active sheet is not a unit sheet. */
  readonly params?: SheetParams;
  /** The clock: milliseconds since the epoch (the wall clock in the pane, a fixed instant in tests). */
  readonly now: () => number;
  /** SHA-256 (Web Crypto's by default). */
  readonly sha256?: Sha256;
}

export type FinalizeOutcome =
  /** Errors remain: nothing was stamped. */
  | {
      readonly kind: "refused";
      readonly sheet: string;
      readonly violations: readonly CheckedViolation[];
    }
  | {
      readonly kind: "finalized";
      readonly sheet: string;
      readonly stamp: Stamp;
      /** The submission file: the sheet's values, with the stamp. */
      readonly file: DownloadFile;
    };

export interface ReopenOutcome {
  readonly sheet: string;
  /** The stamp kept: the next finalization is its version + 1. */
  readonly stamp: Stamp | null;
}

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

/** "NopBaoCao_CDS_2025-Q1_phuong_ben_thanh_lan2.xlsx" */
function submissionName(params: SheetParams, version: number): string {
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

/**
 * "Chốt số liệu": the checks first (refused, with the errors listed, while one remains); then the stamp written and
 * the sheet protected in one round trip, and the submission file made. Two round trips in all.
 */
export function finalizeSheet(
  port: WorkbookPort,
  input: CycleInput,
  progress: Progress = () => {}
): Promise<FinalizeOutcome> {
  return guarded(async (writes) => {
    await port.ensureReady();
    progress("Đang đọc bảng chỉ tiêu…");
    const snapshot = await currentSheet(port, input.params);
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
    const { inputs, evidence } = sheetInputs(sheet);
    const errors = validate(inputs, evidence, { consolidated: false })
      .filter((v) => v.importance === "error")
      .map((v) => ({
        ...v,
        address:
          v.cell === "evidence"
            ? sheet.rows[v.row].evidence.address
            : sheet.rows[v.row].figure.address,
      }));
    if (errors.length) return { kind: "refused", sheet: sheet.name, violations: errors };

    const stamp: Stamp = {
      version: previous.state === "stamped" ? previous.stamp.version + 1 : 1,
      finalizedAt: localStamp(input.now()),
      fingerprint: await sheetFingerprint(sheet, sheet.params, input.sha256 ?? webSha256),
    };
    const stampWrites: CellWrite[] = [
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
    progress("Đang chốt số liệu và bảo vệ trang…");
    const lastColumn = cell(COL.id, Math.max(sheet.lastRow, 1));
    await writes.track(sheet.name, () =>
      port.setProtection(sheet.name, true, stampWrites, {
        styles: [{ range: `A1:${lastColumn}`, style: { locked: true } }],
      })
    );
    progress("Đang tạo tệp nộp…");
    const values = snapshot.values.map((line) => [...line]);
    for (const w of stampWrites) {
      const col = w.address.charCodeAt(0) - 65;
      const row = Number(w.address.slice(1)) - 1;
      while (values[row].length <= col) values[row].push(null);
      values[row][col] = "text" in w.content ? w.content.text : null;
    }
    const data = await specWorkbook([submissionSpec(buildSheet(sheet.params), values)]);
    return {
      kind: "finalized",
      sheet: sheet.name,
      stamp,
      file: { fileName: submissionName(sheet.params, stamp.version), data },
    };
  });
}

/** "Mở để sửa": lifts the protection of a finalized sheet and unlocks its input cells again; one round trip after the read. */
export function reopenSheet(
  port: WorkbookPort,
  input: { readonly params?: SheetParams },
  progress: Progress = () => {}
): Promise<ReopenOutcome> {
  return guarded(async (writes) => {
    await port.ensureReady();
    progress("Đang đọc bảng chỉ tiêu…");
    const snapshot = await currentSheet(port, input.params);
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
    const lineWrites: CellWrite[] = stamp
      ? [
          {
            address: CYCLE_ADDRESSES.stampLine,
            content: { text: stampLine(stamp, true) },
            numberFormat: STAMP_FORMAT,
          },
        ]
      : [];
    progress("Đang mở khóa trang…");
    await writes.track(sheet.name, () =>
      port.setProtection(sheet.name, false, lineWrites, {
        styles: inputRanges(sheet).map((range) => ({ range, style: { locked: false } })),
      })
    );
    return { sheet: sheet.name, stamp };
  });
}

/** "09:15 ngày 20/04/2025 (UTC+07:00)" of a stamp. */
export function stampWhen(stamp: Stamp): string {
  return shownInstant(readInstant(stamp.finalizedAt)!.epochMs);
}

export { shortFingerprint };

/**
 * The reply file ("Gửi ý kiến cho đơn vị", docs/sheets.md#reply-file): the city's comments on one version of a unit's
 * report as one plain table a person reads without the add-in — a title block in Vietnamese, then one line per
 * comment (indicator, its title, the figure reviewed, the verdict, the comment), no formulas — recognised by the
 * add-in by a hidden signature. And "Nhận ý kiến" on the unit's side: where each comment is written on the unit's
 * sheet (planReplyImport).
 */
import { findRow } from "../core/catalog";
import { CdsError } from "../core/errors";
import { shortFingerprint } from "../core/fingerprint";
import { isAbout, reportName, reviewParams, type Reply, type ReplyComment } from "../core/review";
import { shortList } from "../core/text";
import { cell, columnLetter } from "./a1";
import { HEADER_ROW } from "./unit/grid";
import {
  headParams,
  isUnitHead,
  readUnitSheet,
  type SheetRow,
  type SheetSnapshot,
} from "./unit/read";
import type { CellValue } from "../core/types";
import {
  readReviewHead,
  readStateCell,
  REVIEW_HEADER_ROW,
  REVIEW_ROWS,
  reviewHeadRows,
} from "./reviewSheet";
import type { CellContent, CellsLayout, CellWrite } from "./spec";
import { readStamp, type StampReading } from "./unit/stamp";
import { NUMBER_FORMATS } from "./styles";

/** In F1 of the reply's sheet (a hidden column): marks the file as the city's reply. */
export const REPLY_SIGNATURE = "CDS-REPLY/1";
export const REPLY_TITLE = "Ý KIẾN CỦA THÀNH PHỐ VỀ BÁO CÁO CHỈ TIÊU CHUYỂN ĐỔI SỐ";
export const REPLY_SHEET = "Ý kiến";
export const REPLY_COL = { stt: 0, title: 1, figure: 2, verdict: 3, comment: 4, id: 5 } as const;
export const REPLY_WIDTH = REPLY_COL.id + 1;
export const REPLY_HEADERS = [
  "STT",
  "Chỉ tiêu",
  "Số liệu đã rà soát",
  "Đánh giá",
  "Ý kiến của Thành phố",
  "Mã",
] as const;
/** Column widths of the reply's sheet, in characters; the id column is hidden. */
export const REPLY_WIDTHS = [8, 60, 16, 14, 60, 8] as const;
/** The most comments a reply holds: one per catalog row. */
const MAX_COMMENTS = 200;

/** The reply's sheet as cells, row by row from A1: the title block, the header, one line per comment. */
export function replyCells(reply: Reply): CellContent[][] {
  const text = (t: string): CellContent => (t === "" ? { blank: true } : { text: t });
  const head = reviewHeadRows(
    REPLY_TITLE,
    REPLY_SIGNATURE,
    reply,
    reply.state,
    REPLY_WIDTH,
    REPLY_COL.id
  );
  return [
    ...head,
    REPLY_HEADERS.map((h) => ({ text: h })),
    ...reply.comments.map((c) => [
      text(c.id),
      text(c.title),
      text(c.figure),
      text(c.verdict),
      text(c.comment),
      text(c.id),
    ]),
  ];
}

const str = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** Whether a sheet's first row is a reply's (its signature in F1). */
export function isReplyHead(values: readonly (readonly CellValue[])[]): boolean {
  return str(values[0]?.[REPLY_COL.id]) === REPLY_SIGNATURE;
}

/**
 * Reads a reply's sheet back, whole or not at all: a reply is what the unit acts on, so an unreadable cell refuses
 * the file with the cells at fault (an indicator id that is not one, an id twice, a comment without an indicator).
 */
export function readReplySheet(snapshot: SheetSnapshot, where: string): Reply {
  const values = snapshot.values;
  if (!isReplyHead(values))
    throw new CdsError(
      "invalidValue",
      `${where} không phải tệp ý kiến của Thành phố do CĐS Excel tạo (không có dấu nhận biết ${REPLY_SIGNATURE}).`
    );
  const head = readReviewHead(values, REPLY_COL.id, where);
  const stateAddress = cell(1, REVIEW_ROWS.state);
  const state = readStateCell(values[REVIEW_ROWS.state - 1]?.[1], stateAddress);
  const problems: string[] = state.problem ? [state.problem] : [];
  const comments: ReplyComment[] = [];
  const seen = new Map<string, number>();
  for (let r = REVIEW_HEADER_ROW + 1; r <= values.length; r++) {
    const at = (c: number) => values[r - 1]?.[c];
    const id = str(at(REPLY_COL.id));
    const comment = str(at(REPLY_COL.comment));
    if (!id && !comment) continue;
    const row = findRow(id);
    if (!row || row.kind === "group") {
      problems.push(
        `ô ${cell(REPLY_COL.id, r)} ghi "${id}", không phải mã một chỉ tiêu của báo cáo`
      );
      continue;
    }
    if (seen.has(id)) {
      problems.push(`chỉ tiêu ${id} có hai dòng ý kiến (dòng ${seen.get(id)} và ${r})`);
      continue;
    }
    seen.set(id, r);
    if (!comment) {
      problems.push(`ô ${cell(REPLY_COL.comment, r)} (chỉ tiêu ${id}) không có ý kiến`);
      continue;
    }
    if (comments.length >= MAX_COMMENTS) {
      problems.push(`có quá ${MAX_COMMENTS} dòng ý kiến`);
      break;
    }
    comments.push({
      id,
      title: str(at(REPLY_COL.title)) || row.title,
      figure: str(at(REPLY_COL.figure)),
      verdict: str(at(REPLY_COL.verdict)),
      comment,
    });
  }
  if (problems.length)
    throw new CdsError(
      "invalidValue",
      `${where} không đọc được: ${shortList(problems, 5)}. Hãy xin Thành phố gửi lại tệp ý kiến.`
    );
  return { ...head, state: state.state, comments };
}

/** On the unit's sheet: the column where the city's comments are written, beside the comparison's I and J. */
export const REPLY_COLUMN = 10;
export const REPLY_COLUMN_HEADER = "Ý kiến của Thành phố";
/**
 * The mark before a comment the add-in wrote in that column: "[TP]" and a word joiner (U+2060), which no keyboard
 * types. A cell without it is the analyst's: never written over.
 */
export const REPLY_NOTE_MARK = "[TP]\u2060";

/** "[TP]⁠ Lần chốt 1: …": a comment as the unit's sheet shows it. */
export function replyNote(version: number, comment: string): string {
  return `${REPLY_NOTE_MARK} Lần chốt ${version}: ${comment}`;
}

/** How the reply's version stands against the sheet's stamp. */
export type ReplyVersion =
  /** The reply is about the version the sheet has finalized last, with the same fingerprint. */
  | "same"
  /** The sheet was finalized again since the version reviewed. */
  | "older"
  /** The reply is about a later version than the sheet holds (an older copy of the workbook?). */
  | "newer"
  /** The same version number, other figures. */
  | "otherFigures"
  /** The sheet has no stamp that can be read. */
  | "unstamped";

/** "Nhận ý kiến": what to write on the unit's sheet, and what to say. */
export interface ReplyImport {
  /** The unit sheet the reply is about (found by its title block). */
  readonly sheet: string;
  readonly writes: readonly CellWrite[];
  readonly layout: CellsLayout;
  readonly version: ReplyVersion;
  /** What the analyst is told about the version, in Vietnamese; null when the reply is about the sheet's version. */
  readonly notice: string | null;
  /** Comments written. */
  readonly placed: number;
  /** Cells of the reply column holding the analyst's own text, left alone (their comment is not written). */
  readonly kept: readonly string[];
  /** Comments on indicators the sheet no longer has. */
  readonly unplaced: readonly string[];
}

/**
 * Where each comment of a reply goes on the unit's sheet: the sheet found among `snapshots` by the identity in its
 * title block (unit, level, period, and the roster code when both have one) — never by its name; each comment in the
 * reply column K beside its indicator's row, found by the id in the hidden column; the figures, the notes and every
 * cell the analyst typed are never written. Comments the add-in wrote before (its mark) are replaced, and cleared
 * where this reply has none. Refused, naming both, when no sheet is about the reply's unit and period.
 */
export function planReplyImport(snapshots: readonly SheetSnapshot[], reply: Reply): ReplyImport {
  const snapshot = replyTarget(snapshots, reply);
  const sheet = readUnitSheet(snapshot);
  const { version, notice } = replyVersion(
    readStamp(snapshot.values, snapshot.name),
    reply,
    snapshot.name
  );
  const rows = Object.values(sheet.rows).sort((a, b) => a.row - b.row);
  const { writes, kept, placed } = replyWrites(snapshot, rows, reply);
  const unplaced = reply.comments.filter((c) => !sheet.rows[c.id]).map((c) => c.id);
  return {
    sheet: snapshot.name,
    writes,
    layout: replyLayout(rows),
    version,
    notice,
    placed,
    kept,
    unplaced,
  };
}

/** The one unit sheet of the workbook the reply is about, by the identity in its title block. */
function replyTarget(snapshots: readonly SheetSnapshot[], reply: Reply): SheetSnapshot {
  const wanted = reviewParams(reply);
  const units = snapshots
    .filter((s) => isUnitHead(s.values))
    .map((s) => ({ snapshot: s, params: headParams(s.values) }))
    .filter((s) => s.params && s.params.level !== "tp");
  const matches = units.filter((u) => isAbout(reply, u.params!));
  if (matches.length > 1)
    throw new CdsError(
      "invalidValue",
      `Sổ tính có ${matches.length} trang báo cáo của ${reportName(wanted)} (${matches.map((m) => `"${m.snapshot.name}"`).join(", ")}): hãy xóa trang thừa rồi bấm lại.`
    );
  if (!matches.length) {
    const others = units.map(
      (u) => `trang "${u.snapshot.name}" là báo cáo của ${reportName(u.params!)}`
    );
    throw new CdsError(
      "invalidValue",
      `Tệp ý kiến này gửi cho ${reportName(wanted)}, không phải cho báo cáo nào trong sổ tính này${others.length ? `: ${shortList(others, 4)}` : " (sổ tính không có bảng chỉ tiêu nào)"}. Không ghi ý kiến nào; hãy mở sổ tính báo cáo của ${reportName(wanted)}.`
    );
  }
  return matches[0].snapshot;
}

/** How the reply's version stands against the sheet's stamp, and what the analyst is told when it is not the same. */
function replyVersion(
  stamp: StampReading,
  reply: Reply,
  name: string
): { version: ReplyVersion; notice: string | null } {
  const about = `Ý kiến của Thành phố là về lần chốt ${reply.version} (mã số liệu ${shortFingerprint(reply.fingerprint)})`;
  if (stamp.state !== "stamped")
    return {
      version: "unstamped",
      notice: `${about}, nhưng trang "${name}" không có dấu chốt đọc được: hãy đối chiếu số liệu trước khi giải trình.`,
    };
  if (stamp.stamp.version > reply.version)
    return {
      version: "older",
      notice: `${about}; trang "${name}" đã chốt lần ${stamp.stamp.version}: ý kiến về một lần chốt cũ, có thể đã được giải quyết.`,
    };
  if (stamp.stamp.version < reply.version)
    return {
      version: "newer",
      notice: `${about}; trang "${name}" mới chốt đến lần ${stamp.stamp.version}: sổ tính này có thể là bản cũ.`,
    };
  if (stamp.stamp.fingerprint !== reply.fingerprint)
    return {
      version: "otherFigures",
      notice: `${about}; trang "${name}" cũng chốt lần ${reply.version} nhưng mã số liệu là ${shortFingerprint(stamp.stamp.fingerprint)}: ý kiến có thể là về số liệu khác.`,
    };
  return { version: "same", notice: null };
}

/**
 * The reply column's cells: its header where it has none, each comment beside its row, the add-in's earlier
 * comments cleared where this reply has none; a cell holding the analyst's own text is left alone.
 */
function replyWrites(
  snapshot: SheetSnapshot,
  rows: readonly SheetRow[],
  reply: Reply
): { writes: CellWrite[]; kept: string[]; placed: number } {
  const at = (r: number) => snapshot.values[r - 1]?.[REPLY_COLUMN];
  const ours = (v: CellValue | undefined) => str(v) === "" || str(v).startsWith(REPLY_NOTE_MARK);
  const text = (address: string, content: CellWrite["content"]): CellWrite => ({
    address,
    content,
    numberFormat: NUMBER_FORMATS.text,
  });
  const writes: CellWrite[] = [];
  const kept: string[] = [];
  if (str(at(HEADER_ROW)) === "")
    writes.push(text(cell(REPLY_COLUMN, HEADER_ROW), { text: REPLY_COLUMN_HEADER }));
  const comments = new Map(reply.comments.map((c) => [c.id, c.comment]));
  let placed = 0;
  for (const r of rows) {
    const address = cell(REPLY_COLUMN, r.row);
    const comment = comments.get(r.id);
    const now = at(r.row);
    if (!ours(now)) {
      if (comment !== undefined) kept.push(address);
      continue;
    }
    if (comment !== undefined) {
      const note = replyNote(reply.version, comment);
      placed++;
      if (str(now) !== note) writes.push(text(address, { text: note }));
    } else if (str(now) !== "") writes.push(text(address, { blank: true }));
  }
  return { writes, kept, placed };
}

/** The reply column's look: wrapped text beside the rows, a bold header, its width. */
function replyLayout(rows: readonly SheetRow[]): CellsLayout {
  const first = Math.min(...rows.map((r) => r.row));
  const last = Math.max(...rows.map((r) => r.row));
  const letter = columnLetter(REPLY_COLUMN);
  return {
    styles: [
      {
        range: `${letter}${first}:${letter}${last}`,
        style: { wrap: true, vAlign: "Top", numberFormat: NUMBER_FORMATS.text },
      },
      { range: cell(REPLY_COLUMN, HEADER_ROW), style: { bold: true, wrap: true } },
    ],
    columns: [{ index: REPLY_COLUMN, width: 260 }],
  };
}

/**
 * "Gửi ý kiến cho đơn vị": the city's review of a unit (its Rà soát sheet, found by the identity in its title block)
 * as the reply file the unit receives (.xlsx); every unit of a period needing an answer as one .zip. Two round trips
 * for one unit: the title blocks, the review sheet.
 */
import {
  isAbout,
  isCdsError,
  needsAnswer,
  replyFileName,
  replyOf,
  reportName,
  REVIEW_WORDS,
  type Reply,
  type ReviewState,
  unitKey,
  type ReviewedVersion,
} from "../../core";
import {
  isReviewHead,
  periodCode,
  periodText,
  readReviewHead,
  readReviewSheet,
  REVIEW_COL,
  type Period,
  type SheetParams,
} from "../../core/sheet";
import { writeReplyWorkbook, writeReplyZip } from "../files/replyWorkbook";
import { checkParams, guarded, UserError, type Progress } from "./support";
import type { SheetHead, WorkbookPort } from "../workbook/port";

export interface ReplyOutcome {
  readonly fileName: string;
  readonly data: Uint8Array;
  readonly unit: string;
  readonly version: number;
  readonly state: ReviewState | null;
  /** The state as the reply writes it ("Cần giải trình", "Đã duyệt"; "" for none). */
  readonly stateText: string;
  readonly comments: number;
  /** The review sheet the reply comes from. */
  readonly sheet: string;
  /** Cells of the review sheet that could not be taken (a state not one of the words, a comment beside no row). */
  readonly problems: readonly string[];
}

/** The review sheets among the title blocks, with the version each is about (a head that cannot be read is left out). */
function reviewHeads(heads: readonly SheetHead[]): { head: SheetHead; version: ReviewedVersion }[] {
  const out: { head: SheetHead; version: ReviewedVersion }[] = [];
  for (const head of heads) {
    if (!isReviewHead(head.values)) continue;
    try {
      out.push({ head, version: readReviewHead(head.values, REVIEW_COL.id, head.name) });
    } catch (e) {
      if (!isCdsError(e)) throw e;
    }
  }
  return out;
}

/**
 * The reply of the unit, level and period of the pane: from the review sheet of its latest version reviewed. Refused
 * when there is none, or when it holds neither a state nor a comment (nothing to send).
 */
export function sendReply(
  port: WorkbookPort,
  input: { readonly params: SheetParams },
  progress: Progress = () => {}
): Promise<ReplyOutcome> {
  return guarded(async () => {
    const params = checkParams(input.params);
    await port.ensureReady();
    progress("Đang tìm trang rà soát…");
    const mine = reviewHeads(await port.readHeads())
      .filter((r) => isAbout(r.version, params))
      .sort((a, b) => b.version.version - a.version.version);
    if (!mine.length)
      throw new UserError(
        `Sổ tính chưa có trang rà soát báo cáo của ${reportName(params)}: hãy rà soát báo cáo của đơn vị trước (ghi ý kiến và kết quả rà soát trên trang rà soát), rồi bấm lại.`
      );
    const [snapshot] = await port.readSheets([mine[0].head.name]);
    if (!snapshot)
      throw new UserError(`Trang "${mine[0].head.name}" vừa bị xóa hoặc đổi tên: hãy bấm lại.`);
    let read;
    try {
      read = readReviewSheet(snapshot);
    } catch (e) {
      if (isCdsError(e)) throw new UserError(e.message, e);
      throw e;
    }
    const reply = replyOf(read.review);
    if (!reply.state && !reply.comments.length)
      throw new UserError(
        `Trang "${snapshot.name}" chưa có ý kiến nào và chưa chọn kết quả rà soát ở ô B6: không có gì để gửi cho đơn vị.`
      );
    progress("Đang tạo tệp ý kiến…");
    const data = await writeReplyWorkbook(reply);
    return {
      fileName: replyFileName(reply),
      data,
      unit: reply.unit,
      version: reply.version,
      state: reply.state,
      stateText: reply.state ? REVIEW_WORDS[reply.state] : "",
      comments: reply.comments.length,
      sheet: snapshot.name,
      problems: read.problems.map((p) => p.message),
    };
  });
}

export interface RepliesOutcome {
  readonly fileName: string;
  readonly data: Uint8Array;
  /** The replies in the .zip, one per unit needing an answer. */
  readonly replies: readonly Reply[];
  readonly files: readonly string[];
  /** Review sheets that could not be read, with why. */
  readonly problems: readonly string[];
}

/**
 * The replies of every unit of a period sent back for explanation ("Cần giải trình"), from the latest review sheet
 * of each unit, as one .zip. Not a button yet: the download page hands out .docx and .xlsx only.
 */
export function sendReplies(
  port: WorkbookPort,
  input: { readonly period: Period },
  progress: Progress = () => {}
): Promise<RepliesOutcome> {
  return guarded(async () => {
    await port.ensureReady();
    progress("Đang tìm các trang rà soát…");
    const code = periodCode(input.period);
    const latest = new Map<string, { head: SheetHead; version: ReviewedVersion }>();
    for (const r of reviewHeads(await port.readHeads())) {
      if (periodCode(r.version.period) !== code) continue;
      const key = `${unitKey(r.version.unit)}|${r.version.level}|${r.version.code ?? ""}`;
      const seen = latest.get(key);
      if (!seen || seen.version.version < r.version.version) latest.set(key, r);
    }
    const names = [...latest.values()].map((r) => r.head.name);
    const snapshots = await port.readSheets(names);
    const replies: Reply[] = [];
    const problems: string[] = [];
    for (const s of snapshots) {
      try {
        const read = readReviewSheet(s);
        problems.push(...read.problems.map((p) => p.message));
        if (needsAnswer(read.review)) replies.push(replyOf(read.review));
      } catch (e) {
        if (!isCdsError(e)) throw e;
        problems.push(e.message);
      }
    }
    if (!replies.length)
      throw new UserError(
        `Không có đơn vị nào “Cần giải trình” trong các trang rà soát ${periodText(input.period)} (${snapshots.length} trang rà soát): không có ý kiến nào cần gửi.`
      );
    progress(`Đang tạo ${replies.length} tệp ý kiến…`);
    const { data, files } = await writeReplyZip(replies);
    return { fileName: `Y kien TP ${code}.zip`, data, replies, files, problems };
  });
}

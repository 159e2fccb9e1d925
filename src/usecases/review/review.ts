/**
 * "Gửi ý kiến cho đơn vị": the city's review of a unit (its Rà soát sheet, found by the identity in its title block)
 * as the reply file the unit receives (.xlsx); every unit of a period needing an answer as one .zip. Two round trips
 * for one unit: the title blocks, the review sheet. And "Tạo trang rà soát": the review sheet of the unit's latest
 * finalized version found in the workbook.
 */
import {
  isAbout,
  isCdsError,
  replyFileName,
  reportName,
  REVIEW_WORDS,
  type Reply,
  type ReviewState,
} from "../../core";
import {
  columnLetter,
  checkStamp,
  headParams,
  isUnitHead,
  planReplyImport,
  readStamp,
  readUnitSheet,
  REPLY_COLUMN,
  type SheetSnapshot,
} from "../../sheets";
import { periodCode, periodText, type Period, type SheetParams } from "../../core";
import type { Sha256 } from "../../core/fingerprint";
import { webSha256 } from "../sha256";
import { readReplyWorkbook, writeReplyWorkbook, writeReplyZip } from "../../formats/replyWorkbook";
import { checkParams, guarded, isSheetOf, UserError, type Progress } from "../support";
import type { WorkbookPort } from "../../workbook/port";
import { readPickedFiles, type PickedFile } from "../pickedFiles";
import {
  latestReviewOf,
  latestReviews,
  planReview,
  repliesOf,
  replyToSend,
  reviewHeads,
  type CheckedSheet,
  type ReviewRead,
  type ReviewSheetOutcome,
} from "./plan";

export type { ReviewSheetOutcome } from "./plan";

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
    const latest = latestReviewOf(reviewHeads(await port.readHeads()), params);
    const [snapshot] = await port.readSheets([latest]);
    if (!snapshot) throw new UserError(`Trang "${latest}" vừa bị xóa hoặc đổi tên: hãy bấm lại.`);
    const { reply, problems } = replyToSend(snapshot);
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
      problems,
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
 * of each unit, as one .zip ("Gửi ý kiến mọi đơn vị (.zip)").
 */
export function sendReplies(
  port: WorkbookPort,
  input: { readonly period: Period },
  progress: Progress = () => {}
): Promise<RepliesOutcome> {
  return guarded(async () => {
    await port.ensureReady();
    progress("Đang tìm các trang rà soát…");
    const names = latestReviews(reviewHeads(await port.readHeads()), input.period);
    const snapshots = await port.readSheets(names);
    const { replies, problems } = repliesOf(snapshots);
    if (!replies.length)
      throw new UserError(
        `Không có đơn vị nào “Cần giải trình” trong các trang rà soát ${periodText(input.period)} (${snapshots.length} trang rà soát): không có ý kiến nào cần gửi.`
      );
    progress(`Đang tạo ${replies.length} tệp ý kiến…`);
    const { data, files } = await writeReplyZip(replies);
    const code = periodCode(input.period);
    return { fileName: `Y kien TP ${code} cac don vi.zip`, data, replies, files, problems };
  });
}

/**
 * "Tạo trang rà soát": the review sheet (docs/sheets.md#review-sheet) of the pane's unit, level and period, from the
 * latest finalized version of its report found in the workbook — a unit sheet found by the identity in its title
 * block, never by its name, whose stamp reads and whose figures still match its fingerprint. A rerun for the same
 * version keeps the city's comments and state (withKept). Round trips: ready, the title blocks, one read of the unit
 * sheets and review sheets of the unit (in batches under 4 MB), the write.
 */
export function createReview(
  port: WorkbookPort,
  input: {
    readonly params: SheetParams;
    /** Unit files picked in the city's part (the submission files): their sheets of the unit are reviewed too. */
    readonly files?: readonly PickedFile[];
    readonly sha256?: Sha256;
  },
  progress: Progress = () => {}
): Promise<ReviewSheetOutcome> {
  return guarded(async (written) => {
    const plan = planReview(await readForReview(port, input, progress));
    progress("Đang ghi trang rà soát…");
    await written.track(plan.spec.name, () => port.writeSheet(plan.spec, plan.options));
    return plan.outcome;
  });
}

/**
 * The unit's sheets in the workbook and in the picked files, their stamps checked, and its review sheets. Refused
 * when neither holds a sheet of the unit.
 */
async function readForReview(
  port: WorkbookPort,
  input: Parameters<typeof createReview>[1],
  progress: Progress
): Promise<ReviewRead> {
  const params = checkParams(input.params);
  await port.ensureReady();
  progress("Đang tìm báo cáo đã chốt của đơn vị…");
  const heads = await port.readHeads();
  const units = heads.filter((h) => isSheetOf(h.values, params)).map((h) => h.name);
  // the unit's submission files picked in the city's part, read as the consolidation reads them ("file: sheet")
  const picked = input.files?.length
    ? (await readPickedFiles(input.files, progress)).sheets.filter((s) =>
        isSheetOf(s.values, params)
      )
    : [];
  if (!units.length && !picked.length)
    throw new UserError(
      `Sổ tính chưa có bảng chỉ tiêu của ${reportName(params)}${input.files?.length ? `, và ${input.files.length} tệp đã chọn cũng không có` : ""}: hãy chọn tệp nộp của đơn vị ở ô chọn tệp của phần Toàn thành phố (hoặc chép trang báo cáo đã chốt vào sổ tính này, hoặc kiểm tra tên đơn vị, cấp, kỳ ở trên) rồi bấm lại.`
    );
  const reviews = reviewHeads(heads).filter((r) => isAbout(r.version, params));
  const read = await port.readSheets([...units, ...reviews.map((r) => r.head.name)]);
  const mine = [...read.filter((s) => units.includes(s.name)), ...picked];
  return {
    params,
    heads,
    sheets: await checkedSheets(mine, input.sha256 ?? webSha256),
    reviews,
    reviewSheets: read.filter((s) => !units.includes(s.name)),
  };
}

/** Each sheet read and its stamp checked against its figures; a sheet that does not read says why. */
async function checkedSheets(
  snapshots: readonly SheetSnapshot[],
  sha256: Sha256
): Promise<CheckedSheet[]> {
  const out: CheckedSheet[] = [];
  for (const snapshot of snapshots) {
    try {
      const sheet = readUnitSheet(snapshot);
      out.push({ snapshot, sheet, checked: await checkStamp(sheet, snapshot.values, sha256) });
    } catch (e) {
      if (!isCdsError(e)) throw e;
      out.push({ snapshot, error: e.message });
    }
  }
  return out;
}

export interface ReceiveOutcome {
  /** The unit sheet the comments were written on. */
  readonly sheet: string;
  readonly unit: string;
  /** The version the reply is about. */
  readonly version: number;
  /** The city's state in the reply ("" for none). */
  readonly stateText: string;
  /** Comments written in `column`. */
  readonly placed: number;
  /** The reply column's letter ("K"). */
  readonly column: string;
  /** The reply's version against the sheet's: said when it is not the sheet's last finalization. */
  readonly notice: string | null;
  /** Cells of column K holding the analyst's own text: left alone, their comment not written. */
  readonly kept: readonly string[];
  /** Comments on indicators the sheet does not have. */
  readonly unplaced: readonly string[];
  /** The sheet was finalized (protected): its protection was lifted for the comments and put back. */
  readonly wasProtected: boolean;
}

/**
 * "Nhận ý kiến": reads a reply file (.xlsx) and writes its comments in column K of the unit sheet it is about, found
 * by the identity in the title block — never by name (planReplyImport, docs/sheets.md#citys-comments-on-a-unit-sheet).
 * No cell of A:J is written, so neither the figures nor the fingerprint change; a finalized sheet's protection (no
 * password) is lifted for the comments and put back. Round trips: ready, the title blocks, the sheet (its used
 * range: column K), the write — and one more to protect a finalized sheet again.
 */
export function receiveReply(
  port: WorkbookPort,
  input: { readonly file: { readonly name: string; readonly data: ArrayBuffer | Uint8Array } },
  progress: Progress = () => {}
): Promise<ReceiveOutcome> {
  return guarded(async () => {
    progress("Đang đọc tệp ý kiến…");
    let reply: Reply;
    try {
      reply = await readReplyWorkbook(input.file.data, input.file.name);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(`${(e as Error).message} Chưa có gì được ghi.`, e);
    }
    await port.ensureReady();
    progress("Đang tìm bảng chỉ tiêu của đơn vị…");
    const heads = (await port.readHeads()).filter((h) => isUnitHead(h.values));
    const mine = heads.filter((h) => {
      const p = headParams(h.values);
      return p !== null && isAbout(reply, p);
    });
    // the others are named by their title blocks alone when the reply is about none of them
    const read = mine.length
      ? await port.read({ names: mine.map((h) => h.name), extent: "used" })
      : null;
    const snapshots: SheetSnapshot[] = heads.map(
      (h) => read?.byName[h.name] ?? { ...h, formulas: h.values }
    );
    let plan;
    try {
      plan = planReplyImport(snapshots, reply);
    } catch (e) {
      if (isCdsError(e)) throw new UserError(e.message, e);
      throw e;
    }
    const snapshot = snapshots.find((s) => s.name === plan.sheet)!;
    progress(`Đang ghi ${plan.placed} ý kiến…`);
    // the protection of "Chốt số liệu" guards the report (A:H) against slips; column K is outside it
    const stamp = readStamp(snapshot.values, snapshot.name);
    const finalized = stamp.state === "stamped" && !stamp.reopened;
    if (snapshot.protected) {
      if (plan.writes.length) {
        await port.setProtection(plan.sheet, false, plan.writes, plan.layout);
        await port.setProtection(plan.sheet, true, []);
      }
    } else if (finalized) {
      // finalized but unprotected: a write cut between lifting the protection and putting it back, put back now
      await port.setProtection(plan.sheet, true, plan.writes, plan.layout);
    } else if (plan.writes.length) await port.writeCells(plan.sheet, plan.writes, plan.layout);
    return {
      sheet: plan.sheet,
      unit: reply.unit,
      version: reply.version,
      stateText: reply.state ? REVIEW_WORDS[reply.state] : "",
      placed: plan.placed,
      column: columnLetter(REPLY_COLUMN),
      notice: plan.notice,
      kept: plan.kept,
      unplaced: plan.unplaced,
      wasProtected: snapshot.protected || finalized,
    };
  });
}

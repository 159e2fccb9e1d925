/** What the pane says after the review's buttons: the review sheet, the replies sent, the reply received. */
import { BUTTONS } from "../../core/buttons";
import { shortList } from "../../core/text";
import { DOWNLOAD_HINT } from "../downloadHint";
import type { Notice, NoticeList } from "../notice";
// Types only: the use cases load in their own chunk.
import type { ReceiveOutcome, RepliesOutcome, ReplyOutcome, ReviewSheetOutcome } from "./review";

/** What "Gửi ý kiến cho đơn vị" made: the reply file of one unit. */
export function replyNotice(outcome: ReplyOutcome): Notice {
  const state = outcome.stateText ? `, kết quả rà soát “${outcome.stateText}”` : "";
  const comments = outcome.comments
    ? `${outcome.comments} ý kiến`
    : "không có ý kiến theo chỉ tiêu";
  return {
    intent: outcome.problems.length ? "warning" : "success",
    title: "Đã tạo tệp ý kiến cho đơn vị",
    lines: [
      `Tệp “${outcome.fileName}” gửi ${outcome.unit}: ${comments}${state}, về lần chốt ${outcome.version} (trang “${outcome.sheet}”). Gửi tệp cho đơn vị; đơn vị mở được bằng Excel mà không cần CĐS Excel.`,
      DOWNLOAD_HINT,
    ],
    lists: outcome.problems.length
      ? [{ label: "Chưa lấy được từ trang rà soát", items: outcome.problems }]
      : [],
  };
}

/** What "Gửi ý kiến mọi đơn vị (.zip)" made: one reply file per unit needing an answer. */
export function repliesNotice(outcome: RepliesOutcome): Notice {
  return {
    intent: outcome.problems.length ? "warning" : "success",
    title: "Đã tạo tệp ý kiến cho các đơn vị",
    lines: [
      `Tệp “${outcome.fileName}” gồm ${outcome.replies.length} tệp ý kiến, mỗi đơn vị “Cần giải trình” một tệp .xlsx: ${shortList(outcome.replies.map((r) => `${r.unit} (lần chốt ${r.version})`))}. Gửi mỗi tệp cho đơn vị của nó; đơn vị mở được bằng Excel mà không cần CĐS Excel.`,
      DOWNLOAD_HINT,
    ],
    lists: outcome.problems.length
      ? [{ label: "Chưa lấy được từ trang rà soát", items: outcome.problems }]
      : [],
  };
}

export function reviewNotice(outcome: ReviewSheetOutcome): Notice {
  const kept = outcome.rerun
    ? ` Trang đã có từ trước: giữ nguyên ${outcome.comments} ý kiến${outcome.stateText ? ` và kết quả rà soát “${outcome.stateText}”` : ""} đã ghi.`
    : "";
  return {
    intent: "success",
    title: outcome.rerun ? "Đã cập nhật trang rà soát" : "Đã tạo trang rà soát",
    lines: [
      `Trang “${outcome.sheet}” rà soát lần chốt ${outcome.version} của ${outcome.unit} (trang “${outcome.source}”).${kept}`,
      `Chọn “Cần giải trình” hoặc “Đã duyệt” ở ô B6, ghi ý kiến ở cột F cạnh chỉ tiêu, rồi bấm “${BUTTONS.sendReply}”.`,
    ],
    lists: outcome.passed.length
      ? [{ label: "Trang khác của đơn vị không được lấy", items: outcome.passed }]
      : [],
  };
}

export function receivedNotice(outcome: ReceiveOutcome): Notice {
  const state = outcome.stateText ? ` Kết quả rà soát: “${outcome.stateText}”.` : "";
  const lines = [
    `Đã ghi ${outcome.placed} ý kiến của Thành phố về lần chốt ${outcome.version} vào cột ${outcome.column} của trang “${outcome.sheet}”, cạnh từng chỉ tiêu; số liệu không bị sửa.${state}`,
  ];
  if (outcome.wasProtected)
    lines.push(
      `Trang đã chốt số liệu vẫn được bảo vệ. Muốn sửa số liệu theo ý kiến thì bấm “${BUTTONS.reopen}”, sửa, rồi “${BUTTONS.finalize}” lại và gửi tệp nộp mới.`
    );
  if (outcome.notice) lines.unshift(outcome.notice);
  const lists: NoticeList[] = [];
  if (outcome.kept.length)
    lists.push({
      label: `Ô cột ${outcome.column} có chữ của đơn vị, giữ nguyên (ý kiến không ghi vào)`,
      items: outcome.kept,
    });
  if (outcome.unplaced.length)
    lists.push({ label: "Ý kiến về chỉ tiêu không có trên trang", items: outcome.unplaced });
  return {
    intent: outcome.notice || lists.length ? "warning" : "success",
    title: "Đã nhận ý kiến của Thành phố",
    lines,
    lists,
  };
}

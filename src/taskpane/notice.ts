/**
 * The failure notice: what the pane's first load needs to say anything. The notices of each outcome are the use
 * cases' words (usecases/<family>/words.ts, gathered in outcomeMessages.ts) and load with the first click's use case.
 */
import type { Notice } from "../usecases/notice";
import { UserError } from "../usecases/userError";

export { cutList, type Notice, type NoticeIntent, type NoticeList } from "../usecases/notice";

/** The technical text of an error: its stack when it has one, else its message. */
function technical(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * A failure: the use cases' own message as it is (with the error underneath, if any, as its detail); anything else
 * (a bug) said plainly, never a crash, its stack as the detail.
 */
export function errorNotice(error: unknown): Notice {
  if (error instanceof UserError) {
    const notice: Notice = {
      intent: "error",
      title: "Chưa thực hiện được",
      lines: [error.message],
    };
    return error.cause === undefined ? notice : { ...notice, detail: technical(error.cause) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    intent: "error",
    title: "Đã xảy ra lỗi không mong đợi",
    lines: [
      detail ? `Chi tiết: ${detail}` : "Không rõ nguyên nhân.",
      "Hãy thử lại; nếu vẫn lỗi, hãy gửi nội dung này cho bộ phận hỗ trợ.",
    ],
    detail: technical(error),
  };
}

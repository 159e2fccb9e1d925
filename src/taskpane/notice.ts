/**
 * A notice of the task pane, and the failure notice: what the pane's first load needs to say anything. The notices of
 * each outcome (outcomeMessages.ts) load with the first click's use case.
 */
import { UserError } from "../usecases/userError";

export type NoticeIntent = "success" | "warning" | "error";

export interface NoticeList {
  readonly label: string;
  readonly items: readonly string[];
}

export interface Notice {
  readonly intent: NoticeIntent;
  readonly title: string;
  /** Paragraphs, in order. */
  readonly lines: readonly string[];
  /** Lists after the paragraphs: sheets skipped, placeholders left unfilled, … */
  readonly lists?: readonly NoticeList[];
  /** The original error of a failure (its stack when it has one), shown on demand for whoever fixes it. */
  readonly detail?: string;
}

/** The first `max` items, and a last one saying how many more (“và N chỗ khác”). */
export function cutList(
  items: readonly string[],
  max: number,
  rest: (n: number) => string
): string[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), rest(items.length - max)];
}

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

/**
 * What the task pane says after a button: the use cases' outcomes and failures as Vietnamese messages. Wording only;
 * every judgement was made by the core.
 */
import type { PillarSummary } from "../core/sheet";
import { UserError, type FillOutcome, type GenerateOutcome } from "./usecases";

export type NoticeIntent = "success" | "warning" | "error";

export interface Notice {
  readonly intent: NoticeIntent;
  readonly title: string;
  /** Paragraphs, in order. */
  readonly lines: readonly string[];
}

export interface Totals {
  readonly met: number;
  readonly notMet: number;
  readonly noData: number;
  readonly invalid: number;
}

export function totals(summary: readonly PillarSummary[]): Totals {
  return summary.reduce(
    (t, p) => ({
      met: t.met + p.met,
      notMet: t.notMet + p.notMet,
      noData: t.noData + p.noData,
      invalid: t.invalid + p.invalid,
    }),
    { met: 0, notMet: 0, noData: 0, invalid: 0 }
  );
}

/** "16, 23 và 25"; long lists are cut with "…". */
export function listIds(ids: readonly string[], max = 8): string {
  const shown = ids.slice(0, max);
  if (ids.length > max) return `${shown.join(", ")}, …`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} và ${shown[shown.length - 1]}`;
}

export function generatedNotice(outcome: GenerateOutcome): Notice {
  const lines = [
    `Trang “${outcome.sheet}” đã sẵn sàng. Nhập số liệu vào các ô nền vàng của cột “Số liệu tổng hợp” (và minh chứng nếu có), rồi bấm “Điền báo cáo”.`,
  ];
  if (outcome.updated) lines.push(`Đã giữ nguyên ${outcome.kept} ô đã nhập trước đó.`);
  if (outcome.restored.length)
    lines.push(`Đã khôi phục các dòng chỉ tiêu bị mất: ${listIds(outcome.restored)}.`);
  return {
    intent: "success",
    title: outcome.updated ? "Đã cập nhật bảng chỉ tiêu" : "Đã tạo bảng chỉ tiêu",
    lines,
  };
}

export function filledNotice(outcome: FillOutcome, valuesOnly: boolean): Notice {
  const t = totals(outcome.summary);
  const lines = [
    `Trang “${outcome.sheet}”: ${t.met} chỉ tiêu đạt, ${t.notMet} chưa đạt, ${t.noData} chưa có số liệu.`,
  ];
  if (outcome.invalid.length) {
    lines.push(
      `Số liệu chưa hợp lệ ở chỉ tiêu ${listIds(outcome.invalid)}: xem lý do ở cột “Ghi chú” rồi sửa số liệu.`
    );
  }
  if (outcome.disagreements.length) {
    lines.push(
      `Đánh giá nhập tay khác kết quả tính ở chỉ tiêu ${listIds(outcome.disagreements)}: đã giữ nguyên đánh giá nhập tay, xem cột “Ghi chú”.`
    );
  }
  if (valuesOnly)
    lines.push(
      "Công thức đã được thay bằng giá trị: có thể gửi tệp cho người không cài phần bổ trợ."
    );
  const doubtful = outcome.invalid.length > 0 || outcome.disagreements.length > 0;
  return { intent: doubtful ? "warning" : "success", title: "Đã điền báo cáo", lines };
}

/** A failure: the use cases' own message as it is; anything else (a bug) said plainly, never a crash. */
export function errorNotice(error: unknown): Notice {
  if (error instanceof UserError)
    return { intent: "error", title: "Chưa thực hiện được", lines: [error.message] };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    intent: "error",
    title: "Đã xảy ra lỗi không mong đợi",
    lines: [
      detail ? `Chi tiết: ${detail}` : "Không rõ nguyên nhân.",
      "Hãy thử lại; nếu vẫn lỗi, hãy gửi nội dung này cho bộ phận hỗ trợ.",
    ],
  };
}

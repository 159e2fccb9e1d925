/** What the pane says after "So sánh với kỳ trước", and the verdict changes the consolidation's comparison lists too. */
import type { RowChange } from "../../core/comparison";
import { periodText } from "../../core/period";
import { lostMet } from "../../core/types";
import { cutList, type Notice, type NoticeList } from "../notice";
// Types only: the use case loads in its own chunk.
import type { ComparisonOutcome } from "./comparison";

/** "16: Đạt → Chưa đạt (−12,61 điểm %)" */
function changeLine(change: RowChange): string {
  return `${change.id}: ${change.verdictChange}${change.deltaText ? ` (${change.deltaText})` : ""}`;
}

/** The indicators whose verdict changed, worst news first (as compare() orders them). */
export function changeList(changes: readonly RowChange[]): NoticeList[] {
  if (!changes.length) return [];
  return [
    {
      label: `${changes.length} chỉ tiêu đổi đánh giá (tin xấu trước):`,
      items: cutList(changes.map(changeLine), 15, (n) => `và ${n} chỉ tiêu khác`),
    },
  ];
}

/** What "So sánh với kỳ trước" wrote and which verdicts changed. */
export function comparedNotice(outcome: ComparisonOutcome): Notice {
  return {
    intent: outcome.changes.some((c) => lostMet(c.previous?.verdict, c.current.verdict))
      ? "warning"
      : "success",
    title: `Đã so sánh với ${periodText(outcome.previous)}`,
    lines: [
      `Trang “${outcome.sheet}”: cột I là số liệu ${periodText(outcome.previous)} (từ “${outcome.previousSource}”), cột J là thay đổi (điểm % với tỷ lệ, số đếm với số đếm).`,
      outcome.changes.length ? "" : "Không chỉ tiêu nào đổi đánh giá.",
    ].filter(Boolean),
    lists: changeList(outcome.changes),
  };
}

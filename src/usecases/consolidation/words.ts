/** What the pane says after "Tổng hợp toàn thành phố". Wording only; every judgement was made by the core. */
import { BUTTONS } from "../../core/buttons";
import { LEVEL_NAMES } from "../../core/levels";
import { periodText } from "../../core/period";
import type { ChangeList } from "../../core/review";
import type { TierStatus } from "../../core/status";
import { cutList, type Notice, type NoticeList } from "../notice";
import { changeList } from "../comparison/words";
// Types only: the use case loads in its own chunk.
import type { CityComparison, ConsolidateOutcome, StatusOutcome } from "./consolidation";

/**
 * The cells of the city sheet typed while the consolidation ran: kept, and what that means — the verdicts are live
 * formulas over them, the add-in's notes of their rows were written from what was there before.
 */
function keptOnCityLine(city: string, kept: readonly string[]): string {
  return (
    `Trong lúc tổng hợp, bạn đã sửa ${kept.length} ô trên trang “${city}”: ${cutList(kept, 10, (n) => `và ${n} ô khác`).join(", ")}. ` +
    `CĐS Excel giữ nguyên những gì bạn đã nhập; ô “Đánh giá” tự tính lại theo mục tiêu mới, còn ghi chú của CĐS ở các dòng đó được viết theo nội dung trước khi sửa: hãy bấm “${BUTTONS.consolidate}” lại để cập nhật ghi chú.`
  );
}

/** Paragraphs and lists of one part of the consolidation's notice. */
interface Said {
  readonly lines: string[];
  readonly lists: NoticeList[];
}

const moreUnits = (n: number) => `và ${n} đơn vị khác`;

/** Who has reported: the counts per tier, the dates, and the lists of who is missing, to reapprove or unknown. */
function statusWords(status: StatusOutcome): Said {
  const lines: string[] = [];
  const lists: NoticeList[] = [];
  const counts = status.tiers
    .map((t) => `${LEVEL_NAMES[t.level]}: đã nộp ${t.submitted}/${t.expected}`)
    .join("; ");
  if (counts) lines.push(`${counts} (trang “${status.sheet}”).`);
  const timely = timelinessCounts(status.tiers);
  if (timely) lines.push(timely);
  if (!status.roster) {
    lines.push(
      `Chưa có trang “Danh sách đơn vị”: chỉ đối chiếu phường, xã, đặc khu theo danh sách chính thức. Bấm “${BUTTONS.roster}” để thêm sở, ban, ngành.`
    );
  }
  for (const t of status.tiers) {
    if (!t.notSubmitted.length) continue;
    lists.push({
      label: `${LEVEL_NAMES[t.level]} chưa nộp (${t.notSubmitted.length}):`,
      items: cutList(t.notSubmitted, 10, moreUnits),
    });
  }
  for (const t of status.tiers) {
    if (!t.reapprove?.length) continue;
    lists.push({
      label: `${LEVEL_NAMES[t.level]} cần duyệt lại (${t.reapprove.length}): báo cáo mới khác lần chốt đã duyệt, tổng hợp vẫn tính số liệu đã duyệt (xem cột “Ghi chú” của trang “${status.sheet}”):`,
      items: cutList(t.reapprove, 10, moreUnits),
    });
  }
  if (status.unknown.length) {
    lists.push({
      label: `Không có trong danh sách đơn vị (${status.unknown.length}), vẫn được tổng hợp:`,
      items: cutList(status.unknown, 10, moreUnits),
    });
  }
  if (status.duplicates) {
    lines.push(
      `${status.duplicates} đơn vị có hơn một báo cáo: chỉ tính một lần (xem cột “Ghi chú” của trang “${status.sheet}”).`
    );
  }
  if (status.rosterProblems.length) {
    lists.push({
      label: `Dòng không dùng được trong trang “${status.roster}”:`,
      items: cutList(status.rosterProblems, 10, (n) => `và ${n} dòng khác`),
    });
  }
  return { lines, lists };
}

/** The comparison with the previous period: where its columns are, and the verdicts that changed. */
function comparisonWords(city: string, comparison: CityComparison): Said {
  const when = periodText(comparison.previous);
  if (!comparison.units) {
    return {
      lines: [
        `Không có báo cáo đơn vị nào của ${when} trong sổ tính hay các tệp đã chọn: chưa so sánh được.`,
      ],
      lists: [],
    };
  }
  const { changes } = comparison;
  return {
    lines: [
      `So sánh với ${when} (${comparison.units} đơn vị): cột I, J của trang “${city}”; ${changes.length ? `${changes.length} chỉ tiêu đổi đánh giá` : "không chỉ tiêu nào đổi đánh giá"}.`,
    ],
    lists: changeList(changes),
  };
}

/** A unit reviewed on an earlier version: what changed since, and the comments that got no change. */
function reviewChangeWords(list: ChangeList): Said {
  const lists: NoticeList[] = [];
  const line = `${list.unit}: lần chốt ${list.next} so với lần chốt ${list.reviewed} đã rà soát — ${list.changed.length ? `${list.changed.length} chỉ tiêu thay đổi` : "không chỉ tiêu nào thay đổi"}${list.unanswered.length ? `, ${list.unanswered.length} ý kiến chưa có thay đổi nào` : ""}.`;
  if (list.changed.length)
    lists.push({
      label: `${list.unit}: thay đổi từ lần chốt ${list.reviewed}`,
      items: cutList(
        list.changed.map(
          (c) =>
            `${c.id}. ${c.title}: ${c.before || "(trống)"} → ${c.after || "(trống)"}${c.change.verdictChange ? ` (${c.change.verdictChange})` : ""}${c.comment ? ` — trả lời ý kiến “${c.comment}”` : ""}`
        ),
        10,
        (n) => `và ${n} chỉ tiêu khác`
      ),
    });
  if (list.unanswered.length)
    lists.push({
      label: `${list.unit}: ý kiến chưa có thay đổi`,
      items: list.unanswered.map((u) => `${u.id}. ${u.title}: “${u.comment}”`),
    });
  return { lines: [line], lists };
}

/** The sheets and files left out, with why. */
function skippedList(skipped: ConsolidateOutcome["skipped"]): NoticeList[] {
  if (!skipped.length) return [];
  return [
    {
      label: `Không tổng hợp ${skipped.length} trang:`,
      items: cutList(
        skipped.map((s) => `${s.source}: ${s.reason}`),
        10,
        (n) => `và ${n} trang khác`
      ),
    },
  ];
}

export function consolidatedNotice(outcome: ConsolidateOutcome): Notice {
  const lines = [
    `Đã tổng hợp ${outcome.units} đơn vị vào trang “${outcome.city}”; số liệu của từng đơn vị ở trang “${outcome.breakdown}”.`,
  ];
  if (outcome.keptOnCity?.length) lines.push(keptOnCityLine(outcome.city, outcome.keptOnCity));
  if (outcome.rowsWithMissing) {
    lines.push(
      `${outcome.rowsWithMissing} dòng chỉ tiêu có đơn vị chưa báo cáo (không tính là 0): xem cột “Ghi chú” của trang “${outcome.city}”.`
    );
  }
  const parts = [
    statusWords(outcome.status),
    ...(outcome.comparison ? [comparisonWords(outcome.city, outcome.comparison)] : []),
    ...(outcome.reviewChanges ?? []).map(reviewChangeWords),
  ];
  const lists = [...parts.flatMap((p) => p.lists), ...skippedList(outcome.skipped)];
  return {
    intent: lists.length ? "warning" : "success",
    title: "Đã tổng hợp toàn thành phố",
    lines: [...lines, ...parts.flatMap((p) => p.lines)],
    lists,
  };
}

/**
 * Per tier, how many reported on time, late, not finalized and not at all, and the warning on figures edited after
 * finalizing: "Đúng hạn — Phường, xã, đặc khu: 2 đúng hạn, 1 trễ hạn, 0 chưa chốt, 1 chưa nộp." ("" without dates).
 */
export function timelinessCounts(tiers: readonly TierStatus[]): string {
  const timed = tiers.filter((t) => t.timeliness);
  if (!timed.length) return "";
  const parts = timed.map((t) => {
    const n = t.timeliness!;
    return `${LEVEL_NAMES[t.level]}: ${n.onTime} đúng hạn, ${n.late} trễ hạn, ${n.notFinalized} chưa chốt, ${n.notReported} chưa nộp`;
  });
  const changed = timed.reduce((sum, t) => sum + t.timeliness!.changed, 0);
  const warning = changed
    ? ` Cảnh báo: ${changed} báo cáo có số liệu đã sửa sau khi chốt (xem cột “Dấu chốt”): hãy yêu cầu đơn vị chốt lại.`
    : "";
  return `Hạn nộp — ${parts.join("; ")}.${warning}`;
}

/**
 * What the task pane says after a button: the use cases' outcomes and failures as Vietnamese messages. Wording only;
 * every judgement was made by the core.
 */
import { BUTTONS } from "../core/buttons";
import { LEVEL_NAMES } from "../core/levels";
import type { PillarSummary } from "../sheets";
// Types only: the use cases are loaded on demand (chunks.ts).
import type { ConsolidateOutcome } from "../usecases/city/city";
import type {
  DocumentOutcome,
  ReminderOutcome,
  TemplateOutcome,
} from "../usecases/documents/documents";
import type { RowChange } from "../core/compare";
import { lostMet } from "../core/types";
import { shortList } from "../core/text";
import { periodText } from "../core/period";
import type { CompareOutcome } from "../usecases/compare/compare";
import type { RosterOutcome } from "../usecases/roster/roster";
import type { TierStatus } from "../core/status";
import type { FinalizeOutcome, ReopenOutcome } from "../usecases/cycle/cycle";
import type { BlankOutcome } from "../usecases/blank/blank";
import type {
  ReceiveOutcome,
  RepliesOutcome,
  ReplyOutcome,
  ReviewSheetOutcome,
} from "../usecases/review/review";
import type {
  CheckedViolation,
  CheckOutcome,
  FillOutcome,
  GenerateOutcome,
} from "../usecases/sheet/sheet";

import { cutList, type Notice, type NoticeList } from "./notice";

export { cutList, errorNotice, type Notice, type NoticeIntent, type NoticeList } from "./notice";

/** What "Điền tệp mẫu .docx" gives back. */
export type DocxOutcome = DocumentOutcome & Omit<TemplateOutcome, "sheet" | "cells">;

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

/** What a plain sheet is, said once after Generate (and Fill) wrote one. */
export const PLAIN_KIND_LINE =
  "Excel này không chạy được hàm CDS.*: bảng dùng công thức Excel thông thường, tính được ở mọi nơi (Excel 2010 trở lên, LibreOffice, WPS). Hãy viết mục tiêu dạng “≥ 60%”, “> 8,5%” hoặc “Có”: mục tiêu bằng chữ (“tối thiểu 35%”) để trống ô Đánh giá, ghi chú nói cách sửa.";

export function generatedNotice(outcome: GenerateOutcome): Notice {
  const lines = [
    `Trang “${outcome.sheet}” đã sẵn sàng. Nhập số liệu vào các ô nền vàng của cột “Số liệu tổng hợp” (và minh chứng nếu có), rồi bấm “${BUTTONS.fill}”.`,
  ];
  if (outcome.kind === "plain") lines.push(PLAIN_KIND_LINE);
  if (outcome.nameTaken) {
    const holder = outcome.nameTaken.by
      ? `trang của đơn vị “${outcome.nameTaken.by}”`
      : "một trang khác trong sổ tính";
    lines.push(
      `Tên “${outcome.nameTaken.name}” đã được dùng cho ${holder}, nên bảng của đơn vị này mang tên “${outcome.sheet}”. Mỗi đơn vị có trang riêng; có thể đổi tên trang tùy ý.`
    );
  }
  if (outcome.levelChanged)
    lines.push(
      `Trang này trước đây ghi cấp “${LEVEL_NAMES[outcome.levelChanged]}”: đã đổi sang cấp mới; mục tiêu mặc định theo cấp mới, mục tiêu đã sửa giữ nguyên.`
    );
  if (outcome.updated) {
    lines.push(
      outcome.kept
        ? `Đã giữ nguyên ${outcome.kept} ô đã nhập trước đó (số liệu, mục tiêu, minh chứng, ghi chú, công thức).`
        : "Chưa có ô nào được nhập trước đó."
    );
  }
  if (outcome.restored.length)
    lines.push(`Đã khôi phục các dòng chỉ tiêu bị mất: ${listIds(outcome.restored)}.`);
  if (outcome.rebuiltIds)
    lines.push(
      `Cột mã ẩn (cột H) bị mất ở ${outcome.rebuiltIds} dòng: đã dựng lại từ STT và tên chỉ tiêu ở cột A, B.`
    );
  if (outcome.moved?.length)
    lines.push(
      `Các ô nhập bên dưới bảng đã được chuyển theo bảng: ${listIds(outcome.moved.map((m) => `${m.from} → ${m.to}`))}.`
    );
  return {
    intent: outcome.nameTaken || outcome.moved?.length ? "warning" : "success",
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
  if (outcome.formulaNotes?.length) {
    lines.push(
      `Ghi chú ở chỉ tiêu ${listIds(outcome.formulaNotes)} là công thức đã nhập: giữ nguyên, không thêm ghi chú của CĐS Excel (xem cột “Đánh giá”).`
    );
  }
  if (outcome.repaired)
    lines.push(
      `Cột mã ẩn (cột H) bị mất ở ${outcome.repaired} dòng: đã dựng lại từ STT và tên chỉ tiêu.`
    );
  if (valuesOnly)
    lines.push(
      "Công thức đã được thay bằng giá trị: có thể gửi tệp cho người không cài phần bổ trợ."
    );
  else if (outcome.kind === "plain")
    lines.push("Excel này không chạy được hàm CDS.*: bảng dùng công thức Excel thông thường.");
  const doubtful = outcome.invalid.length > 0 || outcome.disagreements.length > 0;
  return { intent: doubtful ? "warning" : "success", title: "Đã điền báo cáo", lines };
}

/** Errors first, then warnings; catalog order within each. */
export function byImportance(violations: readonly CheckedViolation[]): CheckedViolation[] {
  return [
    ...violations.filter((v) => v.importance === "error"),
    ...violations.filter((v) => v.importance !== "error"),
  ];
}

export function checkedNotice(outcome: CheckOutcome): Notice {
  if (!outcome.violations.length) {
    return {
      intent: "success",
      title: "Không phát hiện vi phạm nào",
      lines: [`Số liệu trên trang “${outcome.sheet}” khớp với mọi quy tắc kiểm tra.`],
    };
  }
  const errors = outcome.violations.filter((v) => v.importance === "error").length;
  const warnings = outcome.violations.length - errors;
  const counts = [errors ? `${errors} lỗi` : "", warnings ? `${warnings} cảnh báo` : ""]
    .filter(Boolean)
    .join(", ");
  return {
    intent: "warning",
    title: `Phát hiện ${outcome.violations.length} vi phạm`,
    lines: [
      `Trang “${outcome.sheet}”: ${counts}. Bấm vào từng mục để chọn ô cần sửa; sửa xong thì kiểm tra lại.`,
    ],
  };
}

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
  const lists: NoticeList[] = [];
  const { status } = outcome;
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
      items: cutList(t.notSubmitted, 10, (n) => `và ${n} đơn vị khác`),
    });
  }
  for (const t of status.tiers) {
    if (!t.reapprove?.length) continue;
    lists.push({
      label: `${LEVEL_NAMES[t.level]} cần duyệt lại (${t.reapprove.length}): báo cáo mới khác lần chốt đã duyệt, tổng hợp vẫn tính số liệu đã duyệt (xem cột “Ghi chú” của trang “${status.sheet}”):`,
      items: cutList(t.reapprove, 10, (n) => `và ${n} đơn vị khác`),
    });
  }
  if (status.unknown.length) {
    lists.push({
      label: `Không có trong danh sách đơn vị (${status.unknown.length}), vẫn được tổng hợp:`,
      items: cutList(status.unknown, 10, (n) => `và ${n} đơn vị khác`),
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
  const { comparison } = outcome;
  if (comparison) {
    const when = periodText(comparison.previous);
    if (!comparison.units) {
      lines.push(
        `Không có báo cáo đơn vị nào của ${when} trong sổ tính hay các tệp đã chọn: chưa so sánh được.`
      );
    } else {
      lines.push(
        `So sánh với ${when} (${comparison.units} đơn vị): cột I, J của trang “${outcome.city}”; ${comparison.changes.length ? `${comparison.changes.length} chỉ tiêu đổi đánh giá` : "không chỉ tiêu nào đổi đánh giá"}.`
      );
      lists.push(...changeList(comparison.changes));
    }
  }
  for (const list of outcome.reviewChanges ?? []) {
    lines.push(
      `${list.unit}: lần chốt ${list.next} so với lần chốt ${list.reviewed} đã rà soát — ${list.changed.length ? `${list.changed.length} chỉ tiêu thay đổi` : "không chỉ tiêu nào thay đổi"}${list.unanswered.length ? `, ${list.unanswered.length} ý kiến chưa có thay đổi nào` : ""}.`
    );
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
  }
  if (outcome.skipped.length) {
    lists.push({
      label: `Không tổng hợp ${outcome.skipped.length} trang:`,
      items: cutList(
        outcome.skipped.map((s) => `${s.source}: ${s.reason}`),
        10,
        (n) => `và ${n} trang khác`
      ),
    });
  }
  return {
    intent: lists.length ? "warning" : "success",
    title: "Đã tổng hợp toàn thành phố",
    lines,
    lists,
  };
}

/** "16: Đạt → Chưa đạt (−12,61 điểm %)" */
function changeLine(change: RowChange): string {
  return `${change.id}: ${change.verdictChange}${change.deltaText ? ` (${change.deltaText})` : ""}`;
}

/** The indicators whose verdict changed, worst news first (as compare() orders them). */
function changeList(changes: readonly RowChange[]): NoticeList[] {
  if (!changes.length) return [];
  return [
    {
      label: `${changes.length} chỉ tiêu đổi đánh giá (tin xấu trước):`,
      items: cutList(changes.map(changeLine), 15, (n) => `và ${n} chỉ tiêu khác`),
    },
  ];
}

/** What "So sánh với kỳ trước" wrote and which verdicts changed. */
export function comparedNotice(outcome: CompareOutcome): Notice {
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

/** What "Tạo danh sách đơn vị" did. */
export function rosterNotice(outcome: RosterOutcome): Notice {
  if (outcome.existed) {
    return {
      intent: "success",
      title: "Sổ tính đã có danh sách đơn vị",
      lines: [
        `Trang “${outcome.sheet}” có ${outcome.entries} đơn vị và được giữ nguyên. Thêm sở, ban, ngành hoặc đánh dấu “Ngừng báo cáo” ngay trên trang đó.`,
      ],
      lists: [],
    };
  }
  return {
    intent: "success",
    title: "Đã tạo danh sách đơn vị",
    lines: [
      `Trang “${outcome.sheet}” có ${outcome.entries} phường, xã, đặc khu theo danh mục chính thức. Thêm sở, ban, ngành ở cuối danh sách: mã do Thành phố đặt, cấp “Sở, ban, ngành”.`,
      `Ô “Tên đơn vị” ở trên gợi ý từ danh sách này; “${BUTTONS.consolidate}” đối chiếu các báo cáo với nó.`,
    ],
    lists: [],
  };
}

/** What a fill of placeholders left undone or matched only approximately. */
function placeholderLists(
  unresolved: readonly string[],
  approximate: TemplateOutcome["approximate"]
): NoticeList[] {
  const lists: NoticeList[] = [];
  const left = [...new Set(unresolved)];
  if (left.length) {
    lists.push({
      label: `Chưa điền được ${left.length} chỗ [[...]] (để nguyên trong mẫu):`,
      items: cutList(left, 10, (n) => `và ${n} chỗ khác`),
    });
  }
  if (approximate.length) {
    lists.push({
      label: `Điền theo chỉ tiêu gần đúng nhất (${approximate.length} chỗ), hãy kiểm tra lại:`,
      items: cutList(
        approximate.map((a) => `${a.placeholder} → chỉ tiêu ${a.row}`),
        10,
        (n) => `và ${n} chỗ khác`
      ),
    });
  }
  return lists;
}

const DOWNLOAD_HINT = "Nếu tệp không tự tải về, bấm vào liên kết tải tệp bên dưới.";

/** A fill of placeholders: what was filled, what it left undone or matched only approximately. */
function placeholderNotice(
  title: string,
  lines: readonly string[],
  outcome: Pick<TemplateOutcome, "unresolved" | "approximate">
): Notice {
  const lists = placeholderLists(outcome.unresolved, outcome.approximate);
  return { intent: lists.length ? "warning" : "success", title, lines, lists };
}

export function templateNotice(outcome: TemplateOutcome): Notice {
  return placeholderNotice(
    "Đã điền mẫu báo cáo",
    [
      `Trang “${outcome.sheet}”: đã điền ${outcome.resolved} chỗ [[...]] trong ${outcome.cells} ô, lấy từ trang “${outcome.source}”.`,
    ],
    outcome
  );
}

export function docxNotice(outcome: DocxOutcome): Notice {
  return placeholderNotice(
    "Đã điền tệp mẫu",
    [
      `Tệp “${outcome.fileName}”: đã điền ${outcome.resolved} chỗ [[...]], lấy từ trang “${outcome.source}”.`,
      DOWNLOAD_HINT,
    ],
    outcome
  );
}

export function exportedNotice(outcome: DocumentOutcome): Notice {
  return {
    intent: "success",
    title: "Đã tạo báo cáo Word",
    lines: [
      `Tệp “${outcome.fileName}”: báo cáo theo thể thức Nghị định 30/2020/NĐ-CP, bảng chỉ tiêu ở phụ lục.`,
      DOWNLOAD_HINT,
    ],
  };
}

export function reminderNotice(outcome: ReminderOutcome): Notice {
  const parts = [
    outcome.notSubmitted ? `${outcome.notSubmitted} đơn vị chưa nộp` : "",
    outcome.incomplete ? `${outcome.incomplete} đơn vị nộp thiếu` : "",
  ].filter(Boolean);
  return {
    intent: "success",
    title: "Đã tạo công văn đôn đốc",
    lines: [`Tệp “${outcome.fileName}”, gửi ${parts.join(" và ")}.`, DOWNLOAD_HINT],
  };
}

/** "Chốt số liệu": stamped and protected, with the submission file; or refused, the errors listed under it. */
export function finalizedNotice(outcome: FinalizeOutcome): Notice {
  if (outcome.kind === "refused")
    return {
      intent: "error",
      title: "Chưa chốt được số liệu",
      lines: [
        `Trang “${outcome.sheet}” còn ${outcome.violations.length} lỗi (liệt kê bên dưới): hãy sửa hết rồi bấm “${BUTTONS.finalize}” lại. Chưa có gì được ghi.`,
      ],
    };
  const { stamp } = outcome;
  const [date, time] = [
    stamp.finalizedAt.slice(0, 10).split("-").reverse().join("/"),
    stamp.finalizedAt.slice(11, 16),
  ];
  return {
    intent: "success",
    title: `Đã chốt số liệu lần ${stamp.version}`,
    lines: [
      `Trang “${outcome.sheet}” đã chốt lúc ${time} ngày ${date} (giờ Việt Nam), mã số liệu ${stamp.fingerprint.slice(0, 12)}, và được bảo vệ để tránh sửa nhầm. Muốn sửa thì bấm “${BUTTONS.reopen}”; lần chốt sau sẽ là lần ${stamp.version + 1}.`,
      "Tải tệp nộp bên dưới (chỉ có giá trị, không có công thức, mở được ở mọi nơi) và gửi cho Thành phố.",
    ],
  };
}

/** "Mở để sửa": the protection lifted, the stamp kept. */
export function reopenedNotice(outcome: ReopenOutcome): Notice {
  return {
    intent: "success",
    title: "Đã mở trang để sửa",
    lines: [
      outcome.stamp
        ? `Trang “${outcome.sheet}” không còn bị bảo vệ. Số liệu đã chốt lần ${outcome.stamp.version}; sửa xong hãy bấm “${BUTTONS.finalize}” để chốt lần ${outcome.stamp.version + 1} và gửi lại tệp nộp. Nếu không chốt lại, Thành phố sẽ thấy số liệu đã sửa sau khi chốt.`
        : `Trang “${outcome.sheet}” không còn bị bảo vệ.`,
    ],
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

export function blankNotice(outcome: BlankOutcome): Notice {
  const period = periodText(outcome.period);
  const back = `Đơn vị mở tệp bằng Excel, LibreOffice Calc hoặc WPS (không cần CĐS Excel), nhập số liệu vào các ô nền vàng, lưu dạng .xlsx rồi gửi lại; khi “${BUTTONS.consolidate}”, chọn tệp đó ở ô chọn tệp: báo cáo được đối chiếu theo mã đơn vị.`;
  if (outcome.tier === null) {
    const [unit] = outcome.units;
    return {
      intent: "success",
      title: "Đã tạo sổ trống cho đơn vị",
      lines: [
        `Tệp “${outcome.fileName}”: bảng chỉ tiêu ${period} của ${unit.name} (mã ${unit.code}).`,
        back,
        DOWNLOAD_HINT,
      ],
    };
  }
  const lines = [
    `Tệp “${outcome.fileName}” gồm ${outcome.units.length} sổ trống ${period}, một tệp .xlsx cho mỗi đơn vị cấp “${LEVEL_NAMES[outcome.tier]}” đang báo cáo (tên tệp có mã đơn vị).`,
  ];
  if (outcome.retired) lines.push(`Bỏ qua ${outcome.retired} đơn vị “Ngừng báo cáo”.`);
  if (!outcome.roster)
    lines.push(
      `Sổ tính chưa có trang “Danh sách đơn vị”: lấy theo danh sách chính thức 168 phường, xã, đặc khu.`
    );
  lines.push(back, DOWNLOAD_HINT);
  return { intent: "success", title: "Đã tạo sổ trống cho cả cấp", lines };
}

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

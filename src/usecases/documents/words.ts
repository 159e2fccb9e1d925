/** What the pane says after the report buttons: the template filled in Excel or in Word, the report, the reminder. */
import { DOWNLOAD_HINT } from "../downloadHint";
import { cutList, type Notice, type NoticeList } from "../notice";
// Types only: the use cases load in their own chunk.
import type { DocumentOutcome, ReminderOutcome, TemplateOutcome } from "./documents";

/** What "Điền tệp mẫu .docx" gives back. */
export type DocxOutcome = DocumentOutcome & Omit<TemplateOutcome, "sheet" | "cells">;

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

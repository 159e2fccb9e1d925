/** The buttons of the report documents' part of the pane, one row each: templates filled, the report, the reminder. */
import { DocumentArrowDown20Regular } from "@fluentui/react-icons/svg/document-arrow-down";
import { DocumentText20Regular } from "@fluentui/react-icons/svg/document-text";
import { MailAlert20Regular } from "@fluentui/react-icons/svg/mail-alert";
import { TableEdit20Regular } from "@fluentui/react-icons/svg/table-edit";
import { action, DOCX_TYPES, type PaneAction, type SectionLook, offersFile } from "./actionRow";
import { CHUNKS } from "./chunks";

/** The official report filled from the CĐS sheet, in Excel or in Word. */
export const REPORT_SECTION: SectionLook = {
  title: "Mẫu báo cáo",
  intro:
    "Số liệu lấy từ bảng chỉ tiêu đang chọn; nếu trang đang chọn không phải bảng chỉ tiêu thì lấy bảng của đơn vị và kỳ ở trên (cấp “Toàn thành phố”: trang toàn thành phố).",
  icon: DocumentText20Regular,
};

/** The report documents' buttons, in order. */
export const REPORT_ACTIONS: readonly PaneAction[] = [
  action({
    id: "fillSheet",
    section: "report",
    icon: TableEdit20Regular,
    hint: "Dán bảng mẫu có các chỗ trống [[...]] vào một trang, chọn trang đó rồi bấm nút trên.",
    chunk: CHUNKS.documents,
    run: (m, c) => m.fillTemplateInSheet(c.port, { params: c.params }, c.step),
    tell: (filled, _c, m) => ({ notice: m.templateNotice(filled) }),
  }),
  action({
    id: "fillDocx",
    section: "report",
    icon: DocumentText20Regular,
    pick: { accept: DOCX_TYPES },
    chunk: CHUNKS.documents,
    run: async (m, c) => {
      const file = c.file!;
      const data = await file.arrayBuffer();
      return m.fillDocx(c.port, { params: c.params, file: { name: file.name, data } }, c.step);
    },
    tell: offersFile((m) => m.docxNotice),
  }),
  action({
    id: "export",
    section: "report",
    primary: true,
    icon: DocumentArrowDown20Regular,
    options: ["docSettings"],
    chunk: CHUNKS.documents,
    run: (m, c) => m.exportReport(c.port, { params: c.params, settings: c.form.document }, c.step),
    tell: offersFile((m) => m.exportedNotice),
  }),
  action({
    id: "reminder",
    section: "report",
    icon: MailAlert20Regular,
    hint: "Gửi các đơn vị chưa nộp hoặc nộp thiếu theo trang “Tình hình nộp” của kỳ ở trên (bấm “Tổng hợp toàn thành phố” trước); dùng thông tin văn bản ở trên.",
    chunk: CHUNKS.documents,
    run: (m, c) =>
      m.reminderLetter(c.port, { period: c.params.period, settings: c.form.document }, c.step),
    tell: offersFile((m) => m.reminderNotice),
  }),
];

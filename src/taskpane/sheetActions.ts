/**
 * The buttons of a unit's sheet, one row each, in the order of their numbered steps (components/ReportForm.tsx groups
 * them by step): make the sheet, check and fill it, compare it, finalize it, open it again, take in the city's reply.
 */
import { MailInboxArrowDown20Regular } from "@fluentui/react-icons/svg/mail-inbox-arrow-down";
import { BUTTONS } from "../core/buttons";
import { action, XLSX_TYPES, type PaneAction } from "./actionRow";
import { CHUNKS } from "./chunks";

/** The unit's buttons, in order. */
export const SHEET_ACTIONS: readonly PaneAction[] = [
  action({
    id: "generate",
    section: "sheet",
    step: { marker: 1, title: BUTTONS.generate },
    primary: true,
    hint: "Tạo lại bảng đã có thì số liệu, minh chứng và ghi chú đã nhập được giữ nguyên.",
    options: ["deadline"],
    chunk: CHUNKS.sheet,
    run: (m, c) => m.generateSheet(c.port, { ...c.params, deadline: c.form.deadline }, c.step),
    tell: (outcome, _c, m) => ({ notice: m.generatedNotice(outcome) }),
  }),
  action({
    id: "validate",
    section: "sheet",
    step: { marker: 3, title: BUTTONS.validate },
    hint: "Tìm số liệu không thể đúng (tử số lớn hơn mẫu số, chữ trong ô số…) và chỉ tiêu đã thực hiện mà chưa có minh chứng; bấm vào từng mục để đến ô cần sửa.",
    chunk: CHUNKS.sheet,
    run: (m, c) => m.validateFigures(c.port, { params: c.params }, c.step),
    tell: (checked, _c, m) => ({
      notice: m.validatedNotice(checked),
      detail: checked.violations.length
        ? {
            kind: "violations",
            sheet: checked.sheet,
            violations: m.byImportance(checked.violations),
          }
        : undefined,
    }),
  }),
  action({
    id: "fill",
    section: "sheet",
    step: { marker: 4, title: BUTTONS.fill },
    options: ["valuesOnly"],
    chunk: CHUNKS.sheet,
    run: (m, c) =>
      m.fillReport(c.port, { params: c.params, valuesOnly: c.form.valuesOnly }, c.step),
    tell: (filled, c, m) => ({
      notice: m.filledNotice(filled, c.form.valuesOnly),
      detail: { kind: "summary", summary: filled.summary },
    }),
  }),
  action({
    id: "compare",
    section: "sheet",
    step: { marker: 5, title: BUTTONS.compare },
    options: ["compareMode"],
    hint: "Ghi số liệu kỳ trước (cột I) và thay đổi (cột J: điểm % với tỷ lệ, “Chưa đạt → Đạt” khi đổi đánh giá), lấy từ bảng chỉ tiêu kỳ trước trong sổ tính hoặc trong các tệp .xlsx đã chọn ở phần Toàn thành phố.",
    chunk: CHUNKS.comparison,
    run: async (m, c) =>
      m.compareWithPrevious(
        c.port,
        { params: c.params, mode: c.form.compare, files: await c.pickedFiles() },
        c.step
      ),
    tell: (compared, _c, m) => ({ notice: m.comparedNotice(compared) }),
  }),
  action({
    id: "finalize",
    section: "sheet",
    step: { marker: 6, title: BUTTONS.finalize },
    hint: "Kiểm tra số liệu, ghi lần chốt, thời điểm và mã số liệu lên trang, bảo vệ trang khỏi sửa nhầm và tạo tệp nộp (.xlsx chỉ có giá trị) để gửi Thành phố.",
    chunk: CHUNKS.cycle,
    run: (m, c) => m.finalizeSheet(c.port, { params: c.params, now: () => Date.now() }, c.step),
    tell: (outcome, _c, m) => ({
      notice: m.finalizedNotice(outcome),
      detail:
        outcome.kind === "refused"
          ? { kind: "violations", sheet: outcome.sheet, violations: outcome.violations }
          : { kind: "download", file: outcome.file },
    }),
  }),
  action({
    id: "reopen",
    section: "sheet",
    step: { marker: 7, title: BUTTONS.reopen },
    hint: "Bỏ bảo vệ trang đã chốt để sửa số liệu; sửa xong bấm “Chốt số liệu” lại (lần chốt tiếp theo).",
    chunk: CHUNKS.cycle,
    run: (m, c) => m.reopenSheet(c.port, { params: c.params }, c.step),
    tell: (outcome, _c, m) => ({ notice: m.reopenedNotice(outcome) }),
  }),
  action({
    id: "receiveReply",
    section: "sheet",
    step: { marker: 8, title: BUTTONS.receiveReply },
    icon: MailInboxArrowDown20Regular,
    pick: { accept: XLSX_TYPES },
    hint: "Chọn tệp ý kiến (“Y kien TP …”) Thành phố gửi: ý kiến được ghi ở cột K, cạnh chỉ tiêu, trên bảng chỉ tiêu của đơn vị và kỳ ghi trong tệp; số liệu không bị sửa.",
    chunk: CHUNKS.review,
    run: async (m, c) => {
      const file = c.file!;
      const data = await file.arrayBuffer();
      return m.receiveReply(c.port, { file: { name: file.name, data } }, c.step);
    },
    tell: (received, _c, m) => ({ notice: m.receivedNotice(received) }),
  }),
];

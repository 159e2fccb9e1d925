/** What the pane says after "Tạo bảng chỉ tiêu", "Điền báo cáo" and "Kiểm tra số liệu". Wording only. */
import { BUTTONS } from "../../core/buttons";
import { LEVEL_NAMES } from "../../core/levels";
import { totals } from "../../sheets";
import type { Notice } from "../notice";
// Types only: the use cases load in their own chunk.
import type { FoundViolation, ValidationOutcome, FillOutcome, GenerateOutcome } from "./sheet";

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
export function byImportance(violations: readonly FoundViolation[]): FoundViolation[] {
  return [
    ...violations.filter((v) => v.importance === "error"),
    ...violations.filter((v) => v.importance !== "error"),
  ];
}

export function validatedNotice(outcome: ValidationOutcome): Notice {
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

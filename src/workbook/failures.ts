/**
 * What a workbook says when it cannot do what was asked: the texts both adapters (Excel's and the in-memory one)
 * use, so that the preview and the tests say what Excel's adapter says, and the requirement set they check.
 */
import { NOTHING_WRITTEN, WorkbookError } from "./port";

export { NOTHING_WRITTEN };

/** The ExcelApi requirement set the add-in needs. */
export const REQUIRED_API = "1.9";

const UNPROTECT = "hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi bấm lại";

export const FAILURES = {
  noHost:
    "Không tìm thấy Excel: hãy mở bổ trợ CĐS Excel từ trong Excel (máy tính hoặc Excel trên web).",
  apiMissing: `Phiên bản Excel này chưa hỗ trợ ExcelApi ${REQUIRED_API} mà CĐS Excel cần: hãy cập nhật Office hoặc dùng Excel trên web.`,
  /** The sheet is protected: found before writing. */
  protected: (sheet: string) => `Trang "${sheet}" đang được bảo vệ: ${UNPROTECT}.`,
  /** Excel refused a write as protected, part-way through. */
  refused: (sheet: string | undefined, excel: string) =>
    `Excel không cho ghi${sheet ? ` vào trang "${sheet}"` : ""} vì trang hoặc ô đang được bảo vệ: ${UNPROTECT}. Excel báo: ${excel}`,
  notFound: (sheet: string) =>
    `Không tìm thấy trang "${sheet}": có thể trang đã bị xoá hoặc đổi tên. Hãy bấm lại.`,
  nameTaken: (sheet: string) =>
    `Đã có trang tên "${sheet}": hãy đổi tên hoặc xoá trang đó rồi bấm lại.`,
  failed: (excel: string) => `Excel không thực hiện được thao tác: ${excel}`,
  /** A text longer than a cell holds, refused before anything is written. */
  textTooLong: (sheet: string, address: string, length: number) =>
    `Ô ${address} của trang "${sheet}" sẽ có ${length.toLocaleString("vi-VN")} ký tự, quá giới hạn 32.767 ký tự một ô của Excel: hãy rút ngắn nội dung đó rồi bấm lại.`,
  /**
   * Excel refused a request or its answer as over 5 MB. With `row`: that row alone was over the limit (reads and
   * writes are otherwise cut into requests under it), so its long cells are the cause and the advice says so.
   */
  tooLarge: (sheet: string | undefined, excel: string, row?: number) =>
    `Excel trên web không gửi được dữ liệu${sheet ? ` của trang "${sheet}"` : ""} vì vượt giới hạn 5 MB của một lần đọc hoặc ghi${row !== undefined ? `: riêng dòng ${row} đã quá giới hạn vì có những ô rất dài, hãy rút ngắn các ô đó rồi bấm lại` : ""}. Excel báo: ${excel}`,
} as const;

/** A text too long for a cell among those to write, refused before anything is written; null when none is. */
export function textTooLong(
  sheet: string,
  long: { readonly address: string; readonly length: number } | null
): WorkbookError | null {
  if (!long) return null;
  return new WorkbookError("failed", FAILURES.textTooLong(sheet, long.address, long.length), {
    wroteNothing: true,
  });
}

/** A protected sheet, found before anything was written. */
export function protectedSheet(sheet: string): WorkbookError {
  return new WorkbookError("protected", FAILURES.protected(sheet), { wroteNothing: true });
}

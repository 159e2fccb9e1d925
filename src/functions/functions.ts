/* global CustomFunctions */
/* eslint-disable @typescript-eslint/no-explicit-any -- `any` is how the metadata names a parameter that takes any cell value, blank included */
import { isCdsError } from "../core/errors";
import { impl } from "./impl";

/** Runs a function and hands its CdsError to Excel as a CustomFunctions.Error (with its message where Excel shows one). */
function excel<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!isCdsError(e)) throw e;
    const code = CustomFunctions.ErrorCode[e.code];
    const shown = e.code === "invalidValue" || e.code === "notAvailable";
    throw shown ? new CustomFunctions.Error(code, e.message) : new CustomFunctions.Error(code);
  }
}

/**
 * Tỷ lệ a/b của hai số liệu đếm, dạng phân số (0,6 là 60%): định dạng ô theo phần trăm. Báo lỗi khi thiếu số liệu (#N/A), mẫu số bằng 0 (#DIV/0!), tử số lớn hơn mẫu số, số âm, số lẻ hoặc không phải số (#VALUE!).
 * @customfunction RATE
 * @param a Tử số (a): số liệu đếm, số nguyên không âm.
 * @param b Mẫu số (b): số liệu đếm, số nguyên dương, không nhỏ hơn tử số.
 * @returns Tỷ lệ a/b (0 đến 1).
 */
export function rate(a: any, b: any): number {
  return excel(() => impl.rate(a, b));
}

/**
 * Đánh giá một số liệu so với mục tiêu: trả về "Đạt", "Chưa đạt" hoặc "Chưa có số liệu". "trên X%" là lớn hơn hẳn: bằng đúng ngưỡng là "Chưa đạt". Câu trả lời ngoài danh sách (như "Đã hủy") báo lỗi #VALUE! kèm các từ được chấp nhận.
 * @customfunction CHECK
 * @param value Số liệu: tỷ lệ (0,6 hoặc "60%"), thứ hạng, hoặc "Có"/"Không", "Đã …"/"Chưa …" (ban hành, triển khai, cung cấp, hoàn thành), ô đánh dấu, "k/n đơn vị" ở bảng tổng hợp.
 * @param target Mục tiêu dạng văn bản ("≥ 60%", "> 8,5%", "≤ 5", "Có") hoặc mã chỉ tiêu ("16", "12.1") để dùng mục tiêu mặc định.
 * @param [level] Cấp đơn vị: "so" (sở, ban, ngành), "xa" (phường, xã, đặc khu), "huyen" (cấp huyện) hoặc "tp"; cần cho chỉ tiêu 18.
 * @param [id] Mã chỉ tiêu của dòng (ví dụ "2"): câu trả lời chỉ được dùng các từ của chỉ tiêu đó ("Đã ban hành", không phải "Đã triển khai").
 * @returns Kết quả đánh giá.
 */
export function check(value: any, target: any, level?: any, id?: any): string {
  return excel(() => impl.check(value, target, level, id));
}

/**
 * Mục tiêu mặc định của một chỉ tiêu theo văn bản mẫu báo cáo, ví dụ "≥ 60%", "> 8,5%", "≤ 5" hoặc "Có".
 * @customfunction TARGET
 * @param id Mã chỉ tiêu, ví dụ "16", "12.1", "29.2".
 * @param [level] Cấp đơn vị: "so", "xa", "huyen" hoặc "tp"; chỉ tiêu 18 có mục tiêu khác nhau theo cấp.
 * @returns Mục tiêu dạng văn bản.
 */
export function target(id: any, level?: any): string {
  return excel(() => impl.target(id, level));
}

/**
 * Tên (nội dung) của chỉ tiêu theo mẫu báo cáo.
 * @customfunction TITLE
 * @param id Mã chỉ tiêu, ví dụ "16" hoặc "16.1".
 * @returns Nội dung chỉ tiêu.
 */
export function title(id: any): string {
  return excel(() => impl.title(id));
}

/**
 * Số lượng tử số còn thiếu (mẫu số giữ nguyên) để tỷ lệ a/b đạt mục tiêu; 0 nếu đã đạt. Ví dụ: còn thiếu bao nhiêu hồ sơ xử lý trực tuyến để đạt 60%.
 * @customfunction NEEDED
 * @param a Tử số hiện có (a): số nguyên không âm.
 * @param b Mẫu số (b): số nguyên dương.
 * @param target Mục tiêu tỷ lệ ("≥ 60%", "> 10%") hoặc mã chỉ tiêu ("16").
 * @param [level] Cấp đơn vị: "so", "xa", "huyen" hoặc "tp"; cần cho chỉ tiêu 18.
 * @returns Số nguyên không âm.
 */
export function needed(a: any, b: any, target: any, level?: any): number {
  return excel(() => impl.needed(a, b, target, level));
}

/**
 * Thay đổi của một chỉ tiêu so với kỳ trước, theo đơn vị của chỉ tiêu: "+3,20 điểm %" với tỷ lệ, "+120" với số đếm, "lên 2 bậc" với thứ hạng; thêm "· Chưa đạt → Đạt" khi đánh giá thay đổi. Trống khi một trong hai kỳ chưa có số liệu.
 * @customfunction CHANGE
 * @param current Số liệu kỳ này (ô "Số liệu tổng hợp").
 * @param previous Số liệu kỳ trước.
 * @param id Mã chỉ tiêu, ví dụ "16" hoặc "16.1": cho biết đơn vị của thay đổi.
 * @param [previousVerdict] Đánh giá kỳ trước ("Đạt", "Chưa đạt", "Chưa có số liệu").
 * @param [currentVerdict] Đánh giá kỳ này (ô "Đánh giá").
 * @returns Thay đổi dạng văn bản.
 */
export function change(
  current: any,
  previous: any,
  id: any,
  previousVerdict?: any,
  currentVerdict?: any
): string {
  return excel(() => impl.change(current, previous, id, previousVerdict, currentVerdict));
}

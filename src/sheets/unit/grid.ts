/** The standard indicator sheet's grid: its columns, the title block and the header row above its body. */

/** The standard indicator sheet: the template's five columns, then the target, the evidence and a hidden id. */
export const COL = {
  stt: 0,
  title: 1,
  figure: 2,
  verdict: 3,
  note: 4,
  target: 5,
  evidence: 6,
  id: 7,
} as const;
export const WIDTH = 8;
export const HEADERS = [
  "STT",
  "Chỉ tiêu",
  "Số liệu tổng hợp",
  "Đánh giá",
  "Ghi chú",
  "Mục tiêu",
  "Minh chứng",
  "Mã",
];
export const TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ";
/**
 * The rows of the title block: the report's title; the unit, its level and the period, each with its label in A, its
 * value in B and its code in the hidden column; then a row whose hidden cell holds the sheet's mark (VALUES_MARK,
 * CITY_MARK). The header row follows.
 */
export const TITLE_ROWS = { title: 1, unit: 2, level: 3, period: 4, marks: 5 } as const;
/** The labels of the title block, in column A. */
export const TITLE_LABELS = { unit: "Đơn vị:", level: "Cấp:", period: "Kỳ báo cáo:" } as const;
export const HEADER_ROW = TITLE_ROWS.marks + 1;
export const FIRST_BODY_ROW = HEADER_ROW + 1;
/** The width (points) of a column beside the table that holds nothing, such as the gap before the city's chart. */
export const SPARE_COLUMN_WIDTH = 16;

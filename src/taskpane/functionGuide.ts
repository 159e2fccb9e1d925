// The custom functions as the task pane presents them. Their real signatures and descriptions are in the
// JSDoc of src/functions/functions.ts (shown by Excel's formula autocomplete); this is only a summary.

export interface FunctionGuideEntry {
  /** As typed in a cell, e.g. "=CDS.RATE". */
  formula: string;
  /** One line, Vietnamese. */
  summary: string;
}

export const FUNCTION_GUIDE: readonly FunctionGuideEntry[] = [
  { formula: "=CDS.RATE", summary: "Tỷ lệ a/b của hai số liệu đếm (định dạng ô theo phần trăm)." },
  {
    formula: "=CDS.CHECK",
    summary: "Đánh giá số liệu so với mục tiêu: “Đạt”, “Chưa đạt” hoặc “Chưa có số liệu”.",
  },
  {
    formula: "=CDS.TARGET",
    summary: "Mục tiêu mặc định của chỉ tiêu theo mẫu báo cáo, ví dụ “≥ 60%”.",
  },
  {
    formula: "=CDS.TITLE",
    summary: "Tên (nội dung) của chỉ tiêu theo mã, ví dụ “16” hoặc “12.1”.",
  },
  {
    formula: "=CDS.NEEDED",
    summary: "Số lượng tử số còn thiếu để tỷ lệ a/b đạt mục tiêu; 0 nếu đã đạt.",
  },
  {
    formula: "=CDS.CHANGE",
    summary:
      "Thay đổi so với kỳ trước: “+3,20 điểm %”, “+120”, kèm “Chưa đạt → Đạt” khi đổi đánh giá.",
  },
];

/**
 * The words of the task pane's buttons. The pane shows them, and every message that tells the analyst which button
 * to press names it with these words, so that a button renamed is renamed everywhere. A leaf module: the pane's first
 * load imports it without the catalog or the sheet layout.
 */
export const BUTTONS = {
  generate: "Tạo bảng chỉ tiêu",
  validate: "Kiểm tra số liệu",
  fill: "Điền báo cáo",
  compare: "So sánh với kỳ trước",
  roster: "Tạo danh sách đơn vị",
  consolidate: "Tổng hợp toàn thành phố",
  blankUnit: "Tải sổ trống cho đơn vị",
  blankTier: "Tải sổ trống cả cấp (.zip)",
  review: "Tạo trang rà soát",
  sendReply: "Gửi ý kiến cho đơn vị",
  sendReplies: "Gửi ý kiến mọi đơn vị (.zip)",
  fillSheet: "Điền mẫu báo cáo (trang đang chọn)",
  fillDocx: "Điền tệp mẫu .docx",
  export: "Xuất báo cáo (.docx)",
  reminder: "Công văn đôn đốc (.docx)",
  finalize: "Chốt số liệu",
  reopen: "Mở để sửa",
  receiveReply: "Nhận ý kiến",
} as const;

/** A button of the task pane. */
export type ButtonId = keyof typeof BUTTONS;

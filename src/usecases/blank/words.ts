/** What the pane says after the blank workbooks' buttons (one unit, or a whole tier in a .zip). */
import { BUTTONS } from "../../core/buttons";
import { LEVEL_NAMES } from "../../core/levels";
import { periodText } from "../../core/period";
import { DOWNLOAD_HINT } from "../downloadHint";
import type { Notice } from "../notice";
// Types only: the use cases load in their own chunk.
import type { BlankOutcome } from "./blank";

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

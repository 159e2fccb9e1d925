/** What the pane says after "Tạo danh sách đơn vị". */
import { BUTTONS } from "../../core/buttons";
import type { Notice } from "../notice";
// Types only: the use case loads in its own chunk.
import type { RosterOutcome } from "./roster";

/** What "Tạo danh sách đơn vị" did. */
export function rosterNotice(outcome: RosterOutcome): Notice {
  if (outcome.existed) {
    return {
      intent: "success",
      title: "Sổ tính đã có danh sách đơn vị",
      lines: [
        `Trang “${outcome.sheet}” có ${outcome.entries} đơn vị và được giữ nguyên. Thêm sở, ban, ngành hoặc đánh dấu “Ngừng báo cáo” ngay trên trang đó.`,
      ],
      lists: [],
    };
  }
  return {
    intent: "success",
    title: "Đã tạo danh sách đơn vị",
    lines: [
      `Trang “${outcome.sheet}” có ${outcome.entries} phường, xã, đặc khu theo danh mục chính thức. Thêm sở, ban, ngành ở cuối danh sách: mã do Thành phố đặt, cấp “Sở, ban, ngành”.`,
      `Ô “Tên đơn vị” ở trên gợi ý từ danh sách này; “${BUTTONS.consolidate}” đối chiếu các báo cáo với nó.`,
    ],
    lists: [],
  };
}

/** What the pane says after "Chốt số liệu" and "Mở để sửa". */
import { BUTTONS } from "../../core/buttons";
import type { Notice } from "../notice";
// Types only: the use cases load in their own chunk.
import type { FinalizeOutcome, ReopenOutcome } from "./cycle";

/** "Chốt số liệu": stamped and protected, with the submission file; or refused, the errors listed under it. */
export function finalizedNotice(outcome: FinalizeOutcome): Notice {
  if (outcome.kind === "refused")
    return {
      intent: "error",
      title: "Chưa chốt được số liệu",
      lines: [
        `Trang “${outcome.sheet}” còn ${outcome.violations.length} lỗi (liệt kê bên dưới): hãy sửa hết rồi bấm “${BUTTONS.finalize}” lại. Chưa có gì được ghi.`,
      ],
    };
  const { stamp } = outcome;
  const [date, time] = [
    stamp.finalizedAt.slice(0, 10).split("-").reverse().join("/"),
    stamp.finalizedAt.slice(11, 16),
  ];
  return {
    intent: "success",
    title: `Đã chốt số liệu lần ${stamp.version}`,
    lines: [
      `Trang “${outcome.sheet}” đã chốt lúc ${time} ngày ${date} (giờ Việt Nam), mã số liệu ${stamp.fingerprint.slice(0, 12)}, và được bảo vệ để tránh sửa nhầm. Muốn sửa thì bấm “${BUTTONS.reopen}”; lần chốt sau sẽ là lần ${stamp.version + 1}.`,
      "Tải tệp nộp bên dưới (chỉ có giá trị, không có công thức, mở được ở mọi nơi) và gửi cho Thành phố.",
    ],
  };
}

/** "Mở để sửa": the protection lifted, the stamp kept. */
export function reopenedNotice(outcome: ReopenOutcome): Notice {
  return {
    intent: "success",
    title: "Đã mở trang để sửa",
    lines: [
      outcome.stamp
        ? `Trang “${outcome.sheet}” không còn bị bảo vệ. Số liệu đã chốt lần ${outcome.stamp.version}; sửa xong hãy bấm “${BUTTONS.finalize}” để chốt lần ${outcome.stamp.version + 1} và gửi lại tệp nộp. Nếu không chốt lại, Thành phố sẽ thấy số liệu đã sửa sau khi chốt.`
        : `Trang “${outcome.sheet}” không còn bị bảo vệ.`,
    ],
  };
}

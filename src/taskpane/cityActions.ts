/**
 * The buttons of the city's part of the pane, one row each: the roster, the consolidation, the blank workbooks and the
 * review round trip. Used by one department out of some 200 units: this table loads with that part, when it is first
 * opened (components/city/), not with the pane.
 */
import { ArrowDownload20Regular } from "@fluentui/react-icons/svg/arrow-download";
import { ClipboardTextEdit20Regular } from "@fluentui/react-icons/svg/clipboard-text-edit";
import { FolderZip20Regular } from "@fluentui/react-icons/svg/folder-zip";
import { MailArrowUp20Regular } from "@fluentui/react-icons/svg/mail-arrow-up";
import { PeopleList20Regular } from "@fluentui/react-icons/svg/people-list";
import { action, type PaneAction, offersFile } from "./actionRow";
import { CHUNKS } from "./chunks";

/**
 * What the city's part does, under its heading (its heading and toggle are in the first load: components/city/): the
 * units' reports, from this workbook and from the .xlsx files they sent, into the city sheet for the period of the form.
 */
export const CITY_INTRO =
  "Tổng hợp các bảng chỉ tiêu của đơn vị trong sổ tính này và trong các tệp .xlsx đã chọn, cùng năm và kỳ báo cáo ở trên, thành trang toàn thành phố (tỷ lệ tính bằng tổng tử số trên tổng mẫu số).";

/** The city's buttons, in order. */
export const CITY_ACTIONS: readonly PaneAction[] = [
  action({
    id: "roster",
    section: "city",
    icon: PeopleList20Regular,
    hint: "Trang “Danh sách đơn vị”: 168 phường, xã, đặc khu có sẵn, Thành phố thêm sở, ban, ngành. Dùng để gợi ý tên đơn vị và để biết đơn vị nào chưa nộp báo cáo.",
    chunk: CHUNKS.roster,
    run: async (m, c) => {
      const made = await m.createRoster(c.port, c.step);
      c.rosterChanged();
      return made;
    },
    tell: (made, _c, m) => ({ notice: m.rosterNotice(made) }),
  }),
  action({
    id: "consolidate",
    section: "city",
    primary: true,
    options: ["cityFiles", "cityCompare", "deadline"],
    chunk: CHUNKS.consolidation,
    run: async (m, c) => {
      const files = await c.pickedFiles();
      const previous = c.form.cityCompare ? c.form.compare : undefined;
      const dates = { deadline: c.form.deadline, now: () => Date.now() };
      return m.consolidateCity(
        c.port,
        { period: c.params.period, files, previous, ...dates },
        c.step
      );
    },
    tell: (city, _c, m) => ({
      notice: m.consolidatedNotice(city),
      detail: { kind: "tiers", tiers: city.tiers },
    }),
  }),
  action({
    id: "blankUnit",
    section: "city",
    icon: ArrowDownload20Regular,
    hint: "Cho đơn vị chưa cài CĐS Excel (LibreOffice, WPS, Excel cũ): tệp .xlsx có bảng chỉ tiêu của đơn vị ở ô “Tên đơn vị”, năm và kỳ ở trên, công thức chỉ dùng hàm có sẵn của Excel. Đơn vị nhập số liệu rồi gửi lại; chọn tệp đó khi tổng hợp.",
    chunk: CHUNKS.blank,
    run: (m, c) => m.downloadBlankUnit(c.port, { params: c.params }, c.step),
    tell: offersFile((m) => m.blankNotice),
  }),
  action({
    id: "blankTier",
    section: "city",
    icon: FolderZip20Regular,
    hint: "Một tệp .zip gồm sổ trống của mọi đơn vị đang báo cáo cùng cấp ở ô “Cấp” (theo trang “Danh sách đơn vị”); đơn vị “Ngừng báo cáo” được bỏ qua.",
    chunk: CHUNKS.blank,
    run: (m, c) => m.downloadBlankTier(c.port, { params: c.params }, c.step),
    tell: offersFile((m) => m.blankNotice),
  }),
  action({
    id: "review",
    section: "city",
    icon: ClipboardTextEdit20Regular,
    hint: "Trang rà soát (“RS …”) của đơn vị ở trên, từ lần chốt mới nhất của bảng chỉ tiêu trong sổ tính hoặc trong các tệp đã chọn ở trên: chọn kết quả rà soát ở ô B6, ghi ý kiến ở cột F. Tạo lại cho cùng lần chốt thì ý kiến đã ghi được giữ.",
    chunk: CHUNKS.review,
    run: async (m, c) =>
      m.createReview(c.port, { params: c.params, files: await c.pickedFiles() }, c.step),
    tell: (made, _c, m) => ({ notice: m.reviewNotice(made) }),
  }),
  action({
    id: "sendReply",
    section: "city",
    icon: MailArrowUp20Regular,
    hint: "Tệp .xlsx cho đơn vị ở trên: ý kiến và kết quả rà soát ghi trên trang rà soát (“RS …”) mới nhất của đơn vị và kỳ đó, kèm lần chốt được rà soát; đơn vị mở được mà không cần CĐS Excel.",
    chunk: CHUNKS.review,
    run: (m, c) => m.sendReply(c.port, { params: c.params }, c.step),
    tell: offersFile((m) => m.replyNotice),
  }),
  action({
    id: "sendReplies",
    section: "city",
    icon: FolderZip20Regular,
    hint: "Một tệp .zip gồm tệp ý kiến của mọi đơn vị “Cần giải trình” trong kỳ ở trên, mỗi đơn vị một tệp .xlsx, lấy từ trang rà soát mới nhất của từng đơn vị.",
    chunk: CHUNKS.review,
    run: (m, c) => m.sendReplies(c.port, { period: c.params.period }, c.step),
    tell: offersFile((m) => m.repliesNotice),
  }),
];

/**
 * The task pane's buttons, one row each: its words, the part of the pane it stands in, the chunk it loads, the use
 * case it runs and how its outcome is told. The pane's sections map over this table; a new button is one row here
 * plus its use case (in usecases/).
 *
 * Only types come from the use cases: their code is in the chunks (chunks.ts), fetched on a button's first click.
 */
import {
  ArrowDownload20Regular,
  BuildingMultiple20Regular,
  ClipboardTextEdit20Regular,
  DocumentArrowDown20Regular,
  DocumentText20Regular,
  FolderZip20Regular,
  MailAlert20Regular,
  MailArrowUp20Regular,
  MailInboxArrowDown20Regular,
  PeopleList20Regular,
  TableEdit20Regular,
  type FluentIcon,
} from "@fluentui/react-icons";
import type { TierResult } from "../core/consolidate";
import { BUTTONS, type ButtonId } from "../core/buttons";
import type { PillarSummary, SheetParams } from "../sheets";
import { CHUNKS } from "./chunks";
import type { DownloadFile } from "./components/DownloadLink";
import type { FormValues } from "./formMemory";
import type { Notice } from "./notice";
import type * as Messages from "./outcomeMessages";
import type { PickedFile } from "../usecases/pickedFiles";
import type { CheckedViolation } from "../usecases/sheet/sheet";
import type { Progress } from "../usecases/userError";
import type { WorkbookPort } from "../workbook/port";

/** The part of the pane a button stands in: its progress and outcome show right under that part. */
export type Section = "sheet" | "city" | "report";

/** The parts below the unit's steps: their heading and a line on what they do. */
export const SECTIONS: Readonly<
  Record<"city" | "report", { title: string; intro: string; icon: FluentIcon }>
> = {
  // for the coordinating department (Sở Khoa học và Công nghệ): the units' reports, from this workbook and from the
  // .xlsx files they sent, into the city sheet for the period of the form
  city: {
    title: "Toàn thành phố",
    intro:
      "Tổng hợp các bảng chỉ tiêu của đơn vị trong sổ tính này và trong các tệp .xlsx đã chọn, cùng năm và kỳ báo cáo ở trên, thành trang toàn thành phố (tỷ lệ tính bằng tổng tử số trên tổng mẫu số).",
    icon: BuildingMultiple20Regular,
  },
  // the official report filled from the CĐS sheet, in Excel or in Word
  report: {
    title: "Mẫu báo cáo",
    intro:
      "Số liệu lấy từ bảng chỉ tiêu đang chọn; nếu trang đang chọn không phải bảng chỉ tiêu thì lấy bảng của đơn vị và kỳ ở trên (cấp “Toàn thành phố”: trang toàn thành phố).",
    icon: DocumentText20Regular,
  },
};

/** A form field that belongs to one button, shown just above it (components/ActionOptions.tsx). */
export type OptionId =
  "valuesOnly" | "compareMode" | "cityFiles" | "cityCompare" | "docSettings" | "deadline";

/** What an outcome shows under its message. */
export type Detail =
  | { readonly kind: "summary"; readonly summary: readonly PillarSummary[] }
  | {
      readonly kind: "violations";
      readonly sheet: string;
      readonly violations: readonly CheckedViolation[];
    }
  | { readonly kind: "tiers"; readonly tiers: readonly TierResult[] }
  | { readonly kind: "download"; readonly file: DownloadFile };

/** An outcome as the pane tells it: the message, and what shows under it. */
export interface Told {
  readonly notice: Notice;
  readonly detail?: Detail;
}

/** What a button's work is given when it is pressed. */
export interface ActionContext {
  readonly port: WorkbookPort;
  /** The form's values as they were when the button was pressed. */
  readonly form: FormValues;
  /** The unit, level and period of the form. */
  readonly params: SheetParams;
  /** The .xlsx files picked in the city's part of the pane, read. */
  readonly pickedFiles: () => Promise<PickedFile[]>;
  /** The file a file button was given (absent for the others). */
  readonly file?: File;
  /** Says where the work has got to, under the button's part of the pane. */
  readonly step: Progress;
  /** The roster sheet changed: the unit field reads it again. */
  readonly rosterChanged: () => void;
}

/** Where and how a button shows. */
interface ActionLook {
  readonly id: ButtonId;
  readonly section: Section;
  /** In the unit's part of the pane: the numbered step the button stands in. */
  readonly step?: { readonly marker: number; readonly title: string };
  /** The main button of its part. */
  readonly primary?: boolean;
  readonly icon?: FluentIcon;
  /** A button that opens the file dialog: the work runs on the file picked. */
  readonly pick?: { readonly accept: string };
  /** The form fields of this button only, above it. */
  readonly options?: readonly OptionId[];
  /** A line under the button. */
  readonly hint?: string;
}

/** A row of the table: how a button looks, and its work — the chunk, the use case in it, how its outcome is told. */
interface ActionRow<M, O> extends ActionLook {
  readonly chunk: () => Promise<M>;
  readonly run: (usecases: M, context: ActionContext) => Promise<O>;
  /** Tells the outcome with the messages' module (a chunk of its own, fetched with the use case's). */
  readonly tell: (outcome: O, context: ActionContext, messages: typeof Messages) => Told;
}

export interface PaneAction extends ActionLook {
  readonly label: string;
  /** Loads the chunk, runs the use case and tells its outcome. */
  readonly perform: (context: ActionContext) => Promise<Told>;
}

function action<M, O>(row: ActionRow<M, O>): PaneAction {
  const { chunk, run, tell, ...look } = row;
  return {
    ...look,
    label: BUTTONS[row.id],
    perform: async (context) => {
      const [usecases, messages] = await Promise.all([chunk(), CHUNKS.messages()]);
      return tell(await run(usecases, context), context, messages);
    },
  };
}

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX_TYPES = ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Every button of the pane, in the order it shows. */
export const ACTIONS: readonly PaneAction[] = [
  action({
    id: "generate",
    section: "sheet",
    step: { marker: 1, title: BUTTONS.generate },
    primary: true,
    hint: "Tạo lại bảng đã có thì số liệu, minh chứng và ghi chú đã nhập được giữ nguyên.",
    options: ["deadline"],
    chunk: CHUNKS.sheet,
    run: (m, c) => m.generateSheet(c.port, { ...c.params, deadline: c.form.deadline }, c.step),
    tell: (outcome, _c, m) => ({ notice: m.generatedNotice(outcome) }),
  }),
  action({
    id: "check",
    section: "sheet",
    step: { marker: 3, title: BUTTONS.check },
    hint: "Tìm số liệu không thể đúng (tử số lớn hơn mẫu số, chữ trong ô số…) và chỉ tiêu đã thực hiện mà chưa có minh chứng; bấm vào từng mục để đến ô cần sửa.",
    chunk: CHUNKS.sheet,
    run: (m, c) => m.checkFigures(c.port, { params: c.params }, c.step),
    tell: (checked, _c, m) => ({
      notice: m.checkedNotice(checked),
      detail: checked.violations.length
        ? {
            kind: "violations",
            sheet: checked.sheet,
            violations: m.byImportance(checked.violations),
          }
        : undefined,
    }),
  }),
  action({
    id: "fill",
    section: "sheet",
    step: { marker: 4, title: BUTTONS.fill },
    options: ["valuesOnly"],
    chunk: CHUNKS.sheet,
    run: (m, c) =>
      m.fillReport(c.port, { params: c.params, valuesOnly: c.form.valuesOnly }, c.step),
    tell: (filled, c, m) => ({
      notice: m.filledNotice(filled, c.form.valuesOnly),
      detail: { kind: "summary", summary: filled.summary },
    }),
  }),
  action({
    id: "compare",
    section: "sheet",
    step: { marker: 5, title: BUTTONS.compare },
    options: ["compareMode"],
    hint: "Ghi số liệu kỳ trước (cột I) và thay đổi (cột J: điểm % với tỷ lệ, “Chưa đạt → Đạt” khi đổi đánh giá), lấy từ bảng chỉ tiêu kỳ trước trong sổ tính hoặc trong các tệp .xlsx đã chọn ở phần Toàn thành phố.",
    chunk: CHUNKS.compare,
    run: async (m, c) =>
      m.compareWithPrevious(
        c.port,
        { params: c.params, mode: c.form.compare, files: await c.pickedFiles() },
        c.step
      ),
    tell: (compared, _c, m) => ({ notice: m.comparedNotice(compared) }),
  }),
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
    chunk: CHUNKS.city,
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
    tell: (made, _c, m) => ({
      notice: m.blankNotice(made),
      detail: { kind: "download", file: made },
    }),
  }),
  action({
    id: "blankTier",
    section: "city",
    icon: FolderZip20Regular,
    hint: "Một tệp .zip gồm sổ trống của mọi đơn vị đang báo cáo cùng cấp ở ô “Cấp” (theo trang “Danh sách đơn vị”); đơn vị “Ngừng báo cáo” được bỏ qua.",
    chunk: CHUNKS.blank,
    run: (m, c) => m.downloadBlankTier(c.port, { params: c.params }, c.step),
    tell: (made, _c, m) => ({
      notice: m.blankNotice(made),
      detail: { kind: "download", file: made },
    }),
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
    tell: (reply, _c, m) => ({
      notice: m.replyNotice(reply),
      detail: { kind: "download", file: reply },
    }),
  }),
  action({
    id: "sendReplies",
    section: "city",
    icon: FolderZip20Regular,
    hint: "Một tệp .zip gồm tệp ý kiến của mọi đơn vị “Cần giải trình” trong kỳ ở trên, mỗi đơn vị một tệp .xlsx, lấy từ trang rà soát mới nhất của từng đơn vị.",
    chunk: CHUNKS.review,
    run: (m, c) => m.sendReplies(c.port, { period: c.params.period }, c.step),
    tell: (replies, _c, m) => ({
      notice: m.repliesNotice(replies),
      detail: { kind: "download", file: replies },
    }),
  }),
  action({
    id: "fillSheet",
    section: "report",
    icon: TableEdit20Regular,
    hint: "Dán bảng mẫu có các chỗ trống [[...]] vào một trang, chọn trang đó rồi bấm nút trên.",
    chunk: CHUNKS.documents,
    run: (m, c) => m.fillTemplateInSheet(c.port, { params: c.params }, c.step),
    tell: (filled, _c, m) => ({ notice: m.templateNotice(filled) }),
  }),
  action({
    id: "fillDocx",
    section: "report",
    icon: DocumentText20Regular,
    pick: { accept: DOCX_TYPES },
    chunk: CHUNKS.documents,
    run: async (m, c) => {
      const file = c.file!;
      const data = await file.arrayBuffer();
      return m.fillDocx(c.port, { params: c.params, file: { name: file.name, data } }, c.step);
    },
    tell: (filled, _c, m) => ({
      notice: m.docxNotice(filled),
      detail: { kind: "download", file: filled },
    }),
  }),
  action({
    id: "export",
    section: "report",
    primary: true,
    icon: DocumentArrowDown20Regular,
    options: ["docSettings"],
    chunk: CHUNKS.documents,
    run: (m, c) => m.exportReport(c.port, { params: c.params, settings: c.form.document }, c.step),
    tell: (report, _c, m) => ({
      notice: m.exportedNotice(report),
      detail: { kind: "download", file: report },
    }),
  }),
  action({
    id: "reminder",
    section: "report",
    icon: MailAlert20Regular,
    hint: "Gửi các đơn vị chưa nộp hoặc nộp thiếu theo trang “Tình hình nộp” của kỳ ở trên (bấm “Tổng hợp toàn thành phố” trước); dùng thông tin văn bản ở trên.",
    chunk: CHUNKS.documents,
    run: (m, c) =>
      m.reminderLetter(c.port, { period: c.params.period, settings: c.form.document }, c.step),
    tell: (letter, _c, m) => ({
      notice: m.reminderNotice(letter),
      detail: { kind: "download", file: letter },
    }),
  }),
  action({
    id: "finalize",
    section: "sheet",
    step: { marker: 6, title: BUTTONS.finalize },
    hint: "Kiểm tra số liệu, ghi lần chốt, thời điểm và mã số liệu lên trang, bảo vệ trang khỏi sửa nhầm và tạo tệp nộp (.xlsx chỉ có giá trị) để gửi Thành phố.",
    chunk: CHUNKS.cycle,
    run: (m, c) => m.finalizeSheet(c.port, { params: c.params, now: () => Date.now() }, c.step),
    tell: (outcome, _c, m) => ({
      notice: m.finalizedNotice(outcome),
      detail:
        outcome.kind === "refused"
          ? { kind: "violations", sheet: outcome.sheet, violations: outcome.violations }
          : { kind: "download", file: outcome.file },
    }),
  }),
  action({
    id: "reopen",
    section: "sheet",
    step: { marker: 7, title: BUTTONS.reopen },
    hint: "Bỏ bảo vệ trang đã chốt để sửa số liệu; sửa xong bấm “Chốt số liệu” lại (lần chốt tiếp theo).",
    chunk: CHUNKS.cycle,
    run: (m, c) => m.reopenSheet(c.port, { params: c.params }, c.step),
    tell: (outcome, _c, m) => ({ notice: m.reopenedNotice(outcome) }),
  }),
  action({
    id: "receiveReply",
    section: "sheet",
    step: { marker: 8, title: BUTTONS.receiveReply },
    icon: MailInboxArrowDown20Regular,
    pick: { accept: XLSX_TYPES },
    hint: "Chọn tệp ý kiến (“Y kien TP …”) Thành phố gửi: ý kiến được ghi ở cột K, cạnh chỉ tiêu, trên bảng chỉ tiêu của đơn vị và kỳ ghi trong tệp; số liệu không bị sửa.",
    chunk: CHUNKS.review,
    run: async (m, c) => {
      const file = c.file!;
      const data = await file.arrayBuffer();
      return m.receiveReply(c.port, { file: { name: file.name, data } }, c.step);
    },
    tell: (received, _c, m) => ({ notice: m.receivedNotice(received) }),
  }),
];

/** The buttons of one part of the pane, in order. */
export const actionsOf = (section: Section): readonly PaneAction[] =>
  ACTIONS.filter((a) => a.section === section);

/**
 * What the cells of a catalog row's line are: its figure by kind (FIGURE_KINDS: format, typed or computed, validation,
 * evidence), whether it has a verdict, and the target it starts with.
 */
import { yesNoWords, type CatalogRow } from "../../core/catalog";
import { defaultTargetText } from "../../core/target";
import type { Kind, Level } from "../../core/types";
import type { Validation } from "../spec";
import { NUMBER_FORMATS, type NumberFormat } from "../styles";

/** What the figure cell of a row of each kind is on the sheet. */
export interface FigureKind {
  /** The number format of the figure cell; null where it has none of its own (yes/no words, headings). */
  readonly format: NumberFormat | null;
  /** The data validation of a typed figure, with its prompt and error in Vietnamese; null where there is none. */
  readonly validation: ((row: CatalogRow) => Omit<Validation, "range">) | null;
  /** Whether the row takes evidence in the Minh chứng column. */
  readonly evidence: boolean;
}

/** A figure the analyst types as a number: its format, and the one validation of every row of its kind. */
function typedNumber(format: NumberFormat, validation: Omit<Validation, "range">): FigureKind {
  return { format, validation: () => validation, evidence: false };
}

/** The figure kinds; the sheet's data validations come in this order. */
export const FIGURE_KINDS: Readonly<Record<Kind, FigureKind>> = {
  count: typedNumber(NUMBER_FORMATS.count, {
    rule: { type: "wholeNumber", min: 0 },
    prompt: { title: "Số liệu đếm", message: "Nhập số nguyên không âm, ví dụ 1200." },
    error: {
      title: "Số liệu không hợp lệ",
      message: "Số liệu đếm phải là số nguyên lớn hơn hoặc bằng 0.",
    },
  }),
  percent: typedNumber(NUMBER_FORMATS.percent, {
    rule: { type: "decimal", min: 0, max: 1 },
    prompt: { title: "Tỷ lệ phần trăm", message: "Nhập tỷ lệ kèm dấu %, ví dụ 60% hoặc 60,25%." },
    error: { title: "Tỷ lệ không hợp lệ", message: "Tỷ lệ phải trong khoảng từ 0% đến 100%." },
  }),
  rank: typedNumber(NUMBER_FORMATS.rank, {
    rule: { type: "wholeNumber", min: 1 },
    prompt: { title: "Thứ hạng", message: "Nhập thứ hạng của Thành phố: 1, 2, 3…" },
    error: { title: "Thứ hạng không hợp lệ", message: "Thứ hạng phải là số nguyên từ 1 trở lên." },
  }),
  yesno: {
    format: null,
    validation: (row) => {
      const [done, notDone] = yesNoWords(row);
      return {
        rule: { type: "list", items: [done, notDone] },
        prompt: {
          title: "Đã thực hiện chưa?",
          message: `Chọn "${done}" hoặc "${notDone}". Nếu đã thực hiện, ghi minh chứng ở cột Minh chứng.`,
        },
        error: {
          title: "Giá trị không hợp lệ",
          message: `Hãy chọn "${done}" hoặc "${notDone}" trong danh sách.`,
        },
      };
    },
    evidence: true,
  },
  ratio: { format: NUMBER_FORMATS.percent, validation: null, evidence: false },
  group: { format: null, validation: null, evidence: false },
};

/** The number format of a row's figure cell. */
export function figureFormat(row: CatalogRow): NumberFormat {
  return FIGURE_KINDS[row.kind].format ?? NUMBER_FORMATS.general;
}

/** The target text a row starts with at a level; "" where there is none (counts, headings, 18 at city level). */
export function startingTarget(row: CatalogRow, level: Level): string {
  if (row.target === null) return "";
  if (typeof row.target !== "string" && level === "tp") return "";
  return defaultTargetText(row, level);
}

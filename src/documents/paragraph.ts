/** What the written bodies (the report's, the reminder's) are made of: paragraphs, and the period in running text. */
import { periodText, type Period } from "../core/period";

export interface SummaryParagraph {
  readonly text: string;
  /** A numbered heading ("1. Kết quả chung"). */
  readonly heading?: boolean;
}

/** The period inside a sentence: "quý III năm 2025" (its text starts with a capital where it stands alone). */
export function periodInText(period: Period): string {
  const text = periodText(period);
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

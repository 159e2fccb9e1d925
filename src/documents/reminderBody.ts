/**
 * The reminder letter's body ("Công văn đôn đốc"): to the units that have not reported, or reported with rows
 * missing, as the status sheet lists them, by tier; it asks for the report by the deadline while it is ahead.
 */
import { LEVEL_NAMES } from "../core/levels";
import type { Period } from "../core/period";
import { fold } from "../core/text";
import type { Level } from "../core/types";
import type { StatusEntry } from "../sheets/statusSheet";
import { periodInText, type SummaryParagraph } from "./paragraph";
import { statusSummary, tierReportedText } from "./statusSummary";

/** The units a reminder letter goes to, per tier in the status sheet's order: not reported, or reported in part. */
export interface ReminderTier {
  readonly level: Level;
  readonly units: readonly {
    readonly name: string;
    readonly incomplete: boolean;
    readonly filled: string;
  }[];
}

export interface ReminderBody {
  readonly tiers: readonly ReminderTier[];
  /** How many units the letter names. */
  readonly count: number;
  readonly subject: string;
  readonly paragraphs: readonly SummaryParagraph[];
}

const SHOWN_DATE = /^\d{2}\/\d{2}\/\d{4}$/;
const BLANK_DATE = "……………";

/** The period's deadline as the status sheet shows it (dd/mm/yyyy), or null where it shows none. */
function statusDeadline(entries: readonly StatusEntry[]): string | null {
  return entries.map((e) => e.deadline).find((d) => SHOWN_DATE.test(d)) ?? null;
}

/** Whether the status sheet found the deadline passed: a unit "Quá hạn" (not reported after it). */
const deadlinePassed = (entries: readonly StatusEntry[]) =>
  entries.some((e) => fold(e.timeliness).startsWith("qua han"));

/** "Hạn nộp báo cáo của kỳ là ngày 20/03/2025, đã quá hạn. " when the deadline has passed, else "". */
function deadlineSentence(entries: readonly StatusEntry[]): string {
  const deadline = statusDeadline(entries);
  return deadline && deadlinePassed(entries)
    ? `Hạn nộp báo cáo của kỳ là ngày ${deadline}, đã quá hạn. `
    : "";
}

/** The date the letter asks for: the deadline while it is ahead, else a blank for the city to write a new one. */
function reminderDate(entries: readonly StatusEntry[]): string {
  const deadline = statusDeadline(entries);
  return deadline && !deadlinePassed(entries) ? `${deadline} (hạn nộp của kỳ)` : BLANK_DATE;
}

/** The tiers the letter names, in the summary's order, each with its units to remind. */
function reminderTiers(
  entries: readonly StatusEntry[],
  tiers: readonly { readonly level: Level }[]
): ReminderTier[] {
  return tiers
    .map((t) => ({
      level: t.level,
      units: entries
        .filter(
          (e) => e.level === t.level && (e.state === "notSubmitted" || e.state === "incomplete")
        )
        .map((e) => ({ name: e.name, incomplete: e.state === "incomplete", filled: e.filled })),
    }))
    .filter((t) => t.units.length > 0);
}

/** A tier's heading and one paragraph per unit: "a) Phường, xã, đặc khu (2 đơn vị):", "- Phường X: chưa nộp…;". */
function tierParagraphs(t: ReminderTier, i: number): SummaryParagraph[] {
  return [
    {
      text: `${String.fromCharCode(97 + i)}) ${LEVEL_NAMES[t.level]} (${t.units.length} đơn vị):`,
      heading: true,
    },
    ...t.units.map((u, j) => ({
      text: `- ${u.name}: ${u.incomplete ? `nộp thiếu số liệu${u.filled ? ` (đã nhập ${u.filled} dòng)` : ""}` : "chưa nộp báo cáo"}${j === t.units.length - 1 ? "." : ";"}`,
    })),
  ];
}

/**
 * "Công văn đôn đốc": to the units that have not reported, or reported with rows missing, as the status sheet lists
 * them; the letter names them by tier and asks for the report.
 */
export function reminderBody(entries: readonly StatusEntry[], period: Period): ReminderBody {
  const status = statusSummary(entries);
  const tiers = reminderTiers(entries, status.tiers);
  const count = tiers.reduce((n, t) => n + t.units.length, 0);
  const lower = periodInText(period);
  const paragraphs: SummaryParagraph[] = [
    {
      text: `Thực hiện chế độ báo cáo các chỉ tiêu chuyển đổi số ${lower}, đến nay đã nhận báo cáo của ${status.submitted}/${status.expected} đơn vị (${tierReportedText(status)}). Còn ${count} đơn vị chưa gửi báo cáo hoặc báo cáo chưa đủ số liệu, cụ thể:`,
    },
    ...tiers.flatMap(tierParagraphs),
    {
      text: `${deadlineSentence(entries)}Đề nghị các đơn vị nêu trên khẩn trương hoàn thành, gửi báo cáo (bảng chỉ tiêu chuyển đổi số đã nhập đủ số liệu và minh chứng) trước ngày ${reminderDate(entries)}; đơn vị đã gửi báo cáo thiếu số liệu bổ sung các dòng còn trống.`,
    },
    {
      text: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị liên hệ để được hướng dẫn./.",
    },
  ];
  const subject = `V/v đôn đốc gửi báo cáo các chỉ tiêu chuyển đổi số ${lower}`;
  return { tiers, count, subject, paragraphs };
}

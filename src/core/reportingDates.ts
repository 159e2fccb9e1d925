/**
 * The reporting cycle in time (docs/domain.md#reporting-periods): a period's data window, its deadline, and whether a
 * report was finalized on time, in the analyst's local dates (Asia/Ho_Chi_Minh, UTC+7 all year round).
 *
 * Dates are ISO calendar dates ("2025-03-14"); instants are ISO date-times with their offset
 * ("2025-04-20T09:15:00+07:00"). Local dates are computed from the offset, never from the machine's time zone.
 */
import { CdsError } from "./errors";
import type { Period, PeriodPart } from "./period";

/** A calendar date as "YYYY-MM-DD". */
export type IsoDate = string;

/** The analyst's time zone: Asia/Ho_Chi_Minh, UTC+7, without daylight saving. */
export const LOCAL_OFFSET_MINUTES = 7 * 60;
/** What the sheets say when the city set no deadline. */
export const NO_DEADLINE = "chưa đặt hạn";

/** A month, for a monthly report (the sheets have no monthly period, but the decree has one). */
export interface MonthPeriod {
  readonly year: number;
  readonly month: number;
}

export interface ReportingDates {
  /** The data window's first day: the 15th of the month before the period. */
  readonly from: IsoDate;
  /** The data window's last day (the cut-off): the 14th of the period's last month. */
  readonly to: IsoDate;
  /** The deadline the city set for the units, or null: none yet ("chưa đặt hạn"). */
  readonly deadline: IsoDate | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const iso = (year: number, month: number, day: number): IsoDate =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The first and last month (1–12) of a part of the year. */
const MONTHS: Readonly<Record<PeriodPart, readonly [number, number]>> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  Y: [1, 12],
};

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian), or null when it is no real date. */
function dayNumber(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return null;
  return Math.round(ms / 86_400_000);
}

/** The days of an ISO date since 1970-01-01, or null when it is not one ("2025-02-30", "14/03/2025"). */
export function isoDay(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function fromDay(day: number): IsoDate {
  const d = new Date(day * 86_400_000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** "14/03/2025" from "2025-03-14". */
export function shownDate(date: IsoDate): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

/** The deadline as a user types it: "20/04/2025" (or "20-4-2025", "2025-04-20"); null when blank. */
export function parseDate(text: string): IsoDate | null {
  const t = text.trim();
  if (!t) return null;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  let day: number | null = null;
  if (m) day = dayNumber(Number(m[3]), Number(m[2]), Number(m[1]));
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t)))
    day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === null)
    throw new CdsError(
      "invalidValue",
      `Ngày "${t}" không hợp lệ: hãy nhập ngày theo dạng ngày/tháng/năm, như 20/04/2025.`
    );
  return fromDay(day);
}

/** The data window of a period (Nghị định 09/2019, Điều 12): from the 15th of the month before to the 14th of the last. */
function windowOf(period: Period | MonthPeriod): { from: IsoDate; to: IsoDate } {
  const [first, last] = "month" in period ? [period.month, period.month] : MONTHS[period.part];
  if (
    "month" in period &&
    !(Number.isInteger(period.month) && period.month >= 1 && period.month <= 12)
  )
    throw new CdsError("invalidValue", `Tháng "${period.month}" không hợp lệ.`);
  const before = first === 1 ? [period.year - 1, 12] : [period.year, first - 1];
  return { from: iso(before[0], before[1], 15), to: iso(period.year, last, 14) };
}

/**
 * The dates of a period: its data window and the deadline (checked: a real date after the window's last day, since
 * the decree asks for time between the cut-off and the deadline). `deadline` is an ISO date or as typed ("20/04/2025").
 */
export function reportingDates(
  period: Period | MonthPeriod,
  deadline?: string | null
): ReportingDates {
  const window = windowOf(period);
  const due = deadline ? parseDate(deadline) : null;
  if (due && isoDay(due)! <= isoDay(window.to)!)
    throw new CdsError(
      "invalidValue",
      `Hạn nộp ${shownDate(due)} phải sau ngày chốt số liệu ${shownDate(window.to)} của kỳ báo cáo.`
    );
  return { ...window, deadline: due };
}

/** An instant read from a stamp: its local date (UTC+7) and the instant itself. */
export interface Instant {
  /** Milliseconds since the epoch. */
  readonly epochMs: number;
  /** The analyst's local date of the instant. */
  readonly localDate: IsoDate;
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an ISO instant with its offset ("2025-04-20T23:30:00+07:00", "2025-04-20T16:30:00Z"); null when it is not one
 * (no offset, no real date or time): a local time without its offset is never guessed.
 */
export function readInstant(text: string): Instant | null {
  const m = INSTANT.exec(text.trim());
  if (!m) return null;
  const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (day === null || h > 23 || min > 59 || s > 59) return null;
  let offset = 0;
  if (m[8] !== "Z") {
    const oh = Number(m[8].slice(1, 3));
    const om = Number(m[8].slice(4, 6));
    if (oh > 14 || om > 59) return null;
    offset = (m[8][0] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const epochMs =
    day * 86_400_000 +
    ((h * 60 + min - offset) * 60 + s) * 1000 +
    Number((m[7] ?? "0").padEnd(3, "0"));
  return { epochMs, localDate: localDateOf(epochMs) };
}

/** The analyst's local date (UTC+7) of an instant. */
export function localDateOf(epochMs: number): IsoDate {
  return fromDay(Math.floor((epochMs + LOCAL_OFFSET_MINUTES * 60_000) / 86_400_000));
}

/** An instant as the analyst's local date-time with its offset, to the second: "2025-04-20T09:15:00+07:00". */
export function localStamp(epochMs: number): string {
  const local = new Date(Math.floor(epochMs / 1000) * 1000 + LOCAL_OFFSET_MINUTES * 60_000);
  const date = iso(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}+07:00`;
}

/** "09:15 ngày 20/04/2025 (UTC+07:00)": a stamp's instant in the analyst's local time. */
export function shownInstant(epochMs: number): string {
  const s = localStamp(epochMs);
  return `${s.slice(11, 16)} ngày ${shownDate(s.slice(0, 10))} (UTC+07:00)`;
}

/** Whether a unit's report came in time. */
export type Timeliness =
  | { readonly state: "onTime" }
  | { readonly state: "late"; readonly days: number }
  /** Not finalized, and the deadline has passed. */
  | { readonly state: "overdue"; readonly days: number }
  /** Not finalized, the deadline not passed (or none set). */
  | { readonly state: "notFinalized" }
  /** Finalized, and no deadline to measure it by. */
  | { readonly state: "finalized" };

/**
 * Whether a report finalized at `finalizedAt` (a stamp's instant, or null when not finalized) came by the deadline
 * (an ISO date, or null: none set), on the analyst's local dates: finalized on the deadline day is on time; the next
 * day is late 1 day. `today` is the analyst's local date. A stamp that cannot be read throws: it is never on time.
 */
export function timeliness(
  finalizedAt: string | null,
  deadline: IsoDate | null,
  today: IsoDate
): Timeliness {
  const due = deadline === null ? null : isoDay(deadline);
  if (deadline !== null && due === null)
    throw new CdsError("invalidValue", `Hạn nộp "${deadline}" không phải một ngày.`);
  const now = isoDay(today);
  if (now === null) throw new CdsError("invalidValue", `Ngày "${today}" không phải một ngày.`);
  if (finalizedAt === null) {
    return due !== null && now > due
      ? { state: "overdue", days: now - due }
      : { state: "notFinalized" };
  }
  const at = readInstant(finalizedAt);
  if (!at)
    throw new CdsError(
      "invalidValue",
      `Thời điểm chốt "${finalizedAt}" không đọc được (cần ngày, giờ và múi giờ, như 2025-04-20T09:15:00+07:00).`
    );
  if (due === null) return { state: "finalized" };
  const day = isoDay(at.localDate)!;
  return day <= due ? { state: "onTime" } : { state: "late", days: day - due };
}

/** The words of a timeliness on the status sheet: "Đúng hạn", "Trễ hạn 3 ngày", "Quá hạn 2 ngày", "Chưa chốt". */
export function timelinessText(t: Timeliness): string {
  switch (t.state) {
    case "onTime":
      return "Đúng hạn";
    case "late":
      return `Trễ hạn ${t.days} ngày`;
    case "overdue":
      return `Quá hạn ${t.days} ngày`;
    case "notFinalized":
      return "Chưa chốt";
    case "finalized":
      return "Đã chốt (chưa đặt hạn)";
  }
}

/**
 * The written body of the report (docs/domain.md#report-body): what the sheet's figures say, in short Vietnamese
 * paragraphs an analyst can edit in Word. Every figure, target and change is the sheet's as it shows it (ShownResults,
 * the comparison's column J, the status sheet's lines): the summary counts and names, it never computes a figure.
 */
import type { CellValue } from "../core/types";
import { catalog, pillars } from "../core/catalog";
import { changeBetween } from "../core/compare";
import { CdsError } from "../core/errors";
import { LEVEL_NAMES, parseLevel } from "../core/levels";
import { COMPARE_COL } from "../sheets/comparison";
import { HEADER_ROW } from "../sheets/unit/grid";
import { periodText, type Period } from "../core/period";
import type { SheetSnapshot, UnitSheet } from "../sheets/unit/read";
import { startingTarget } from "../sheets/unit/rows";
import type { ShownResults } from "../sheets/unit/shown";
import { STATUS_COL, STATUS_HEADER_ROW, STATUS_HEADERS } from "../sheets/statusSheet";
import { ROSTER_LEVELS, SUBMISSION_WORDS, type SubmissionState } from "../core/status";
import { fold } from "../core/text";
import { lostMet, VERDICTS, type Level, type PillarId, type Verdict } from "../core/types";

/** The indicators a report judges: the rows with a target (counts that only feed a ratio have none). */
export const JUDGED_ROWS = catalog.filter((r) => r.target !== null);

/** The change of one row as the sheet's comparison shows it. */
export interface SheetChanges {
  /** The previous period's header as the sheet writes it: "Kỳ trước (Quý II năm 2025)". */
  readonly previous: string;
  /** Row id → the change as column J shows it ("+3,20 điểm % · Chưa đạt → Đạt"); rows without one are absent. */
  readonly rows: Readonly<Record<string, string>>;
}

const VERDICT_WORDS: readonly string[] = [VERDICTS.met, VERDICTS.notMet, VERDICTS.noData];
const isErrorText = (v: CellValue | undefined) =>
  typeof v === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(v.trim());

/**
 * The comparison of a unit (or city) sheet, when "So sánh với kỳ trước" wrote its columns I and J: each row's change
 * as J shows it. Where J shows an error (the custom functions not loaded), the change is worked out by the function
 * J calls, over the same cells; null when the sheet has no comparison.
 */
export function readSheetChanges(sheet: UnitSheet, snapshot: SheetSnapshot): SheetChanges | null {
  const header = snapshot.values[HEADER_ROW - 1]?.[COMPARE_COL.previous];
  if (typeof header !== "string" || !header.trim().startsWith("Kỳ trước")) return null;
  const rows: Record<string, string> = {};
  for (const row of catalog) {
    const r = sheet.rows[row.id];
    if (!r) continue;
    const values = snapshot.values[r.row - 1] ?? [];
    const shown = values[COMPARE_COL.change];
    let text = typeof shown === "string" && !isErrorText(shown) ? shown.trim() : "";
    if (!text && isErrorText(shown)) {
      const formula = String(snapshot.formulas[r.row - 1]?.[COMPARE_COL.change] ?? "");
      const before = /,"([^"]+)",[A-Z]+\d+\)$/.exec(formula)?.[1];
      try {
        text = changeBetween(
          row.id,
          r.figure.value,
          values[COMPARE_COL.previous],
          before && VERDICT_WORDS.includes(before) ? before : undefined,
          r.verdict.value
        );
      } catch (e) {
        if (!(e instanceof CdsError)) throw e;
        text = "";
      }
    }
    if (text) rows[row.id] = text;
  }
  return { previous: header.trim(), rows };
}

/** A line of the status sheet as read back: whose, which tier, which state. */
export interface StatusEntry {
  readonly code: string;
  readonly name: string;
  readonly level: Level | null;
  readonly state: SubmissionState | null;
  /** "20/35": rows filled, as the sheet writes it ("" without a report). */
  readonly filled: string;
  /** The period's deadline as the sheet writes it ("20/03/2025", "chưa đặt hạn"; "" on a sheet without it). */
  readonly deadline: string;
  /** "Đúng hạn", "Trễ hạn 3 ngày", "Quá hạn 5 ngày", "Chưa chốt" ("" on a sheet without it). */
  readonly timeliness: string;
}

const STATE_OF = new Map<string, SubmissionState>(
  (Object.keys(SUBMISSION_WORDS) as SubmissionState[]).map((s) => [SUBMISSION_WORDS[s], s])
);

/**
 * The status sheet ("Tình hình nộp") read back: its lines with their tier and state. Each column is found by its
 * header (the sheet's own words), so that a column added to the sheet does not shift what is read.
 */
export function readStatusEntries(values: readonly (readonly CellValue[])[]): StatusEntry[] {
  const headers = (values[STATUS_HEADER_ROW - 1] ?? []).map((v) =>
    String(v ?? "")
      .normalize("NFC")
      .trim()
  );
  const col = (i: number) => {
    const at = headers.indexOf(STATUS_HEADERS[i]);
    return at < 0 ? i : at;
  };
  const [code, name, level, state, filled] = [1, 2, 3, 4, 5].map(col);
  // the reporting cycle's columns, only where their headers are (an older status sheet has none)
  const [deadline, timely] = [STATUS_COL.deadline, STATUS_COL.timeliness].map((i) =>
    headers.indexOf(STATUS_HEADERS[i])
  );
  const text = (line: readonly CellValue[], c: number) =>
    String(line[c] ?? "")
      .normalize("NFC")
      .trim();
  const out: StatusEntry[] = [];
  for (const line of values.slice(STATUS_HEADER_ROW)) {
    if (!line || !text(line, name)) continue;
    let tier: Level | null = null;
    try {
      tier = parseLevel(text(line, level));
    } catch (e) {
      if (!(e instanceof CdsError)) throw e;
    }
    out.push({
      code: text(line, code),
      name: text(line, name),
      level: tier,
      state: STATE_OF.get(text(line, state)) ?? null,
      filled: text(line, filled),
      deadline: deadline < 0 ? "" : text(line, deadline),
      timeliness: timely < 0 ? "" : text(line, timely),
    });
  }
  return out;
}

export interface PillarCount {
  readonly pillar: PillarId;
  readonly title: string;
  readonly total: number;
  readonly met: number;
  readonly notMet: number;
  readonly noData: number;
  /** Judged rows the sheet gives no verdict (a figure that cannot be right, or a sheet not filled yet). */
  readonly unjudged: number;
}

export interface NamedRow {
  readonly id: string;
  readonly title: string;
}

export interface NotMetRow extends NamedRow {
  /** The figure as the sheet shows it ("58,82%"). */
  readonly figure: string;
  /** The target the verdict was judged against, as the sheet shows it ("≥ 60%"); "" where there is none to say. */
  readonly target: string;
  /** The change since the previous period as the sheet shows it, when compared; "". */
  readonly change: string;
}

export interface StatusSummary {
  /** Per tier: how many reported of how many expected, and who did not or sent an incomplete report. */
  readonly tiers: readonly {
    readonly level: Level;
    readonly submitted: number;
    readonly expected: number;
    readonly notSubmitted: readonly string[];
    readonly incomplete: readonly string[];
  }[];
  readonly submitted: number;
  readonly expected: number;
}

export interface SummaryParagraph {
  readonly text: string;
  /** A numbered heading ("1. Kết quả chung"). */
  readonly heading?: boolean;
}

export interface ReportSummary {
  readonly total: number;
  readonly met: number;
  readonly notMet: number;
  readonly noData: number;
  readonly unjudged: number;
  readonly pillars: readonly PillarCount[];
  readonly notMetRows: readonly NotMetRow[];
  readonly noDataRows: readonly NamedRow[];
  /** Judged rows without a verdict, with the sheet's note saying why. */
  readonly unjudgedRows: readonly (NamedRow & { readonly note: string })[];
  /** Rows whose verdict changed since the previous period (lost Đạt first), with J's text. */
  readonly verdictChanges: readonly (NamedRow & { readonly change: string })[];
  readonly status: StatusSummary | null;
  readonly paragraphs: readonly SummaryParagraph[];
}

export interface SummaryInput {
  /** Whose report and which period: the sheet's. */
  readonly unit: string;
  readonly level: Level;
  readonly period: Period;
  readonly shown: ShownResults;
  readonly changes?: SheetChanges | null;
  /** For the city: the status sheet's lines, when the consolidation wrote one. */
  readonly status?: readonly StatusEntry[] | null;
}

/** The tiers' words in the body: "phường, xã, đặc khu", "sở, ban, ngành". */
const tierWords = (level: Level) => LEVEL_NAMES[level].toLowerCase();

/** The target a verdict was judged against, as the sheet shows it: the edited one, else the level's default. */
function judgedTarget(id: string, level: Level, shown: ShownResults): string {
  const r = shown[id];
  if (r.editedTarget) return r.editedTarget.shown;
  const row = catalog.find((c) => c.id === id)!;
  return startingTarget(row, level);
}

/** A row's title as the body names it: without the template's "Tỷ lệ = (a)/(b)", its "(a)" marks, a final stop. */
export function shortTitle(title: string): string {
  return title
    .replace(/\s*Tỷ lệ\s*=.*$/u, "")
    .replace(/\s*\([a-z]\)\s*$/, "")
    .replace(/[.;:\s]+$/, "");
}

/** "16 (Tỷ lệ …)" */
const named = (r: NamedRow) => `${r.id} (${shortTitle(r.title)})`;

/** A target in running text: its sign kept with its number ("≥ 60%" never broken after "≥"). */
const glued = (target: string) => target.replace(/([≥≤<>=]) /g, "$1\u00a0");

/** The status sheet's lines as the summary and the reminder letter count them: per tier, in the sheet's order. */
export function statusSummary(entries: readonly StatusEntry[]): StatusSummary {
  const levels: Level[] = [...ROSTER_LEVELS];
  for (const e of entries) if (e.level && !levels.includes(e.level)) levels.push(e.level);
  const onRoster = (e: StatusEntry) =>
    e.state === "submitted" || e.state === "incomplete" || e.state === "notSubmitted";
  const tiers = levels
    .map((level) => {
      const of = entries.filter((e) => e.level === level && onRoster(e));
      return {
        level,
        expected: of.length,
        submitted: of.filter((e) => e.state !== "notSubmitted").length,
        notSubmitted: of.filter((e) => e.state === "notSubmitted").map((e) => e.name),
        incomplete: of.filter((e) => e.state === "incomplete").map((e) => e.name),
      };
    })
    .filter((t) => t.expected > 0);
  return {
    tiers,
    submitted: tiers.reduce((n, t) => n + t.submitted, 0),
    expected: tiers.reduce((n, t) => n + t.expected, 0),
  };
}

/** The report's body from the sheet: counts per pillar, the Chưa đạt with figure and target, what is missing. */
export function reportSummary(input: SummaryInput): ReportSummary {
  const { shown, level } = input;
  const verdictOf = (id: string): Verdict | null => shown[id]?.verdict ?? null;
  const count = (ids: readonly string[]) => ({
    total: ids.length,
    met: ids.filter((id) => verdictOf(id) === VERDICTS.met).length,
    notMet: ids.filter((id) => verdictOf(id) === VERDICTS.notMet).length,
    noData: ids.filter((id) => verdictOf(id) === VERDICTS.noData).length,
    unjudged: ids.filter((id) => verdictOf(id) === null).length,
  });
  const judged = JUDGED_ROWS.filter((r) => shown[r.id]);
  const all = count(judged.map((r) => r.id));
  const pillarCounts: PillarCount[] = pillars
    .map((p) => ({
      pillar: p.id,
      title: p.title,
      ...count(judged.filter((r) => r.pillar === p.id).map((r) => r.id)),
    }))
    .filter((p) => p.total > 0);
  const changes = input.changes ?? null;
  const notMetRows: NotMetRow[] = judged
    .filter((r) => verdictOf(r.id) === VERDICTS.notMet)
    .map((r) => ({
      id: r.id,
      title: r.title,
      figure: shown[r.id].text,
      target: judgedTarget(r.id, level, shown),
      change: changes?.rows[r.id] ?? "",
    }));
  const noDataRows = judged
    .filter((r) => verdictOf(r.id) === VERDICTS.noData)
    .map((r) => ({ id: r.id, title: r.title }));
  const unjudgedRows = judged
    .filter((r) => verdictOf(r.id) === null)
    .map((r) => ({ id: r.id, title: r.title, note: shown[r.id].sheetNote }));
  const verdictChanges = changes
    ? judged
        .map((r) => ({ id: r.id, title: r.title, change: changes.rows[r.id] ?? "" }))
        .filter((c) => c.change.includes("→"))
        .map((c, order) => {
          const [from, to] = c.change
            .slice(c.change.lastIndexOf("·") + 1)
            .split("→")
            .map((s) => s.trim() as Verdict);
          return { c, order, bad: lostMet(from, to) ? 0 : to === VERDICTS.met ? 2 : 1 };
        })
        .sort((a, b) => a.bad - b.bad || a.order - b.order)
        .map(({ c }) => c)
    : [];
  const status = input.status ? statusSummary(input.status) : null;

  const paragraphs: SummaryParagraph[] = [];
  const say = (text: string) => paragraphs.push({ text });
  const head = (text: string) => paragraphs.push({ text, heading: true });
  const period = periodText(input.period);
  const whose = level === "tp" ? "toàn Thành phố" : input.unit;
  say(
    `Thực hiện chế độ báo cáo các chỉ tiêu chuyển đổi số, kết quả thực hiện ${period.charAt(0).toLowerCase()}${period.slice(1)} của ${whose} như sau (số liệu chi tiết tại Phụ lục kèm theo):`
  );
  let n = 0;
  head(`${++n}. Kết quả chung`);
  say(
    [
      `Trong ${all.total} chỉ tiêu có mục tiêu đánh giá: ${all.met} chỉ tiêu Đạt, ${all.notMet} chỉ tiêu Chưa đạt, ${all.noData} chỉ tiêu chưa có số liệu`,
      all.unjudged ? `, ${all.unjudged} chỉ tiêu chưa đánh giá được` : "",
      ".",
    ].join("")
  );
  for (const p of pillarCounts) {
    const parts = [`${p.met} Đạt`, `${p.notMet} Chưa đạt`, `${p.noData} chưa có số liệu`];
    if (p.unjudged) parts.push(`${p.unjudged} chưa đánh giá được`);
    say(`- ${p.title} (${p.total} chỉ tiêu): ${parts.join(", ")}.`);
  }
  head(`${++n}. Các chỉ tiêu chưa đạt`);
  if (!notMetRows.length) say("Không có chỉ tiêu nào chưa đạt mục tiêu.");
  notMetRows.forEach((r, i) => {
    const yesno = catalog.find((c) => c.id === r.id)?.kind === "yesno";
    // the city's yes/no is "k/n đơn vị": Đạt when every unit that reported did it
    const result = yesno
      ? level === "tp"
        ? `${r.figure} đã thực hiện`
        : `kết quả “${r.figure}”${r.target ? `, mục tiêu “${r.target}”` : ""}`
      : `đạt ${r.figure}${r.target ? ` (mục tiêu ${glued(r.target)})` : ""}`;
    // a change of nothing is not news: "0,00 điểm %", "0", "giữ hạng" are left out
    const moved = r.change && !/^(0(,0+)?( điểm %| đơn vị)?|giữ hạng)$/.test(r.change);
    const change = moved ? `; so với kỳ trước: ${r.change}` : "";
    const end = i === notMetRows.length - 1 ? "." : ";";
    say(`- Chỉ tiêu ${named(r)}: ${result}${change}${end}`);
  });
  head(`${++n}. Số liệu còn thiếu`);
  if (!noDataRows.length && !unjudgedRows.length) say("Các chỉ tiêu đều đã có số liệu.");
  if (noDataRows.length) {
    // a few are named with their titles; many by their numbers, the appendix has the titles
    const list =
      noDataRows.length <= 5
        ? noDataRows.map((r) => `chỉ tiêu ${named(r)}`).join("; ")
        : `các chỉ tiêu ${noDataRows.map((r) => r.id).join(", ")}`;
    say(
      `${noDataRows.length} chỉ tiêu chưa có số liệu: ${list}. Đề nghị bổ sung số liệu để đánh giá đầy đủ.`
    );
  }
  for (const r of unjudgedRows)
    say(
      `- Chỉ tiêu ${r.id} chưa đánh giá được${r.note ? `: ${r.note.replace(/[.\s]+$/, "")}` : ""}.`
    );
  if (changes) {
    const previous = /\(([^)]+)\)/.exec(changes.previous)?.[1] ?? "kỳ trước";
    head(`${++n}. So với ${previous}`);
    if (!verdictChanges.length)
      say("Không có chỉ tiêu nào thay đổi kết quả đánh giá so với kỳ trước.");
    else say(`${verdictChanges.length} chỉ tiêu thay đổi kết quả đánh giá:`);
    verdictChanges.forEach((c, i) =>
      say(`- Chỉ tiêu ${named(c)}: ${c.change}${i === verdictChanges.length - 1 ? "." : ";"}`)
    );
  }
  if (level === "tp") {
    head(`${++n}. Tình hình nộp báo cáo của các đơn vị`);
    if (!status) {
      say(
        "Chưa có trang “Tình hình nộp” của kỳ này: hãy tổng hợp toàn thành phố để biết đơn vị nào chưa nộp báo cáo."
      );
    } else {
      say(
        `Đã nhận báo cáo của ${status.submitted}/${status.expected} đơn vị trong danh sách (${status.tiers
          .map((t) => `${tierWords(t.level)}: ${t.submitted}/${t.expected}`)
          .join("; ")}).`
      );
      for (const t of status.tiers) {
        if (t.notSubmitted.length)
          say(
            `- ${LEVEL_NAMES[t.level]} chưa nộp (${t.notSubmitted.length}): ${t.notSubmitted.join(", ")}.`
          );
        if (t.incomplete.length)
          say(
            `- ${LEVEL_NAMES[t.level]} nộp thiếu số liệu (${t.incomplete.length}): ${t.incomplete.join(", ")}.`
          );
      }
    }
  }
  say(
    `Trên đây là báo cáo kết quả thực hiện các chỉ tiêu chuyển đổi số ${period.charAt(0).toLowerCase()}${period.slice(1)} của ${whose}./.`
  );
  return {
    ...all,
    pillars: pillarCounts,
    notMetRows,
    noDataRows,
    unjudgedRows,
    verdictChanges,
    status,
    paragraphs,
  };
}

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

/** "Hạn nộp báo cáo của kỳ là ngày 20/03/2025 đã qua. " when the deadline has passed, else "". */
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

/**
 * "Công văn đôn đốc": to the units that have not reported, or reported with rows missing, as the status sheet lists
 * them; the letter names them by tier and asks for the report.
 */
export function reminderBody(entries: readonly StatusEntry[], period: Period): ReminderBody {
  const status = statusSummary(entries);
  const tiers: ReminderTier[] = status.tiers
    .map((t) => ({
      level: t.level,
      units: entries
        .filter(
          (e) => e.level === t.level && (e.state === "notSubmitted" || e.state === "incomplete")
        )
        .map((e) => ({ name: e.name, incomplete: e.state === "incomplete", filled: e.filled })),
    }))
    .filter((t) => t.units.length > 0);
  const count = tiers.reduce((n, t) => n + t.units.length, 0);
  const text = periodText(period);
  const lower = `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  const subject = `V/v đôn đốc gửi báo cáo các chỉ tiêu chuyển đổi số ${lower}`;
  const paragraphs: SummaryParagraph[] = [];
  const say = (t: string) => paragraphs.push({ text: t });
  say(
    `Thực hiện chế độ báo cáo các chỉ tiêu chuyển đổi số ${lower}, đến nay đã nhận báo cáo của ${status.submitted}/${status.expected} đơn vị (${status.tiers
      .map((t) => `${tierWords(t.level)}: ${t.submitted}/${t.expected}`)
      .join("; ")}). Còn ${count} đơn vị chưa gửi báo cáo hoặc báo cáo chưa đủ số liệu, cụ thể:`
  );
  tiers.forEach((t, i) => {
    paragraphs.push({
      text: `${String.fromCharCode(97 + i)}) ${LEVEL_NAMES[t.level]} (${t.units.length} đơn vị):`,
      heading: true,
    });
    t.units.forEach((u, j) =>
      say(
        `- ${u.name}: ${u.incomplete ? `nộp thiếu số liệu${u.filled ? ` (đã nhập ${u.filled} dòng)` : ""}` : "chưa nộp báo cáo"}${j === t.units.length - 1 ? "." : ";"}`
      )
    );
  });
  say(
    `${deadlineSentence(entries)}Đề nghị các đơn vị nêu trên khẩn trương hoàn thành, gửi báo cáo (bảng chỉ tiêu chuyển đổi số đã nhập đủ số liệu và minh chứng) trước ngày ${reminderDate(entries)}; đơn vị đã gửi báo cáo thiếu số liệu bổ sung các dòng còn trống.`
  );
  say(
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị liên hệ để được hướng dẫn./."
  );
  return { tiers, count, subject, paragraphs };
}

/**
 * Who has reported: the city's roster against the reports consolidated. A report is matched to a roster entry by its
 * unit code first, then by its name when the name means one entry only (matchUnit: never a guess between two units).
 * The coordinating department's first question before a deadline is "which units have not sent their report?": the
 * status answers it per tier, with the units to chase first.
 */
import { catalog } from "./catalog";
import type { Results } from "./evaluate";
import { LEVEL_NAMES } from "./levels";
import { fold } from "./text";
import type { Level } from "./types";
import type { UnitReport } from "./unitReport";
import { matchUnit } from "./units";
import {
  readInstant,
  shownDate,
  shownInstant,
  timeliness,
  timelinessText,
  type IsoDate,
  type Timeliness,
} from "./reportingDates";

/** The levels a roster holds: phường, xã, đặc khu (xa) and sở, ban, ngành (so). */
export type RosterLevel = Extract<Level, "xa" | "so">;
export const ROSTER_LEVELS: readonly RosterLevel[] = ["xa", "so"];

export interface RosterEntry {
  readonly code: string;
  readonly name: string;
  /** "phường", "xã", "đặc khu" for communes; the city's own word for the others ("sở", "ban", …), or "". */
  readonly kind: string;
  readonly level: RosterLevel;
  /** false: the unit no longer reports (merged, dissolved); kept for earlier periods. */
  readonly active: boolean;
}

export type ReceiptState = "notSubmitted" | "incomplete" | "submitted" | "unknown" | "retired";

/** The words of the status sheet and the pane. */
export const RECEIPT_WORDS: Readonly<Record<ReceiptState, string>> = {
  notSubmitted: "Chưa nộp",
  incomplete: "Nộp thiếu",
  submitted: "Đã nộp",
  unknown: "Không có trong danh sách",
  retired: "Ngừng báo cáo",
};

/**
 * The rows a unit fills that the consolidation counts: its counts and yes/no answers. Ratios are computed from
 * counts, 18.2 is 17.2, percentages and the rank are the city's own statistics, 22.1 is counted from 22.
 */
export const REPORTED_ROWS: readonly string[] = catalog
  .filter((r) => (r.kind === "count" || r.kind === "yesno") && !r.sameAs && !r.countsUnitsOf)
  .map((r) => r.id);

/** One line of the status: a roster entry (reported or not), or a report no entry matches. */
export interface StatusLine {
  /** The roster's code; for a report off the roster, the code its sheet records, or "". */
  readonly code: string;
  readonly name: string;
  readonly level: Level;
  readonly state: ReceiptState;
  /** Rows of REPORTED_ROWS the report filled (0 without a report). */
  readonly filled: number;
  /** The sheet or file the report came from; "" without a report. */
  readonly source: string;
  /** What else to know, in Vietnamese: a second report, a level that differs from the roster's. */
  readonly note: string;
  /** The reporting cycle of the line, when the status was given the period's dates. */
  readonly cycle?: LineCycle;
}

/** A status line's finalization and timeliness. */
export interface LineCycle {
  /** The stamp's version; null when not finalized (or the stamp cannot be read). */
  readonly version: number | null;
  /** "09:15 ngày 20/04/2025 (UTC+07:00)", or "". */
  readonly finalizedAt: string;
  /** "20/04/2025", or "chưa đặt hạn". */
  readonly deadline: string;
  readonly timeliness: Timeliness;
  /** "Đúng hạn", "Trễ hạn 2 ngày", "Quá hạn 3 ngày", "Chưa chốt", … */
  readonly words: string;
  /** "" when the stamp matches; CHANGED_WORDS; or why the stamp cannot be read, with its cell. */
  readonly trust: string;
  readonly changed: boolean;
  readonly unreadable: boolean;
}

/** The status sheet's words for figures edited after finalizing. */
export const CHANGED_WORDS = "Số liệu đã sửa sau khi chốt";

/** The period's dates the status measures timeliness by: the deadline (null: none) and the analyst's today. */
export interface StatusDates {
  readonly deadline: IsoDate | null;
  readonly today: IsoDate;
}

/** How many units of a tier reported on time, late, not finalized, not at all, and changed after finalizing. */
export interface TierTimeliness {
  readonly onTime: number;
  readonly late: number;
  /** Reported, but not finalized (or a stamp that cannot be read), or finalized without a deadline to measure. */
  readonly notFinalized: number;
  readonly notReported: number;
  readonly changed: number;
}

/** The cycle of a line from its report (null: none) and the period's dates. */
export function lineCycle(report: UnitReport | null, dates: StatusDates): LineCycle {
  const c = report?.cycle ?? { state: "none" as const };
  const stamped = c.state === "stamped" ? c : null;
  const t = timeliness(stamped ? stamped.finalizedAt : null, dates.deadline, dates.today);
  const instant = stamped ? readInstant(stamped.finalizedAt) : null;
  return {
    version: stamped ? stamped.version : null,
    finalizedAt: instant ? shownInstant(instant.epochMs) : "",
    deadline: dates.deadline ? shownDate(dates.deadline) : "chưa đặt hạn",
    timeliness: t,
    words: timelinessText(t),
    trust: c.state === "unreadable" ? c.message : stamped?.changed ? CHANGED_WORDS : "",
    changed: !!stamped?.changed,
    unreadable: c.state === "unreadable",
  };
}

/** Two or more reports for one roster entry: the first is counted, the others are left out. */
export interface RosterDuplicate {
  readonly entry: RosterEntry;
  readonly kept: UnitReport;
  readonly extra: readonly UnitReport[];
}

/**
 * A tier's status: the consolidation's, of a roster's tier; or, as TierStatus<Level>, what a status sheet read back
 * says of a tier (its lines may name another level).
 */
export interface TierStatus<L extends Level = RosterLevel> {
  readonly level: L;
  /** Active roster entries of the tier with a report. */
  readonly submitted: number;
  /** Active roster entries of the tier. */
  readonly expected: number;
  /** Names of the active entries without a report, in roster order. */
  readonly notSubmitted: readonly string[];
  /** Names of the entries whose report lacks rows. */
  readonly incomplete: readonly string[];
  /** With the period's dates: on time, late, not finalized, not reported, changed after finalizing. */
  readonly timeliness?: TierTimeliness;
  /** Approved units whose report is now another version ("Cần duyệt lại"); absent when none. */
  readonly reapprove?: readonly string[];
}

export interface RosterStatus {
  /** Roster entries with a report (the incomplete ones included). */
  readonly submitted: readonly StatusLine[];
  /** Active roster entries without a report. */
  readonly notSubmitted: readonly StatusLine[];
  /** Reports whose unit matches no roster entry: counted, but the city cannot tell whose they are. */
  readonly unknown: readonly StatusLine[];
  readonly duplicates: readonly RosterDuplicate[];
  /** Submitted, with rows missing: how many in `filled` against REPORTED_ROWS.length. */
  readonly incomplete: readonly StatusLine[];
  readonly tiers: readonly TierStatus[];
  /** Every line, the units to chase first: not submitted, incomplete (fewest rows first), off the roster, submitted. */
  readonly lines: readonly StatusLine[];
}

const codeKey = (code: string | undefined) => fold(code ?? "").replace(/\s+/g, "");

/**
 * Which roster entry each report is: by code, then by name when unambiguous. A second report for an entry already
 * taken is a duplicate (left out of the sums by the caller); a report matching nothing is off the roster. Reports of a
 * level the roster does not cover (`levels`: the official list has only communes) are neither.
 */
export function matchRoster(
  reports: readonly UnitReport[],
  roster: readonly RosterEntry[],
  levels: readonly Level[] = ROSTER_LEVELS
): { matched: Map<UnitReport, RosterEntry>; duplicates: RosterDuplicate[]; unknown: UnitReport[] } {
  const byCode = new Map<string, RosterEntry>();
  for (const e of roster)
    if (codeKey(e.code) && !byCode.has(codeKey(e.code))) byCode.set(codeKey(e.code), e);
  const matched = new Map<UnitReport, RosterEntry>();
  const taken = new Map<RosterEntry, UnitReport>();
  const extra = new Map<RosterEntry, UnitReport[]>();
  const unknown: UnitReport[] = [];
  for (const report of reports) {
    if (!levels.includes(report.level)) continue; // a level the roster does not cover (the official list: communes)
    const entry =
      (report.code ? byCode.get(codeKey(report.code)) : undefined) ??
      matchUnit(report.unit, roster);
    if (!entry) {
      unknown.push(report);
    } else if (taken.has(entry)) {
      const list = extra.get(entry) ?? [];
      list.push(report);
      extra.set(entry, list);
    } else {
      taken.set(entry, report);
      matched.set(report, entry);
    }
  }
  const duplicates = [...extra].map(([entry, list]) => ({
    entry,
    kept: taken.get(entry)!,
    extra: list,
  }));
  return { matched, duplicates, unknown };
}

/** How many of REPORTED_ROWS a unit's results hold a figure or an answer for (a wrong one is still filled in). */
export function filledRows(results: Results): number {
  return REPORTED_ROWS.filter((id) => results[id].value !== null || results[id].invalid).length;
}

const SOURCE_UNKNOWN = "";

/** A report counted, with its results. */
interface Counted {
  readonly report: UnitReport;
  readonly results: Results;
}

/** The cycle of a line when the status was given the period's dates, else nothing. */
type CycleOf = (report: UnitReport | null) => { cycle?: LineCycle };

/** The line of a roster entry without a report: not submitted, or no longer reporting. */
function missingLine(entry: RosterEntry, cycleOf: CycleOf): StatusLine {
  return {
    code: entry.code,
    name: entry.name,
    level: entry.level,
    state: entry.active ? "notSubmitted" : "retired",
    filled: 0,
    source: SOURCE_UNKNOWN,
    note: "",
    ...(entry.active ? cycleOf(null) : {}),
  };
}

/** What else the line of a reported entry says: a second report, another level, a retired unit, rows missing. */
function reportedNotes(
  entry: RosterEntry,
  got: Counted,
  dup: RosterDuplicate | undefined,
  filled: number
): string[] {
  const total = REPORTED_ROWS.length;
  const notes: string[] = [];
  if (dup) {
    const others = dup.extra.map((r) => `"${r.source || r.unit}"`).join(", ");
    notes.push(
      `Có ${dup.extra.length + 1} báo cáo; tính theo "${got.report.source || got.report.unit}", bỏ qua ${others}.`
    );
  }
  if (got.report.level !== entry.level) {
    notes.push(
      `Báo cáo ghi cấp ${LEVEL_NAMES[got.report.level].toLowerCase()}, danh sách ghi cấp ${LEVEL_NAMES[entry.level].toLowerCase()}.`
    );
  }
  if (!entry.active)
    notes.push("Đơn vị đã ngừng báo cáo theo danh sách nhưng vẫn có báo cáo kỳ này.");
  if (filled < total) notes.push(`Còn ${total - filled}/${total} dòng chưa có số liệu.`);
  if (got.report.review) notes.push(reviewNote(got.report.review));
  return notes;
}

/** The line of a roster entry with a report: submitted, or incomplete when rows are missing. */
function reportedLine(
  entry: RosterEntry,
  got: Counted,
  dup: RosterDuplicate | undefined,
  cycleOf: CycleOf
): StatusLine {
  const filled = filledRows(got.results);
  return {
    code: entry.code,
    name: entry.name,
    level: entry.level,
    state: filled < REPORTED_ROWS.length ? "incomplete" : "submitted",
    filled,
    source: got.report.source ?? SOURCE_UNKNOWN,
    note: reportedNotes(entry, got, dup, filled).join(" "),
    ...cycleOf(got.report),
  };
}

/** The line of a report whose unit matches no roster entry: counted, with what to do about it. */
function unknownLine({ report, results }: Counted, cycleOf: CycleOf): StatusLine {
  return {
    code: report.code ?? "",
    name: report.unit.trim(),
    level: report.level,
    state: "unknown",
    filled: filledRows(results),
    source: report.source ?? SOURCE_UNKNOWN,
    note: [
      report.code
        ? `Mã ${report.code} và tên đơn vị không có trong danh sách: số liệu vẫn được tổng hợp, hãy sửa tên hoặc thêm đơn vị vào danh sách.`
        : "Tên đơn vị không khớp với đơn vị nào trong danh sách: số liệu vẫn được tổng hợp, hãy sửa tên hoặc thêm đơn vị vào danh sách.",
      ...(report.review ? [reviewNote(report.review)] : []),
    ].join(" "),
    ...cycleOf(report),
  };
}

/** The roster's lines: each entry with its report, or without one (active: to chase; retired: kept for the record). */
function rosterLines(
  roster: readonly RosterEntry[],
  reportOf: ReadonlyMap<RosterEntry, Counted>,
  duplicates: readonly RosterDuplicate[],
  cycleOf: CycleOf
): { submitted: StatusLine[]; notSubmitted: StatusLine[]; retired: StatusLine[] } {
  const duplicateOf = new Map(duplicates.map((d) => [d.entry, d]));
  const out = {
    submitted: [] as StatusLine[],
    notSubmitted: [] as StatusLine[],
    retired: [] as StatusLine[],
  };
  for (const entry of roster) {
    const got = reportOf.get(entry);
    if (got) out.submitted.push(reportedLine(entry, got, duplicateOf.get(entry), cycleOf));
    else (entry.active ? out.notSubmitted : out.retired).push(missingLine(entry, cycleOf));
  }
  return out;
}

/** The units to chase first: not submitted, incomplete (fewest rows first), off the roster, submitted, retired. */
function chaseOrder(lines: readonly StatusLine[]): StatusLine[] {
  const rank: Record<ReceiptState, number> = {
    notSubmitted: 0,
    incomplete: 1,
    unknown: 2,
    submitted: 3,
    retired: 4,
  };
  const levelRank = (l: Level) => ["so", "huyen", "xa", "tp"].indexOf(l);
  return lines
    .map((line, i) => ({ line, i }))
    .sort(
      (a, b) =>
        rank[a.line.state] - rank[b.line.state] ||
        (a.line.state === "incomplete" ? a.line.filled - b.line.filled : 0) ||
        levelRank(a.line.level) - levelRank(b.line.level) ||
        a.i - b.i
    )
    .map(({ line }) => line);
}

/** Per roster tier with active entries: who reported, who did not, who in part, timeliness, who awaits approval. */
function rosterTiers(
  roster: readonly RosterEntry[],
  reportOf: ReadonlyMap<RosterEntry, Counted>,
  lines: {
    readonly submitted: readonly StatusLine[];
    readonly notSubmitted: readonly StatusLine[];
  },
  counted: readonly Counted[],
  matching: ReturnType<typeof matchRoster>,
  dates?: StatusDates
): TierStatus[] {
  // approved units whose report read now is another version: the approved figures count, the newer waits
  const reapproveOf = (level: RosterLevel) => {
    const names = counted
      .filter((c) => c.report.review?.reapprove && c.report.level === level)
      .map((c) => {
        const entry = matching.matched.get(c.report);
        return entry ? entry.name : c.report.unit.trim();
      });
    return names.length ? { reapprove: names } : {};
  };
  const incomplete = lines.submitted.filter((l) => l.state === "incomplete");
  return ROSTER_LEVELS.map((level) => {
    const active = roster.filter((e) => e.active && e.level === level);
    return {
      level,
      expected: active.length,
      submitted: active.filter((e) => reportOf.has(e)).length,
      notSubmitted: active.filter((e) => !reportOf.has(e)).map((e) => e.name),
      incomplete: incomplete.filter((l) => l.level === level).map((l) => l.name),
      ...reapproveOf(level),
      ...(dates
        ? { timeliness: tierTimeliness([...lines.submitted, ...lines.notSubmitted], level) }
        : {}),
    };
  }).filter((t) => t.expected > 0);
}

/**
 * The status of a roster against the reports counted. `counted` are the reports the consolidation summed, each with
 * its results; `matching`'s matched, duplicates and unknown come from matchRoster over them and the reports it left
 * out.
 */
export function rosterStatus(
  roster: readonly RosterEntry[],
  counted: readonly Counted[],
  matching: ReturnType<typeof matchRoster>,
  dates?: StatusDates
): RosterStatus {
  const cycleOf: CycleOf = (report) => (dates ? { cycle: lineCycle(report, dates) } : {});
  const reportOf = new Map<RosterEntry, Counted>();
  for (const c of counted) {
    const entry = matching.matched.get(c.report);
    if (entry) reportOf.set(entry, c);
  }
  const { submitted, notSubmitted, retired } = rosterLines(
    roster,
    reportOf,
    matching.duplicates,
    cycleOf
  );
  const offRoster = new Set(matching.unknown);
  const unknown = counted
    .filter((c) => offRoster.has(c.report))
    .map((c) => unknownLine(c, cycleOf));
  return {
    submitted,
    notSubmitted,
    unknown,
    duplicates: matching.duplicates,
    incomplete: submitted.filter((l) => l.state === "incomplete"),
    tiers: rosterTiers(roster, reportOf, { submitted, notSubmitted }, counted, matching, dates),
    lines: chaseOrder([...notSubmitted, ...submitted, ...unknown, ...retired]),
  };
}

/** "Phường, xã, đặc khu: đã nộp 155/168; Sở, ban, ngành: đã nộp 27/30" */
export function tierCounts(status: RosterStatus): string {
  return status.tiers
    .map((t) => `${LEVEL_NAMES[t.level]}: đã nộp ${t.submitted}/${t.expected}`)
    .join("; ");
}

/** The timeliness counts of a tier's roster lines (their cycles). */
function tierTimeliness(lines: readonly StatusLine[], level: RosterLevel): TierTimeliness {
  const out = { onTime: 0, late: 0, notFinalized: 0, notReported: 0, changed: 0 };
  for (const l of lines) {
    if (l.level !== level || !l.cycle) continue;
    if (l.state === "notSubmitted") out.notReported++;
    else if (l.cycle.timeliness.state === "onTime") out.onTime++;
    else if (l.cycle.timeliness.state === "late") out.late++;
    else out.notFinalized++;
    if (l.cycle.changed) out.changed++;
  }
  return out;
}

/** "Phường, xã, đặc khu: 2 đúng hạn, 1 trễ hạn, 1 chưa chốt, 1 chưa nộp (1 đã sửa sau khi chốt)" */
export function tierTimelinessText(status: RosterStatus): string {
  return status.tiers
    .filter((t) => t.timeliness)
    .map((t) => {
      const n = t.timeliness!;
      const changed = n.changed ? ` (${n.changed} đã sửa số liệu sau khi chốt)` : "";
      return `${LEVEL_NAMES[t.level]}: ${n.onTime} đúng hạn, ${n.late} trễ hạn, ${n.notFinalized} chưa chốt, ${n.notReported} chưa nộp${changed}`;
    })
    .join("; ");
}

/** The review's words in a status line's note: "Rà soát: Cần giải trình." */
function reviewNote(review: { readonly words: string }): string {
  return `Rà soát: ${review.words.replace(/\.$/, "")}.`;
}

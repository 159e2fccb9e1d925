/**
 * The written body of the report (docs/domain.md#report-body): what the sheet's figures say, in short Vietnamese
 * paragraphs an analyst can edit in Word. Every figure, target and change is the sheet's as it shows it (ShownResults,
 * the comparison's column J, the status sheet's lines): the summary counts and names, it never computes a figure.
 */
import { catalog, pillars } from "../core/catalog";
import { LEVEL_NAMES } from "../core/levels";
import type { Period } from "../core/period";
import { lostMet, VERDICTS, type Level, type PillarId, type Verdict } from "../core/types";
import type { SheetChanges } from "../sheets/comparison";
import type { StatusEntry } from "../sheets/statusSheet";
import { startingTarget } from "../sheets/unit/rows";
import type { ShownResults } from "../sheets/unit/shown";
import { periodInText, type SummaryParagraph } from "./paragraph";
import { statusSummary, tierReportedText, type StatusSummary } from "./statusSummary";

/** The indicators a report judges: the rows with a target (counts that only feed a ratio have none). */
export const JUDGED_ROWS = catalog.filter((r) => r.target !== null);

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

/** What the body says, before it is put in words: the counts, the rows named, who has reported. */
type ReportFacts = Omit<ReportSummary, "paragraphs">;

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

/** ";" after each item of a list, "." after its last. */
const itemEnd = (i: number, length: number) => (i === length - 1 ? "." : ";");

/** The verdicts' counts over rows: Đạt, Chưa đạt, no figure, no verdict. */
function verdictCounts(ids: readonly string[], shown: ShownResults) {
  const verdictOf = (id: string): Verdict | null => shown[id]?.verdict ?? null;
  return {
    total: ids.length,
    met: ids.filter((id) => verdictOf(id) === VERDICTS.met).length,
    notMet: ids.filter((id) => verdictOf(id) === VERDICTS.notMet).length,
    noData: ids.filter((id) => verdictOf(id) === VERDICTS.noData).length,
    unjudged: ids.filter((id) => verdictOf(id) === null).length,
  };
}

/** The rows whose verdict changed since the previous period, as J says it: lost Đạt first, gained Đạt last. */
function verdictChangesOf(
  judged: readonly NamedRow[],
  changes: SheetChanges | null
): ReportFacts["verdictChanges"] {
  if (!changes) return [];
  return judged
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
    .map(({ c }) => c);
}

/** What the sheet's judged rows say: counts in all and per pillar, the rows Chưa đạt, without figures or verdicts. */
function reportFacts(input: SummaryInput): ReportFacts {
  const { shown, level } = input;
  const judged = JUDGED_ROWS.filter((r) => shown[r.id]);
  const withVerdict = (v: Verdict | null) =>
    judged.filter((r) => (shown[r.id]?.verdict ?? null) === v);
  const changes = input.changes ?? null;
  return {
    ...verdictCounts(
      judged.map((r) => r.id),
      shown
    ),
    pillars: pillars
      .map((p) => ({
        pillar: p.id,
        title: p.title,
        ...verdictCounts(
          judged.filter((r) => r.pillar === p.id).map((r) => r.id),
          shown
        ),
      }))
      .filter((p) => p.total > 0),
    notMetRows: withVerdict(VERDICTS.notMet).map((r) => ({
      id: r.id,
      title: r.title,
      figure: shown[r.id].text,
      target: judgedTarget(r.id, level, shown),
      change: changes?.rows[r.id] ?? "",
    })),
    noDataRows: withVerdict(VERDICTS.noData).map((r) => ({ id: r.id, title: r.title })),
    unjudgedRows: withVerdict(null).map((r) => ({
      id: r.id,
      title: r.title,
      note: shown[r.id].sheetNote,
    })),
    verdictChanges: verdictChangesOf(judged, changes),
    status: input.status ? statusSummary(input.status) : null,
  };
}

/** "1. Kết quả chung": the verdicts' counts in all, then per pillar. */
function overallLines(f: ReportFacts): string[] {
  const unjudged = f.unjudged ? `, ${f.unjudged} chỉ tiêu chưa đánh giá được` : "";
  return [
    `Trong ${f.total} chỉ tiêu có mục tiêu đánh giá: ${f.met} chỉ tiêu Đạt, ${f.notMet} chỉ tiêu Chưa đạt, ${f.noData} chỉ tiêu chưa có số liệu${unjudged}.`,
    ...f.pillars.map((p) => {
      const parts = [`${p.met} Đạt`, `${p.notMet} Chưa đạt`, `${p.noData} chưa có số liệu`];
      if (p.unjudged) parts.push(`${p.unjudged} chưa đánh giá được`);
      return `- ${p.title} (${p.total} chỉ tiêu): ${parts.join(", ")}.`;
    }),
  ];
}

/** "2. Các chỉ tiêu chưa đạt": each with its figure, its target and its change since the previous period. */
function notMetLines(rows: readonly NotMetRow[], level: Level): string[] {
  if (!rows.length) return ["Không có chỉ tiêu nào chưa đạt mục tiêu."];
  return rows.map((r, i) => {
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
    return `- Chỉ tiêu ${named(r)}: ${result}${change}${itemEnd(i, rows.length)}`;
  });
}

/** "3. Số liệu còn thiếu": the rows without figures, then those the sheet could not judge and why. */
function missingLines(f: ReportFacts): string[] {
  const lines: string[] = [];
  const { noDataRows, unjudgedRows } = f;
  if (!noDataRows.length && !unjudgedRows.length) lines.push("Các chỉ tiêu đều đã có số liệu.");
  if (noDataRows.length) {
    // a few are named with their titles; many by their numbers, the appendix has the titles
    const list =
      noDataRows.length <= 5
        ? noDataRows.map((r) => `chỉ tiêu ${named(r)}`).join("; ")
        : `các chỉ tiêu ${noDataRows.map((r) => r.id).join(", ")}`;
    lines.push(
      `${noDataRows.length} chỉ tiêu chưa có số liệu: ${list}. Đề nghị bổ sung số liệu để đánh giá đầy đủ.`
    );
  }
  for (const r of unjudgedRows)
    lines.push(
      `- Chỉ tiêu ${r.id} chưa đánh giá được${r.note ? `: ${r.note.replace(/[.\s]+$/, "")}` : ""}.`
    );
  return lines;
}

/** "4. So với …": the rows whose verdict changed. */
function changeLines(changes: ReportFacts["verdictChanges"]): string[] {
  return [
    changes.length
      ? `${changes.length} chỉ tiêu thay đổi kết quả đánh giá:`
      : "Không có chỉ tiêu nào thay đổi kết quả đánh giá so với kỳ trước.",
    ...changes.map((c, i) => `- Chỉ tiêu ${named(c)}: ${c.change}${itemEnd(i, changes.length)}`),
  ];
}

/** The city's last section: who has reported per tier, who has not, who in part. */
function statusLines(status: StatusSummary | null): string[] {
  if (!status) {
    return [
      "Chưa có trang “Tình hình nộp” của kỳ này: hãy tổng hợp toàn thành phố để biết đơn vị nào chưa nộp báo cáo.",
    ];
  }
  const lines = [
    `Đã nhận báo cáo của ${status.submitted}/${status.expected} đơn vị trong danh sách (${tierReportedText(status)}).`,
  ];
  for (const t of status.tiers) {
    const tier = LEVEL_NAMES[t.level];
    if (t.notSubmitted.length)
      lines.push(`- ${tier} chưa nộp (${t.notSubmitted.length}): ${t.notSubmitted.join(", ")}.`);
    if (t.incomplete.length)
      lines.push(
        `- ${tier} nộp thiếu số liệu (${t.incomplete.length}): ${t.incomplete.join(", ")}.`
      );
  }
  return lines;
}

/** The body's paragraphs: the opening, the numbered sections (the comparison's, the city's when they apply), the close. */
function reportParagraphs(input: SummaryInput, f: ReportFacts): SummaryParagraph[] {
  const period = periodInText(input.period);
  const whose = input.level === "tp" ? "toàn Thành phố" : input.unit;
  const changes = input.changes ?? null;
  const previous = changes ? (/\(([^)]+)\)/.exec(changes.previous)?.[1] ?? "kỳ trước") : "";
  const sections: { readonly title: string; readonly lines: readonly string[] }[] = [
    { title: "Kết quả chung", lines: overallLines(f) },
    { title: "Các chỉ tiêu chưa đạt", lines: notMetLines(f.notMetRows, input.level) },
    { title: "Số liệu còn thiếu", lines: missingLines(f) },
    ...(changes ? [{ title: `So với ${previous}`, lines: changeLines(f.verdictChanges) }] : []),
    ...(input.level === "tp"
      ? [{ title: "Tình hình nộp báo cáo của các đơn vị", lines: statusLines(f.status) }]
      : []),
  ];
  return [
    {
      text: `Thực hiện chế độ báo cáo các chỉ tiêu chuyển đổi số, kết quả thực hiện ${period} của ${whose} như sau (số liệu chi tiết tại Phụ lục kèm theo):`,
    },
    ...sections.flatMap((s, i) => [
      { text: `${i + 1}. ${s.title}`, heading: true },
      ...s.lines.map((text) => ({ text })),
    ]),
    {
      text: `Trên đây là báo cáo kết quả thực hiện các chỉ tiêu chuyển đổi số ${period} của ${whose}./.`,
    },
  ];
}

/** The report's body from the sheet: counts per pillar, the Chưa đạt with figure and target, what is missing. */
export function reportSummary(input: SummaryInput): ReportSummary {
  const facts = reportFacts(input);
  return { ...facts, paragraphs: reportParagraphs(input, facts) };
}

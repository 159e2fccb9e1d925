/**
 * Who has reported, as the status sheet's lines say it: what the report's body and the reminder letter both count,
 * per tier in the sheet's order.
 */
import { LEVEL_NAMES } from "../core/levels";
import { ROSTER_LEVELS, type TierStatus } from "../core/status";
import type { Level } from "../core/types";
import type { StatusEntry } from "../sheets/statusSheet";

export interface StatusSummary {
  /** Per tier: how many reported of how many expected, and who did not or sent an incomplete report. */
  readonly tiers: readonly TierStatus<Level>[];
  readonly submitted: number;
  readonly expected: number;
}

/** The tiers' words in running text: "phường, xã, đặc khu", "sở, ban, ngành". */
export const tierWords = (level: Level) => LEVEL_NAMES[level].toLowerCase();

/** "phường, xã, đặc khu: 155/168; sở, ban, ngành: 27/30" */
export function tierReportedText(status: StatusSummary): string {
  return status.tiers.map((t) => `${tierWords(t.level)}: ${t.submitted}/${t.expected}`).join("; ");
}

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

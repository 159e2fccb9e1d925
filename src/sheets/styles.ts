import { VERDICT_ORDER, VERDICTS, type Verdict } from "../core/types";
import type { CellContent, CellStyle, ConditionalFormat, ValidationRule } from "./spec";

/** The Excel number formats the sheets use, in invariant (en-US) form: Excel shows them in the user's locale. */
export const NUMBER_FORMATS = {
  /** Text: what is typed stays as typed ("0123" is a code, "+3,20" a change). */
  text: "@",
  general: "General",
  percent: "0.00%",
  count: "#,##0",
  rank: "0",
} as const;

export type NumberFormat = (typeof NUMBER_FORMATS)[keyof typeof NUMBER_FORMATS];

/**
 * The number format a cell needs for its content, in Excel and in a written file alike: text is always "@" (what is
 * written to it stays text); a formula, number or boolean never is (it would be stored as text), so a "@" asked for
 * it falls back to General; a blank keeps what is asked.
 */
export function formatFor(content: CellContent, asked: string | undefined): string | undefined {
  if ("text" in content) return NUMBER_FORMATS.text;
  if ("blank" in content) return asked;
  return asked === NUMBER_FORMATS.text ? NUMBER_FORMATS.general : asked;
}

/** Where a list validation's items come from: a range of the sheet ("$F$2:$F$3"), or inline, comma-separated. */
export type ListSource = { readonly range: string } | { readonly inline: string };

/**
 * A list validation's source. Excel (and LibreOffice) split an inline list on commas whatever the locale (office-js
 * #2128), so an item with a comma must come from a range; a spec that would offer other words than its items is a
 * bug, refused here rather than written.
 */
export function listSourceOf(rule: Extract<ValidationRule, { type: "list" }>): ListSource {
  if (rule.source) return { range: rule.source.replace(/^=/, "") };
  const split = rule.items.find((item) => item.includes(","));
  if (split !== undefined)
    throw new Error(`The list item "${split}" holds a comma: give the list a range source.`);
  return { inline: rule.items.join(",") };
}

/** The colours of the sheets ("#RRGGBB"). */
export const COLOURS = {
  /** The header row of every table, with white text. */
  header: "#1F4E79",
  headerText: "#FFFFFF",
  /** A pillar's heading row on the indicator sheet. */
  pillar: "#D9E1F2",
  /** A cell the analyst types in. */
  input: "#FFF2CC",
  /** An indicator that is a heading of its sub-rows (12, 14). */
  group: "#F2F2F2",
  /** The unit's name, level and period in the title block. */
  titleValue: "#1F4E79",
  /** The line of explanation under a sheet's title. */
  subtitle: "#595959",
} as const;

/** The fill and font of a cell that says how things stand, as Excel's own "Good", "Bad" and "Neutral" styles. */
export interface Tone {
  readonly fill: string;
  readonly fontColor: string;
}

export const TONES = {
  good: { fill: "#C6EFCE", fontColor: "#006100" },
  bad: { fill: "#FFC7CE", fontColor: "#9C0006" },
  /** Half way: a report that is in but incomplete. */
  pending: { fill: "#FFEB9C", fontColor: "#9C5700" },
  /** Something to look at: a figure that cannot be right, a sheet that cannot be read. */
  warning: { fill: "#FCE4D6", fontColor: "#9C5700" },
  /** Nothing to judge yet. */
  empty: { fill: "#EDEDED", fontColor: "#595959" },
  /** Out of the count: a unit not reported, a retired unit. */
  muted: { fill: "#EDEDED", fontColor: "#7F7F7F" },
} as const satisfies Record<string, Tone>;

/** How each verdict looks: its cell's fill and font, and its series' colour in a chart. */
export const VERDICT_STYLES: Readonly<Record<Verdict, Tone & { readonly chart: string }>> = {
  [VERDICTS.met]: { ...TONES.good, chart: "#2E7D32" },
  [VERDICTS.notMet]: { ...TONES.bad, chart: "#C62828" },
  [VERDICTS.noData]: { ...TONES.empty, chart: "#9E9E9E" },
};

/** Colours the cells of a range whose value is `equals` with a tone. */
export function toneFormat(range: string, equals: string, tone: Tone): ConditionalFormat {
  return { range, equals, fill: tone.fill, fontColor: tone.fontColor };
}

/** The verdicts of a range coloured as VERDICT_STYLES has them, in VERDICT_ORDER. */
export function verdictFormats(range: string): ConditionalFormat[] {
  return VERDICT_ORDER.map((v) => toneFormat(range, v, VERDICT_STYLES[v]));
}

/** A sheet's title in A1: bold, larger than the rest. */
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14 };

/** The header row of a table: bold white text on dark blue, centred, wrapped, with borders. */
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: COLOURS.header,
  fontColor: COLOURS.headerText,
  wrap: true,
  hAlign: "Center",
  vAlign: "Center",
  borders: true,
};

import { catalog, yesNoWords, type CatalogRow } from "./catalog";
import { judgeValue } from "./check";
import { CdsError, isCdsError } from "./errors";
import { formatNumber, formatPercent } from "./format";
import { rate } from "./rate";
import { defaultTargetText, formatTarget, parseTarget, type Target } from "./target";
import { isBlank } from "./text";
import type { CellInput, Kind, Level, Verdict } from "./types";
import { checkRule, ruleById, type RuleContext } from "./validation";
import { readFigures, tryReadFigure, type Reading } from "./values";

/** A unit's figures keyed by row id ("16.1": 120), as the sheet holds them. */
export type Inputs = Readonly<Record<string, CellInput>>;

export interface EvaluateOptions {
  readonly level: Level;
  /** Target texts that replace the defaults (the sheet's editable target cells); blank keeps the default. */
  readonly targets?: Readonly<Record<string, CellInput>>;
  /** Evidence (minh chứng) of yes/no rows: the number, date and title of the document. */
  readonly evidence?: Readonly<Record<string, CellInput>>;
}

export interface RowResult {
  readonly id: string;
  readonly kind: Kind;
  /** A fraction for ratios and percentages, a whole number for counts and ranks, done or not for yes/no. */
  readonly value: number | boolean | null;
  /** The value as Vietnamese report text: "60,25%", "1.234", "Đã ban hành"; "" when there is none. */
  readonly text: string;
  /** null where the row has no verdict (counts, headings) or its figures cannot be right. */
  readonly verdict: Verdict | null;
  /** What is missing or wrong, naming the rows at fault; the evidence of a yes/no row; "" when nothing to say. */
  readonly note: string;
  /** The target text the verdict was judged against, null where there is none. */
  readonly target: string | null;
  /** Whether a figure of this row (or of a part it is computed from) cannot be right. */
  readonly invalid: boolean;
}

export type Results = Readonly<Record<string, RowResult>>;

/** A row's result: nothing known (no figure, no verdict, no note) but what `fields` say. */
export function rowResult(
  row: Pick<CatalogRow, "id" | "kind">,
  fields: Partial<RowResult> = {}
): RowResult {
  return {
    id: row.id,
    kind: row.kind,
    value: null,
    text: "",
    verdict: null,
    note: "",
    target: null,
    invalid: false,
    ...fields,
  };
}

/** A figure as the report writes it: "60,25%", "1.234", "Đã ban hành"; "" for none. */
export function textOf(row: CatalogRow, value: number | boolean | null): string {
  if (value === null) return "";
  if (typeof value === "boolean") return yesNoWords(row)[value ? 0 : 1];
  if (row.kind === "ratio" || row.kind === "percent") return formatPercent(value);
  return formatNumber(value);
}

/** Whether a target suits the row's kind: yes/no wants "Có", ratios and percentages a percentage, a rank a number. */
function fits(row: CatalogRow, t: Target): boolean {
  if (row.kind === "yesno") return t.type === "done";
  if (t.type !== "compare") return false;
  return row.kind === "rank" ? !t.percent : t.percent;
}

function targetFor(
  row: CatalogRow,
  opts: EvaluateOptions
): { target?: Target; text: string | null; error?: string } {
  const given = opts.targets?.[row.id];
  try {
    const text = isBlank(given) ? defaultTargetText(row, opts.level) : String(given).trim();
    const target = parseTarget(text);
    if (!fits(row, target)) {
      return {
        text,
        error: `Mục tiêu "${text}" không hợp với chỉ tiêu ${row.id} (${kindName(row.kind)}).`,
      };
    }
    return { target, text: formatTarget(target) };
  } catch (e) {
    if (isCdsError(e)) return { text: isBlank(given) ? null : String(given), error: e.message };
    throw e;
  }
}

function kindName(kind: Kind): string {
  return {
    ratio: "tỷ lệ",
    percent: "tỷ lệ phần trăm",
    yesno: "có/không",
    rank: "thứ hạng",
    count: "số đếm",
    group: "nhóm",
  }[kind];
}

function safeRate(num: Reading, den: Reading): number | null {
  if (num.error || den.error) return null;
  try {
    return rate(num.value, den.value);
  } catch (e) {
    if (!(e instanceof CdsError)) throw e;
    return null;
  }
}

/** A row's figure as read: its value, whether it cannot be right, whether it has no meaning (0 / 0), and why. */
interface RowFigure {
  readonly value: number | boolean | null;
  readonly invalid: boolean;
  /** 0 / 0: nothing happened to count, no ratio and no verdict. */
  readonly notApplicable: boolean;
  readonly notes: readonly string[];
}

/** A ratio whose figure the analyst typed: the typed figure is judged; its parts, if given, must agree. */
function typedRatio(
  row: CatalogRow,
  typed: Reading,
  reads: ReadonlyMap<string, Reading>
): RowFigure {
  const value = typed.value;
  if (typed.error) return { value, invalid: true, notApplicable: false, notes: [typed.error] };
  const notes: string[] = [];
  if (row.parts && typeof value === "number") {
    const computed = safeRate(reads.get(row.parts.num)!, reads.get(row.parts.den)!);
    if (computed !== null && Math.abs(computed - value) >= 0.00005) {
      notes.push(
        `Tỷ lệ nhập tay ${formatPercent(value)} khác tỷ lệ tính từ ${row.parts.num}/${row.parts.den} (${formatPercent(computed)}).`
      );
    }
  }
  return { value, invalid: false, notApplicable: false, notes };
}

/** A ratio computed from its parts; an error of a part is the ratio's. */
function computedRatio(
  parts: NonNullable<CatalogRow["parts"]>,
  reads: ReadonlyMap<string, Reading>
): RowFigure {
  const num = reads.get(parts.num)!;
  const den = reads.get(parts.den)!;
  const partErrors = [num.error, den.error].filter((e): e is string => !!e);
  if (partErrors.length)
    return { value: null, invalid: true, notApplicable: false, notes: partErrors };
  try {
    const value = rate(num.value, den.value, { num: parts.num, den: parts.den });
    return { value, invalid: false, notApplicable: false, notes: [] };
  } catch (e) {
    if (!(e instanceof CdsError)) throw e;
    const notApplicable = e.code === "divisionByZero" && num.value === 0;
    const invalid = !notApplicable && e.code !== "notAvailable";
    return { value: null, invalid, notApplicable, notes: [e.message] };
  }
}

function rowFigure(
  row: CatalogRow,
  inputs: Inputs,
  reads: ReadonlyMap<string, Reading>,
  options: { readonly consolidated: boolean }
): RowFigure {
  const typed =
    row.kind === "ratio" && !isBlank(inputs[row.id])
      ? tryReadFigure(row, inputs[row.id], options)
      : null;
  if (typed) return typedRatio(row, typed, reads);
  if (row.kind === "ratio" && row.parts) return computedRatio(row.parts, reads);
  const read = reads.get(row.id)!;
  return {
    value: read.value,
    invalid: !!read.error,
    notApplicable: false,
    notes: read.error ? [read.error] : [],
  };
}

/** The row's verdict against its given or default target; none where the figure cannot be judged. */
function rowVerdict(
  row: CatalogRow,
  figure: RowFigure,
  opts: EvaluateOptions
): { verdict: Verdict | null; target: string | null; notes: string[] } {
  if (row.target === null && isBlank(opts.targets?.[row.id])) {
    return { verdict: null, target: null, notes: [] };
  }
  const t = targetFor(row, opts);
  if (t.error) return { verdict: null, target: t.text, notes: [t.error] };
  if (figure.invalid || figure.notApplicable || !t.target) {
    return { verdict: null, target: t.text, notes: [] };
  }
  const j = judgeValue(figure.value, t.target);
  return { verdict: j.verdict, target: t.text, notes: j.note ? [j.note] : [] };
}

/** The notes of the rules of validation.ts that also speak in a row's: 17.2 = 18.2 (defect 3), a "done"'s evidence. */
function ruleNotes(row: CatalogRow, opts: EvaluateOptions, ctx: RuleContext): string[] {
  const ruleNote = (id: string): string => {
    const rule = ruleById(id);
    return rule ? (checkRule(rule, ctx)?.message ?? "") : "";
  };
  const notes: string[] = [];
  if (row.kind === "yesno") {
    const ev = opts.evidence?.[row.id];
    notes.push(isBlank(ev) ? ruleNote(`evidence-${row.id}`) : `Minh chứng: ${String(ev).trim()}`);
  }
  if (row.sameAs) notes.push(ruleNote(`same-${row.id}`));
  return notes;
}

/**
 * A unit's whole report: every row's value, verdict and note from the figures it has. Ratios are computed from
 * their parts as docs/domain.md#template-defects reads the template (9 = 9.1 / 9.2, 12.1 = 12.3 / 12.4, 12.2 = 12.5 /
 * 12.3, 39 = 39.1 / 38.2, 17.2 and 18.2 one quantity), verdicts against the given or default targets of the level.
 */
export function evaluate(inputs: Inputs, opts: EvaluateOptions): Results {
  const options = { consolidated: opts.level === "tp" };
  const reads = readFigures(inputs, options);
  const ctx: RuleContext = { inputs, reads, evidence: opts.evidence ?? {}, options };
  const results: Record<string, RowResult> = {};
  for (const row of catalog) {
    if (row.kind === "group") {
      results[row.id] = rowResult(row);
      continue;
    }
    const figure = rowFigure(row, inputs, reads, options);
    const judged = rowVerdict(row, figure, opts);
    const notes = [...figure.notes, ...judged.notes, ...ruleNotes(row, opts, ctx)];
    results[row.id] = {
      id: row.id,
      kind: row.kind,
      value: figure.value,
      text: textOf(row, figure.value),
      verdict: judged.verdict,
      note: notes.filter(Boolean).join(" "),
      target: judged.target,
      invalid: figure.invalid,
    };
  }
  return results;
}

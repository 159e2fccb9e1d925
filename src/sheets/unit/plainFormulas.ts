/**
 * The "plain" kind of unit sheet: the same figures and verdicts as the CDS formulas, computed with Excel's own
 * functions only, for an Excel without custom functions (and for LibreOffice Calc and WPS). The formulas are built
 * here, their function names checked against PLAIN_FUNCTIONS, and `plainVerdict` says in TypeScript what they show,
 * so that Fill can say why a verdict stays blank (docs/sheets.md#the-plain-kind).
 */
import type { CellValue } from "../../core/types";
import { yesNoWords, type CatalogRow } from "../../core/catalog";
import { formatTarget, parseTarget, type Target } from "../../core/target";
import { VERDICTS, type Verdict } from "../../core/types";

/**
 * The functions a plain sheet's formulas may use: Excel 2010's own, which LibreOffice Calc and WPS compute alike.
 * Not LET, IFS, SWITCH, XLOOKUP, TEXTJOIN, CONCAT, IFNA (2013), MAXIFS, FILTER or any dynamic array function.
 */
export const PLAIN_FUNCTIONS: readonly string[] = [
  "IF",
  "AND",
  "OR",
  "NOT",
  "ISNUMBER",
  "ISTEXT",
  "ISBLANK",
  "ISLOGICAL",
  "ISNA",
  "ISERROR",
  "IFERROR",
  "NA",
  "LEFT",
  "RIGHT",
  "MID",
  "LEN",
  "FIND",
  "SEARCH",
  "SUBSTITUTE",
  "TRIM",
  "UPPER",
  "LOWER",
  "EXACT",
  "VALUE",
  "TEXT",
  "REPT",
  "ROUND",
  "ABS",
  "INT",
  "MIN",
  "MAX",
  "MATCH",
  "INDEX",
  "CHOOSE",
  "N",
];

/** The function names a formula calls ("=IF(ISNA(C7),…)" → ["IF", "ISNA"]), string literals aside, upper case. */
export function formulaFunctions(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((m) => m[1].toUpperCase());
}

/** The functions of a formula that PLAIN_FUNCTIONS does not allow. */
export function disallowedFunctions(formula: string): string[] {
  return formulaFunctions(formula).filter((f) => !PLAIN_FUNCTIONS.includes(f));
}

// ---- the formulas ----

const sub = (text: string, from: string, to: string) => `SUBSTITUTE(${text},"${from}","${to}")`;
const chain = (text: string, pairs: ReadonlyArray<readonly [string, string]>) =>
  pairs.reduce((t, [from, to]) => sub(t, from, to), text);

/**
 * The target text made canonical (TRIM, then): two-character operators as one sign ("≥", "≤"), and the spaces a
 * target may have — after its sign, before its "%" — removed. Any other space stays, and the target is then refused.
 */
const CANONICAL: ReadonlyArray<readonly [string, string]> = [
  [">=", "≥"],
  ["=>", "≥"],
  ["<=", "≤"],
  ["=<", "≤"],
  ["≥ ", "≥"],
  ["≤ ", "≤"],
  ["> ", ">"],
  ["< ", "<"],
  [" %", "%"],
];
/** The signs, in the order of the operator index: 1 ≥, 2 ≤ (not strict), 3 >, 4 < (strict); 0 (none) is ≥. */
const SIGNS = "≥≤><";
/** What is taken out of the canonical text to leave the number: the signs, "%" and every space. */
const NOT_NUMBER: ReadonlyArray<readonly [string, string]> = [
  ["≥", ""],
  ["≤", ""],
  [">", ""],
  ["<", ""],
  ["%", ""],
  [" ", ""],
];
const DIGITS = "0123456789";
/** 1e-12, the core's tolerance on a threshold ≤ 1 (check.ts), written as Excel computes it exactly: 1/10^12. */
const TOLERANCE = "1/10^12";
/**
 * readPercent refuses n > 1 + 1e-12. For n in [1, 2), n − 1 is exact, and n ≤ fl(1 + 1e-12) = 1 + 4504·2⁻⁵² exactly
 * when n − 1 ≤ 1.0002e-12 (between 4504 and 4505 units of 2⁻⁵²): the same refusal, free of Excel's comparison of
 * numbers that agree to 15 digits.
 */
const OVER_100 = "10002/10^16";
const ERROR = "#VALUE!";

/** The pieces of a target text's formula, over the target cell `f` ("F16"). */
function targetPieces(f: string) {
  const canonical = chain(`TRIM(${f})`, CANONICAL);
  const op = `IFERROR(FIND(LEFT(${canonical},1),"${SIGNS}"),0)`;
  const number = chain(canonical, NOT_NUMBER);
  // -1 when the signs of "≥ ≤" are met the other way round: met = ((m·(value − threshold) − tol > 0) = strict)
  const sign = `CHOOSE(${op}+1,-1,-1,1,1,-1)`;
  const strict = `(${op}>2)`;
  return { canonical, op, number, sign, strict };
}

/**
 * A number that is not a checkbox's TRUE/FALSE: LibreOffice Calc holds those as 1 and 0 and ISNUMBER says yes; the
 * core refuses them where a number is read.
 */
const aNumber = (v: string) => `ISNUMBER(${v}),NOT(ISLOGICAL(${v}))`;

/** Whether a text of digits (≤ 15 of them, so that VALUE reads it exactly) is digits only, whatever the locale. */
const digitsOnly = (d: string) => `LEN(${d})<=15,TEXT(VALUE(${d}),REPT("0",LEN(${d})))=${d}`;

/** Met or not for a value `v` against a threshold `t` with the pieces' operator, as check.ts's meets does. */
const metFormula = (v: string, t: string, p: ReturnType<typeof targetPieces>) =>
  `((${p.sign}*(${v}-${t})-${TOLERANCE}>0)=${p.strict})`;

/**
 * Met or not, or an error, for a percentage figure `v` against the percentage target in cell `f`: "≥ 60%", "> 8,5%",
 * "60%" (at least), the decimal sign a comma or a dot (not a dot before exactly three digits), up to 100%; the
 * threshold computed from its digits (digits / 10^(decimals + 2), correctly rounded as the core's).
 */
function percentMet(v: string, f: string): string {
  const p = targetPieces(f);
  const n = p.number;
  const d = sub(sub(n, ",", ""), ".", "");
  const decimals = `IFERROR(LEN(${n})-FIND(".",${sub(n, ",", ".")}),0)`;
  const valid = [
    `LEFT(${p.canonical},MIN(${p.op},1))&${n}&"%"=${p.canonical}`,
    `LEN(${n})-LEN(${d})<=1`,
    digitsOnly(d),
    `ISNUMBER(FIND(LEFT(${n},1),"${DIGITS}"))`,
    `ISNUMBER(FIND(RIGHT(${n},1),"${DIGITS}"))`,
    `LEFT(RIGHT(${n},4),1)<>"."`,
    `VALUE(${d})<=10^(${decimals}+2)`,
  ].join(",");
  const threshold = `VALUE(${d})/10^(${decimals}+2)`;
  const figure = `AND(${aNumber(v)},${v}>=0,${v}-1<=${OVER_100})`;
  return `IF(AND(${figure},${valid}),${metFormula(v, threshold, p)},${ERROR})`;
}

/** Met or not, or an error, for a rank `v` against a rank target in `f`: a sign and a whole number ("≤ 5"). */
function rankMet(v: string, f: string): string {
  const p = targetPieces(f);
  const n = p.number;
  // at most 12 digits: the core's tolerance (1e-12 of the threshold) is then below one rank
  const valid = [
    `${p.op}>0`,
    `LEFT(${p.canonical},1)&${n}=${p.canonical}`,
    `LEN(${n})<=12`,
    digitsOnly(n),
  ].join(",");
  const figure = `AND(${aNumber(v)},${v}>=1,INT(${v})=${v},${v}<2^53)`;
  return `IF(AND(${figure},${valid}),${metFormula(v, `VALUE(${n})`, p)},${ERROR})`;
}

/** The words of a yes/no target that the plain formula reads ("Có" and the core's other words, with or without marks). */
export const PLAIN_DONE_TARGETS: readonly string[] = [
  "Có",
  "Đã thực hiện",
  "Đã hoàn thành",
  "Đã ban hành",
  "Đã triển khai",
  "Hoàn thành",
  "Thực hiện",
  "co",
  "da thuc hien",
  "da hoan thanh",
  "da ban hanh",
  "da trien khai",
  "hoan thanh",
  "thuc hien",
];

const YES = "Có";
const NO = "Không";

/** The verdict (text) or an error for a yes/no figure `v` of `row` against the target in `f`. */
function yesNoVerdict(row: CatalogRow, v: string, f: string): string {
  const [done, notDone] = yesNoWords(row);
  const t = `TRIM(${f})`;
  const target = `OR(${PLAIN_DONE_TARGETS.map((w) => `${t}="${w}"`).join(",")})`;
  const w = `TRIM(${v})`;
  const answer =
    `IF(ISLOGICAL(${v}),IF(${v},"${VERDICTS.met}","${VERDICTS.notMet}"),` +
    `IF(OR(${w}="${done}",${w}="${YES}"),"${VERDICTS.met}",` +
    `IF(OR(${w}="${notDone}",${w}="${NO}"),"${VERDICTS.notMet}",${ERROR})))`;
  return `IF(${target},${answer},${ERROR})`;
}

/**
 * The verdict formula of a row on a plain sheet: "Chưa có số liệu" while the figure is blank or #N/A, blank where the
 * figure or the target cannot be read by Excel's own functions (Fill's note says why), else Đạt / Chưa đạt exactly
 * as the core's evaluate judges the row against its target cell.
 */
export function plainVerdictFormula(
  fig: string,
  target: string,
  row: Pick<CatalogRow, "id" | "kind" | "title">
): string {
  const none = `"${VERDICTS.noData}"`;
  const judged =
    row.kind === "yesno"
      ? yesNoVerdict(row as CatalogRow, fig, target)
      : row.kind === "rank"
        ? `IF(${rankMet(fig, target)},"${VERDICTS.met}","${VERDICTS.notMet}")`
        : `IF(${percentMet(fig, target)},"${VERDICTS.met}","${VERDICTS.notMet}")`;
  return `=IF(ISNA(${fig}),${none},IFERROR(IF(TRIM(${fig})="",${none},${judged}),""))`;
}

/**
 * The ratio of two counts on a plain sheet, with CDS.RATE's refusals: blank while a part is blank, #VALUE! for a
 * part that is not a whole number ≥ 0 below 2^53 (text too) or a numerator above its denominator, #DIV/0! for a
 * denominator of 0.
 */
export function plainRatioFormula(num: string, den: string): string {
  const whole = (x: string) => `${x}>=0,INT(${x})=${x},${x}<2^53`;
  return (
    `=IF(OR(TRIM(${num})="",TRIM(${den})=""),"",` +
    `IF(AND(${aNumber(num)},${aNumber(den)}),` +
    `IF(AND(${whole(num)},${whole(den)}),IF(OR(${num}<=${den},${den}=0),${num}/${den},${ERROR}),${ERROR}),${ERROR}))`
  );
}

// ---- what the formulas show, in TypeScript (Fill's notes, the tests) ----

/** Excel's TRIM: spaces (U+0020 only) cut at both ends, runs of them inside made one. */
function excelTrim(text: string): string {
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

/** Excel's "=" between texts: case aside (not accents, not the Unicode form). */
const excelEquals = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The target as the plain formula of a row reads its target cell, or null where it cannot (then its verdict is
 * blank): "≥ 60%", ">= 60%", "> 8,5%", "60%" for percentages, "≤ 5" for ranks, "Có" for yes/no rows.
 */
export function plainTarget(row: Pick<CatalogRow, "kind">, value: CellValue): Target | null {
  if (typeof value !== "string") return null;
  const t = excelTrim(value);
  if (row.kind === "yesno")
    return PLAIN_DONE_TARGETS.some((w) => excelEquals(t, w)) ? { type: "done" } : null;
  let canonical = t;
  for (const [from, to] of CANONICAL) canonical = canonical.split(from).join(to);
  const op = SIGNS.indexOf(canonical.charAt(0)) + 1;
  const number = canonical.replace(/[≥≤><% ]/g, "");
  if (row.kind === "rank") {
    if (op === 0 || canonical !== canonical.charAt(0) + number) return null;
    if (!/^\d{1,12}$/.test(number)) return null;
  } else {
    if ((op > 0 ? canonical.charAt(0) : "") + number + "%" !== canonical) return null;
    const digits = number.replace(/[.,]/g, "");
    if (!/^\d{1,15}$/.test(digits) || number.length - digits.length > 1) return null;
    if (!/^\d/.test(number) || !/\d$/.test(number) || /\.\d{3}$/.test(number)) return null;
  }
  const ops = [">=", ">=", "<=", ">", "<"] as const;
  try {
    const target = parseTarget(`${ops[op]} ${number}${row.kind === "rank" ? "" : "%"}`);
    return target.type === "compare" && (row.kind !== "rank") === target.percent ? target : null;
  } catch {
    return null; // over 100%
  }
}

/** The figure a plain verdict formula judges, or undefined where it cannot read it (its verdict is then blank). */
export function plainFigure(
  row: Pick<CatalogRow, "id" | "kind" | "title">,
  value: CellValue
): number | boolean | null | undefined {
  if (value === null || (typeof value === "string" && excelTrim(value) === "")) return null;
  if (row.kind === "yesno") {
    if (typeof value === "boolean") return value;
    if (typeof value !== "string") return undefined;
    const [done, notDone] = yesNoWords(row as CatalogRow);
    const w = excelTrim(value);
    if (excelEquals(w, done) || excelEquals(w, YES)) return true;
    if (excelEquals(w, notDone) || excelEquals(w, NO)) return false;
    return undefined;
  }
  if (typeof value !== "number") return undefined;
  if (row.kind === "rank")
    return value >= 1 && Number.isInteger(value) && value < 2 ** 53 ? value : undefined;
  return value >= 0 && value - 1 <= 10002 / 10 ** 16 ? value : undefined;
}

/** What the plain ratio formula gives for two part cells: the ratio, "" (a part blank), or undefined (an error). */
export function plainRate(num: CellValue, den: CellValue): number | "" | undefined {
  const blank = (v: CellValue) => v === null || (typeof v === "string" && excelTrim(v) === "");
  if (blank(num) || blank(den)) return "";
  const whole = (x: unknown): x is number =>
    typeof x === "number" && x >= 0 && Number.isInteger(x) && x < 2 ** 53;
  if (!whole(num) || !whole(den) || (num > den && den !== 0) || den === 0) return undefined;
  return num / den;
}

/**
 * What the plain verdict formula of a row shows for a figure cell and a target cell: the verdict, "" where it cannot
 * read one of them (or the figure is refused), as the sheet's formula computes it.
 */
export function plainVerdict(
  row: Pick<CatalogRow, "id" | "kind" | "title">,
  figure: CellValue,
  target: CellValue
): Verdict | "" {
  const value = plainFigure(row, figure);
  if (value === null) return VERDICTS.noData;
  const t = plainTarget(row, target);
  if (value === undefined || !t) return "";
  if (t.type === "done") return value === true ? VERDICTS.met : VERDICTS.notMet;
  return meetsPlain(value as number, t) ? VERDICTS.met : VERDICTS.notMet;
}

function meetsPlain(value: number, t: Target & { type: "compare" }): boolean {
  const diff = value - t.value;
  const tol = 1e-12 * Math.max(1, Math.abs(t.value));
  switch (t.op) {
    case ">=":
      return diff >= -tol;
    case ">":
      return diff > tol;
    case "<=":
      return diff <= tol;
    case "<":
      return diff < -tol;
  }
}

/** How a target the plain formula cannot read is written so that it can: "tối thiểu 35%" → "≥ 35%". */
export function plainTargetHint(text: string): string | null {
  try {
    return formatTarget(parseTarget(text));
  } catch {
    return null;
  }
}

/**
 * The standard sheet as data. buildSheet's whole spec (every cell, style, validation, merge, conditional format,
 * column and print setting) is rendered as text, one line per sheet row plus short blocks for the rest:
 * - test/fixtures/sheet-xa.txt is the commune's sheet in full;
 * - test/fixtures/sheet-variants.txt holds every other case (the other levels, a sheet rebuilt over an analyst's typed
 *   cells, the city's consolidated sheet) as its line differences from sheet-xa.txt.
 * A change of the layout that changes no sheet leaves both files equal; a change that does shows as a few lines.
 * After an intended change, rewrite them with `UPDATE_SNAPSHOTS=1 npx jest --selectProjects sheet` and review the diff;
 * without UPDATE_SNAPSHOTS=1 nothing is ever written. The targeted assertions below say by hand what must differ
 * between the cases, so that a re-recording cannot quietly change it. Last, on the in-memory workbook: a yes/no row's
 * live verdict reads only its own words, as Fill does (docs/domain.md#yes-no-answers: each row its own words).
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  bodySlot,
  buildSheet,
  COL,
  headSlot,
  sheetName,
  standardRows,
  tailSlot,
  type CellContent,
  type Preserved,
  type SheetSpec,
} from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { fillReport, generateSheet } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { PARAMS } from "./support";

const FIXTURES = join(__dirname, "..", "fixtures");
const UPDATE = process.env.UPDATE_SNAPSHOTS === "1";

const Q3 = { year: 2025, part: "Q3" } as const;

const CASES: Record<string, { params: SheetParams; preserved?: Preserved }> = {
  xa: {
    params: {
      unit: "Ủy ban nhân dân phường Sài Gòn",
      level: "xa",
      period: { year: 2025, part: "Y" },
    },
  },
  so: { params: { unit: "Sở Khoa học và Công nghệ", level: "so", period: Q3, code: "SKHCN" } },
  huyen: {
    params: {
      unit: "Ủy ban nhân dân huyện Cần Giờ",
      level: "huyen",
      period: { year: 2024, part: "H1" },
    },
  },
  tp: {
    params: { unit: "Thành phố Hồ Chí Minh", level: "tp", period: { year: 2026, part: "Q1" } },
  },
  // an analyst's sheet rebuilt: typed figures (one as text), a formula in a note, a number as evidence, a line below
  // the table, a cell beside the title block
  "xa-preserved": {
    params: { unit: "Ủy ban nhân dân xã Bình Chánh", level: "xa", period: Q3, code: "X-042" },
    preserved: {
      cells: {
        [bodySlot("9.1", COL.figure)]: { number: 12 },
        [bodySlot("9.2", COL.figure)]: { text: "chưa thống kê" },
        [bodySlot("14.1", COL.figure)]: { number: 0.35 },
        [bodySlot("2", COL.figure)]: { text: "Đã ban hành" },
        [bodySlot("2", COL.evidence)]: { number: 4512 },
        [bodySlot("16", COL.note)]: { formula: "=C30*2" },
        [bodySlot("18", COL.target)]: { text: "≥ 40%" },
        [bodySlot("#pillar:kinh-te-so", COL.note)]: { text: "ghi chú khối" },
        [headSlot(2, 3)]: { text: "Người lập: Nguyễn Văn A" },
        [headSlot(5, 1)]: { number: 7 },
        [tailSlot(2, 1)]: { text: "Người ký" },
        [tailSlot(3, COL.figure)]: { formula: "=SUM(C7:C9)" },
      },
    },
  },
  // the city sheet the consolidation writes: its figures, verdicts and notes over the kept cells; a title typed over
  "tp-consolidated": {
    params: { unit: "Thành phố Hồ Chí Minh", level: "tp", period: { year: 2025, part: "Q4" } },
    preserved: {
      cells: {
        [headSlot(1, 0)]: { text: "BÁO CÁO TỔNG HỢP" },
        [bodySlot("25", COL.note)]: { text: "Số liệu của Cục Thống kê" },
      },
      figures: {
        "9.1": { number: 120 },
        "9.2": { number: 130 },
        "22": { text: "12/20 đơn vị" },
        "25": { number: 0.21 },
      },
      verdicts: { "22": { text: "Chưa đạt" }, "25": { text: "Đạt" } },
      notes: { "22": "12 trên 20 đơn vị", "9": "" },
    },
  },
};

/** The spec of a case as plain data (what the adapters receive). */
function specOf(name: string): SheetSpec {
  const { params, preserved } = CASES[name];
  return JSON.parse(JSON.stringify(buildSheet(params, preserved))) as SheetSpec;
}

// ---------------------------------------------------------------------------------------------------------------
// Addresses and styles, as the adapters read them.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };
type Bounds = { col1: number; row1: number; col2: number; row2: number };

const letter = (col: number): string =>
  (col >= 26 ? letter(Math.floor(col / 26) - 1) : "") + String.fromCharCode(65 + (col % 26));

function parseCell(a1: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`not a cell: ${a1}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { col, row: Number(m[2]) };
}

const boundsOf = new Map<string, Bounds>();
/** The corners of a range ("C7:D88", "C7"). */
function bounds(range: string): Bounds {
  let b = boundsOf.get(range);
  if (!b) {
    const [from, to = from] = range.split(":").map(parseCell);
    b = { col1: from.col, row1: from.row, col2: to.col, row2: to.row };
    boundsOf.set(range, b);
  }
  return b;
}

/** Whether a range holds a cell. */
function holds(range: string, col: number, row: number): boolean {
  const b = bounds(range);
  return col >= b.col1 && col <= b.col2 && row >= b.row1 && row <= b.row2;
}

/** A cell's style once every style over it is applied, in order (later ones win). */
function styleAt(spec: SheetSpec, address: string): Obj {
  const { col, row } = parseCell(address);
  const out: Obj = {};
  for (const { range, style } of spec.styles)
    if (holds(range, col, row)) Object.assign(out, style as unknown as Obj);
  return out;
}

/** The content of a cell by address ("C17"). */
function at(spec: SheetSpec, address: string): CellContent | undefined {
  const { col, row } = parseCell(address);
  return spec.cells[row - 1]?.[col];
}

// ---------------------------------------------------------------------------------------------------------------
// The spec as text. Everything in the spec shows: what has no line of its own is written out as JSON.

/** Keys in reading order; any other key follows, by name. */
const KEY_ORDER = [
  ...["unit", "level", "period", "code", "year", "part"],
  ...["rule", "prompt", "error", "type", "min", "max", "items"],
];
const KEY_ORDER_END = ["title", "message", "equals", "width"];

function sortedKeys(o: Obj): string[] {
  const rank = (k: string) =>
    KEY_ORDER.includes(k)
      ? KEY_ORDER.indexOf(k) - 100
      : KEY_ORDER_END.includes(k)
        ? KEY_ORDER_END.indexOf(k) - 50
        : 0;
  return Object.keys(o).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** A value: bare where that cannot be misread, else as JSON. */
function val(v: Json): string {
  if (typeof v === "string") return /^[^\s"=·|()[\]{}]+$/u.test(v) ? v : JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(val).join(" | ")}]`;
  if (v !== null && typeof v === "object") return `(${props(v)})`;
  return String(v);
}

/** An object's properties: `bold fontSize=14 locked=false`. */
function props(o: Obj): string {
  return sortedKeys(o)
    .map((k) => (o[k] === true ? k : `${k}=${val(o[k])}`))
    .join(" ");
}

/** A style entry without its range: the style's properties, then any other property of the entry. */
function styleText(entry: Obj): string {
  const { style, ...more } = entry;
  const own = style !== null && typeof style === "object" && !Array.isArray(style);
  return [own ? props(style) : `style=${val(style)}`, props(more)].filter(Boolean).join(" ");
}

/** Consecutive entries alike but for their range, on one line: `C15:C16 C23:C24 · numberFormat=0.00%`. */
function byRange(entries: readonly Obj[], what: (rest: Obj) => string): string[] {
  const groups: { key: string; rest: Obj; ranges: string[] }[] = [];
  for (const entry of entries) {
    const { range, ...rest } = entry;
    const key = JSON.stringify(rest);
    if (groups[groups.length - 1]?.key !== key) groups.push({ key, rest, ranges: [] });
    groups[groups.length - 1].ranges.push(
      typeof range === "string" ? range : JSON.stringify(range)
    );
  }
  return groups.map((g) => `  ${g.ranges.join(" ")} · ${what(g.rest)}`);
}

/**
 * A formula with the row's own references as `C#`, its own id as `"<id>"` and the sheet's level as `"<level>"`: the
 * same text on every row of one kind, whatever the level.
 */
function generic(formula: string, row: number, id: string | null, level: string): string {
  let out = formula.replace(new RegExp(`(?<![A-Z0-9$.])([A-Z]{1,3})${row}(?![0-9])`, "g"), "$1#");
  if (id) out = out.split(JSON.stringify(id)).join('"<id>"');
  return out.split(JSON.stringify(level)).join('"<level>"');
}

/** A cell: "text", a number, TRUE/FALSE, a formula (or its name in the legend); anything else as JSON. */
function content(c: Json, named: string | undefined): string {
  const o = (c ?? {}) as Obj;
  const only = (key: string, type: string) => Object.keys(o).length === 1 && typeof o[key] === type;
  if (only("text", "string")) return JSON.stringify(o.text);
  if (only("number", "number")) return String(o.number);
  if (only("bool", "boolean")) return o.bool ? "TRUE" : "FALSE";
  if (only("formula", "string") && String(o.formula).startsWith("="))
    return named ?? String(o.formula);
  return JSON.stringify(c);
}

const isBlank = (c: Json) =>
  c !== null && typeof c === "object" && (c as Obj).blank === true && Object.keys(c).length === 1;

/** The whole spec of a sheet of `level` as lines of text. */
function render(spec: SheetSpec, level: string): string[] {
  const s = spec as unknown as Obj;
  const cells = spec.cells as unknown as Json[][];
  const idOf = (r: number) => {
    const h = cells[r - 1]?.[COL.id] as Obj | undefined;
    return h && typeof h.text === "string" ? h.text : null;
  };
  const generalOf = (r: number, c: Json) => {
    const f = (c as Obj | null)?.formula;
    return typeof f === "string" ? generic(f, r, idOf(r), level) : "";
  };

  // formulas written on more than one row get a name
  const uses = new Map<string, number>();
  cells.forEach((line, i) =>
    line.forEach((c) => {
      const g = generalOf(i + 1, c);
      if (g) uses.set(g, (uses.get(g) ?? 0) + 1);
    })
  );
  const legend = new Map<string, string>();
  for (const [g, n] of uses) if (n > 1) legend.set(g, `ƒ${legend.size + 1}`);

  const out: string[] = [];
  out.push(`name ${val(s.name)}`, `key ${val(s.key)}`, `area ${val(s.area)}`);
  out.push(`freezeRows ${val(s.freezeRows)}`, `print ${val(s.print)}`);
  out.push(
    `columns ${(s.columns as Obj[]).map((c, i) => `${letter(i)} ${props(c)}`).join(" · ")}`,
    `merges ${(s.merges as Json[]).map(val).join(" ") || "(none)"}`
  );
  const done = ["name", "key", "area", "freezeRows", "print", "columns", "merges"];
  const blocks = ["conditionalFormats", "styles", "validations", "cells"];
  for (const k of Object.keys(s).sort())
    if (!done.includes(k) && !blocks.includes(k)) out.push(`${k} ${JSON.stringify(s[k])}`);

  out.push("conditionalFormats");
  out.push(...byRange(s.conditionalFormats as Obj[], props));
  out.push(
    `formulas on more than one row (C# the row's own cell, "<id>" its id, "<level>" the level)`
  );
  for (const [g, name] of legend) out.push(`  ${name} ${g}`);
  out.push("styles, in order (later ones win)");
  out.push(...byRange(s.styles as Obj[], styleText));
  out.push("validations, in order");
  out.push(...byRange(s.validations as Obj[], props));

  out.push(
    "rows: the cells that are not blank; below the header H (the id) first and B (the title) last, and between them " +
      "C's number format, lock, fill and validation (and G's lock and fill where it takes evidence)"
  );
  const width = bounds(spec.area).col2 + 1;
  cells.forEach((line, i) => {
    const r = i + 1;
    const inBody = r > spec.freezeRows;
    const part = (c: number) =>
      isBlank(line[c]) ? "" : `${letter(c)} ${content(line[c], legend.get(generalOf(r, line[c])))}`;
    const cols = [...line.keys()];
    const order = inBody ? [COL.id, ...cols.filter((c) => c !== COL.id && c !== COL.title)] : cols;
    let text = [String(r).padStart(3), order.map(part).filter(Boolean).join(" · ")]
      .filter(Boolean)
      .join(" ");
    if (line.length !== width) text += ` ‹${line.length} cells›`;
    if (inBody) {
      const figure = styleAt(spec, `C${r}`);
      const rule = spec.validations.find((v) => holds(v.range, COL.figure, r))?.rule;
      const evidence = styleAt(spec, `G${r}`);
      const c = [
        val(figure.numberFormat ?? "(none)"),
        figure.locked === false ? "unlocked" : "",
        figure.fill ? `fill=${val(figure.fill)}` : "",
        rule ? props(rule as unknown as Obj) : "",
      ];
      text += ` ‖ C ${c.filter(Boolean).join(" ")}`;
      if (evidence.locked === false)
        text += ` ‖ G unlocked${evidence.fill ? ` fill=${val(evidence.fill)}` : ""}`;
      if (part(COL.title)) text += ` ‖ ${part(COL.title)}`;
    }
    out.push(text.trimEnd());
  });
  return out;
}

/**
 * The lines of `b` as changes of `a` (longest common subsequence): "- " a line of a that b has not, "+ " a line b has
 * instead, each run of changes after "  " and the line of a before it.
 */
function lineDiff(a: readonly string[], b: readonly string[]): string[] {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: string[] = [];
  let before = "(the first line)";
  let inRun = false;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      before = a[i];
      i++;
      j++;
      inRun = false;
      continue;
    }
    if (!inRun) out.push(`  ${before}`);
    inRun = true;
    if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) out.push(`- ${a[i++]}`);
    else out.push(`+ ${b[j++]}`);
  }
  return out;
}

/** The text of a case's parameters, for the heading of its block. */
function caseHeading(name: string): string {
  const { params, preserved } = CASES[name];
  const kept = Object.entries(preserved ?? {}).map(([k, v]) => `${k}=${Object.keys(v).length}`);
  return `## ${name}: ${props(params as unknown as Obj)}${kept.length ? `, preserved ${kept.join(" ")} (see the test)` : ""}`;
}

/** Compares a text with its recorded file; rewrites the file only with UPDATE_SNAPSHOTS=1. */
function expectRecorded(file: string, text: string): void {
  const path = join(FIXTURES, file);
  if (UPDATE) writeFileSync(path, text, "utf8");
  if (!existsSync(path))
    throw new Error(`${file} is missing: record it with UPDATE_SNAPSHOTS=1 and review it`);
  expect(text).toBe(readFileSync(path, "utf8"));
}

const VARIANTS = Object.keys(CASES).filter((name) => name !== "xa");

describe("the standard sheet as text", () => {
  const xa = render(specOf("xa"), "xa");

  it("the commune's sheet is test/fixtures/sheet-xa.txt", () => {
    const head = [
      "# buildSheet's spec of the commune's sheet, rendered by test/sheet/build.test.ts.",
      "# Rewrite with UPDATE_SNAPSHOTS=1 (never by hand); review its diff.",
      caseHeading("xa"),
    ];
    expectRecorded("sheet-xa.txt", [...head, ...xa].join("\n") + "\n");
  });

  it("every other case is sheet-xa.txt with the changes in test/fixtures/sheet-variants.txt", () => {
    const blocks = VARIANTS.map((name) => {
      const { level } = CASES[name].params;
      return [caseHeading(name), ...lineDiff(xa, render(specOf(name), level))].join("\n");
    });
    const head = [
      "# The other cases of test/sheet/build.test.ts, each as the lines it changes in sheet-xa.txt:",
      '# "- " a line of sheet-xa.txt the case has not, "+ " the line it has instead, after "  " the line before them.',
      "# Rewrite with UPDATE_SNAPSHOTS=1 (never by hand); review its diff.",
    ];
    expectRecorded("sheet-variants.txt", [head.join("\n"), ...blocks].join("\n\n") + "\n");
  });

  it("shows every part of the spec: changing any one value, dropping any entry or adding a key changes the text", () => {
    const base = JSON.parse(JSON.stringify(specOf("xa-preserved"))) as Obj;
    const text = render(base as unknown as SheetSpec, "xa").join("\n");
    const missed: string[] = [];
    const rendered = () => {
      try {
        return render(base as unknown as SheetSpec, "xa").join("\n");
      } catch (e) {
        return `fails: ${e}`; // a spec the adapters could not write either
      }
    };
    const probe = (path: string, mutate: () => () => void) => {
      const undo = mutate();
      if (rendered() === text) missed.push(path);
      undo();
    };
    // every value is changed; a cell dropped or given another key only in a few rows (each row is written alike)
    const structural = (path: string) =>
      !/^spec\.cells\[\d+\]\[/.test(path) || /^spec\.cells\[(0|1|8|15|40|89|90)\]\[/.test(path);
    const walk = (node: Json, path: string) => {
      if (Array.isArray(node)) {
        node.forEach((child, i) => {
          if (structural(`${path}[${i}]`))
            probe(`${path}[${i}] dropped`, () => {
              const [gone] = node.splice(i, 1);
              return () => node.splice(i, 0, gone);
            });
          walk(child, `${path}[${i}]`);
        });
      } else if (node !== null && typeof node === "object") {
        for (const key of Object.keys(node)) {
          const value = node[key];
          if (value !== null && typeof value === "object") walk(value, `${path}.${key}`);
          else
            probe(`${path}.${key}`, () => {
              node[key] =
                typeof value === "string"
                  ? `${value}x`
                  : typeof value === "number"
                    ? value + 1
                    : typeof value === "boolean"
                      ? !value
                      : "x";
              return () => (node[key] = value);
            });
        }
        if (structural(path))
          probe(`${path} with another key`, () => {
            node.extra = 1;
            return () => delete node.extra;
          });
      }
    };
    walk(base, "spec");
    expect(missed).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// What differs between the cases, said by hand.

const rows = standardRows();
const LEVELS = ["so", "huyen", "tp", "xa"] as const;
const specs = Object.fromEntries(Object.keys(CASES).map((name) => [name, specOf(name)]));
const bodyRows = Object.values(rows);
/** The yes/no rows: their live verdict names them, so that only their own words are accepted. */
const YES_NO = ["2", "3", "4", "5", "6", "7", "10", "11", "19", "22", "27", "28.1", "28.2"];
const verdict = (r: number, level: string, id?: string) =>
  `=IF(ISNA(C${r}),"Chưa có số liệu",IFERROR(IF(C${r}="","Chưa có số liệu",` +
  `CDS.CHECK(C${r},F${r},"${level}"${id ? `,"${id}"` : ""})),""))`;

describe("what differs between the levels", () => {
  test.each([
    [
      "so",
      "Sở Khoa học và Công nghệ",
      "Sở, ban, ngành",
      "Quý III năm 2025",
      "#unit:SKHCN",
      "2025-Q3",
    ],
    [
      "huyen",
      "Ủy ban nhân dân huyện Cần Giờ",
      "Cấp huyện (trước 7/2025)",
      "6 tháng đầu năm 2024",
      "#unit",
      "2024-H1",
    ],
    ["tp", "Thành phố Hồ Chí Minh", "Toàn thành phố", "Quý I năm 2026", "#unit", "2026-Q1"],
    ["xa", "Ủy ban nhân dân phường Sài Gòn", "Phường, xã, đặc khu", "Năm 2025", "#unit", "2025"],
  ])(
    "%s: the title block names the unit, its level, the period and the roster code",
    (name, unit, level, period, mark, code) => {
      const spec = specs[name];
      expect(["B2", "B3", "B4"].map((a) => at(spec, a))).toEqual([
        { text: unit },
        { text: level },
        { text: period },
      ]);
      expect(["H1", "H2", "H3", "H4"].map((a) => at(spec, a))).toEqual([
        { text: "CDS-SHEET/2" },
        { text: mark },
        { text: name },
        { text: code },
      ]);
      expect(spec.key).toMatch(new RegExp(`^CDS_[0-9a-f]{16}_${code.replace("-", "")}$`));
    }
  );

  test("every sheet has its own name and key", () => {
    const all = Object.values(specs);
    expect(new Set(all.map((s) => s.name)).size).toBe(all.length);
    expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
    expect(specs.so.name).toBe("CĐS 2025-Q3 Sở KH&CN");
    expect(specs.xa.name).toBe("CĐS 2025 Phường Sài Gòn");
  });

  test.each(LEVELS)(
    "%s: every verdict is live and names the level; a yes/no row's also its id",
    (level) => {
      const spec = specs[level];
      const judged = Object.entries(rows).filter(([, r]) => "formula" in (at(spec, `D${r}`) ?? {}));
      expect(judged.length).toBeGreaterThan(40);
      for (const [id, r] of judged)
        expect([id, at(spec, `D${r}`)]).toEqual([
          id,
          { formula: verdict(r, level, YES_NO.includes(id) ? id : undefined) },
        ]);
      for (const id of YES_NO) expect(judged.map(([i]) => i)).toContain(id);
    }
  );

  test("18's default target follows the level (none for the city, whose verdict stays live); every other is the same", () => {
    const f18 = (level: string) => at(specs[level], `F${rows["18"]}`);
    expect(f18("so")).toEqual({ text: "≥ 50%" });
    expect(f18("huyen")).toEqual({ text: "≥ 40%" });
    expect(f18("xa")).toEqual({ text: "≥ 35%" });
    expect(f18("tp")).toEqual({ blank: true });
    expect(at(specs.tp, `D${rows["18"]}`)).toEqual({ formula: verdict(rows["18"], "tp") });
    const others = (level: string) =>
      bodyRows.filter((r) => r !== rows["18"]).map((r) => at(specs[level], `F${r}`));
    for (const level of LEVELS) expect(others(level)).toEqual(others("xa"));
    expect(at(specs.xa, `F${rows["16"]}`)).toEqual({ text: "≥ 60%" });
    expect(at(specs.xa, `F${rows["26"]}`)).toEqual({ text: "> 8,5%" });
  });

  test("the levels share one layout: styles, validations, merges, formats, columns, area, print", () => {
    const layout = (s: SheetSpec) => ({ ...s, name: "", key: "", cells: [] });
    for (const level of LEVELS) expect(layout(specs[level])).toEqual(layout(specs.xa));
    expect(specs.xa.merges).toEqual(["A1:G1"]);
    expect(specs.xa.area).toBe(`A1:H${Math.max(...bodyRows)}`);
  });
});

describe("the city's consolidated sheet", () => {
  const spec = specs["tp-consolidated"];
  const cellOf = (col: string, id: string) => at(spec, `${col}${rows[id]}`);

  test("the consolidation's figures, verdicts and notes stand in their rows, as values", () => {
    expect(cellOf("C", "9.1")).toEqual({ number: 120 });
    expect(cellOf("C", "9.2")).toEqual({ number: 130 });
    expect(cellOf("C", "22")).toEqual({ text: "12/20 đơn vị" });
    expect(cellOf("D", "22")).toEqual({ text: "Chưa đạt" });
    expect(cellOf("E", "22")).toEqual({ text: "12 trên 20 đơn vị" });
    expect(cellOf("C", "25")).toEqual({ number: 0.21 });
    expect(cellOf("D", "25")).toEqual({ text: "Đạt" });
    expect(cellOf("E", "9")).toEqual({ blank: true }); // an empty note is no note
  });

  test("a figure given as text is formatted as text; a number keeps its row's format", () => {
    expect(styleAt(spec, `C${rows["22"]}`).numberFormat).toBe("@");
    expect(styleAt(specs.tp, `C${rows["22"]}`).numberFormat).toBe("General");
    expect(styleAt(spec, `C${rows["25"]}`).numberFormat).toBe("0.00%");
    expect(styleAt(spec, `C${rows["9.1"]}`).numberFormat).toBe("#,##0");
  });

  test("the cells typed over stay: a note, and a title, which then is not merged", () => {
    expect(cellOf("E", "25")).toEqual({ text: "Số liệu của Cục Thống kê" });
    expect(at(spec, "A1")).toEqual({ text: "BÁO CÁO TỔNG HỢP" });
    expect(spec.merges).toEqual([]);
  });

  test("the rows the consolidation did not write stay live", () => {
    expect(cellOf("D", "16")).toEqual({ formula: verdict(rows["16"], "tp") });
    expect(cellOf("C", "9")).toEqual(at(specs.tp, `C${rows["9"]}`));
    expect(cellOf("C", "9")).toHaveProperty("formula");
  });
});

describe("a sheet rebuilt over what the analyst typed", () => {
  const spec = specs["xa-preserved"];
  const last = Math.max(...bodyRows);
  const pillarRow =
    spec.cells.findIndex(
      (line) => JSON.stringify(line[COL.id]) === '{"text":"#pillar:kinh-te-so"}'
    ) + 1;

  test("every typed cell is back in its place, formulas as formulas", () => {
    expect(pillarRow).toBeGreaterThan(6);
    expect(
      [
        `C${rows["9.1"]}`,
        `C${rows["9.2"]}`,
        `C${rows["14.1"]}`,
        `C${rows["2"]}`,
        `G${rows["2"]}`,
        `E${rows["16"]}`,
        `F${rows["18"]}`,
        `E${pillarRow}`,
        "D2",
        "B5",
        `B${last + 2}`,
        `C${last + 3}`,
      ].map((a) => [a, at(spec, a)])
    ).toEqual([
      [`C${rows["9.1"]}`, { number: 12 }],
      [`C${rows["9.2"]}`, { text: "chưa thống kê" }],
      [`C${rows["14.1"]}`, { number: 0.35 }],
      [`C${rows["2"]}`, { text: "Đã ban hành" }],
      [`G${rows["2"]}`, { number: 4512 }],
      [`E${rows["16"]}`, { formula: "=C30*2" }],
      [`F${rows["18"]}`, { text: "≥ 40%" }], // typed over the default ≥ 35%
      [`E${pillarRow}`, { text: "ghi chú khối" }],
      ["D2", { text: "Người lập: Nguyễn Văn A" }],
      ["B5", { number: 7 }],
      [`B${last + 2}`, { text: "Người ký" }],
      [`C${last + 3}`, { formula: "=SUM(C7:C9)" }],
    ]);
  });

  test("the area reaches the lines typed below the table, and the text format covers them", () => {
    expect(spec.area).toBe(`A1:H${last + 3}`);
    expect(spec.cells).toHaveLength(last + 3);
    expect(spec.styles[0]).toEqual({
      range: `A1:H${last + 3}`,
      style: { numberFormat: "@", vAlign: "Top" },
    });
  });

  test("typed text stays text; a number or formula outside the figures is General, so that Excel computes it", () => {
    expect(styleAt(spec, `C${rows["9.2"]}`).numberFormat).toBe("@");
    expect(styleAt(spec, `C${rows["2"]}`).numberFormat).toBe("@");
    expect(styleAt(spec, `C${rows["9.1"]}`).numberFormat).toBe("#,##0");
    expect(styleAt(spec, `C${rows["14.1"]}`).numberFormat).toBe("0.00%");
    for (const a of [`G${rows["2"]}`, `E${rows["16"]}`, "B5"])
      expect([a, styleAt(spec, a).numberFormat]).toEqual([a, "General"]);
    expect(styleAt(spec, "D2").numberFormat).toBe("@");
  });

  test("a cell kept beside the title block, not on the title's row, leaves the title merged; validations are the same", () => {
    expect(spec.merges).toEqual(["A1:G1"]);
    expect(spec.validations).toEqual(specs.xa.validations);
    expect(spec.conditionalFormats).toEqual(specs.xa.conditionalFormats);
  });
});

describe("the live verdict of a yes/no row", () => {
  test("another row's words on row 2: no live verdict, and Fill says why; its own words: Đạt", async () => {
    const wb = new MemoryWorkbook();
    const name = sheetName(PARAMS);
    await generateSheet(wb, PARAMS);
    const cell = (col: string) => `${col}${rows["2"]}`;
    // the words of 10, pasted past the drop-down (typing is refused by the cell's list)
    expect(wb.type(name, cell("C"), "Đã triển khai")).not.toBeNull();
    await wb.writeCells(name, [{ address: cell("C"), content: { text: "Đã triển khai" } }]);
    expect(wb.value(name, cell("D"))).toBe("");
    await fillReport(wb, { params: PARAMS });
    expect(String(wb.value(name, cell("E")))).toMatch(
      /không phải là câu trả lời có\/không.*"Đã triển khai"/
    );
    expect(wb.type(name, cell("C"), "Đã ban hành")).toBeNull();
    expect(wb.value(name, cell("D"))).toBe("Đạt");
  });
});

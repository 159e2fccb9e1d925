/**
 * The plain kind of unit sheet, computed by HyperFormula WITHOUT the CDS functions (as an Excel without custom
 * functions, LibreOffice Calc or WPS would): its verdicts and ratios equal the core's evaluate on every row, on and
 * around every threshold; where its formula cannot read a cell (a target in words, a figure typed as text) the
 * verdict is blank — never another verdict — and plainVerdict says so exactly.
 */
import { catalog, evaluate, parseTarget, yesNoWords, type CatalogRow } from "../../src/core";
import {
  buildSheet,
  disallowedFunctions,
  formulaFunctions,
  isGeneratedFormula,
  PLAIN_FUNCTIONS,
  PLAIN_SIGNATURE,
  plainRate,
  plainVerdict,
  plainVerdictFormula,
  planFill,
  planGenerate,
  readUnitSheet,
  sheetName,
  standardRows,
  startingTarget,
} from "../../src/sheets";
import { type CellValue, type SheetParams } from "../../src/core";
import { VERDICTS, type Level } from "../../src/core";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { INPUTS } from "../support/unitReport";
import { PARAMS, typeReport } from "./support";

// tables of figures through HyperFormula: long on a loaded machine
jest.setTimeout(300_000);

const rows = standardRows();
const LEVELS: readonly Level[] = ["so", "huyen", "xa"];
const judged = catalog.filter((r) => r.target !== null);

/** A plain sheet of the level, written into an in-memory workbook without the CDS functions. */
async function plainSheet(level: Level = "so"): Promise<{ wb: MemoryWorkbook; name: string }> {
  const wb = new MemoryWorkbook({ customFunctions: false });
  const params: SheetParams = { ...PARAMS, level };
  await wb.writeSheet(buildSheet(params, {}, { kind: "plain" }));
  return { wb, name: sheetName(params) };
}

/** Sets cells as values (text stays text), in one batch. */
function setCells(wb: MemoryWorkbook, name: string, cells: Record<string, CellValue>): void {
  const sheet = wb.hf.getSheetId(name)!;
  wb.hf.batch(() => {
    for (const [address, v] of Object.entries(cells)) {
      const m = /^([A-Z])(\d+)$/.exec(address)!;
      const content = typeof v === "string" ? `'${v}` : v;
      wb.hf.setCellContents({ sheet, row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65 }, [
        [content],
      ]);
    }
  });
}

const shown = (v: CellValue) => (v === null ? "" : v);

function nextUp(x: number): number {
  const b = new Float64Array([x]);
  const i = new BigInt64Array(b.buffer);
  i[0] += x >= 0 ? 1n : -1n;
  return b[0];
}
function nextDown(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  const b = new Float64Array([x]);
  const i = new BigInt64Array(b.buffer);
  i[0] += x > 0 ? -1n : 1n;
  return b[0];
}

/** Figures on and around a threshold t, with the values every row refuses. */
function around(t: number, rank: boolean): CellValue[] {
  const near = rank
    ? [t, t - 1, t + 1, t + 0.5]
    : [
        t,
        nextUp(t),
        nextDown(t),
        t + 1e-12,
        t - 1e-12,
        nextUp(t + 1e-12),
        nextDown(t - 1e-12),
        t + 2e-12,
        t - 2e-12,
        t + 0.01,
        t - 0.01,
      ];
  return [
    ...near,
    0,
    1,
    1 + 1e-12,
    nextUp(1 + 1e-12),
    1 + 2e-12,
    -0.01,
    -1,
    2 ** 53,
    null,
    "",
    "   ",
    rank ? "5" : "60%",
    true,
  ];
}

/** The threshold a row starts with at a level (0.6 for "≥ 60%"). */
function thresholdOf(row: CatalogRow, level: Level): number | null {
  const text = startingTarget(row, level);
  if (!text) return null;
  const t = parseTarget(text);
  return t.type === "compare" ? t.value : null;
}

/**
 * The sheet's verdicts against the core: for every judged row, the value HyperFormula computed equals plainVerdict
 * (what the plain formula shows), which is evaluate's verdict, or blank where the formula cannot read a cell.
 */
function expectAgree(
  wb: MemoryWorkbook,
  name: string,
  level: Level,
  inputs: Record<string, CellValue>,
  targets: Record<string, CellValue>,
  label: string
): { blank: number } {
  const results = evaluate(inputs, { level, targets });
  let blank = 0;
  for (const row of judged) {
    const sheet = shown(wb.value(name, `D${rows[row.id]}`));
    const figure =
      row.kind === "ratio" && (inputs[row.id] === undefined || inputs[row.id] === null)
        ? plainFigureOfParts(row, inputs)
        : (inputs[row.id] ?? null);
    const target = targets[row.id] ?? startingTarget(row, level);
    const mirror = plainVerdict(row, figure, target === "" ? null : target);
    const core = results[row.id].verdict ?? "";
    expect([label, row.id, figure, target, sheet]).toEqual([label, row.id, figure, target, mirror]);
    // a ratio with a part blank and the other wrong: "Chưa có số liệu" on both kinds of sheet (CDS.RATE is not
    // called while a part is blank); the core gives no verdict and its note names the wrong part
    const partBlank =
      row.parts && mirror === VERDICTS.noData && core === "" && results[row.id].invalid;
    if (mirror !== "" && !partBlank)
      expect([label, row.id, figure, mirror]).toEqual([label, row.id, figure, core]);
    else blank++;
  }
  return { blank };
}

function plainFigureOfParts(row: CatalogRow, inputs: Record<string, CellValue>): CellValue {
  const part = (id: string): CellValue => {
    const own = inputs[id] ?? null;
    const twin = catalog.find((r) => r.id === id)?.sameAs;
    return own === null && twin ? (inputs[twin] ?? null) : own;
  };
  const r = plainRate(part(row.parts!.num), part(row.parts!.den));
  return r === undefined ? "#VALUE!" : r;
}

describe("the plain sheet's formulas", () => {
  test("no cell holds CDS., every formula uses only Excel's own functions (PLAIN_FUNCTIONS), within Excel's 8,192 characters", () => {
    for (const level of [...LEVELS, "tp"] as const) {
      const spec = buildSheet({ ...PARAMS, level }, {}, { kind: "plain" });
      let formulas = 0;
      for (const line of spec.cells) {
        for (const c of line) {
          if ("text" in c) expect(c.text).not.toMatch(/CDS\./i);
          if (!("formula" in c)) continue;
          formulas++;
          expect(c.formula).not.toMatch(/CDS\./i);
          expect([c.formula.slice(0, 40), disallowedFunctions(c.formula)]).toEqual([
            c.formula.slice(0, 40),
            [],
          ]);
          expect(c.formula.length).toBeLessThanOrEqual(8192);
          expect(isGeneratedFormula(c.formula)).toBe(true);
        }
      }
      expect(formulas).toBeGreaterThan(40);
      expect(spec.cells[0][7]).toEqual({ text: PLAIN_SIGNATURE });
    }
  });

  test("formulaFunctions lists a formula's functions outside its texts; the forbidden ones are caught", () => {
    expect(formulaFunctions('=IF(ISNA(C7),"LET(x)",IFERROR(CDS.CHECK(C7,F7),""))')).toEqual([
      "IF",
      "ISNA",
      "IFERROR",
      "CDS.CHECK",
    ]);
    for (const f of ["LET", "IFS", "SWITCH", "XLOOKUP", "TEXTJOIN", "CONCAT", "IFNA", "MAXIFS"]) {
      expect(PLAIN_FUNCTIONS).not.toContain(f);
      expect(disallowedFunctions(`=${f}(A1,B1)`)).toEqual([f]);
    }
  });

  test("the workbook without custom functions is one: =CDS.RATE is #NAME?", async () => {
    const { wb, name } = await plainSheet();
    setCells(wb, name, { J1: 1 });
    wb.hf.setCellContents({ sheet: wb.hf.getSheetId(name)!, row: 0, col: 10 }, [
      ["=CDS.RATE(1,2)"],
    ]);
    expect(wb.value(name, "K1")).toBe("#NAME?");
  });

  test.each(LEVELS)("level %s: the fixture report, every row = evaluate", async (level) => {
    const { wb, name } = await plainSheet(level);
    typeReport(wb, name);
    const results = evaluate(INPUTS, { level });
    for (const row of catalog) {
      if (row.target !== null) {
        expect([row.id, shown(wb.value(name, `D${rows[row.id]}`)) || null]).toEqual([
          row.id,
          results[row.id].verdict,
        ]);
      }
      if (row.kind === "ratio") {
        const v = wb.value(name, `C${rows[row.id]}`);
        expect([row.id, typeof v === "number" ? v : null]).toEqual([row.id, results[row.id].value]);
      }
    }
  });
});

describe("on and around every threshold (typed figures)", () => {
  test.each(LEVELS)("level %s", async (level) => {
    const { wb, name } = await plainSheet(level);
    const candidates = new Map<string, CellValue[]>();
    for (const row of judged) {
      if (row.kind === "yesno") {
        const [done, notDone] = yesNoWords(row);
        const other = yesNoWords(
          judged.find((r) => r.kind === "yesno" && yesNoWords(r)[0] !== done)!
        );
        candidates.set(row.id, [
          done,
          notDone,
          "Có",
          "Không",
          done.toUpperCase(),
          notDone.toLowerCase(),
          `  ${done}  `,
          done.replace(" ", "  "),
          other[0],
          "x",
          true,
          false,
          1,
          null,
          "   ",
        ]);
        continue;
      }
      const t = thresholdOf(row, level);
      candidates.set(row.id, t === null ? [0.5, null] : around(t, row.kind === "rank"));
    }
    const most = Math.max(...[...candidates.values()].map((c) => c.length));
    let blank = 0;
    for (let i = 0; i < most; i++) {
      const inputs: Record<string, CellValue> = {};
      const cells: Record<string, CellValue> = {};
      for (const row of judged) {
        const list = candidates.get(row.id)!;
        const v = list[i % list.length];
        inputs[row.id] = v;
        cells[`C${rows[row.id]}`] = v;
      }
      setCells(wb, name, cells);
      blank += expectAgree(wb, name, level, inputs, {}, `#${i}`).blank;
    }
    // only the texts the plain formulas do not read leave a blank: figures typed as text, other words
    expect(blank).toBeGreaterThan(0);
  });
});

describe("ratios from their parts", () => {
  const ratios = catalog.filter((r) => r.kind === "ratio" && r.parts && r.target !== null);
  test.each(LEVELS)(
    "level %s: every ratio row (other levels: those whose target is the level's), parts on and around its threshold",
    async (level) => {
      const { wb, name } = await plainSheet(level);
      for (const row of ratios) {
        const t = thresholdOf(row, level) ?? 0.5;
        const den = 1_000_000;
        const on = Math.round(t * den);
        const pairs: Array<[CellValue, CellValue]> = [
          [on, den],
          [on - 1, den],
          [on + 1, den],
          [Math.round(t * 7), 7],
          [0, 0],
          [5, 0],
          [0, 10],
          [10, 10],
          [11, 10],
          [-1, 10],
          [2.5, 10],
          [null, 10],
          [3, null],
          ["3", 10],
          [3, "10"],
          ["   ", 10],
          [true, 10],
          [2 ** 53, 2 ** 53],
          [2 ** 53 - 2, 2 ** 53 - 1],
        ];
        for (const [num, dn] of pairs) {
          const inputs: Record<string, CellValue> = { [row.parts!.num]: num, [row.parts!.den]: dn };
          const clear: Record<string, CellValue> = {};
          for (const r of catalog)
            if (r.kind !== "ratio" && !r.sameAs && r.kind !== "group")
              clear[`C${rows[r.id]}`] = null;
          setCells(wb, name, {
            ...clear,
            [`C${rows[row.parts!.num]}`]: num,
            [`C${rows[row.parts!.den]}`]: dn,
          });
          const label = `${row.id} ${String(num)}/${String(dn)}`;
          expectAgree(wb, name, level, inputs, {}, label);
          const core = evaluate(inputs, { level })[row.id];
          const figure = wb.value(name, `C${rows[row.id]}`);
          // the same number as the core's rate where it has one; none where it refuses (text parts aside)
          if (typeof figure === "number") expect([label, figure]).toEqual([label, core.value]);
          else if (core.value !== null && typeof num === "number" && typeof dn === "number")
            throw new Error(`${label}: the sheet has no ratio where the core has ${core.value}`);
          if (typeof num === "number" && typeof dn === "number" && core.value === null)
            expect([label, typeof figure]).not.toEqual([label, "number"]);
        }
      }
    }
  );
});

describe("target cells as the analyst writes them", () => {
  const TARGETS: CellValue[] = [
    "≥ 60%",
    ">= 60%",
    "=>60%",
    "≥60%",
    "≥ 60 %",
    "  ≥   60%  ",
    "60%",
    "> 8,5%",
    "> 8.5%",
    "< 8,5%",
    "<= 8,5%",
    "=< 8,5%",
    "≤ 100%",
    "≥ 0%",
    "≥ 00,50%",
    "≥ 1.234%",
    "≥ 1,234%",
    "≥ 12,3456789%",
    "≥ 150%",
    "≥ 100,5%",
    "≥ 60",
    "≥ 6 0%",
    "≥ ,5%",
    "≥ 5,%",
    "≥ 1,2,3%",
    "≥≥ 60%",
    "%60%",
    "≥ 60%%",
    "≥ 1e1%",
    "≥ -5%",
    "tối thiểu 60%",
    "trên 8,5%",
    "đạt 60%",
    "16",
    "Có",
    "có",
    "Đã thực hiện",
    "da hoan thanh",
    "Không",
    "≤ 5",
    "<5",
    "> 5",
    "≤ 5,5",
    "≤ 0",
    "≤ 1234567890123",
    "5",
    "≥\u00a060%",
    "≥\t60%",
    0.6,
    5,
    true,
    null,
  ];
  const FIGURES: CellValue[] = [
    0.6,
    0.085,
    0.0850000000001,
    0.5,
    1,
    0,
    5,
    4,
    6,
    "Đã ban hành",
    "Chưa ban hành",
    "Có",
    true,
    false,
  ];

  test("every kind of row, every target text, every figure: HyperFormula without CDS = plainVerdict = evaluate or blank", () => {
    const kinds = ["ratio", "percent", "rank", "yesno"].map((k) =>
      judged.find((r) => r.kind === k && (k !== "yesno" || r.id === "2"))!
    );
    const lines: CellValue[][] = [];
    const cases: Array<{ row: CatalogRow; figure: CellValue; target: CellValue }> = [];
    for (const row of kinds)
      for (const target of TARGETS)
        for (const figure of FIGURES) {
          const r = lines.length + 1;
          const text = (v: CellValue) => (typeof v === "string" ? `'${v}` : v);
          lines.push([text(figure), text(target), plainVerdictFormula(`A${r}`, `B${r}`, row)]);
          cases.push({ row, figure, target });
        }
    const hf = new MemoryWorkbook({ customFunctions: false }).hf;
    const sheet = hf.getSheetId(hf.addSheet("bench"))!;
    hf.setCellContents({ sheet, row: 0, col: 0 }, lines);
    let read = 0;
    const evaluated = new Map<string, ReturnType<typeof evaluate>>();
    const coreOf = (figure: CellValue, target: CellValue) => {
      const k = JSON.stringify([figure, target]);
      if (!evaluated.has(k)) {
        const ids = kinds.map((r) => r.id);
        evaluated.set(
          k,
          evaluate(Object.fromEntries(ids.map((id) => [id, figure])), {
            level: "so",
            targets: Object.fromEntries(ids.map((id) => [id, target])),
          })
        );
      }
      return evaluated.get(k)!;
    };
    cases.forEach(({ row, figure, target }, i) => {
      const v = hf.getCellValue({ sheet, row: i, col: 2 });
      const sheetValue = typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);
      const mirror = plainVerdict(row, figure, target);
      const label = [row.id, figure, target];
      expect([...label, sheetValue]).toEqual([...label, mirror]);
      const core = coreOf(figure, target)[row.id].verdict ?? "";
      if (mirror !== "") {
        expect([...label, mirror]).toEqual([...label, core]);
        read++;
      }
    });
    expect(read).toBeGreaterThan(200);
  });

  test("what Excel does not read, the plain formula does not claim to: another Unicode form of the words", () => {
    const row = judged.find((r) => r.id === "2")!;
    expect(plainVerdict(row, "Đã ban hành".normalize("NFD"), "Có")).toBe("");
    expect(plainVerdict(row, "đã ban hành", "Có")).toBe("Đạt");
    expect(plainVerdict(row, "Đã triển khai", "Có")).toBe("");
  });
});

describe("Generate and Fill switch kinds, keeping what was typed", () => {
  async function snapshot(wb: MemoryWorkbook, name: string) {
    const read = await wb.read({ names: [name] });
    return readUnitSheet(read.byName[name]!);
  }

  test("plain → CDS → plain: every typed cell kept, the add-in's formulas rewritten, the analyst's own left", async () => {
    const wb = new MemoryWorkbook();
    const name = sheetName(PARAMS);
    await wb.writeSheet(buildSheet(PARAMS, {}, { kind: "plain" }));
    typeReport(wb, name);
    wb.type(name, `F${rows["16"]}`, "≥ 70%");
    wb.type(name, `E${rows["16"]}`, "ghi chú của tôi");
    wb.type(name, `C${rows["24"]}`, `=C${rows["24.1"]}/C${rows["24.2"]}`); // the analyst's own formula
    let sheet = await snapshot(wb, name);
    expect(sheet.kind).toBe("plain");
    const toCds = planGenerate(PARAMS, sheet, { kind: "cds" });
    await wb.writeSheet(toCds.spec, { replace: name, clearRows: sheet.lastRow });
    sheet = await snapshot(wb, name);
    expect(sheet.kind).toBe("cds");
    expect(wb.formula(name, `D${rows["16"]}`)).toMatch(/CDS\.CHECK/);
    expect(wb.formula(name, `C${rows["16"]}`)).toMatch(/CDS\.RATE/);
    expect(wb.formula(name, `C${rows["24"]}`)).toBe(`=C${rows["24.1"]}/C${rows["24.2"]}`);
    expect(wb.value(name, `F${rows["16"]}`)).toBe("≥ 70%");
    expect(wb.value(name, `E${rows["16"]}`)).toBe("ghi chú của tôi");
    const back = planGenerate(PARAMS, sheet, { kind: "plain" });
    expect(back.kept).toBe(toCds.kept);
    await wb.writeSheet(back.spec, { replace: name, clearRows: sheet.lastRow });
    sheet = await snapshot(wb, name);
    expect(sheet.kind).toBe("plain");
    expect(wb.formula(name, `D${rows["16"]}`)).not.toMatch(/CDS\./);
    expect(wb.formula(name, `C${rows["24"]}`)).toBe(`=C${rows["24.1"]}/C${rows["24.2"]}`);
    for (const row of catalog) {
      if (!(row.id in INPUTS) || row.kind === "ratio" || row.sameAs || INPUTS[row.id] === null)
        continue;
      expect([row.id, wb.value(name, `C${rows[row.id]}`)]).not.toEqual([row.id, null]);
    }
  });

  test("Fill of the plain kind keeps plain formulas, writes the plain signature, and says why a verdict is blank", async () => {
    const wb = new MemoryWorkbook({ customFunctions: false });
    const name = sheetName(PARAMS);
    await wb.writeSheet(buildSheet(PARAMS)); // a CDS sheet, opened where custom functions are missing
    typeReport(wb, name);
    expect(wb.value(name, `C${rows["16"]}`)).toBe("#NAME?");
    expect(wb.value(name, `D${rows["16"]}`)).toBe("");
    wb.type(name, `F${rows["16"]}`, "tối thiểu 60%");
    setCells(wb, name, { [`C${rows["25"]}`]: "19%" }); // pasted as text
    const plan = planFill(await snapshot(wb, name), { kind: "plain" });
    await wb.writeCells(name, plan.writes);
    expect(wb.value(name, "H1")).toBe(PLAIN_SIGNATURE);
    for (const w of plan.writes)
      if ("formula" in w.content) expect(w.content.formula).not.toMatch(/CDS\./);
    expect(wb.value(name, `D${rows["16"]}`)).toBe(""); // the core reads "tối thiểu 60%": Đạt
    expect(plan.results["16"].verdict).toBe("Đạt");
    expect(wb.value(name, `E${rows["16"]}`)).toMatch(/Mục tiêu "tối thiểu 60%".*"≥ 60%"/);
    expect(wb.value(name, `D${rows["25"]}`)).toBe("");
    expect(wb.value(name, `E${rows["25"]}`)).toMatch(/Số liệu 25 đang là văn bản/);
    // every other judged row shows the core's verdict
    for (const row of judged) {
      if (row.id === "16" || row.id === "25") continue;
      expect([row.id, shown(wb.value(name, `D${rows[row.id]}`)) || null]).toEqual([
        row.id,
        plan.results[row.id].verdict,
      ]);
    }
    // a second fill changes nothing
    expect(planFill(await snapshot(wb, name), { kind: "plain" }).writes).toEqual([]);
  });
});

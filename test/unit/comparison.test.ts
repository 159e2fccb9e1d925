import { HyperFormula } from "hyperformula";
import { compare, CdsError, evaluate, type Inputs, type Level, type Results } from "../../src/core";
import { registerCdsFunctions } from "../../src/workbook/memory";
import {
  buildSheet,
  comparisonColumns,
  comparisonWrites,
  FIRST_BODY_ROW,
  parseCell,
  previousPeriod,
  standardRows,
  type CellWrite,
  type ComparisonMode,
} from "../../src/sheets";
import { type Period, type PeriodPart } from "../../src/core";

registerCdsFunctions();

const results = (inputs: Inputs, level: Level = "xa") => evaluate(inputs, { level });
const rows = standardRows();
const Q2: Period = { year: 2025, part: "Q2" };

describe("previousPeriod", () => {
  test.each<[PeriodPart, number, ComparisonMode, PeriodPart, number]>([
    ["Q3", 2025, "lastQuarter", "Q2", 2025],
    ["Q2", 2025, "lastQuarter", "Q1", 2025],
    ["Q4", 2025, "lastQuarter", "Q3", 2025],
    ["Q1", 2025, "lastQuarter", "Q4", 2024],
    ["Q1", 2025, "lastYear", "Q1", 2024],
    ["Q3", 2025, "lastYear", "Q3", 2024],
    ["H1", 2025, "lastYear", "H1", 2024],
    ["Y", 2026, "lastYear", "Y", 2025],
  ])("%s %d, %s → %s %d", (part, year, mode, prevPart, prevYear) => {
    expect(previousPeriod({ year, part }, mode)).toEqual({ year: prevYear, part: prevPart });
  });

  test.each<PeriodPart>(["H1", "Y"])(
    "%s has no quarter before it: refused in Vietnamese",
    (part) => {
      const run = () => previousPeriod({ year: 2025, part }, "lastQuarter");
      expect(run).toThrow(CdsError);
      expect(run).toThrow(/không phải báo cáo quý.*cùng kỳ năm trước/);
    }
  );
});

/**
 * The comparison's cells evaluated as Excel would: this period's figures and verdicts in C and D, the writes in I and J,
 * =CDS.CHANGE computed by HyperFormula with the add-in's functions. Returns what a cell shows (its value).
 */
function evaluated(
  writes: readonly CellWrite[],
  now: Results,
  extra: Record<string, string | number> = {}
) {
  const height = Math.max(...Object.values(rows)) + 1;
  const data: (string | number | boolean | null)[][] = Array.from({ length: height }, () =>
    Array(10).fill(null)
  );
  for (const [id, r] of Object.entries(rows)) {
    const x = now[id];
    data[r - 1][2] = typeof x.value === "number" ? x.value : x.text || null;
    data[r - 1][3] = x.verdict;
  }
  const put = (address: string, v: string | number | null) => {
    const { row, col } = parseCell(address);
    data[row - 1][col] = v;
  };
  for (const w of writes) {
    const c = w.content;
    put(
      w.address,
      "text" in c ? c.text : "number" in c ? c.number : "formula" in c ? c.formula : null
    );
  }
  for (const [address, v] of Object.entries(extra)) put(address, v);
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3" });
  return (address: string) => {
    const { row, col } = parseCell(address);
    const v = hf.getCellValue({ sheet: 0, row: row - 1, col });
    return v === null || v === "" ? null : v;
  };
}

describe("comparisonWrites", () => {
  // 16: 2282/4000 = 57,05% before, 2410/4000 = 60,25% now, against "≥ 60%"; 12.3 a count; 2 done then not done
  const now = results({
    "16.1": 2410,
    "16.2": 4000,
    "12.3": 1150,
    "2": "Chưa ban hành",
    "17.1": 100,
    "17.2": 100,
  });
  const before = results({ "16.1": 2282, "16.2": 4000, "12.3": 1200, "2": "Đã ban hành" });
  const writes = comparisonWrites(rows, compare(now, before), Q2);
  const at = (address: string): CellWrite | undefined => writes.find((w) => w.address === address);
  const shown = evaluated(writes, now);

  test("the header on row 6: the previous period named, then the change", () => {
    expect(shown("I6")).toBe("Kỳ trước (Quý II năm 2025)");
    expect(shown("J6")).toBe("Thay đổi");
  });

  test("a ratio: the previous figure as a number in the row's format, the change live in points with the verdict change", () => {
    expect(at(`I${rows["16"]}`)).toEqual({
      address: `I${rows["16"]}`,
      content: { number: 2282 / 4000 },
      numberFormat: "0.00%",
    });
    expect(at(`J${rows["16"]}`)!.content).toEqual({
      formula: `=CDS.CHANGE(C${rows["16"]},I${rows["16"]},"16","Chưa đạt",D${rows["16"]})`,
    });
    expect(shown(`J${rows["16"]}`)).toBe("+3,20 điểm % · Chưa đạt → Đạt");
  });

  test("a count changes in items; a yes/no row shows its words and its verdict change only", () => {
    expect(shown(`I${rows["12.3"]}`)).toBe(1200);
    expect(at(`I${rows["12.3"]}`)!.numberFormat).toBe("#,##0");
    expect(shown(`J${rows["12.3"]}`)).toBe("−50");
    expect(shown(`I${rows["16.1"]}`)).toBe(2282);
    expect(shown(`J${rows["16.1"]}`)).toBe("+128");
    expect(shown(`J${rows["16.2"]}`)).toBe("0"); // the same count: no change, said
    expect(at(`I${rows["2"]}`)).toEqual({
      address: `I${rows["2"]}`,
      content: { text: "Đã ban hành" },
      numberFormat: "@",
    });
    expect(shown(`J${rows["2"]}`)).toBe("Đạt → Chưa đạt");
  });

  test("blank where a side has no figure to compare; a verdict reached from no data is still said", () => {
    // 17 had no data before: no previous figure, but its verdict moved
    expect(shown(`I${rows["17"]}`)).toBeNull();
    expect(shown(`J${rows["17"]}`)).toBe("Chưa có số liệu → Đạt");
    // 25 has no figure on either side: nothing shows — but its change stays live, for when a figure comes in
    expect(at(`I${rows["25"]}`)!.content).toEqual({ blank: true });
    expect(shown(`J${rows["25"]}`)).toBeNull();
    expect(
      evaluated(writes, now, { [`C${rows["25"]}`]: 0.2, [`D${rows["25"]}`]: "Đạt" })(
        `J${rows["25"]}`
      )
    ).toBe("Chưa có số liệu → Đạt");
    // a count that had no figure: no formula at all (nothing to compare with, no verdict)
    expect(at(`J${rows["23.1"]}`)!.content).toEqual({ blank: true });
  });

  test("live: a figure corrected after the comparison changes the change at once (never a stale one)", () => {
    const r = rows["16.1"];
    const later = evaluated(writes, now, { [`C${r}`]: 2000 });
    expect(later(`J${r}`)).toBe("−282");
  });

  test("two cells per row whatever the figures: the list is as long for any comparison, and clears an earlier one", () => {
    expect(writes).toHaveLength(2 + 2 * Object.keys(rows).length);
    // the change is never a text cell ("@" would keep a formula as text); the previous figure is text only when it is one
    expect(
      writes.filter((w) => "formula" in w.content).every((w) => w.numberFormat === "General")
    ).toBe(true);
    expect(writes.filter((w) => "text" in w.content).every((w) => w.numberFormat === "@")).toBe(
      true
    );
    const empty = comparisonWrites(rows, compare(results({}), results({})), Q2);
    expect(empty).toHaveLength(writes.length);
    const nothing = evaluated(empty, results({}));
    expect(
      empty
        .slice(2)
        .map((w) => nothing(w.address))
        .every((v) => v === null)
    ).toBe(true);
    expect(comparisonWrites({ "16": 40 }, compare(now, before), Q2).map((w) => w.address)).toEqual([
      "I6",
      "J6",
      "I40",
      "J40",
    ]);
  });
});

describe("comparisonColumns", () => {
  test("adds I and J to a sheet spec: cells, widths, header style, area widened", () => {
    const spec = buildSheet({
      unit: "Phường Bến Thành",
      level: "xa",
      period: { year: 2025, part: "Q3" },
    });
    const c = compare(
      results({ "16.1": 2410, "16.2": 4000 }),
      results({ "16.1": 2282, "16.2": 4000 })
    );
    const out = comparisonColumns(spec, c, Q2);
    const last = Math.max(...Object.values(rows));
    expect(spec.area).toBe(`A1:H${last}`);
    expect(out.area).toBe(`A1:J${last}`);
    expect(out.cells.every((line) => line.length === 10)).toBe(true);
    expect(out.cells[5][8]).toEqual({ text: "Kỳ trước (Quý II năm 2025)" });
    expect(out.cells[5][9]).toEqual({ text: "Thay đổi" });
    expect(out.cells[rows["16"] - 1][8]).toEqual({ number: 2282 / 4000 });
    expect(out.cells[rows["16"] - 1][9]).toEqual({
      formula: `=CDS.CHANGE(C${rows["16"]},I${rows["16"]},"16","Chưa đạt",D${rows["16"]})`,
    });
    expect(out.styles).toContainEqual({
      range: `I${rows["16"]}`,
      style: { numberFormat: "0.00%" },
    });
    // the template's columns untouched
    expect(out.cells.map((l) => l.slice(0, 8))).toEqual(spec.cells);
    expect(out.columns.slice(0, 8)).toEqual(spec.columns);
    expect(out.columns.slice(8)).toEqual([{ width: 90 }, { width: 130 }]);
    const header = spec.styles.find((s) => s.range === "A6:G6")!.style;
    expect(out.styles).toContainEqual({ range: "I6:J6", style: header });
    expect(out.styles).toContainEqual({
      range: `I${FIRST_BODY_ROW}:J${last}`,
      style: expect.objectContaining({ borders: true }),
    });
  });

  test("on a wider sheet (the city's, with its chart block) the area and the block stay", () => {
    const base = buildSheet({ unit: "X", level: "tp", period: Q2 });
    const wide = {
      ...base,
      area: base.area.replace("H", "O"),
      cells: base.cells.map((l) => [...l, ...Array.from({ length: 7 }, () => ({ text: "k" }))]),
    };
    const out = comparisonColumns(wide, compare(results({}, "tp"), results({}, "tp")), Q2);
    expect(out.area).toBe(wide.area);
    expect(out.cells[5].slice(10)).toEqual(wide.cells[5].slice(10));
    expect(out.cells[5][8]).toEqual({ text: "Kỳ trước (Quý II năm 2025)" });
  });
});

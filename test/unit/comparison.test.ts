import { compare, CdsError, evaluate, type Inputs, type Level } from "../../src/core";
import {
  buildSheet,
  comparisonColumns,
  comparisonWrites,
  FIRST_BODY_ROW,
  previousPeriod,
  standardRows,
  type CellWrite,
  type CompareMode,
  type Period,
  type PeriodPart,
} from "../../src/core/sheet";

const results = (inputs: Inputs, level: Level = "xa") => evaluate(inputs, { level });
const rows = standardRows();
const Q2: Period = { year: 2025, part: "Q2" };

describe("previousPeriod", () => {
  test.each<[PeriodPart, number, CompareMode, PeriodPart, number]>([
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

  test.each<PeriodPart>(["H1", "Y"])("%s has no quarter before it: refused in Vietnamese", (part) => {
    const run = () => previousPeriod({ year: 2025, part }, "lastQuarter");
    expect(run).toThrow(CdsError);
    expect(run).toThrow(/không phải báo cáo quý.*cùng kỳ năm trước/);
  });
});

describe("comparisonWrites", () => {
  // 16: 2282/4000 = 57,05% before, 2410/4000 = 60,25% now, against "≥ 60%"; 12.3 a count; 2 done then not done
  const now = results({ "16.1": 2410, "16.2": 4000, "12.3": 1150, "2": "Chưa ban hành", "17.1": 100, "17.2": 100 });
  const before = results({ "16.1": 2282, "16.2": 4000, "12.3": 1200, "2": "Đã ban hành" });
  const writes = comparisonWrites(rows, compare(now, before), Q2);
  const at = (address: string): CellWrite | undefined => writes.find((w) => w.address === address);
  const textAt = (address: string) => {
    const c = at(address)?.content;
    return c && "text" in c ? c.text : c && "blank" in c ? null : c;
  };

  test("the header on row 6: the previous period named, then the change", () => {
    expect(textAt("I6")).toBe("Kỳ trước (Quý II năm 2025)");
    expect(textAt("J6")).toBe("Thay đổi");
  });

  test("a ratio: the previous figure as the report shows it, the change in points and the verdict change", () => {
    expect(textAt(`I${rows["16"]}`)).toBe("57,05%");
    expect(textAt(`J${rows["16"]}`)).toBe("+3,20 điểm % · Chưa đạt → Đạt");
  });

  test("a count changes in items; a yes/no row shows its words and its verdict change only", () => {
    expect(textAt(`I${rows["12.3"]}`)).toBe("1.200");
    expect(textAt(`J${rows["12.3"]}`)).toBe("−50");
    expect(textAt(`I${rows["16.1"]}`)).toBe("2.282");
    expect(textAt(`J${rows["16.1"]}`)).toBe("+128");
    expect(textAt(`J${rows["16.2"]}`)).toBe("0"); // the same count: no change, said
    expect(textAt(`I${rows["2"]}`)).toBe("Đã ban hành");
    expect(textAt(`J${rows["2"]}`)).toBe("Đạt → Chưa đạt");
  });

  test("blank where a side has no figure to compare; a verdict reached from no data is still said", () => {
    // 17 had no figure before: nothing to show in I, the verdict change in J
    expect(textAt(`I${rows["17"]}`)).toBeNull();
    expect(textAt(`J${rows["17"]}`)).toBe("Chưa có số liệu → Đạt");
    // 25 has a figure on neither side
    expect(textAt(`I${rows["25"]}`)).toBeNull();
    expect(textAt(`J${rows["25"]}`)).toBeNull();
  });

  test("every cell as text, two per row whatever the figures: the list is as long for any comparison", () => {
    expect(writes.every((w) => w.numberFormat === "@")).toBe(true);
    expect(writes.every((w) => "text" in w.content || "blank" in w.content)).toBe(true);
    expect(writes).toHaveLength(2 + 2 * Object.keys(rows).length);
    const empty = comparisonWrites(rows, compare(results({}), results({})), Q2);
    expect(empty).toHaveLength(writes.length);
    expect(empty.slice(2).every((w) => "blank" in w.content)).toBe(true);
    // the rows the sheet has, wherever they stand
    expect(comparisonWrites({ "16": 40 }, compare(now, before), Q2).map((w) => w.address)).toEqual(["I6", "J6", "I40", "J40"]);
  });
});

describe("comparisonColumns", () => {
  test("adds I and J to a sheet spec: cells, widths, header style, area widened", () => {
    const spec = buildSheet({ unit: "Phường Bến Thành", level: "xa", period: { year: 2025, part: "Q3" } });
    const c = compare(results({ "16.1": 2410, "16.2": 4000 }), results({ "16.1": 2282, "16.2": 4000 }));
    const out = comparisonColumns(spec, c, Q2);
    const last = Math.max(...Object.values(rows));
    expect(spec.area).toBe(`A1:H${last}`);
    expect(out.area).toBe(`A1:J${last}`);
    expect(out.cells.every((line) => line.length === 10)).toBe(true);
    expect(out.cells[5][8]).toEqual({ text: "Kỳ trước (Quý II năm 2025)" });
    expect(out.cells[5][9]).toEqual({ text: "Thay đổi" });
    expect(out.cells[rows["16"] - 1][8]).toEqual({ text: "57,05%" });
    expect(out.cells[rows["16"] - 1][9]).toEqual({ text: "+3,20 điểm % · Chưa đạt → Đạt" });
    // the template's columns untouched
    expect(out.cells.map((l) => l.slice(0, 8))).toEqual(spec.cells);
    expect(out.columns.slice(0, 8)).toEqual(spec.columns);
    expect(out.columns.slice(8)).toEqual([{ width: 90 }, { width: 130 }]);
    const header = spec.styles.find((s) => s.range === "A6:G6")!.style;
    expect(out.styles).toContainEqual({ range: "I6:J6", style: header });
    expect(out.styles).toContainEqual({ range: `I${FIRST_BODY_ROW}:J${last}`, style: expect.objectContaining({ numberFormat: "@", borders: true }) });
  });

  test("on a wider sheet (the city's, with its chart block) the area and the block stay", () => {
    const base = buildSheet({ unit: "X", level: "tp", period: Q2 });
    const wide = { ...base, area: base.area.replace("H", "O"), cells: base.cells.map((l) => [...l, ...Array.from({ length: 7 }, () => ({ text: "k" }))]) };
    const out = comparisonColumns(wide, compare(results({}, "tp"), results({}, "tp")), Q2);
    expect(out.area).toBe(wide.area);
    expect(out.cells[5].slice(10)).toEqual(wide.cells[5].slice(10));
    expect(out.cells[5][8]).toEqual({ text: "Kỳ trước (Quý II năm 2025)" });
  });
});

/**
 * The task pane's use cases, unchanged, on the Office.js adapter over the fake Excel: Generate, figures typed by
 * seeding cells, Fill, the city consolidation, the figure checks and the placeholder fill. What each writes where, and
 * in how many round trips (the counts the README's benchmarks quote).
 */
import { catalog, pillars } from "../../src/core";
import {
  AUTO_NOTE_MARK,
  cityParams,
  splitNote,
  sheetName,
  standardRows,
  verdictFormula,
} from "../../src/sheets";
import { sheetKey, type SheetParams } from "../../src/core";
import JSZip from "jszip";
import { EMPTY_SETTINGS } from "../../src/documents";
import {
  validateFigures,
  consolidateCity,
  exportReport,
  fillReport,
  fillTemplateInSheet,
  generateSheet,
  reminderLetter,
  selectCell,
} from "../../src/usecases";
import { impl } from "../../src/functions/impl";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office";
import { typeReport } from "../sheet/support";
import { FakeExcel, installExcelHost, type FakeSheet, type Seed } from "../support/officeMock";
import { reportCells } from "../support/reportCells";
import { parseSeed } from "../support/seed";
import { INPUTS } from "../support/unitReport";
import { A, B, B_INPUTS, C, C_INPUTS, PERIOD } from "../support/cityUnits";
import { createRoster, loadRoster } from "../../src/usecases";
import { syncsOf, unitSheet } from "../support/unitFiles";

const rows = standardRows();

let uninstall: () => void;
beforeAll(() => (uninstall = installExcelHost()));
afterAll(() => uninstall());

/** The writes a call made to a sheet, as [address, path, value]. */
async function writesOf(sheet: FakeSheet, run: () => Promise<unknown>): Promise<unknown[][]> {
  const from = sheet.writes.length;
  await run();
  return sheet.writes.slice(from).map((w) => [w.address, w.path, w.value]);
}

/** 3 named units, then Phường 4…n with figures of their own (16.1 = i, 16.2 = 1000, 2 done by every third). */
async function unitsWorkbook(n: number): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await unitSheet(excel, A, INPUTS);
  await unitSheet(excel, B, B_INPUTS);
  await unitSheet(excel, C, C_INPUTS);
  for (let i = 4; i <= n; i++) {
    const params: SheetParams = { unit: `Phường ${i}`, level: "xa", period: PERIOD };
    await unitSheet(excel, params, { "16.1": i, "16.2": 1000, "2": i % 3 === 0 ? "Có" : "Không" });
  }
  return excel;
}

describe("Tạo bảng chỉ tiêu, then Điền báo cáo", () => {
  it("writes the sheet in 3 round trips and fills it in 2: a verdict formula restored, notes as text", async () => {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    const [generated, generateSyncs] = await syncsOf(excel, () => generateSheet(wb, A));
    expect(generateSyncs).toBeLessThanOrEqual(5); // its registered name, the title blocks (2), look, write
    expect(generated).toEqual({ sheet: sheetName(A), updated: false, kept: 0, restored: [] });
    const ws = excel.sheet(generated.sheet);
    expect(excel.active).toBe(ws);
    expect(excel.names.get(sheetKey(A))?.sheet).toBe(ws);

    // the analyst types the report and deletes the verdict formula of row 16 by mistake
    const v16 = `D${rows["16"]}`;
    excel.seed(ws.name, { ...reportCells(INPUTS), [v16]: null });
    const n23 = `E${rows["23"]}`;
    let fillSyncs = 0;
    const writes = await writesOf(ws, async () => {
      [, fillSyncs] = await syncsOf(excel, () => fillReport(wb));
    });
    expect(fillSyncs).toBeLessThanOrEqual(2);

    // the verdict formula back, in a General cell (a formula in a "@" cell would stay text)
    expect(writes.filter(([address]) => address === v16)).toEqual([
      [v16, "numberFormat", [["General"]]],
      [v16, "formulas", [[verdictFormula(rows["16"], "so")]]],
    ]);
    expect([ws.kind(v16), ws.content(v16)]).toEqual(["formula", verdictFormula(rows["16"], "so")]);
    // the add-in's note after its mark, "@" first so that Excel keeps it as text
    const note = `${AUTO_NOTE_MARK} Bằng đúng ngưỡng 10,00%: mục tiêu "> 10%" đòi hỏi lớn hơn hẳn ngưỡng.`;
    expect(writes.filter(([address]) => address === n23)).toEqual([
      [n23, "numberFormat", [["@"]]],
      [n23, "formulas", [[note]]],
    ]);
    expect([ws.kind(n23), ws.content(n23)]).toEqual(["text", note]);
    // every note written is text; nothing the analyst typed is written over
    for (const [address, path, value] of writes) {
      expect(address).toMatch(/^[DE]\d+$/);
      if (path === "formulas" && String(address).startsWith("E")) {
        expect(String((value as string[][])[0][0]).startsWith(`${AUTO_NOTE_MARK} `)).toBe(true);
        expect(ws.cell(String(address)).numberFormat).toBe("@");
      }
    }
    expect(ws.content(`C${rows["16.1"]}`)).toBe(600);
  });

  it("fills as the in-memory workbook does: the same outcome from the same typing", async () => {
    const excel = new FakeExcel();
    await unitSheet(excel, A, INPUTS);
    const onOffice = await fillReport(new OfficeWorkbook(excel.run));

    const memory = new MemoryWorkbook();
    await generateSheet(memory, A);
    typeReport(memory, sheetName(A));
    expect(await fillReport(memory)).toEqual(onOffice);
    expect(onOffice.summary.reduce((n, p) => n + p.met + p.notMet + p.noData, 0)).toBeGreaterThan(
      40
    );
  });

  it("keeps what was typed when Generate rewrites the sheet, in 3 round trips again", async () => {
    const excel = new FakeExcel();
    const ws = await unitSheet(excel, A, INPUTS);
    const wb = new OfficeWorkbook(excel.run);
    await fillReport(wb);
    excel.seed(ws.name, { [`E${rows["16"]}`]: "Số liệu của Cổng DVC" });
    const [again, syncs] = await syncsOf(excel, () => generateSheet(wb, A));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(again).toMatchObject({ sheet: ws.name, updated: true });
    expect(again.kept).toBe(Object.keys(reportCells(INPUTS)).length + 1);
    expect(ws.content(`C${rows["16.1"]}`)).toBe(600);
    expect(ws.content(`E${rows["16"]}`)).toBe("Số liệu của Cổng DVC");
    expect(ws.content(`D${rows["16"]}`)).toBe(verdictFormula(rows["16"], "so"));
  });
});

describe("Tổng hợp toàn thành phố", () => {
  it("writes the city sheet (sums, ratios of sums, k/n đơn vị), its chart and the breakdown", async () => {
    const excel = await unitsWorkbook(3);
    // Fill ran on the units first: its formulas and notes change nothing in the consolidation
    for (const p of [A, B, C]) await fillReport(new OfficeWorkbook(excel.run), { params: p });
    excel.addSheet("Ghi chú", { A1: "không phải bảng chỉ tiêu" });
    const [out, syncs] = await syncsOf(excel, () =>
      consolidateCity(new OfficeWorkbook(excel.run), { period: PERIOD })
    );
    expect(syncs).toBeLessThanOrEqual(10); // title blocks (2), report ranges (2), three sheets written (2 each)
    expect(out).toMatchObject({
      city: sheetName(cityParams(PERIOD)),
      breakdown: "CĐS 2025-Q3 Chi tiết đơn vị",
      units: 3,
      skipped: [],
    });

    const city = excel.sheet(out.city);
    expect(excel.active).toBe(city);
    expect(excel.names.get(sheetKey(cityParams(PERIOD)))?.sheet).toBe(city);
    const at = (id: string, col = "C") => city.content(`${col}${rows[id]}`);
    expect(at("16.1")).toBe(600 + 100 + 300);
    expect(at("16.2")).toBe(1000 + 400 + 300);
    expect(at("16")).toBeCloseTo(1000 / 1700, 12); // a ratio of sums, written as a number
    expect(city.kind(`C${rows["16"]}`)).toBe("number");
    expect(city.cell(`C${rows["16"]}`).numberFormat).toBe("0.00%");
    expect(at("16", "D")).toBe(verdictFormula(rows["16"], "tp")); // Excel judges 58,82% against "≥ 60%"
    expect([at("2"), city.kind(`C${rows["2"]}`)]).toEqual(["2/3 đơn vị", "text"]);
    expect(at("18", "D")).toBe("Chưa đạt"); // per tier: the consolidation's verdict, as text
    expect(city.kind(`D${rows["18"]}`)).toBe("text");
    expect(at("2", "E")).toMatch(/Chưa thực hiện: Phường Bến Thành\./);
    expect(at("23.1", "E")).toMatch(/Chưa báo cáo: Phường Sài Gòn\./);
    expect(city.content("H5")).toBe("#city");

    // who has reported: no roster sheet, so the official list of communes; the sở is counted, not checked
    expect(out.status).toMatchObject({
      sheet: "CĐS 2025-Q3 Tình hình nộp",
      roster: null,
      unknown: [],
      duplicates: 0,
    });
    expect(out.status.tiers).toEqual([
      expect.objectContaining({ level: "xa", submitted: 2, expected: 168 }),
    ]);
    const status = excel.sheet(out.status.sheet);
    expect(status.autoFilter).toBe(`A4:M${4 + 168}`);
    expect(status.content("E5")).toBe("Chưa nộp"); // the units to chase first
    expect(status.content(`E${4 + 168}`)).toBe("Nộp thiếu"); // Bến Thành and Sài Gòn filled a few rows only
    expect(at("16.1", "E")).toContain("166 đơn vị trong danh sách chưa nộp báo cáo.");

    // the chart block, counting the verdict column live, and the chart over it
    const lastPillar = 6 + pillars.length;
    expect(city.content("L6")).toBe("Trụ cột");
    expect(["M6", "N6", "O6"].map((a) => city.content(a))).toEqual([
      "Đạt",
      "Chưa đạt",
      "Chưa có số liệu",
    ]);
    expect(city.kind("M7")).toBe("formula");
    expect(city.content("M7")).toMatch(/^=0\+\(D\d+="Đạt"\)$/); // "Chỉ tiêu chung": one indicator, still a number
    expect(city.charts).toEqual([
      {
        name: "CDS_chart_1",
        type: "ColumnStacked",
        source: `L6:O${lastPillar}`,
        seriesBy: "Columns",
        props: {
          "title.text": "Kết quả chỉ tiêu theo trụ cột — Quý III năm 2025",
          position: `L${lastPillar + 2}:Q${lastPillar + 20}`,
          "series0.color": "#2E7D32",
          "series1.color": "#C62828",
          "series2.color": "#9E9E9E",
        },
      },
    ]);

    // the breakdown: header on row 3, one line per unit (sở first, then by name), all text
    const bd = excel.sheet(out.breakdown);
    const header = ["A3", "B3", "C3", "D3"].map((a) => bd.content(a));
    expect(header).toEqual(["Đơn vị", "Cấp", "1", "1 – Đánh giá"]);
    const columns = catalog.filter((r) => r.kind !== "group").length;
    expect(bd.content("A2")).toMatch(/^3 đơn vị\./);
    expect(["A4", "A5", "A6", "A7"].map((a) => bd.content(a))).toEqual([
      A.unit,
      B.unit,
      C.unit,
      null,
    ]);
    const col = (h: string): string => {
      for (const [address, c] of bd.cells)
        if (/^[A-Z]+3$/.test(address) && c.content?.kind === "text" && c.content.value === h)
          return address.slice(0, -1);
      throw new Error(`no column ${h}`);
    };
    expect(bd.content(`${col("23.1")}6`)).toBe("Chưa báo cáo");
    expect(bd.content(`${col("16 – Đánh giá")}4`)).toBe("Đạt");
    expect([bd.content(`${col("16")}5`), bd.kind(`${col("16")}5`)]).toEqual(["25,00%", "text"]);
    expect([...bd.cells.keys()].filter((a) => /^[A-Z]+3$/.test(a)).length).toBeGreaterThan(columns);
    expect(bd.freezeRows).toBe(3);
  });

  it("checks the reports against the roster sheet the city keeps, with its sở, ban, ngành", async () => {
    const excel = await unitsWorkbook(3);
    const wb = new OfficeWorkbook(excel.run);
    const [made, syncs] = await syncsOf(excel, () => createRoster(wb));
    expect(syncs).toBeLessThanOrEqual(4); // title blocks (2), the roster written (2)
    expect(made).toEqual({ sheet: "Danh sách đơn vị", existed: false, entries: 168 });
    const roster = excel.sheet("Danh sách đơn vị");
    expect(roster.content("A5")).toMatch(/^\d{5}$/);
    expect(roster.kind("A5")).toBe("text"); // a code keeps its leading zeros
    // the city adds two sở: one that reported (by its name), one that did not
    excel.seed("Danh sách đơn vị", {
      A173: "SKHCN",
      B173: "Sở Khoa học và Công nghệ",
      D173: "Sở, ban, ngành",
      E173: "Đang báo cáo",
      A174: "SYT",
      B174: "Sở Y tế",
      D174: "Sở, ban, ngành",
      E174: "Đang báo cáo",
    });
    // asked again, the roster is shown, never rewritten
    expect(await createRoster(wb)).toEqual({
      sheet: "Danh sách đơn vị",
      existed: true,
      entries: 170,
    });
    expect(roster.content("B174")).toBe("Sở Y tế");
    const loaded = await loadRoster(wb);
    expect([loaded.sheet, loaded.entries.length, loaded.problems]).toEqual([
      "Danh sách đơn vị",
      170,
      [],
    ]);

    const out = await consolidateCity(wb, { period: PERIOD });
    expect(out.status.roster).toBe("Danh sách đơn vị");
    expect(
      out.status.tiers.map((t) => [t.level, t.submitted, t.expected, t.notSubmitted.length])
    ).toEqual([
      ["xa", 2, 168, 166],
      ["so", 1, 2, 1],
    ]);
    expect(out.status.tiers[1].notSubmitted).toEqual(["Sở Y tế"]);
    const status = excel.sheet(out.status.sheet);
    expect([status.content("B5"), status.content("C5"), status.content("E5")]).toEqual([
      "SYT",
      "Sở Y tế",
      "Chưa nộp",
    ]);
    // run again: the status sheet is rewritten in place, not duplicated
    const again = await consolidateCity(wb, { period: PERIOD });
    expect(again.status.sheet).toBe(out.status.sheet);
    expect(excel.sheets.filter((s) => s.name.includes("Tình hình nộp"))).toHaveLength(1);
  });

  it("takes a few round trips for 200 unit sheets, not one per sheet", async () => {
    const syncs: number[] = [];
    for (const n of [3, 200]) {
      const excel = await unitsWorkbook(n);
      const [out, count] = await syncsOf(excel, () =>
        consolidateCity(new OfficeWorkbook(excel.run), { period: PERIOD })
      );
      syncs.push(count);
      expect(out.units).toBe(n);
      let sum = 600 + 100 + 300;
      for (let i = 4; i <= n; i++) sum += i;
      expect(excel.sheet(out.city).content(`C${rows["16.1"]}`)).toBe(sum);
      expect(excel.sheet(out.breakdown).content(`A${3 + n}`)).not.toBeNull();
      expect(excel.sheet(out.breakdown).content(`A${4 + n}`)).toBeNull();
    }
    // the report ranges are read in batches by size: a few more round trips for 200 sheets, never one per sheet
    expect(syncs[0]).toBeLessThanOrEqual(10);
    expect(syncs[1]).toBeLessThan(22);
  }, 60_000);
});

describe("Kiểm tra số liệu", () => {
  it("gives each violation its cell in one round trip; selecting one takes one more", async () => {
    const excel = new FakeExcel();
    const ws = await unitSheet(excel, A, INPUTS);
    excel.seed(ws.name, { [`C${rows["16.1"]}`]: 1200, [`C${rows["24.1"]}`]: "-3" });
    excel.addSheet("Ghi chú");
    excel.activate("Ghi chú");
    const wb = new OfficeWorkbook(excel.run);

    const [out, syncs] = await syncsOf(excel, () => validateFigures(wb, { params: A }));
    expect(syncs).toBe(1);
    expect(out.sheet).toBe(ws.name);
    expect(out.violations.find((v) => v.rule === "ratio-16")).toMatchObject({
      row: "16.1",
      address: `C${rows["16.1"]}`,
      importance: "error",
      message:
        "Số liệu 16.1 (1.200) lớn hơn số liệu 16.2 (1.000): Tử số 16.1 không lớn hơn mẫu số 16.2 (chỉ tiêu 16).",
    });
    expect(out.violations.find((v) => v.rule === "type-24.1")).toMatchObject({
      address: `C${rows["24.1"]}`,
    });
    expect(out.violations.find((v) => v.rule === "evidence-4")).toMatchObject({
      address: `G${rows["4"]}`,
      importance: "warning",
    });

    const [, selectSyncs] = await syncsOf(excel, () =>
      selectCell(wb, out.sheet, `C${rows["16.1"]}`)
    );
    expect(selectSyncs).toBe(1);
    expect(excel.active).toBe(ws);
    expect(ws.selection).toBe(`C${rows["16.1"]}`);
  });
});

describe("Điền mẫu báo cáo", () => {
  const seed = parseSeed();

  /** What Excel shows in the verdict formulas of some rows: CDS.CHECK of the figure and the target. */
  function calculateVerdicts(excel: FakeExcel, name: string, ids: string[]): void {
    const ws = excel.sheet(name);
    for (const id of ids) {
      const r = rows[id];
      const formula = ws.content(`D${r}`);
      expect(formula).toBe(verdictFormula(r, "tp"));
      const value = impl.check(ws.content(`C${r}`), ws.content(`F${r}`), "tp");
      excel.seed(name, { [`D${r}`]: { formula: String(formula), value } });
    }
  }

  /** Rows of the official table pasted into a sheet at their own lines: STT, Chỉ tiêu and the placeholders. */
  function pasteTemplate(excel: FakeExcel, ids: string[]): Record<string, number> {
    const lines: Record<string, number> = {};
    const cells: Record<string, string> = {};
    for (const id of ids) {
      const i = seed.findIndex((r) => r.id === id);
      lines[id] = i + 1;
      seed[i].cells.forEach((text, c) => {
        if (text.trim()) cells[`${"ABCDE"[c]}${i + 1}`] = text;
      });
    }
    excel.addSheet("Mẫu báo cáo", cells);
    excel.activate("Mẫu báo cáo");
    return lines;
  }

  it("fills the placeholders of the active sheet from the city sheet, as text, in 2 round trips", async () => {
    const excel = await unitsWorkbook(3);
    const wb = new OfficeWorkbook(excel.run);
    const city = await consolidateCity(wb, { period: PERIOD });
    calculateVerdicts(excel, city.city, ["16", "33"]);
    const line = pasteTemplate(excel, ["16", "33"]);
    const ws = excel.sheet("Mẫu báo cáo");
    expect(ws.content(`C${line["33"]}`)).toMatch(/dientucanh\]\]\]$/); // the template's stray bracket
    const before = ws.content(`B${line["16"]}`);

    let syncs = 0;
    const writes = await writesOf(ws, async () => {
      const [out, count] = await syncsOf(excel, () =>
        fillTemplateInSheet(wb, { params: { unit: "TP", level: "tp", period: PERIOD } })
      );
      syncs = count;
      expect(out).toMatchObject({
        sheet: "Mẫu báo cáo",
        source: city.city,
        cells: 6,
        resolved: 6,
        unresolved: [],
        approximate: [],
      });
    });
    expect(syncs).toBe(2);
    const filled = (address: string) => [ws.kind(address), ws.content(address)];
    expect(filled(`C${line["16"]}`)).toEqual(["text", "58,82%"]);
    expect(filled(`D${line["16"]}`)).toEqual(["text", "Chưa đạt"]);
    expect(filled(`C${line["33"]}`)).toEqual(["text", "21,00%"]); // only Sở KH&CN reported 33
    expect(filled(`D${line["33"]}`)).toEqual(["text", "Đạt"]);
    expect(ws.content(`E${line["33"]}`)).toMatch(/Chưa báo cáo: Phường Bến Thành, Phường Sài Gòn/);
    expect(ws.content(`B${line["16"]}`)).toBe(before);
    // every cell: "@" first, then its text
    const addresses = [...new Set(writes.map(([address]) => address))];
    expect(addresses).toHaveLength(6);
    for (const address of addresses) {
      expect(writes.filter(([a]) => a === address).map(([, path, value]) => [path, value])).toEqual(
        [
          ["numberFormat", [["@"]]],
          ["formulas", [[ws.content(String(address))]]],
        ]
      );
    }
  });

  it("fills from a unit's sheet after a values-only Fill (its verdicts are values, not formulas)", async () => {
    const excel = new FakeExcel();
    const unit = await unitSheet(excel, A, INPUTS);
    const wb = new OfficeWorkbook(excel.run);
    await fillReport(wb, { valuesOnly: true });
    expect(unit.content(`D${rows["16"]}`)).toBe("Đạt");
    const line = pasteTemplate(excel, ["16", "33"]);
    const out = await fillTemplateInSheet(wb, { params: A });
    expect(out).toMatchObject({ source: unit.name, resolved: 6, unresolved: [] });
    const ws = excel.sheet("Mẫu báo cáo");
    expect(
      [`C${line["16"]}`, `D${line["16"]}`, `C${line["33"]}`].map((a) => ws.content(a))
    ).toEqual(["60,00%", "Đạt", "21,00%"]);
  });
});

describe("every unit keeps its own sheet, and every typed cell (Office adapter)", () => {
  const YEAR = { year: 2025, part: "Y" } as const;
  const unit = (name: string): SheetParams => ({ unit: name, level: "xa", period: YEAR });
  const LAST = Math.max(...Object.values(rows));

  /**
   * Every cell of A1:H{last} as [address, kind, content]; of a note, the analyst's part (the fake Excel computes no
   * formula, so the add-in's notes, which read computed values, are compared on the in-memory workbook).
   */
  function grid(sheet: FakeSheet): unknown[][] {
    const out: unknown[][] = [];
    for (let r = 1; r <= LAST; r++) {
      for (const c of "ABCDEFGH") {
        const a = `${c}${r}`;
        const v = sheet.content(a);
        const analyst =
          c === "E" && r >= 7 && sheet.kind(a) === "text"
            ? splitNote(String(v)).analyst || null
            : v;
        out.push([a, analyst === null ? null : sheet.kind(a), analyst]);
      }
    }
    return out;
  }

  it.each([
    ["Ủy ban nhân dân phường Sài Gòn", "Ủy ban nhân dân phường Tân Định"],
    [
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Một cửa",
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Tổng hợp",
    ],
    ["区政府一", "区政府二"],
  ])("%s / %s: two sheets, each with its own figures, each found again", async (first, second) => {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    const a = await unitSheet(excel, unit(first), { "16.1": 111, "16.2": 200 });
    const b = await generateSheet(wb, unit(second));
    expect(b.updated).toBe(false);
    expect(b.sheet).not.toBe(a.name);
    expect([a.content(`C${rows["16.1"]}`), a.content(`C${rows["16.2"]}`), a.content("B2")]).toEqual(
      [111, 200, first]
    );
    const bs = excel.sheet(b.sheet);
    expect([bs.content(`C${rows["16.1"]}`), bs.content("B2")]).toEqual([null, second]);
    expect(excel.names.get(sheetKey(unit(first)))?.sheet).toBe(a);
    expect(excel.names.get(sheetKey(unit(second)))?.sheet).toBe(bs);
    const [again, syncs] = await syncsOf(excel, () => generateSheet(wb, unit(first)));
    expect(again).toMatchObject({ sheet: a.name, updated: true, kept: 2 });
    expect(syncs).toBe(3);
    excel.addSheet("Ghi chú");
    excel.activate("Ghi chú");
    expect((await fillReport(wb, { params: unit(second) })).sheet).toBe(b.sheet);
  });

  it("a fully typed sheet: Generate then Fill leaves every cell of A1:H as it was, formulas as formulas", async () => {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    const ws = await unitSheet(excel, A, INPUTS);
    await fillReport(wb);
    const seeds: Record<string, Seed> = {};
    let typed = Object.keys(reportCells(INPUTS)).length;
    for (let r = 1; r <= LAST; r++) {
      for (const c of "ABCDEFG") {
        const a = `${c}${r}`;
        const now = ws.content(a);
        if (c === "E" && r >= 7) {
          const auto = now === null ? "" : `\n${now}`;
          seeds[a] =
            r % 4 === 0
              ? {
                  formula: `=HYPERLINK("https://vanban.hochiminhcity.gov.vn/${r}","QĐ ${r}")`,
                  value: `QĐ ${r}`,
                }
              : `Theo [CĐS] kỳ trước ${r}${auto}`;
          typed++;
        } else if (now === null || now === "") {
          seeds[a] =
            c === "G" || c === "F"
              ? {
                  formula: `=HYPERLINK("https://vanban.hochiminhcity.gov.vn/qd-${r}","QĐ ${r}")`,
                  value: `QĐ ${r}`,
                }
              : `ô ${a} [CĐS] của tôi`;
          typed++;
        }
      }
    }
    excel.seed(ws.name, seeds);
    await fillReport(wb);
    const before = grid(ws);
    const out = await generateSheet(wb, A);
    expect(grid(ws).filter((x, i) => JSON.stringify(x) !== JSON.stringify(before[i]))).toEqual([]);
    expect(out.kept).toBe(typed);
    // a kept formula outside the figure and verdict columns is in a General cell: Excel keeps it a formula
    expect(ws.cell(`G${rows["16"]}`).numberFormat).toBe("General");
  });

  it("the hidden ids cleared: Fill writes them back; cleared again, Generate rebuilds them and keeps the figures", async () => {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    const ws = await unitSheet(excel, A, INPUTS);
    const cleared: Record<string, Seed> = {};
    for (let r = 1; r <= LAST; r++) cleared[`H${r}`] = null;
    excel.seed(ws.name, cleared);
    const filled = await fillReport(wb, { params: A });
    expect(filled.repaired).toBe(LAST - 6);
    expect([ws.content("H1"), ws.content("H3"), ws.content(`H${rows["16.1"]}`)]).toEqual([
      "CDS-SHEET/2",
      "so",
      "16.1",
    ]);
    excel.seed(ws.name, cleared);
    excel.addSheet("Khác");
    excel.activate("Khác");
    const out = await generateSheet(wb, A);
    expect(out).toMatchObject({ sheet: ws.name, updated: true, rebuiltIds: LAST - 6 });
    expect(ws.content(`C${rows["16.1"]}`)).toBe(600);
    expect(ws.content(`H${rows["16.1"]}`)).toBe("16.1");
  });

  it("a fresh sheet: ratio figures blank while a part is blank (no #N/A), verdicts say Chưa có số liệu", async () => {
    const excel = new FakeExcel();
    const { sheet } = await generateSheet(new OfficeWorkbook(excel.run), A);
    const ws = excel.sheet(sheet);
    const f = ws.content(`C${rows["16"]}`);
    expect(f).toBe(
      `=IF(OR(C${rows["16.1"]}="",C${rows["16.2"]}=""),"",CDS.RATE(C${rows["16.1"]},C${rows["16.2"]}))`
    );
    expect(() => impl.rate(null, null)).toThrow(/Chưa có số liệu/); // what a bare CDS.RATE showed: #N/A
    expect(ws.content(`D${rows["16"]}`)).toBe(verdictFormula(rows["16"], "so"));
    expect(String(ws.content(`D${rows["16"]}`))).toContain(
      `IF(C${rows["16"]}="","Chưa có số liệu"`
    );
  });
});

describe("the official documents (Office adapter)", () => {
  it("the city's report and the reminder letter read the status sheet back, in a few round trips", async () => {
    const excel = await unitsWorkbook(3);
    await consolidateCity(new OfficeWorkbook(excel.run), { period: PERIOD });
    const wb = new OfficeWorkbook(excel.run);
    const city: SheetParams = { unit: "", level: "tp", period: PERIOD };
    const [report, reportSyncs] = await syncsOf(excel, () =>
      exportReport(wb, { params: city, settings: EMPTY_SETTINGS })
    );
    // the city sheet (active), then it and the status sheet with their columns right of H
    expect(reportSyncs).toBe(2);
    const body = await docxLines(report.data);
    // no roster sheet: the official list of communes; the sở is counted, not on the list
    expect(body).toContain(
      "Đã nhận báo cáo của 2/168 đơn vị trong danh sách (phường, xã, đặc khu: 2/168)."
    );
    expect(body.find((l) => l.startsWith("- Phường, xã, đặc khu chưa nộp (166): "))).toBeDefined();
    const [letter, letterSyncs] = await syncsOf(excel, () =>
      reminderLetter(wb, { period: PERIOD, settings: EMPTY_SETTINGS })
    );
    expect(letterSyncs).toBe(1);
    expect(letter).toMatchObject({ notSubmitted: 166, incomplete: 2 });
    const lines = await docxLines(letter.data);
    // many units: addressed by tier in Kính gửi, each named in the body
    const at = lines.indexOf("Kính gửi: Các phường, xã, đặc khu có tên dưới đây.");
    expect(at).toBeGreaterThan(0);
    const tier = lines.indexOf("a) Phường, xã, đặc khu (168 đơn vị):");
    expect(tier).toBeGreaterThan(at);
    expect(
      lines.slice(tier + 1).filter((l) => /^- .*: (chưa nộp báo cáo|nộp thiếu)/.test(l))
    ).toHaveLength(168);
  });
});

async function docxLines(data: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(data)).file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")
  );
}

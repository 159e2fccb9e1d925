/**
 * The Office.js adapter against the fake Excel of test/support/officeMock.ts: what each operation writes where, in how
 * many round trips, and how Excel's refusals come back.
 */
import { catalog } from "../../src/core";
import {
  buildSheet,
  columnLetter,
  HEADERS,
  parseRange,
  SIGNATURE,
  standardRows,
  TITLE,
  verdictFormula,
  type SheetSpec,
} from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office";
import { WorkbookError } from "../../src/workbook";
import { FakeExcel, officeError, PROTECTED_MESSAGE } from "../support/officeMock";

const port = (excel: FakeExcel) => new OfficeWorkbook(excel.run);

const PARAMS: SheetParams = {
  unit: "Sở Khoa học và Công nghệ",
  level: "so",
  period: { year: 2025, part: "Q3" },
};

function lastRow(spec: SheetSpec): number {
  return parseRange(spec.area).end.row;
}

/** The spec with its body written twice: twice as many rows, for the constant-sync check. */
function doubled(spec: SheetSpec): SheetSpec {
  const cells = [...spec.cells, ...spec.cells.slice(6)];
  return { ...structuredClone(spec), cells, area: `A1:H${cells.length}` };
}

async function failure(p: Promise<unknown>): Promise<WorkbookError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookError);
    return e as WorkbookError;
  }
  throw new Error("expected a WorkbookError");
}

describe("writeSheet", () => {
  const spec = buildSheet(PARAMS);
  const rows = standardRows();

  it("writes the standard sheet: title, header, formulas, rules, key, in two round trips", async () => {
    const excel = new FakeExcel();
    const sync = jest.spyOn(excel.context, "sync");
    await port(excel).writeSheet(spec);
    expect(sync).toHaveBeenCalledTimes(2);

    const ws = excel.sheet(spec.name);
    expect(ws.content("A1")).toBe(TITLE);
    expect(ws.content("H1")).toBe(SIGNATURE);
    expect(HEADERS.map((_, c) => ws.content(`${columnLetter(c)}6`))).toEqual([
      "STT",
      "Chỉ tiêu",
      "Số liệu tổng hợp",
      "Đánh giá",
      "Ghi chú",
      "Mục tiêu",
      "Minh chứng",
      "Mã",
    ]);
    expect(HEADERS.map((_, c) => ws.kind(`${columnLetter(c)}6`))).toEqual(Array(8).fill("text"));

    const ratio = catalog.find((r) => r.kind === "ratio" && r.parts)!;
    const r = rows[ratio.id];
    expect(ws.kind(`C${r}`)).toBe("formula");
    const [num, den] = [`C${rows[ratio.parts!.num]}`, `C${rows[ratio.parts!.den]}`];
    expect(ws.content(`C${r}`)).toBe(`=IF(OR(${num}="",${den}=""),"",CDS.RATE(${num},${den}))`);
    expect(ws.cell(`C${r}`).numberFormat).toBe("0.00%");
    expect(ws.content(`D${r}`)).toBe(verdictFormula(r, "so"));
    expect(ws.content(`D${r}`)).toBe(
      `=IF(ISNA(C${r}),"Chưa có số liệu",IFERROR(IF(C${r}="","Chưa có số liệu",CDS.CHECK(C${r},F${r},"so")),""))`
    );
    // the id and the target stay text: "9.1" is not a number, "≥ 100%" not a percentage
    expect(ws.kind(`H${r}`)).toBe("text");
    expect(ws.content(`F${r}`)).toBe("≥ 100%");
    expect(ws.kind(`F${r}`)).toBe("text");

    // a new sheet: number formats before contents, one operation each over the whole block, first after the add
    const block = `A1:H${lastRow(spec)}`;
    expect(ws.writes.slice(0, 2).map((w) => [w.address, w.path])).toEqual([
      [block, "numberFormat"],
      [block, "formulas"],
    ]);
    expect(ws.writes.filter((w) => w.address === block).map((w) => w.path)).toEqual([
      "numberFormat",
      "formulas",
      "format.verticalAlignment",
      "format.autofitRows",
    ]);

    // validations, with their prompt and a Stop alert
    expect(ws.validations.size).toBe(spec.validations.length);
    for (const v of spec.validations) {
      const got = ws.validations.get(v.range)!;
      expect(got.prompt).toEqual({
        showPrompt: true,
        title: v.prompt.title,
        message: v.prompt.message,
      });
      expect(got.errorAlert).toEqual({
        showAlert: true,
        style: "Stop",
        title: v.error.title,
        message: v.error.message,
      });
      expect(got.ignoreBlanks).toBe(true);
    }
    const count = spec.validations.find((v) => v.rule.type === "wholeNumber" && v.rule.min === 0)!;
    expect(ws.validations.get(count.range)!.rule).toEqual({
      wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    const percent = spec.validations.find((v) => v.rule.type === "decimal")!;
    expect(ws.validations.get(percent.range)!.rule).toEqual({
      decimal: { formula1: 0, formula2: 1, operator: "Between" },
    });
    const list = spec.validations.find((v) => v.rule.type === "list")!;
    const items = list.rule.type === "list" ? list.rule.items : [];
    expect(ws.validations.get(list.range)!.rule).toEqual({
      list: { inCellDropDown: true, source: items.join(",") },
    });

    // the verdict colours, the text quoted as a formula
    const verdicts = `D7:D${lastRow(spec)}`;
    expect(
      ws.conditionalFormats.map((f) => [
        f.address,
        f.type,
        (f.props["cellValue.rule"] as { formula1: string }).formula1,
      ])
    ).toEqual([
      [verdicts, "CellValue", '="Đạt"'],
      [verdicts, "CellValue", '="Chưa đạt"'],
      [verdicts, "CellValue", '="Chưa có số liệu"'],
    ]);
    expect(ws.conditionalFormats[0].props).toMatchObject({
      "cellValue.format.fill.color": "#C6EFCE",
      "cellValue.format.font.color": "#006100",
      "cellValue.rule": { operator: "EqualTo" },
    });

    // styles, merges, columns, panes, print
    expect(ws.style("A1:G1", "format.font.bold")).toBe(true);
    expect(ws.style("A1:G1", "format.font.size")).toBe(14);
    expect(ws.style("A6:G6", "format.fill.color")).toBe("#1F4E79");
    expect(ws.style("A6:G6", "format.borders.EdgeTop.style")).toBe("Continuous");
    expect(ws.style("A6:G6", "format.borders.InsideVertical.weight")).toBe("Thin");
    expect(ws.style("A6:G6", "format.borders.InsideHorizontal.style")).toBeUndefined(); // one row: no inside edge
    expect(ws.style(`E7:E${lastRow(spec)}`, "format.protection.locked")).toBe(false);
    expect(ws.merges).toEqual(["A1:G1"]);
    expect(ws.columns.get("B")).toEqual({ width: 330, hidden: false });
    expect(ws.columns.get("H")).toEqual({ width: 40, hidden: true });
    expect(ws.freezeRows).toBe(6);
    expect(ws.page).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      titleRows: "$6:$6",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });

    // the key over the area, and the sheet active
    expect(excel.names.get(spec.key)).toMatchObject({ sheet: ws, address: spec.area });
    expect(excel.active).toBe(ws);
  });

  it("takes the same number of round trips for twice as many rows", async () => {
    const big = doubled(spec);
    expect(big.cells.length).toBeGreaterThan(1.8 * spec.cells.length);
    const excel = new FakeExcel();
    const sync = jest.spyOn(excel.context, "sync");
    await port(excel).writeSheet(big);
    expect(sync).toHaveBeenCalledTimes(2);
    const id = big.cells[big.cells.length - 1][7];
    expect(excel.sheet(big.name).content(`H${big.cells.length}`)).toBe(
      "text" in id ? id.text : null
    );
    expect(excel.names.get(big.key)?.address).toBe(big.area);
  });

  it("rewrites a renamed sheet: back to its name, rows beyond cleared, the key moved, the analyst's charts kept", async () => {
    const excel = new FakeExcel();
    await port(excel).writeSheet(spec);
    const ws = excel.sheet(spec.name);
    ws.name = "Báo cáo của tôi";
    ws.cell(`B${lastRow(spec) + 3}`).content = { kind: "text", value: "dòng thêm tay" };
    ws.charts.push({
      name: "Biểu đồ của tôi",
      type: "Pie",
      source: "C7:C9",
      seriesBy: "Columns",
      props: {},
    });
    ws.charts.push({
      name: "CDS_chart_1",
      type: "ColumnStacked",
      source: "J6:M12",
      seriesBy: "Columns",
      props: {},
    });
    excel.addSheet("Trang khác", { A1: "giữ nguyên" });

    const sync = jest.spyOn(excel.context, "sync");
    await port(excel).writeSheet(spec, {
      replace: "Báo cáo của tôi",
      clearRows: lastRow(spec) + 3,
    });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(ws.name).toBe(spec.name);
    expect(ws.content(`B${lastRow(spec) + 3}`)).toBeNull();
    expect(ws.content("A1")).toBe(TITLE);
    expect(ws.charts.map((c) => c.name)).toEqual(["Biểu đồ của tôi"]);
    expect(excel.names.get(spec.key)).toMatchObject({ sheet: ws, address: spec.area });
    expect(excel.sheets.map((s) => s.name)).toEqual([spec.name, "Trang khác"]);
    expect(excel.sheet("Trang khác").content("A1")).toBe("giữ nguyên");
  });

  it("keeps a typed text as text where the column's format is General", async () => {
    const r = rows["9"];
    const excel = new FakeExcel();
    await port(excel).writeSheet(
      buildSheet(PARAMS, { verdicts: { "9": { text: "+ đạt một phần" } } })
    );
    const ws = excel.sheet(spec.name);
    expect([ws.kind(`D${r}`), ws.content(`D${r}`), ws.cell(`D${r}`).numberFormat]).toEqual([
      "text",
      "+ đạt một phần",
      "@",
    ]);
    expect(ws.cell(`D${r + 1}`).numberFormat).toBe("General");
  });

  it("adds the spec's charts, named so that a rewrite replaces them", async () => {
    const excel = new FakeExcel();
    const withChart: SheetSpec = {
      ...spec,
      charts: [
        {
          type: "ColumnStacked",
          source: "J6:M12",
          title: "Kết quả chỉ tiêu theo trụ cột — Quý III năm 2025",
          anchor: "J14:O32",
          colors: ["#2E7D32", "#C62828"],
        },
      ],
    };
    const sync = jest.spyOn(excel.context, "sync");
    await port(excel).writeSheet(withChart);
    await port(excel).writeSheet(withChart, { replace: spec.name });
    expect(sync).toHaveBeenCalledTimes(4);
    expect(excel.sheet(spec.name).charts).toEqual([
      {
        name: "CDS_chart_1",
        type: "ColumnStacked",
        source: "J6:M12",
        seriesBy: "Columns",
        props: {
          "title.text": "Kết quả chỉ tiêu theo trụ cột — Quý III năm 2025",
          position: "J14:O32",
          "series0.color": "#2E7D32",
          "series1.color": "#C62828",
        },
      },
    ]);
  });

  it("keeps the sheet's name when another sheet holds the standard one", async () => {
    const excel = new FakeExcel();
    excel.addSheet(spec.name, { A1: "trang của người khác" });
    excel.addSheet("Bản cũ");
    await port(excel).writeSheet(spec, { replace: "Bản cũ" });
    expect(excel.sheet("Bản cũ").content("A1")).toBe(TITLE);
    expect(excel.sheet(spec.name).content("A1")).toBe("trang của người khác");
  });

  it("refuses a protected sheet before writing anything", async () => {
    const excel = new FakeExcel();
    const ws = excel.addSheet(spec.name, { A1: "cũ" });
    ws.protected = true;
    const sync = jest.spyOn(excel.context, "sync");
    const e = await failure(port(excel).writeSheet(spec, { replace: spec.name }));
    expect(e.code).toBe("protected");
    expect(e.message).toContain("đang được bảo vệ");
    expect(e.message).toContain("Xem lại → Bỏ bảo vệ trang tính");
    expect(sync).toHaveBeenCalledTimes(1);
    expect(ws.writes).toEqual([]);
    expect(ws.content("A1")).toBe("cũ");
    expect(excel.names.size).toBe(0);
  });

  it("says what the in-memory workbook says: a protected sheet, a sheet gone, a name taken", async () => {
    const excel = new FakeExcel();
    excel.addSheet(spec.name).protected = true;
    excel.addSheet("Khác", { A1: "của tôi" });
    const memory = new MemoryWorkbook();
    await memory.writeSheet({ ...spec, key: "CDS_other" });
    memory.protect(spec.name);
    await memory.writeSheet({ ...spec, name: "Khác", key: "CDS_khac" });
    const both = async (run: (wb: OfficeWorkbook | MemoryWorkbook) => Promise<unknown>) => {
      const [office, mem] = [await failure(run(port(excel))), await failure(run(memory))];
      expect([mem.code, mem.message, mem.wroteNothing]).toEqual([
        office.code,
        office.message,
        office.wroteNothing,
      ]);
      return office;
    };
    expect((await both((wb) => wb.writeSheet(spec, { replace: spec.name }))).wroteNothing).toBe(
      true
    );
    await both((wb) => wb.writeSheet(spec, { replace: "Đã xoá" }));
    await both((wb) => wb.writeSheet({ ...spec, name: "Khác" }));
  });

  it("turns Excel's protection error at sync into a 'protected' WorkbookError with Excel's message", async () => {
    const excel = new FakeExcel();
    const ws = excel.addSheet(spec.name, { A1: "cũ" });
    const real = excel.context.sync;
    const sync = jest.spyOn(excel.context, "sync");
    // protected between the two round trips (by a co-author, say): Excel refuses the writes
    sync.mockImplementationOnce(async () => {
      await real();
      ws.protected = true;
    });
    const e = await failure(port(excel).writeSheet(spec, { replace: spec.name }));
    expect(e.code).toBe("protected");
    expect(e.message).toContain("bảo vệ");
    expect(e.message).toContain(PROTECTED_MESSAGE);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(ws.content("A1")).toBe("cũ");
    expect(excel.names.size).toBe(0);
  });

  it("fails with 'notFound' when the sheet to rewrite is gone, and 'failed' when the new name is taken", async () => {
    const excel = new FakeExcel();
    expect((await failure(port(excel).writeSheet(spec, { replace: "Không có" }))).code).toBe(
      "notFound"
    );
    excel.addSheet(spec.name, { Z9: "của tôi" });
    const taken = await failure(port(excel).writeSheet(spec));
    expect(taken.code).toBe("failed");
    expect(taken.message).toContain(`Đã có trang tên "${spec.name}"`);
  });
});

describe("read", () => {
  function seeded(): FakeExcel {
    const excel = new FakeExcel();
    excel.addSheet("Ghi chú", { A1: "xin chào" });
    const unit = excel.addSheet("CĐS 2025-Q3 Sở KH&CN", {
      A1: TITLE,
      H1: SIGNATURE,
      C9: 12,
      C10: { formula: "=CDS.RATE(C11,C12)", value: "#N/A" },
      D10: "Đạt",
    });
    unit.protected = true;
    excel.names.set("CDS_sokhcn_2025Q3", { sheet: unit, address: "A1:H95" });
    excel.names.set("CDS_daxoa_2025Q3", { sheet: null, address: "#REF!" });
    excel.active = unit;
    return excel;
  }

  it("reads sheets by key, by name and the active one in one round trip; null where missing", async () => {
    const excel = seeded();
    const sync = jest.spyOn(excel.context, "sync");
    const result = await port(excel).read({
      keys: ["CDS_sokhcn_2025Q3", "CDS_khong_co", "CDS_daxoa_2025Q3"],
      names: ["Ghi chú", "Không có"],
      active: true,
    });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(result.sheetNames).toEqual(["Ghi chú", "CĐS 2025-Q3 Sở KH&CN"]);
    const unit = result.byKey["CDS_sokhcn_2025Q3"]!;
    expect(unit.name).toBe("CĐS 2025-Q3 Sở KH&CN");
    expect(unit.protected).toBe(true);
    expect(unit.values).toHaveLength(10);
    expect(unit.values[0][0]).toBe(TITLE);
    expect(unit.values[0][7]).toBe(SIGNATURE);
    expect(unit.values[0][1]).toBeNull(); // "" comes back as null
    expect(unit.values[8][2]).toBe(12);
    expect(unit.values[9][2]).toBe("#N/A");
    expect(unit.formulas[9][2]).toBe("=CDS.RATE(C11,C12)");
    expect(unit.formulas[9][3]).toBe("Đạt");
    expect(result.byKey["CDS_khong_co"]).toBeNull();
    expect(result.byKey["CDS_daxoa_2025Q3"]).toBeNull();
    expect(result.byName["Ghi chú"]).toEqual({
      name: "Ghi chú",
      protected: false,
      values: [["xin chào"]],
      formulas: [["xin chào"]],
    });
    expect(result.byName["Không có"]).toBeNull();
    expect(result.active?.name).toBe("CĐS 2025-Q3 Sở KH&CN");
  });

  it("reads an empty sheet as A1 alone", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Trống");
    const result = await port(excel).read({ names: ["Trống"] });
    expect(result.byName["Trống"]).toEqual({
      name: "Trống",
      protected: false,
      values: [[null]],
      formulas: [[null]],
    });
  });
});

describe("read: the report range", () => {
  it("reads A:H down to the last row with a value there: a stray cell at Z5000 or beyond H2000 is not read", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Báo cáo", { A1: TITLE, H1: SIGNATURE, C9: 12, Z5000: "gõ nhầm", H50000: "x" });
    const { active } = await port(excel).read({ active: true });
    expect(active!.values).toHaveLength(9);
    expect(active!.values.every((line) => line.length === 8)).toBe(true);
    expect(active!.values[8][2]).toBe(12);
    expect(excel.maxResponseBytes).toBeLessThan(5_000);
  });

  it("reads the used range, from A1, when asked for it (a pasted table wider than A:H)", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Mẫu", { B3: "[[Tyle]]", K4: "cột K", Z5000: "xa" });
    const { active } = await port(excel).read({ active: true, extent: "used" });
    expect(active!.values).toHaveLength(4);
    expect(active!.values[3]).toHaveLength(11);
    expect(active!.values[2][1]).toBe("[[Tyle]]");
    expect(active!.values[3][10]).toBe("cột K");
    expect(active!.values[0]).toEqual(Array(11).fill(null));
    const report = await port(excel).read({ active: true });
    expect(report.active!.values).toEqual([
      [null, null],
      [null, null],
      [null, "[[Tyle]]"],
    ]);
  });
});

describe("readHeads", () => {
  it("reads the title block (A1:H5) of every sheet in two round trips, whatever their number", async () => {
    for (const n of [2, 40]) {
      const excel = new FakeExcel();
      for (let i = 1; i <= n; i++)
        excel.addSheet(`Trang ${i}`, { A1: TITLE, H1: SIGNATURE, H4: "2025-Q3", C90: i, Z9: "z" });
      excel.sheet("Trang 2").protected = true;
      const sync = jest.spyOn(excel.context, "sync");
      const heads = await port(excel).readHeads();
      expect(sync).toHaveBeenCalledTimes(2);
      expect(heads.map((h) => h.name)).toEqual(
        Array.from({ length: n }, (_, i) => `Trang ${i + 1}`)
      );
      expect(heads[1].protected).toBe(true);
      expect(heads[0].protected).toBe(false);
      expect(heads[0].values).toHaveLength(5);
      expect(heads[0].values.every((line) => line.length === 8)).toBe(true);
      expect(heads[0].values[0][7]).toBe(SIGNATURE);
      expect(heads[0].values[3][7]).toBe("2025-Q3");
      expect(heads[0].values[0][1]).toBeNull();
    }
  });
});

describe("readSheets", () => {
  it("reads the report range of the named sheets, in the order asked, leaving out a sheet that is gone", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Một", {
      A1: TITLE,
      H1: SIGNATURE,
      C9: { formula: "=CDS.RATE(C10,C11)", value: 0.5 },
      Z5000: "x",
    });
    excel.addSheet("Hai", { B2: "hai" });
    excel.addSheet("Trống");
    const sync = jest.spyOn(excel.context, "sync");
    const progress: [number, number][] = [];
    const read = await port(excel).readSheets(["Hai", "Không có", "Một", "Trống"], (d, t) =>
      progress.push([d, t])
    );
    expect(sync).toHaveBeenCalledTimes(2); // the extents, then one batch
    expect(read.map((s) => s.name)).toEqual(["Hai", "Một", "Trống"]);
    expect(read[0].values).toEqual([
      [null, null],
      [null, "hai"],
    ]);
    expect(read[1].values).toHaveLength(9);
    expect(read[1].values[8][2]).toBe(0.5);
    expect(read[1].formulas[8][2]).toBe("=CDS.RATE(C10,C11)");
    expect(read[2]).toEqual({
      name: "Trống",
      protected: false,
      values: [[null]],
      formulas: [[null]],
    });
    expect(progress[progress.length - 1]).toEqual([3, 3]);
  });
});

describe("writeCells", () => {
  it("keeps text as text, number format first, in one round trip", async () => {
    const excel = new FakeExcel();
    const ws = excel.addSheet("Báo cáo");
    const sync = jest.spyOn(excel.context, "sync");
    await port(excel).writeCells("Báo cáo", [
      { address: "E7", content: { text: "=SUM(A1:A3)" }, numberFormat: "@" },
      { address: "E8", content: { text: "+84 912" } },
      { address: "E9", content: { text: "-5" } },
      { address: "E10", content: { text: "@abc" }, numberFormat: "General" },
      { address: "C7", content: { formula: "=CDS.RATE(C8,C9)" } },
      { address: "C8", content: { number: 12 }, numberFormat: "#,##0" },
      {
        address: "D7",
        content: { formula: '=IF(ISNA(C7),"Chưa có số liệu","")' },
        numberFormat: "@",
      },
      { address: "H5", content: { blank: true }, numberFormat: "@" },
    ]);
    expect(sync).toHaveBeenCalledTimes(1);
    for (const [address, text] of [
      ["E7", "=SUM(A1:A3)"],
      ["E8", "+84 912"],
      ["E9", "-5"],
      ["E10", "@abc"],
    ]) {
      expect([address, ws.kind(address), ws.content(address)]).toEqual([address, "text", text]);
      const paths = ws.writes.filter((w) => w.address === address).map((w) => [w.path, w.value]);
      expect(paths).toEqual([
        ["numberFormat", [["@"]]],
        ["formulas", [[text]]],
      ]);
    }
    expect(ws.kind("C7")).toBe("formula");
    expect(ws.content("C8")).toBe(12);
    expect(ws.cell("C8").numberFormat).toBe("#,##0");
    // a formula never goes into a "@" cell: it would stay text
    expect(ws.kind("D7")).toBe("formula");
    expect(ws.cell("D7").numberFormat).toBe("General");
    expect(ws.content("H5")).toBeNull();
    expect(ws.cell("H5").numberFormat).toBe("@");
  });

  it("reports Excel's refusal on a protected sheet as 'protected', never as success", async () => {
    const excel = new FakeExcel();
    const ws = excel.addSheet("Báo cáo", { E7: "cũ" });
    ws.protected = true;
    const done = jest.fn();
    const e = await failure(
      port(excel)
        .writeCells("Báo cáo", [{ address: "E7", content: { text: "mới" } }])
        .then(done)
    );
    expect(done).not.toHaveBeenCalled();
    expect(e.code).toBe("protected");
    expect(e.message).toMatch(
      /^Excel không cho ghi vào trang "Báo cáo" vì trang hoặc ô đang được bảo vệ/
    );
    expect(e.message).toContain(PROTECTED_MESSAGE);
    expect(ws.content("E7")).toBe("cũ");
  });

  it("turns any other Excel error into 'failed' with Excel's message", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Báo cáo");
    jest
      .spyOn(excel.context, "sync")
      .mockRejectedValueOnce(officeError("GeneralException", "Something went wrong."));
    const e = await failure(
      port(excel).writeCells("Báo cáo", [{ address: "A1", content: { number: 1 } }])
    );
    expect(e.code).toBe("failed");
    expect(e.message).toBe("Excel không thực hiện được thao tác: Something went wrong.");
  });

  it("fails with 'notFound' for a sheet that is gone", async () => {
    const excel = new FakeExcel();
    const e = await failure(
      port(excel).writeCells("Đã xoá", [{ address: "A1", content: { number: 1 } }])
    );
    expect(e.code).toBe("notFound");
    expect(e.message).toContain('Không tìm thấy trang "Đã xoá"');
  });
});

describe("select", () => {
  it("activates the sheet and selects the range in one round trip", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Trang 1");
    const ws = excel.addSheet("Báo cáo");
    const sync = jest.spyOn(excel.context, "sync");
    await port(excel).select("Báo cáo", "C20");
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.active).toBe(ws);
    expect(ws.selection).toBe("C20");
  });
});

describe("ensureReady", () => {
  const global = globalThis as { Office?: unknown; Excel?: unknown };
  afterEach(() => {
    delete global.Office;
    delete global.Excel;
  });

  function host(name: string, supported: boolean): void {
    global.Excel = {};
    global.Office = {
      context: {
        host: name,
        requirements: {
          isSetSupported: (set: string, version: string) => {
            expect([set, version]).toEqual(["ExcelApi", "1.9"]);
            return supported;
          },
        },
      },
    };
  }

  it("fails with 'noHost' outside Excel", async () => {
    const workbook = port(new FakeExcel());
    const none = await failure(workbook.ensureReady());
    expect(none.code).toBe("noHost");
    expect(none.message).toBe(
      "Không tìm thấy Excel: hãy mở bổ trợ CĐS Excel từ trong Excel (máy tính hoặc Excel trên web)."
    );
    host("Word", true);
    expect((await failure(workbook.ensureReady())).code).toBe("noHost");
  });

  it("fails with 'apiMissing' when ExcelApi 1.9 is not supported", async () => {
    host("Excel", false);
    const e = await failure(port(new FakeExcel()).ensureReady());
    expect(e.code).toBe("apiMissing");
    expect(e.message).toBe(
      "Phiên bản Excel này chưa hỗ trợ ExcelApi 1.9 mà CĐS Excel cần: hãy cập nhật Office hoặc dùng Excel trên web."
    );
  });

  it("passes in Excel with ExcelApi 1.9", async () => {
    host("Excel", true);
    await expect(port(new FakeExcel()).ensureReady()).resolves.toBeUndefined();
  });
});

import { HyperFormula, type CellValue, DetailedCellError } from "hyperformula";
import { check, evaluate, rate } from "../../src/core";
import { registerCdsFunctions } from "../../src/workbook/memory";
import { INPUTS } from "../support/unitReport";

registerCdsFunctions();

function sheet(rows: (string | number | boolean | null)[][]): HyperFormula {
  return HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
}
const at = (hf: HyperFormula, col: number, row: number): CellValue =>
  hf.getCellValue({ sheet: 0, col, row });

describe("CDS functions in HyperFormula, through the same core code", () => {
  test("=CDS.RATE and =CDS.CHECK over cell references", () => {
    const hf = sheet([
      [600, 1000, "=CDS.RATE(A1,B1)", '=CDS.CHECK(C1,"≥ 60%")', '=CDS.CHECK(C1,"16")'],
      [10, 100, "=CDS.RATE(A2,B2)", '=CDS.CHECK(C2,"> 10%")', '=CDS.CHECK(C2,"23","so")'],
      [45, 100, "=CDS.RATE(A3,B3)", '=CDS.CHECK(C3,"18","xa")', '=CDS.CHECK(C3,"18","Sở")'],
      ["Có", null, null, '=CDS.CHECK(A4,"Có")', '=CDS.CHECK(B4,"2")'],
    ]);
    expect([at(hf, 2, 0), at(hf, 3, 0), at(hf, 4, 0)]).toEqual([0.6, "Đạt", "Đạt"]);
    expect([at(hf, 2, 1), at(hf, 3, 1), at(hf, 4, 1)]).toEqual([0.1, "Chưa đạt", "Chưa đạt"]);
    expect([at(hf, 2, 2), at(hf, 3, 2), at(hf, 4, 2)]).toEqual([0.45, "Đạt", "Chưa đạt"]);
    expect([at(hf, 3, 3), at(hf, 4, 3)]).toEqual(["Đạt", "Chưa có số liệu"]);
  });

  test("=CDS.TARGET, =CDS.TITLE and =CDS.NEEDED", () => {
    const hf = sheet([
      [
        '=CDS.TARGET("26")',
        '=CDS.TARGET(18,"huyen")',
        '=CDS.TITLE("24.2")',
        '=CDS.NEEDED(50,100,"16")',
      ],
    ]);
    expect([at(hf, 0, 0), at(hf, 1, 0), at(hf, 2, 0), at(hf, 3, 0)]).toEqual([
      "> 8,5%",
      "≥ 40%",
      "Tổng số cán bộ, công chức, viên chức (b)",
      10,
    ]);
  });

  test("=CDS.CHANGE: the change in the indicator's unit, live, and the verdict that changed", () => {
    const hf = sheet([
      [0.6025, 0.5705, '=CDS.CHANGE(A1,B1,"16","Chưa đạt","Đạt")'],
      [1200, 1080, '=CDS.CHANGE(A2,B2,"16.1")'],
      [3, 5, '=CDS.CHANGE(A3,B3,"1")'],
      ["2/3 đơn vị", "3/3 đơn vị", '=CDS.CHANGE(A4,B4,"2","Đạt","Chưa đạt")'],
      [null, 0.5, '=CDS.CHANGE(A5,B5,"16","Đạt","Chưa có số liệu")'],
      ["Đã ban hành", "Chưa ban hành", '=CDS.CHANGE(A6,B6,"2","Chưa đạt","Đạt")'],
    ]);
    expect([0, 1, 2, 3, 4, 5].map((r) => at(hf, 2, r))).toEqual([
      "+3,20 điểm % · Chưa đạt → Đạt",
      "+120",
      "lên 2 bậc",
      "−1 đơn vị · Đạt → Chưa đạt",
      "Đạt → Chưa có số liệu",
      "Chưa đạt → Đạt",
    ]);
    // a figure typed later changes the cell at once: the column is never stale
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[0.7]]);
    expect(at(hf, 2, 0)).toBe("+12,95 điểm % · Chưa đạt → Đạt");
  });

  test.each([
    ["=CDS.RATE(A1,B1)", [5, 3], "VALUE", "Tử số lớn hơn mẫu số: 5 > 3."],
    ["=CDS.RATE(A1,B1)", [5, 0], "DIV_BY_ZERO", "Mẫu số bằng 0 trong khi tử số là 5."],
    ["=CDS.RATE(A1,B1)", [null, 3], "NA", "Chưa có số liệu tử số."],
    ["=CDS.RATE(A1,B1)", ["abc", 3], "VALUE", 'Tử số không phải là số: "abc".'],
    ["=CDS.RATE(A1,B1)", [-1, 3], "VALUE", "Tử số là số âm (-1): số liệu đếm phải ≥ 0."],
    ["=CDS.RATE(A1,B1)", [true, 3], "VALUE", "Tử số không phải là số: TRUE."],
    ['=CDS.CHECK(A1,"≥ 60%")', [60, null], "VALUE", null],
    ['=CDS.CHECK(A1,"18")', [0.5, null], "VALUE", null],
    ['=CDS.CHECK(A1,"16","tỉnh")', [0.5, null], "VALUE", null],
    ['=CDS.TARGET("99")', [null, null], "VALUE", null],
  ])("%s with %j → #%s", (formula, [a, b], type, message) => {
    const hf = sheet([[a, b, formula]]);
    const v = at(hf, 2, 0);
    expect(v).toBeInstanceOf(DetailedCellError);
    expect((v as DetailedCellError).type).toBe(type);
    if (message) expect((v as DetailedCellError).message).toBe(message);
    else
      expect((v as DetailedCellError).message).toMatch(
        /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/
      );
  });

  test("issue 15's readings, as a sheet computes them", () => {
    const hf = sheet([
      [
        0.6,
        0.7,
        '=CDS.CHECK(A1:B2,"≥ 60%")',
        '=CDS.CHECK(0.02,"≥ 1.000%")',
        '=CDS.NEEDED(0,1000000000000000,"≥ 60%")',
      ],
      [
        0.8,
        0.9,
        '=CDS.NEEDED(0,100,"≥ 1.000%")',
        '=CDS.CHECK(A1:A1,"≥ 60%")',
        '=CDS.NEEDED(0,1000000000000,"≥ 60%")',
      ],
    ]);
    // HyperFormula refuses a range for a scalar argument itself (#VALUE!), before the function runs; Excel may hand it
    // over as a grid, which the functions refuse in Vietnamese (excel.test.ts): never its values run together
    const range = at(hf, 2, 0) as DetailedCellError;
    expect(range).toBeInstanceOf(DetailedCellError);
    expect(range.type).toBe("VALUE");
    expect(range.message).not.toMatch(/0\.6,0\.7/);
    expect((at(hf, 3, 0) as DetailedCellError).message).toMatch(/^Mục tiêu không rõ dấu chấm/);
    expect((at(hf, 2, 1) as DetailedCellError).message).toMatch(/^Mục tiêu không rõ dấu chấm/);
    expect(at(hf, 3, 1)).toBe("Đạt");
    expect(at(hf, 4, 0)).toBe(600_000_000_000_000);
    expect(at(hf, 4, 1)).toBe(600_000_000_000);
  });

  test("a figure is read exactly, or refused with a reason (through the plugin)", () => {
    const hf = sheet([
      [
        '=CDS.CHECK("Đã hủy","Có")',
        '=CDS.CHECK("Đã có kế hoạch nhưng chưa triển khai","Có")',
        '=CDS.CHECK("x","2")',
        '=CDS.CHECK(1,"Có")',
      ],
      [
        '=CDS.RATE("1 2",100000)',
        '=CDS.RATE("1"&CHAR(10)&"2",100000)',
        '=CDS.RATE("1.234",10000)',
        '=CDS.CHECK("1 0%","≥ 5%")',
      ],
      [
        '=CDS.CHECK("03/3","Có")',
        '=CDS.CHECK("3/03 đơn vị","Có","tp")',
        '=CDS.CHECK("2/3 đơn vị","Có")',
        '=CDS.CHECK("3/3 đơn vị","Có","xa")',
      ],
      [
        "=CDS.NEEDED(0,10,0.1+0.2)",
        "=CDS.CHECK(0.3,0.1+0.2)",
        '=CDS.CHECK("ĐÃ BAN HÀNH","2")',
        '=CDS.CHECK("  không ","Có")',
      ],
      [
        '=CDS.CHECK(TRUE(),"Có")',
        '=CDS.CHECK("Đã triển khai","2")',
        '=CDS.CHECK("8,5%","> 8,5%")',
        '=CDS.CHECK("12.345%","> 8,5%")',
      ],
    ]);
    const err = (col: number, row: number) => {
      const v = at(hf, col, row);
      expect(v).toBeInstanceOf(DetailedCellError);
      return [(v as DetailedCellError).type, (v as DetailedCellError).message];
    };
    expect(err(0, 0)).toEqual([
      "VALUE",
      expect.stringMatching(
        /^Giá trị không phải là câu trả lời có\/không: "Đã hủy"\. Hãy nhập "Đã ban hành", .*"Có" \(đã thực hiện\)/
      ),
    ]);
    expect(err(1, 0)).toEqual([
      "VALUE",
      expect.stringMatching(/"Đã có kế hoạch nhưng chưa triển khai"\. Hãy nhập/),
    ]);
    expect(err(2, 0)).toEqual([
      "VALUE",
      expect.stringMatching(/"x"\. Hãy nhập "Đã ban hành" hoặc "Có"/),
    ]);
    expect(err(3, 0)).toEqual(["VALUE", expect.stringMatching(/câu trả lời có\/không: 1\./)]);
    expect(err(0, 1)).toEqual([
      "VALUE",
      'Tử số có khoảng trắng giữa các chữ số: "1 2". Hãy nhập một số liền (ví dụ 1234 hoặc 1.234).',
    ]);
    expect(err(1, 1)).toEqual([
      "VALUE",
      expect.stringMatching(/^Tử số có khoảng trắng giữa các chữ số/),
    ]);
    expect(at(hf, 2, 1)).toBe(0.1234);
    expect(err(3, 1)).toEqual([
      "VALUE",
      expect.stringMatching(/^Giá trị có khoảng trắng giữa các chữ số: "1 0%"/),
    ]);
    expect([at(hf, 0, 2), at(hf, 1, 2), at(hf, 2, 2)]).toEqual(["Đạt", "Đạt", "Chưa đạt"]);
    expect(err(3, 2)).toEqual(["VALUE", expect.stringMatching(/"3\/3 đơn vị"/)]);
    expect([at(hf, 0, 3), at(hf, 1, 3), at(hf, 2, 3), at(hf, 3, 3)]).toEqual([
      3,
      "Đạt",
      "Đạt",
      "Chưa đạt",
    ]);
    expect([at(hf, 0, 4), at(hf, 2, 4)]).toEqual(["Đạt", "Chưa đạt"]);
    expect(err(1, 4)).toEqual([
      "VALUE",
      expect.stringMatching(/"Đã triển khai"\. Hãy nhập "Đã ban hành" hoặc "Có"/),
    ]);
    expect(err(3, 4)).toEqual(["VALUE", expect.stringMatching(/không rõ dấu chấm/)]);
  });

  test("an error in an argument propagates, as in Excel", () => {
    const hf = sheet([[1, 0, "=A1/B1", '=CDS.CHECK(C1,"≥ 60%")']]);
    expect((at(hf, 3, 0) as DetailedCellError).type).toBe("DIV_BY_ZERO");
  });

  test("a percentage typed as 60% reaches the function as 0.6", () => {
    const hf = sheet([["60%", '=CDS.CHECK(A1,"≥ 60%")', '=CDS.CHECK(A1,"> 60%")']]);
    expect([at(hf, 1, 0), at(hf, 2, 0)]).toEqual(["Đạt", "Chưa đạt"]);
  });

  test("every ratio of a whole report: the formula, the core's rate and the core's evaluate agree", () => {
    const results = evaluate(INPUTS, { level: "so" });
    const ratios: Array<[string, string, string]> = [
      ["9", "9.1", "9.2"],
      ["12.1", "12.3", "12.4"],
      ["12.2", "12.5", "12.3"],
      ["13", "13.1", "13.2"],
      ["16", "16.1", "16.2"],
      ["20", "20.1", "20.2"],
      ["23", "23.1", "23.2"],
      ["24", "24.1", "24.2"],
      ["33", "33.1", "33.2"],
      ["38", "38.1", "38.2"],
      ["39", "39.1", "38.2"],
    ];
    const hf = sheet(
      ratios
        .map(([id, a, b]) => [
          INPUTS[a],
          INPUTS[b],
          "=CDS.RATE(A{r},B{r})",
          `=CDS.CHECK(C{r},"${id}","so")`,
        ])
        .map((row, i) =>
          row.map((c) => (typeof c === "string" ? c.replace(/\{r\}/g, String(i + 1)) : c))
        )
    );
    ratios.forEach(([id, a, b], i) => {
      expect([id, at(hf, 2, i)]).toEqual([id, rate(INPUTS[a], INPUTS[b])]);
      expect([id, at(hf, 3, i)]).toEqual([id, check(rate(INPUTS[a], INPUTS[b]), id, "so")]);
      expect([id, at(hf, 3, i)]).toEqual([id, results[id].verdict]);
    });
  });
});

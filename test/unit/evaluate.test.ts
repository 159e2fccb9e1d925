import { catalog, evaluate, validate, type Level } from "../../src/core";
import { EVIDENCE, EXPECTED, INPUTS } from "../support/unitReport";

describe("evaluate: a whole unit report", () => {
  const results = evaluate(INPUTS, { level: "so", evidence: EVIDENCE });

  test("a result for every row of the catalog", () => {
    expect(Object.keys(results).sort()).toEqual(catalog.map((r) => r.id).sort());
    expect(Object.keys(EXPECTED).sort()).toEqual(catalog.map((r) => r.id).sort());
  });

  test.each(Object.entries(EXPECTED))("row %s: %j", (id, [text, verdict]) => {
    expect([results[id].text, results[id].verdict]).toEqual([text, verdict]);
  });

  test("ratios are the fractions of their parts", () => {
    expect(results["16"].value).toBe(0.6);
    expect(results["12.2"].value).toBe(0.5);
    expect(results["39"].value).toBe(0.3);
    expect(results["1"].value).toBe(3);
    expect(results["2"].value).toBe(true);
  });

  test("notes: evidence carried, a done without evidence warned, the 'trên' line explained", () => {
    expect(results["2"].note).toBe("Minh chứng: Kế hoạch 2649/KH-UBND ngày 16/6/2023");
    expect(results["4"].note).toMatch(
      /^Chỉ tiêu 4 đã thực hiện nhưng chưa có minh chứng: hãy ghi số, ngày và trích yếu văn bản/
    );
    expect(results["3"].note).toBe("");
    expect(results["23"].note).toBe(
      'Bằng đúng ngưỡng 10,00%: mục tiêu "> 10%" đòi hỏi lớn hơn hẳn ngưỡng.'
    );
    expect(results["26"].note).toMatch(/Bằng đúng ngưỡng 8,50%/);
    expect(results["7"].note).toBe("");
    expect(results["16"].target).toBe("≥ 60%");
  });
});

describe("evaluate: the template's defects", () => {
  test("defect 1: 9 = 9.1 (evaluated and labelled) / 9.2 (managed)", () => {
    const r = evaluate({ "9.1": 5, "9.2": 5 }, { level: "so" });
    expect(r["9"]).toMatchObject({ value: 1, verdict: "Đạt" });
    const wrong = evaluate({ "9.1": 10, "9.2": 8 }, { level: "so" });
    expect(wrong["9"]).toMatchObject({ value: null, verdict: null, invalid: true });
    expect(wrong["9"].note).toBe("Tử số (9.1) lớn hơn mẫu số (9.2): 10 > 8.");
  });

  test("defect 2: 12.1 = 12.3 / 12.4 and 12.2 = 12.5 / 12.3", () => {
    const r = evaluate({ "12.3": 80, "12.4": 100, "12.5": 40 }, { level: "so" });
    expect(r["12.1"]).toMatchObject({ value: 0.8, verdict: "Chưa đạt" });
    expect(r["12.2"]).toMatchObject({ value: 0.5, verdict: "Đạt" });
    expect(evaluate({ "12.3": 80, "12.4": 100, "12.5": 90 }, { level: "so" })["12.2"].note).toBe(
      "Tử số (12.5) lớn hơn mẫu số (12.3): 90 > 80."
    );
  });

  test("defect 3: one input for 17.2 and 18.2 serves both; two different figures are a warning", () => {
    const only17 = evaluate({ "17.1": 50, "17.2": 100, "18.1": 40 }, { level: "so" });
    expect(only17["18"]).toMatchObject({ value: 0.4, verdict: "Chưa đạt" });
    expect(only17["18.2"]).toMatchObject({ value: 100, note: "" });
    const only18 = evaluate({ "17.1": 50, "18.2": 100 }, { level: "so" });
    expect(only18["17"]).toMatchObject({ value: 0.5, verdict: "Chưa đạt" });
    const both = evaluate({ "17.1": 50, "17.2": 100, "18.1": 40, "18.2": 80 }, { level: "so" });
    expect(both["17"].value).toBe(0.5);
    expect(both["18"].value).toBe(0.5);
    expect(both["18.2"].note).toBe(
      "Số liệu 17.2 (100) khác số liệu 18.2 (80): 17.2 và 18.2 cùng là tổng số hồ sơ tiếp nhận."
    );
  });

  test("defect 6: 39's denominator is 38.2", () => {
    const r = evaluate({ "39.1": 4, "38.2": 10 }, { level: "so" });
    expect(r["39"]).toMatchObject({ value: 0.4, verdict: "Đạt" });
    expect(evaluate({ "39.1": 4 }, { level: "so" })["39"].note).toBe(
      "Chưa có số liệu mẫu số (38.2)."
    );
  });

  test("defect 7: group headings have no figure and no verdict", () => {
    const r = evaluate(INPUTS, { level: "so" });
    for (const id of ["12", "14", "28", "29"])
      expect(r[id]).toMatchObject({ value: null, verdict: null, note: "" });
  });
});

describe("evaluate: tier 18 at each level", () => {
  test.each<[Level, number, string, string]>([
    ["so", 0.5, "Đạt", "≥ 50%"],
    ["so", 0.49, "Chưa đạt", "≥ 50%"],
    ["huyen", 0.4, "Đạt", "≥ 40%"],
    ["huyen", 0.39, "Chưa đạt", "≥ 40%"],
    ["xa", 0.35, "Đạt", "≥ 35%"],
    ["xa", 0.34, "Chưa đạt", "≥ 35%"],
  ])("level %s, 18 = %p → %s against %s", (level, ratio, verdict, target) => {
    const r = evaluate({ "18.1": ratio * 100, "18.2": 100 }, { level });
    expect(r["18"]).toMatchObject({ verdict, target });
    expect(r["18.3"]).toMatchObject({ value: ratio, verdict: null, target: null });
  });

  test("at city level, 18 has no single target: no verdict, and the note says why", () => {
    const r = evaluate({ "18.1": 45, "18.2": 100 }, { level: "tp" });
    expect(r["18"].verdict).toBeNull();
    expect(r["18"].note).toMatch(/toàn thành phố, chỉ tiêu 18 được đánh giá theo từng cấp/);
  });
});

describe("evaluate: figures that cannot be right get no verdict and a note naming the row", () => {
  test.each<[Record<string, unknown>, string, string]>([
    [{ "16.1": 700, "16.2": 600 }, "16", "Tử số (16.1) lớn hơn mẫu số (16.2): 700 > 600."],
    [{ "16.1": 5, "16.2": 0 }, "16", "Mẫu số (16.2) bằng 0 trong khi tử số (16.1) là 5."],
    [{ "16.1": -5, "16.2": 10 }, "16", "Số liệu 16.1 là số âm (-5): số liệu đếm phải ≥ 0."],
    [{ "16.1": "năm", "16.2": 10 }, "16", 'Số liệu 16.1 không phải là số: "năm".'],
    [{ "16.1": 5, "16.2": 2.5 }, "16", "Số liệu 16.2 phải là số nguyên (đang là 2,5)."],
    [{ "16.1": true, "16.2": 10 }, "16", "Số liệu 16.1 không phải là số: TRUE."],
    [
      { "25": 19 },
      "25",
      "Số liệu 25 lớn hơn 100% (19): nhập tỷ lệ kèm dấu % (60%) hoặc dạng phân số (0,6 là 60%).",
    ],
    [{ "25": "abc" }, "25", 'Số liệu 25 không phải là tỷ lệ phần trăm: "abc".'],
    [{ "1": 0 }, "1", "Số liệu 1 phải là thứ hạng nguyên từ 1 trở lên (đang là 0)."],
    [
      { "2": "sắp ban hành" },
      "2",
      'Số liệu 2 không phải là câu trả lời có/không: "sắp ban hành". Hãy nhập "Đã ban hành" hoặc "Có" (đã thực hiện); "Chưa ban hành" hoặc "Không" (chưa thực hiện); hoặc đánh dấu ô (TRUE/FALSE).',
    ],
    [
      { "2": "Đã hủy" },
      "2",
      expect.stringMatching(
        /^Số liệu 2 không phải là câu trả lời có\/không: "Đã hủy"\./
      ) as unknown as string,
    ],
    [
      { "2": "Đã triển khai" },
      "2",
      expect.stringMatching(
        /"Đã triển khai"\. Hãy nhập "Đã ban hành" hoặc "Có"/
      ) as unknown as string,
    ], // another row's words
    [
      { "2": "3/3 đơn vị" },
      "2",
      expect.stringMatching(
        /không phải là câu trả lời có\/không: "3\/3 đơn vị"/
      ) as unknown as string,
    ], // only a consolidated row
    [{ "2": 1 }, "2", expect.stringMatching(/câu trả lời có\/không: 1\./) as unknown as string],
    [
      { "16.1": "1 2", "16.2": 100 },
      "16",
      'Số liệu 16.1 có khoảng trắng giữa các chữ số: "1 2". Hãy nhập một số liền (ví dụ 1234 hoặc 1.234).',
    ],
    [
      { "25": "1 0%" },
      "25",
      expect.stringMatching(/^Số liệu 25 có khoảng trắng giữa các chữ số/) as unknown as string,
    ],
    [
      { "1": "1 0" },
      "1",
      expect.stringMatching(/^Số liệu 1 có khoảng trắng giữa các chữ số/) as unknown as string,
    ],
  ])("%j → row %s", (inputs, id, note) => {
    const r = evaluate(inputs as Record<string, number>, { level: "so" });
    expect(r[id]).toMatchObject({ verdict: null, invalid: true, note });
  });

  test("the part row itself carries the note too", () => {
    const r = evaluate({ "16.1": -5, "16.2": 10 }, { level: "so" });
    expect(r["16.1"]).toMatchObject({
      invalid: true,
      note: "Số liệu 16.1 là số âm (-5): số liệu đếm phải ≥ 0.",
    });
    expect(r["16.2"]).toMatchObject({ invalid: false, note: "" });
  });

  test("0 / 0: nothing to count, no ratio and no verdict, not an error", () => {
    const r = evaluate({ "38.1": 0, "38.2": 0 }, { level: "so" });
    expect(r["38"]).toMatchObject({ value: null, verdict: null, invalid: false });
    expect(r["38"].note).toBe("Mẫu số (38.2) bằng 0: không phát sinh, không tính được tỷ lệ.");
  });

  test("missing parts: Chưa có số liệu, naming what is missing", () => {
    const r = evaluate({ "16.2": 100 }, { level: "so" });
    expect(r["16"]).toMatchObject({
      verdict: "Chưa có số liệu",
      note: "Chưa có số liệu tử số (16.1).",
    });
    expect(evaluate({}, { level: "so" })["16"].note).toBe(
      "Chưa có số liệu tử số (16.1) và mẫu số (16.2)."
    );
  });
});

describe("evaluate: one reader, one home for each rule", () => {
  test("the notes of 17.2 = 18.2 and of a done without evidence are validate's messages, word for word", () => {
    const inputs = {
      "17.1": 50,
      "17.2": 100,
      "18.1": 40,
      "18.2": 80,
      "4": "Đã cung cấp",
      "2": "ĐÃ BAN HÀNH",
    };
    const r = evaluate(inputs, { level: "so" });
    const v = validate(inputs);
    expect(v.map((x) => x.rule)).toEqual(["evidence-2", "evidence-4", "same-18.2"]);
    for (const x of v) expect(r[x.row].note).toBe(x.message);
  });

  test("every refusal of a figure in evaluate is validate's type violation on that row", () => {
    const inputs = {
      "2": "x",
      "16.1": "1 2",
      "25": "8.500%",
      "1": "hai",
      "9.1": 2.5,
      "10": "TRUE",
      "18.2": "-1",
    };
    const r = evaluate(inputs, { level: "so" });
    const v = validate(inputs).filter((x) => x.rule.startsWith("type-"));
    expect(v.map((x) => x.row).sort()).toEqual(Object.keys(inputs).sort());
    for (const x of v) expect(r[x.row]).toMatchObject({ invalid: true, note: x.message });
  });

  test("at city level a yes/no row reads k/n đơn vị, as numbers", () => {
    const r = evaluate({ "2": "03/3 đơn vị", "4": "2/3", "5": "3/03" }, { level: "tp" });
    expect([r["2"].value, r["4"].value, r["5"].value]).toEqual([true, false, true]);
    expect(r["2"].note).toBe(""); // the units' reports carry the evidence
    expect(evaluate({ "2": "4/3 đơn vị" }, { level: "tp" })["2"]).toMatchObject({
      invalid: true,
      verdict: null,
    });
  });
});

describe("evaluate: targets from the sheet", () => {
  test("an edited target replaces the default (25 was 19% for 2023, 22% for 2024)", () => {
    expect(evaluate({ "25": 0.2 }, { level: "so" })["25"]).toMatchObject({
      verdict: "Đạt",
      target: "≥ 19%",
    });
    const r = evaluate({ "25": 0.2 }, { level: "so", targets: { "25": "≥ 22%" } });
    expect(r["25"]).toMatchObject({ verdict: "Chưa đạt", target: "≥ 22%" });
    expect(evaluate({ "25": 0.2 }, { level: "so", targets: { "25": "  " } })["25"].target).toBe(
      "≥ 19%"
    );
  });

  test("a target that cannot be read, or does not fit the row, gives no verdict and says so", () => {
    const r = evaluate(
      { "16.1": 6, "16.2": 10, "2": "Có" },
      { level: "so", targets: { "16": "sáu mươi", "2": "≥ 60%" } }
    );
    expect(r["16"].verdict).toBeNull();
    expect(r["16"].note).toMatch(/^Mục tiêu "sáu mươi" không đọc được/);
    expect(r["2"].verdict).toBeNull();
    expect(r["2"].note).toMatch(/^Mục tiêu "≥ 60%" không hợp với chỉ tiêu 2 \(có\/không\)\./);
  });

  test("18 at city level can be judged against a target the analyst typed", () => {
    const r = evaluate({ "18.1": 45, "18.2": 100 }, { level: "tp", targets: { "18": "≥ 40%" } });
    expect(r["18"]).toMatchObject({ verdict: "Đạt", target: "≥ 40%" });
  });
});

describe("evaluate: a ratio figure typed by the analyst", () => {
  test("the typed figure is judged, and a note says when it differs from its parts", () => {
    const alone = evaluate({ "16": 0.65 }, { level: "so" });
    expect(alone["16"]).toMatchObject({ value: 0.65, verdict: "Đạt", note: "" });
    const agreeing = evaluate({ "16": 0.6, "16.1": 6, "16.2": 10 }, { level: "so" });
    expect(agreeing["16"]).toMatchObject({ value: 0.6, verdict: "Đạt", note: "" });
    const differing = evaluate({ "16": "70%", "16.1": 6, "16.2": 10 }, { level: "so" });
    expect(differing["16"]).toMatchObject({ value: 0.7, verdict: "Đạt" });
    expect(differing["16"].note).toBe(
      "Tỷ lệ nhập tay 70,00% khác tỷ lệ tính từ 16.1/16.2 (60,00%)."
    );
    expect(evaluate({ "16": "nhiều" }, { level: "so" })["16"]).toMatchObject({
      verdict: null,
      invalid: true,
    });
  });
});

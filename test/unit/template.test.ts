import { evaluate, fillTemplate, findPlaceholders, resolveKey } from "../../src/core";
import { templateKeys } from "../../src/core/templateKeys";
import { parseSeed } from "../support/seed";
import { EVIDENCE, INPUTS } from "../support/unitReport";

/** The official template as its Word table reads: the extraction's rows put back together. */
const TEMPLATE = parseSeed()
  .map((r) => r.cells.join("\t"))
  .join("\n");
const results = evaluate(INPUTS, { level: "so", evidence: EVIDENCE });

/** The filled text of one row of the template. */
function filledRow(id: string): string[] {
  const row = parseSeed().find((r) => r.id === id)!;
  return row.cells.slice(2).map((c) => fillTemplate(c, results).text.trim());
}

describe("fillTemplate over the complete official template", () => {
  const filled = fillTemplate(TEMPLATE, results);

  test("all 163 placeholders resolved, none left, none approximate", () => {
    expect(findPlaceholders(TEMPLATE)).toHaveLength(163);
    expect(filled.resolved).toBe(163);
    expect(filled.unresolved).toEqual([]);
    expect(filled.approximate).toEqual([]);
    expect(filled.text).not.toContain("[[");
    expect(filled.text).not.toContain("]]");
  });

  test.each([
    ["1", ["3", "Đạt", ""]],
    ["2", ["Đã ban hành", "Đạt", "Minh chứng: Kế hoạch 2649/KH-UBND ngày 16/6/2023"]],
    ["9", ["80,00%", "Chưa đạt", ""]], // defect 1: 9.1 / 9.2 as the key orders it
    ["9.1", ["8", "", ""]],
    ["9.2", ["10", "", ""]],
    ["12.1", ["90,00%", "Chưa đạt", ""]], // defect 2: misspelt parts, 12.3 / 12.4
    ["12.2", ["50,00%", "Đạt", ""]], // 12.5 / 12.3
    ["12.3", ["90", "", ""]],
    ["16.2", ["1.000", "", ""]],
    ["17", ["100,00%", "Đạt", ""]], // defect 4: verdict key "Tylesohoaa…"
    ["17.2", ["1.000", "", ""]],
    ["18", ["45,00%", "Chưa đạt", ""]], // defect 4: verdict key stops at "…thanhpho"
    ["18.2", ["1.000", "", ""]], // defect 3: 18.2 left blank, 17.2 serves
    ["18.3", ["45,00%", "", ""]],
    ["22.1", ["1", "", ""]],
    ["23", ["10,00%", "Chưa đạt", 'Bằng đúng ngưỡng 10,00%: mục tiêu "> 10%" đòi hỏi lớn hơn hẳn ngưỡng.']],
    ["24", ["51,00%", "Đạt", ""]], // defect 4: verdict key stops at "…phoc"
    ["28.1", ["Đã triển khai", "Đạt", "Minh chứng: Kế hoạch 77/KH-SGDĐT ngày 01/02/2024"]], // defect 5
    ["28.2", ["Chưa triển khai", "Chưa đạt", ""]],
    ["33", ["21,00%", "Đạt", ""]], // defect 4: a stray "]" after each placeholder
    ["39", ["30,00%", "Chưa đạt", expect.stringMatching(/^Bằng đúng ngưỡng 30,00%/)]], // defect 6: 39.1 / 38.2
    ["41", ["11,00%", "Đạt", ""]], // "[]" closing the verdict
  ])("row %s fills as %j", (id, expected) => {
    expect(filledRow(id)).toEqual(expected);
  });

  test("every template key names its own row (28.1 and 28.2 stay apart)", () => {
    for (const [row, keys] of Object.entries(templateKeys)) for (const k of keys) expect([k, resolveKey(k)?.row]).toEqual([k, row]);
  });
});

describe("fillTemplate on a hand-written template", () => {
  test("whitespace inside the brackets is ignored", () => {
    const t = "Tỷ lệ: [[tyletoanthanhpho.Sohosothutuchanhchinh duocxulytructuyen.\n Tongsosohosothutuchanhchinhduocxulytructuyentructiep.Tylehosothutuchanhchinhxulytructuyen ]].";
    expect(fillTemplate(t, results)).toMatchObject({ text: "Tỷ lệ: 60,00%.", unresolved: [], approximate: [] });
  });

  test("a key with a typo takes the clearly nearest known key, reported as approximate", () => {
    const t = "[[danhgia.tyle.Tylehosothutuchanhchinhxulytructuyn]] / [[Sohosothutuchanhchinhduocxulitructuyen]]";
    const f = fillTemplate(t, results);
    expect(f.text).toBe("Đạt / 600");
    expect(f.approximate).toEqual([
      { placeholder: "[[danhgia.tyle.Tylehosothutuchanhchinhxulytructuyn]]", key: "danhgia.tyle.Tylehosothutuchanhchinhxulytructuyen", row: "16" },
      { placeholder: "[[Sohosothutuchanhchinhduocxulitructuyen]]", key: "Sohosothutuchanhchinhduocxulytructuyen", row: "16.1" },
    ]);
  });

  test("an unknown key, or one equally near two keys, is left visible and listed", () => {
    const t = "A [[khongcochitieunay]] B [[Trienkhaicachoatdongthucdaychuyendoisothanhtoankhongdungtienmatrongcaccosoyt]] C [[chuadong";
    const f = fillTemplate(t, results);
    expect(f.text).toBe(t);
    expect(f.unresolved).toEqual([
      "[[khongcochitieunay]]",
      "[[Trienkhaicachoatdongthucdaychuyendoisothanhtoankhongdungtienmatrongcaccosoyt]]",
      "[[chuadong",
    ]);
    expect(f.resolved).toBe(0);
  });
});

import { RULES, validate } from "../../src/core";
import { EVIDENCE, INPUTS } from "../support/unitReport";

describe("validation rules", () => {
  test("the rules: a ≤ b for every ratio (once per pair), 17.2 = 18.2, a type for every figure, evidence for every yes/no", () => {
    const compare = RULES.filter((r) => r.kind === "compare");
    expect(compare.map((r) => r.id)).toEqual([
      "ratio-9",
      "ratio-12.1",
      "ratio-12.2",
      "ratio-13",
      "ratio-16",
      "ratio-17",
      "ratio-18",
      "ratio-20",
      "ratio-21",
      "ratio-23",
      "ratio-24",
      "ratio-33",
      "ratio-38",
      "ratio-39",
      "same-18.2",
    ]);
    expect(RULES.filter((r) => r.kind === "evidence")).toHaveLength(13);
    expect(RULES.filter((r) => r.kind === "type")).toHaveLength(77 - 15 - 4); // all but ratios and headings
  });

  test("a complete, right report breaks no rule but the evidence it lacks", () => {
    const v = validate(INPUTS, EVIDENCE);
    expect(v.map((x) => [x.rule, x.importance])).toEqual([
      ["evidence-4", "warning"],
      ["evidence-5", "warning"],
    ]);
  });

  test("each kind of violation, with its row, its cell and a Vietnamese explanation", () => {
    const v = validate(
      {
        ...INPUTS,
        "16.1": 1200,
        "17.2": 1000,
        "18.2": 900,
        "24.1": -3,
        "25": 1.5,
        "2": "sắp",
        "9.1": 2.5,
        "4": "Có",
      },
      { ...EVIDENCE, "4": "" }
    );
    const by = (rule: string) => v.find((x) => x.rule === rule)!;
    expect(by("ratio-16")).toEqual({
      rule: "ratio-16",
      row: "16.1",
      cell: "figure",
      importance: "error",
      message:
        "Số liệu 16.1 (1.200) lớn hơn số liệu 16.2 (1.000): Tử số 16.1 không lớn hơn mẫu số 16.2 (chỉ tiêu 16).",
    });
    expect(by("same-18.2")).toMatchObject({
      row: "18.2",
      importance: "warning",
      message: expect.stringMatching(/^Số liệu 17\.2 \(1\.000\) khác số liệu 18\.2 \(900\)/),
    });
    expect(by("type-24.1")).toMatchObject({
      row: "24.1",
      message: "Số liệu 24.1 là số âm (-3): số liệu đếm phải ≥ 0.",
    });
    expect(by("type-25")).toMatchObject({
      row: "25",
      message: expect.stringMatching(/^Số liệu 25 lớn hơn 100%/),
    });
    expect(by("type-2")).toMatchObject({
      row: "2",
      message: expect.stringMatching(
        /^Số liệu 2 không phải là câu trả lời có\/không: "sắp"\. Hãy nhập "Đã ban hành" hoặc "Có"/
      ),
    });
    expect(by("type-9.1")).toMatchObject({
      row: "9.1",
      message: "Số liệu 9.1 phải là số nguyên (đang là 2,5).",
    });
    expect(by("evidence-4")).toMatchObject({ row: "4", cell: "evidence", importance: "warning" });
    // in catalog order
    const rows = v.map((x) => x.row);
    expect(rows.indexOf("2")).toBeLessThan(rows.indexOf("16.1"));
  });

  test("a blank 18.2 takes 17.2's figure for the ratio rule, and is not a second wrong figure", () => {
    const v = validate({ "17.2": 100, "18.1": 120 });
    expect(v.map((x) => [x.rule, x.row])).toEqual([["ratio-18", "18.1"]]);
    expect(validate({ "17.2": "abc" }).map((x) => x.rule)).toEqual(["type-17.2"]);
  });

  test("the city's own sheet: yes/no rows read k/n đơn vị and need no evidence there", () => {
    expect(validate({ "2": "3/3 đơn vị" })).toEqual([expect.objectContaining({ rule: "type-2" })]);
    expect(validate({ "2": "3/3 đơn vị", "4": "1/2 đơn vị" }, {}, { consolidated: true })).toEqual(
      []
    );
  });

  test("missing figures break no rule", () => {
    expect(validate({})).toEqual([]);
    expect(validate({ "16.1": 5 })).toEqual([]);
  });
});

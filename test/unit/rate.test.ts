import { rate, type CdsErrorCode } from "../../src/core";
import { caught } from "../support/caught";

describe("rate(a, b)", () => {
  test.each([
    [60, 100, 0.6],
    [0, 10, 0],
    [10, 10, 1],
    [1, 3, 1 / 3],
    ["120", "200", 0.6],
    ["1.234", "2.468", 0.5], // Vietnamese thousands in text
    [" 5 ", 10, 0.5],
    ["\u00a05\u00a0", "\u202f10\n", 0.5], // non-breaking spaces and line ends around a number are not in it
    ["007", "10", 0.7],
    ["5,0", 10, 0.5], // a decimal whose decimals are 0 is whole
    ["1.000", "1.000.000", 0.001],
    [2 ** 53 - 1, 2 ** 53 - 1, 1], // the largest count read exactly
    [1234567, 1234567, 1],
  ])("rate(%p, %p) = %p", (a, b, expected) => {
    expect(rate(a, b)).toBe(expected);
  });

  // At least 30 bad inputs: each its error code and a Vietnamese message saying what is wrong.
  const bad: Array<[unknown, unknown, CdsErrorCode, RegExp]> = [
    ["abc", 10, "invalidValue", /^Tử số không phải là số: "abc"/],
    [10, "abc", "invalidValue", /^Mẫu số không phải là số: "abc"/],
    [null, 10, "notAvailable", /^Chưa có số liệu tử số\.$/],
    [10, null, "notAvailable", /^Chưa có số liệu mẫu số\.$/],
    ["", "", "notAvailable", /^Chưa có số liệu tử số và mẫu số\.$/],
    [undefined, undefined, "notAvailable", /tử số và mẫu số/],
    ["   ", 10, "notAvailable", /Chưa có số liệu tử số/],
    [-1, 10, "invalidValue", /^Tử số là số âm \(-1\): số liệu đếm phải ≥ 0\.$/],
    [1, -10, "invalidValue", /^Mẫu số là số âm \(-10\)/],
    ["-3", 10, "invalidValue", /Tử số là số âm \(-3\)/],
    [5, 0, "divisionByZero", /^Mẫu số bằng 0 trong khi tử số là 5\.$/],
    [0, 0, "divisionByZero", /^Mẫu số bằng 0: không phát sinh/],
    ["0", "0", "divisionByZero", /không phát sinh/],
    [11, 10, "invalidValue", /^Tử số lớn hơn mẫu số: 11 > 10\.$/],
    [1500, 1200, "invalidValue", /1\.500 > 1\.200/],
    [3, "2", "invalidValue", /lớn hơn mẫu số/],
    [NaN, 10, "invalidNumber", /^Tử số không phải là số hợp lệ \(NaN\)\.$/],
    [10, NaN, "invalidNumber", /^Mẫu số không phải là số hợp lệ/],
    [Infinity, 10, "invalidNumber", /^Tử số là vô cực/],
    [10, Infinity, "invalidNumber", /^Mẫu số là vô cực/],
    [-Infinity, 10, "invalidNumber", /vô cực/],
    [true, 10, "invalidValue", /^Tử số không phải là số: TRUE\.$/],
    [1, false, "invalidValue", /^Mẫu số không phải là số: FALSE\.$/],
    [1.5, 10, "invalidValue", /^Tử số phải là số nguyên \(đang là 1,5\)\.$/],
    [1, 10.25, "invalidValue", /^Mẫu số phải là số nguyên \(đang là 10,25\)\.$/],
    ["#DIV/0!", 10, "invalidValue", /"#DIV\/0!"/],
    ["#N/A", 10, "invalidValue", /Tử số không phải là số: "#N\/A"/],
    ["1,5", 10, "invalidValue", /^Tử số phải là số nguyên \(đang là 1,5\)\.$/], // the comma is the decimal sign
    ["1.23", 10, "invalidValue", /^Tử số phải là số nguyên \(đang là 1,23\)\.$/], // not thousands: a decimal
    // spaces inside a number are not glue: "1 2" is not 12
    ["1 2", 100000, "invalidValue", /^Tử số có khoảng trắng giữa các chữ số: "1 2"\./],
    ["1\n2", 100000, "invalidValue", /^Tử số có khoảng trắng giữa các chữ số/],
    ["1\t2", 100000, "invalidValue", /khoảng trắng/],
    [1, "1\u00a0000", "invalidValue", /^Mẫu số có khoảng trắng giữa các chữ số/],
    [1, "1 000 000", "invalidValue", /^Mẫu số có khoảng trắng/],
    ["1. 234", 10000, "invalidValue", /khoảng trắng/],
    ["- 3", 10, "invalidValue", /khoảng trắng/],
    ["1.234.56", 1e7, "invalidValue", /^Tử số không phải là số: "1\.234\.56"/],
    ["1,234.5", 1e7, "invalidValue", /không phải là số/],
    [2 ** 53, 2 ** 53, "invalidNumber", /^Tử số quá lớn/],
    [1, "9.007.199.254.740.993", "invalidNumber", /^Mẫu số quá lớn/],
    [1e308, 1e308, "invalidNumber", /quá lớn/],
    ["12abc", 10, "invalidValue", /không phải là số/],
    ["10%", 100, "invalidValue", /không phải là số: "10%"/],
    ["1e3", 1000, "invalidValue", /không phải là số/],
    [{}, 10, "invalidValue", /Tử số không phải là số/],
    [[1], 10, "invalidValue", /Tử số không phải là số/],
    [new Error("x"), 10, "invalidValue", /Tử số không phải là số/],
    [5, "mười", "invalidValue", /Mẫu số không phải là số: "mười"/],
  ];
  test(`${bad.length} bad inputs`, () => expect(bad.length).toBeGreaterThanOrEqual(30));
  test.each(bad)("rate(%p, %p) → %s", (a, b, code, message) => {
    const e = caught(() => rate(a, b));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  test("labels name the rows at fault", () => {
    expect(caught(() => rate(5, 3, { num: "16.1", den: "16.2" })).message).toBe(
      "Tử số (16.1) lớn hơn mẫu số (16.2): 5 > 3."
    );
    expect(caught(() => rate(null, 3, { num: "16.1", den: "16.2" })).message).toBe(
      "Chưa có số liệu tử số (16.1)."
    );
    expect(caught(() => rate(2, 0, { num: "38.1", den: "38.2" })).message).toBe(
      "Mẫu số (38.2) bằng 0 trong khi tử số (38.1) là 2."
    );
  });
});

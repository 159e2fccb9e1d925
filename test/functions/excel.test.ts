/** The Excel wrappers: a CdsError reaches Excel as CustomFunctions.Error, with its message where Excel shows one. */

class FakeError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}
// What Excel's runtime provides: an ErrorCode enum of error texts and an Error class.
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: FakeError,
  ErrorCode: {
    divisionByZero: "#DIV/0!",
    invalidValue: "#VALUE!",
    invalidNumber: "#NUM!",
    notAvailable: "#N/A",
  },
};

type Functions = typeof import("../../src/functions/functions");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the global exists
const fns = require("../../src/functions/functions") as Functions;

function excelError(run: () => unknown): FakeError {
  try {
    run();
  } catch (e) {
    if (e instanceof FakeError) return e;
    throw e;
  }
  throw new Error("expected a CustomFunctions.Error");
}

describe("custom functions as Excel calls them", () => {
  test("values", () => {
    expect(fns.rate(600, 1000)).toBe(0.6);
    expect(fns.check(0.6, "≥ 60%")).toBe("Đạt");
    expect(fns.check(0.45, "18", "huyen")).toBe("Đạt");
    expect(fns.check(null, "16", null)).toBe("Chưa có số liệu");
    expect(fns.target("26")).toBe("> 8,5%");
    expect(fns.target(18, "Phường")).toBe("≥ 35%");
    expect(fns.title("9.2")).toBe("Số trang, cổng thông tin điện tử đơn vị đang quản lý (b)");
    expect(fns.needed(50, 100, "16")).toBe(10);
    expect(fns.needed(0, 10, 0.1 + 0.2)).toBe(3); // as CHECK(0.3, 0.1 + 0.2) is Đạt
    expect(fns.check(0.3, 0.1 + 0.2)).toBe("Đạt");
    expect(fns.check("03/3", "Có")).toBe("Đạt");
    expect(fns.check("3/03 đơn vị", "Có", "tp")).toBe("Đạt");
    expect(fns.check("đã ban hành", "2")).toBe("Đạt");
    expect(fns.check(true, "Có")).toBe("Đạt");
    expect(fns.check([[0.6]], [["≥ 60%"]])).toBe("Đạt"); // a range of one cell is that cell
    expect(fns.needed(0, 1e12, "≥ 60%")).toBe(600_000_000_000);
    expect(fns.needed(0, 1e15, "≥ 60%")).toBe(600_000_000_000_000);
  });

  test.each([
    [() => fns.rate(5, 3), "#VALUE!", "Tử số lớn hơn mẫu số: 5 > 3."],
    [() => fns.rate(null, 3), "#N/A", "Chưa có số liệu tử số."],
    [() => fns.rate(5, 0), "#DIV/0!", undefined],
    [() => fns.rate(NaN, 3), "#NUM!", undefined],
    [() => fns.check(0.5, "18"), "#VALUE!", /cấp đơn vị/],
    [() => fns.check(0.5, "16", "tỉnh"), "#VALUE!", /Cấp đơn vị "tỉnh" không hợp lệ/],
    [() => fns.target("99"), "#VALUE!", /Không có chỉ tiêu mã "99"/],
    [() => fns.target("9.1"), "#N/A", /số liệu đếm, không có mục tiêu riêng/],
    [() => fns.needed(5, 5, "> 100%"), "#N/A", /Không thể đạt mục tiêu/],
    [
      () => fns.check("Đã hủy", "Có"),
      "#VALUE!",
      /^Giá trị không phải là câu trả lời có\/không: "Đã hủy"\. Hãy nhập "Đã ban hành"/,
    ],
    [
      () => fns.check("Đã có kế hoạch nhưng chưa triển khai", "Có"),
      "#VALUE!",
      /Hãy nhập .*"Chưa triển khai"/,
    ],
    [() => fns.check("x", "Có"), "#VALUE!", /"x"\. Hãy nhập/],
    [() => fns.check(1, "Có"), "#VALUE!", /câu trả lời có\/không: 1\./],
    [() => fns.check("TRUE", "Có"), "#VALUE!", /"TRUE"\. Hãy nhập/],
    [() => fns.check("3/3 đơn vị", "Có", "xa"), "#VALUE!", /"3\/3 đơn vị"/],
    [() => fns.rate("1 2", 100000), "#VALUE!", /^Tử số có khoảng trắng giữa các chữ số: "1 2"/],
    [() => fns.rate("1\n2", 100000), "#VALUE!", /^Tử số có khoảng trắng/],
    [() => fns.rate(1, 2 ** 60), "#NUM!", undefined],
    [() => fns.check("1 0%", "≥ 5%"), "#VALUE!", /khoảng trắng/],
    [() => fns.check("1 0", "≤ 5"), "#VALUE!", /khoảng trắng/],
    // issue 15: the target's dot as the figures read it; numbers too long; a range of several cells
    [() => fns.check(0.02, "≥ 1.000%"), "#VALUE!", /^Mục tiêu không rõ dấu chấm/],
    [() => fns.check(0.2, "≥ 12.500%"), "#VALUE!", /^Mục tiêu không rõ dấu chấm/],
    [() => fns.needed(0, 100, "≥ 1.000%"), "#VALUE!", /^Mục tiêu không rõ dấu chấm/],
    [() => fns.rate("1" + "0".repeat(399), 10), "#NUM!", undefined],
    [
      () =>
        fns.check(
          [
            [0.6, 0.7],
            [0.8, 0.9],
          ],
          "≥ 60%"
        ),
      "#VALUE!",
      /^Số liệu là một vùng nhiều ô \(2 dòng × 2 cột\): hàm cần giá trị của một ô/,
    ],
    [() => fns.rate(1, [[2], [3]]), "#VALUE!", /^Mẫu số là một vùng nhiều ô \(2 dòng × 1 cột\)/],
    [() => fns.needed(0, 10, [["≥ 60%", "≥ 70%"]]), "#VALUE!", /^Mục tiêu là một vùng nhiều ô/],
  ])("%# → %s", (run, code, message) => {
    const e = excelError(run);
    expect(e.code).toBe(code);
    if (message === undefined)
      expect(e.message).toBe(""); // Excel shows no message for #DIV/0! and #NUM!
    else expect(e.message).toMatch(message);
  });
});

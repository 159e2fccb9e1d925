import {
  check,
  defaultTarget,
  formatTarget,
  needed,
  parseLevel,
  parseTarget,
  readPercent,
  targetRow,
} from "../../src/core";

describe("targets", () => {
  test.each([
    ["≥ 60%", ">=", 0.6, true, "≥ 60%"],
    [">= 60%", ">=", 0.6, true, "≥ 60%"],
    ["> 8,5%", ">", 0.085, true, "> 8,5%"],
    ["trên 8,5%", ">", 0.085, true, "> 8,5%"],
    ["Trên 10%", ">", 0.1, true, "> 10%"],
    ["đạt trên 10%", ">", 0.1, true, "> 10%"],
    ["đạt 19%", ">=", 0.19, true, "≥ 19%"],
    ["là 100%", ">=", 1, true, "≥ 100%"],
    ["tối thiểu 35%", ">=", 0.35, true, "≥ 35%"],
    ["100%", ">=", 1, true, "≥ 100%"],
    ["14,3%", ">=", 0.143, true, "≥ 14,3%"],
    ["≥ 14.3 %", ">=", 0.143, true, "≥ 14,3%"],
    ["≤ 5", "<=", 5, false, "≤ 5"],
    ["nhóm 5", "<=", 5, false, "≤ 5"],
    ["<= 5", "<=", 5, false, "≤ 5"],
    ["dưới 5%", "<", 0.05, true, "< 5%"],
  ])("parseTarget(%p)", (text, op, value, percent, shown) => {
    const t = parseTarget(text);
    expect(t).toEqual({ type: "compare", op, value, percent });
    expect(formatTarget(t)).toBe(shown);
  });

  test("0.143 is the threshold of 14,3% exactly, although 14.3 / 100 is not 0.143", () => {
    expect(14.3 / 100).not.toBe(0.143);
    expect(parseTarget("≥ 14,3%")).toMatchObject({ value: 0.143 });
  });

  test.each(["Có", "có", "Đã ban hành", "Hoàn thành"])("parseTarget(%p) is done", (text) => {
    expect(parseTarget(text)).toEqual({ type: "done" });
  });

  test("defaults per level", () => {
    expect(defaultTarget("16")).toBe("≥ 60%");
    expect(defaultTarget(26)).toBe("> 8,5%");
    expect(defaultTarget("1")).toBe("≤ 5");
    expect(defaultTarget("2")).toBe("Có");
    expect(defaultTarget("18", "xa")).toBe("≥ 35%");
    expect(() => defaultTarget("18")).toThrow(/theo cấp/);
    expect(() => defaultTarget("99")).toThrow(/Không có chỉ tiêu mã "99"/);
  });

  test.each([
    ["so", "so"],
    ["Sở", "so"],
    ["Sở, ban, ngành", "so"],
    ["xa", "xa"],
    ["Phường", "xa"],
    ["đặc khu", "xa"],
    ["Phường, xã, đặc khu", "xa"],
    ["huyen", "huyen"],
    ["Quận", "huyen"],
    ["Cấp huyện (trước 7/2025)", "huyen"],
    ["TP", "tp"],
    ["Toàn thành phố", "tp"],
  ])("parseLevel(%p) = %p", (text, level) => {
    expect(parseLevel(text)).toBe(level);
  });
});

describe("targetRow: the indicator a check's target stands for", () => {
  test.each<[unknown, string | undefined]>([
    ["2", "2"],
    [" 28.1 ", "28.1"],
    ["16.", "16"],
    [16, "16"],
    [1, undefined], // the number 1 is 100%, the id "1" is text
    ["1", "1"],
    [0.6, undefined],
    ["Có", undefined],
    ["≥ 60%", undefined],
    ["99", undefined],
    [null, undefined],
  ])("targetRow(%p) = %p", (target, id) => {
    expect(targetRow(target)?.id).toBe(id);
  });
});

describe("a target's number follows the figures' rule (values.ts): a dot before three digits is refused", () => {
  // the same text as a figure and as a target's threshold: both read the same value, or both refuse it
  test.each([
    ["1.000", null],
    ["12.500", null],
    ["0.125", null],
    ["100.000", null],
    ["8.5", 0.085],
    ["12.34", 0.1234],
    ["12.3456", 0.123456],
    ["1,000", 0.01],
    ["12,500", 0.125],
    ["60", 0.6],
  ])("%p%%", (body, value) => {
    const figure = () => readPercent(`${body}%`, "Số liệu 26");
    const target = () => parseTarget(`≥ ${body}%`);
    if (value === null) {
      expect(figure).toThrow(/không rõ dấu chấm là phần nghìn hay phần thập phân/);
      expect(target).toThrow(
        new RegExp(
          `^Mục tiêu không rõ dấu chấm là phần nghìn hay phần thập phân: "≥ ${body}%"\\. Hãy dùng dấu phẩy cho phần thập phân \\(ví dụ "≥ ${body.replace(".", ",")}%"\\)\\.$`
        )
      );
    } else {
      expect(figure()).toBe(value);
      expect(target()).toEqual({ type: "compare", op: ">=", value, percent: true });
    }
  });

  test.each([
    [() => check(0.02, "≥ 1.000%")],
    [() => check(0.2, "≥ 12.500%")],
    [() => check(0.2, "trên 12.500%")],
    [() => needed(0, 100, "≥ 1.000%")],
    [() => check(3, "≤ 1.000")], // a rank's threshold: one or a thousand?
  ])("the reported case %#: refused, never judged on a guess", (run) => {
    expect(run).toThrow(/không rõ dấu chấm/);
  });

  test("a threshold too long to be a number is refused, never Infinity", () => {
    expect(() => parseTarget(`≤ ${"9".repeat(400)}`)).toThrow(
      /^Mục tiêu "≤ 9+…" có ngưỡng quá lớn\.$/
    );
  });
});

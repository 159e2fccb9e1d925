import { CdsError, needed } from "../../src/core";

const cases: Array<[number, number, string, number, string?]> = [
  [50, 100, "≥ 60%", 10],
  [60, 100, "≥ 60%", 0],
  [70, 100, "16", 0],
  [10, 100, "> 10%", 1],
  [0, 7, "≥ 60%", 5], // 4/7 = 57,1%, 5/7 = 71,4%
  [0, 1000, "≥ 14,3%", 143],
  [0, 1000, "> 8,5%", 86],
  [0, 3, "≥ 100%", 3],
  [10, 20, "18", 0, "xa"],
];
test.each(cases.map(([a, b, t, k, l]) => [a, b, t, k, l ?? ""] as const))("needed(%p, %p, %p) = %p %s", (a, b, target, k, level) => {
  expect(needed(a, b, target, level ? (level as "xa") : undefined)).toBe(k);
});

test("a target that cannot be reached with this denominator says so", () => {
  expect(() => needed(5, 5, "> 100%")).toThrow(CdsError);
  expect(() => needed(0, 10, "≤ 5")).toThrow(/mục tiêu tỷ lệ/);
  expect(() => needed(11, 10, "16")).toThrow(/lớn hơn mẫu số/);
});

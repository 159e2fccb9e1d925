import { formatNumber, formatPercent } from "../../src/core";

test.each([
  [1234567, 0, "1.234.567"],
  [6000, 0, "6.000"],
  [999, 0, "999"],
  [0, 0, "0"],
  [-1234, 0, "-1.234"],
  [1234.5, 1, "1.234,5"],
])("formatNumber(%p, %p) = %p", (n, d, text) => expect(formatNumber(n, d)).toBe(text));

test.each([
  [0.6025, "60,25%"],
  [0.6, "60,00%"],
  [1, "100,00%"],
  [0.145, "14,50%"],
  [1 / 3, "33,33%"],
  [0.00005, "0,01%"],
  [0, "0,00%"],
])("formatPercent(%p) = %p", (n, text) => expect(formatPercent(n)).toBe(text));

/**
 * A unit's name pasted with an invisible character (a zero-width space, a bidi mark, NUL) is the name a reader sees:
 * Generate writes it without them (B2 and the sheet's tab), and the same unit typed cleanly finds the same sheet.
 */
import { generateSheet } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { periodCode, type SheetParams } from "../../src/core";
import { PERIOD } from "../support/cityUnits";

const unit = (name: string): SheetParams => ({ unit: name, level: "xa", period: PERIOD });

test.each([
  ["zero-width space", "Phường\u200b Bến Thành"],
  ["right-to-left override", "\u202ePhường Bến Thành"],
  ["NUL and a bidi isolate", "Phường Bến\u0000 Thành\u2069"],
  ["byte-order mark and word joiner", "\ufeffPhường Bến\u2060 Thành"],
])("%s: one sheet, its name and B2 as the name reads", async (_, pasted) => {
  const wb = new MemoryWorkbook();
  const a = await generateSheet(wb, unit(pasted));
  expect(wb.value(a.sheet, "B2")).toBe("Phường Bến Thành");
  expect(a.sheet).toBe(`CĐS ${periodCode(PERIOD)} Phường Bến Thành`);
  const b = await generateSheet(wb, unit("Phường Bến Thành"));
  expect(b).toMatchObject({ sheet: a.sheet, updated: true });
  const c = await generateSheet(wb, unit(pasted));
  expect(c).toMatchObject({ sheet: a.sheet, updated: true });
  expect(wb.sheetNames()).toEqual([a.sheet]);
});

test("a name of invisible characters only is asked for again, nothing written", async () => {
  const wb = new MemoryWorkbook();
  await expect(generateSheet(wb, unit("\u200b\u202e"))).rejects.toThrow(
    "Hãy nhập tên đơn vị báo cáo."
  );
  expect(wb.sheetNames()).toEqual([]);
});

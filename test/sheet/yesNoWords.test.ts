/**
 * A yes/no row's live verdict reads only its own words, as Fill does: the sheet never says "Đạt" where the report
 * says the answer is not one (SPEC: closed vocabulary per row).
 */
import { sheetName, standardRows } from "../../src/core/sheet";
import { fillReport, generateSheet } from "../../src/taskpane/usecases";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { PARAMS } from "./support";

const rows = standardRows();
const NAME = sheetName(PARAMS);

test("another row's words on row 2: no live verdict, and Fill says why; its own words: Đạt", async () => {
  const wb = new MemoryWorkbook();
  await generateSheet(wb, PARAMS);
  const at = (col: string) => `${col}${rows["2"]}`;
  // the words of 10, pasted past the drop-down (typing is refused by the cell's list)
  expect(wb.type(NAME, at("C"), "Đã triển khai")).not.toBeNull();
  await wb.writeCells(NAME, [{ address: at("C"), content: { text: "Đã triển khai" } }]);
  expect(wb.value(NAME, at("D"))).toBe("");
  await fillReport(wb, { params: PARAMS });
  expect(String(wb.value(NAME, at("E")))).toMatch(
    /không phải là câu trả lời có\/không.*"Đã triển khai"/
  );
  expect(wb.type(NAME, at("C"), "Đã ban hành")).toBeNull();
  expect(wb.value(NAME, at("D"))).toBe("Đạt");
});

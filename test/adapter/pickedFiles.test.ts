/**
 * Through the Office.js adapter over the fake Excel: when the only picked file is refused, the consolidation's
 * refusal names the file and why, and nothing is written.
 */
import { consolidateCity } from "../../src/usecases";
import { OfficeWorkbook } from "../../src/workbook/office";
import { PERIOD } from "../support/cityUnits";
import { hostileZip, workbookParts } from "../support/hostileFiles";
import { FakeExcel, installExcelHost } from "../support/officeMock";

let uninstall: () => void;
beforeAll(() => (uninstall = installExcelHost()));
afterAll(() => uninstall());

it("the only file picked is refused (a macro-enabled workbook): the message says which and why", async () => {
  const excel = new FakeExcel();
  const data = hostileZip(workbookParts([{ text: '<row r="1"><c r="A1"><v>1</v></c></row>' }]));
  const refusal = await consolidateCity(new OfficeWorkbook(excel.run), {
    period: PERIOD,
    files: [{ name: "don-vi.xlsm", data: data.buffer as ArrayBuffer }],
  }).catch((e: Error) => e);
  expect(refusal).toBeInstanceOf(Error);
  const message = (refusal as Error).message;
  expect(message).toMatch(/^Chưa có báo cáo đơn vị nào của Quý III năm 2025/);
  expect(message).toContain(
    '\nĐã bỏ qua 1 trang, tệp:\n• don-vi.xlsm: Không đọc tệp "don-vi.xlsm": tệp có macro (tệp .xlsm (tệp có macro))'
  );
  expect(excel.sheets).toEqual([]); // nothing written
});

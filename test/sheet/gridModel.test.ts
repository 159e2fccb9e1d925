import { sheetName, standardRows } from "../../src/sheets";
import { gridModel, MIN_COLUMNS, MIN_ROWS, pointsToPx } from "../../src/preview/gridModel";
import { generateSheet } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { PARAMS } from "./support";

const rows = standardRows();
const NAME = sheetName(PARAMS);

describe("the preview grid's model of a sheet", () => {
  test("an empty sheet is drawn as Excel draws one: a blank grid of default columns", () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Trang tính1");
    const model = gridModel(wb, "Trang tính1");
    expect(model.rows).toHaveLength(MIN_ROWS);
    expect(model.columns.map((c) => c.letter)).toEqual(
      "ABCDEFGHIJ".split("").slice(0, MIN_COLUMNS)
    );
    expect(model.columns.every((c) => c.widthPx === 64 && !c.hidden)).toBe(true);
    expect(model.rows[0][0]).toMatchObject({
      address: "A1",
      text: "",
      kind: "empty",
      colSpan: 1,
      covered: false,
    });
  });

  test("a generated sheet: widths in pixels, the id column hidden, the title merged, kinds for alignment", async () => {
    const wb = new MemoryWorkbook();
    await generateSheet(wb, PARAMS);
    wb.type(NAME, `C${rows["16.1"]}`, "600");
    const model = gridModel(wb, NAME);
    const spec = wb.layoutOf(NAME).columns;
    expect(model.columns.slice(0, 8).map((c) => c.widthPx)).toEqual(
      spec.map((c) => pointsToPx(c.width))
    );
    expect(model.columns[7]).toMatchObject({ letter: "H", hidden: true });
    expect(model.freezeRows).toBe(6);
    expect(model.rows[0][0]).toMatchObject({
      address: "A1",
      colSpan: 7,
      rowSpan: 1,
      covered: false,
    });
    expect(model.rows[0].slice(1, 7).every((c) => c.covered)).toBe(true);
    expect(model.rows[0][7]).toMatchObject({ address: "H1", covered: false });
    const at = (address: string) => model.rows.flat().find((c) => c.address === address)!;
    expect(at(`C${rows["16.1"]}`)).toMatchObject({ text: "600", kind: "number" });
    expect(at(`C${rows["16"]}`)).toMatchObject({ kind: "empty", text: "" }); // blank while 16.2 is blank, never #N/A
    expect(at(`B${rows["16"]}`).kind).toBe("text");
    expect(at(`H${rows["16"]}`).text).toBe("16");
    expect(at(`D${rows["16"]}`).style).toMatchObject({ fill: "#EDEDED" }); // "Chưa có số liệu", coloured
  });
});

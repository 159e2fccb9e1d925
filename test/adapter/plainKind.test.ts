/**
 * An Excel without custom functions, over the fake Excel: the adapter is told so (as host.ts finds out), Generate
 * writes the plain kind (no CDS. anywhere, Excel's own functions only), Fill and Check work on it, and Generate again
 * where custom functions run switches the sheet to the CDS kind keeping every typed cell — in as many round trips.
 */
import { catalog } from "../../src/core";
import {
  columnLetter,
  disallowedFunctions,
  PLAIN_SIGNATURE,
  plainVerdictFormula,
  SIGNATURE,
  sheetName,
  standardRows,
  verdictFormula,
} from "../../src/sheets";
import { validateFigures, fillReport, generateSheet } from "../../src/usecases";
import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel, installExcelHost, type FakeSheet } from "../support/officeMock";
import { reportCells } from "../support/reportCells";
import { syncsOf } from "../support/unitFiles";
import { INPUTS } from "../support/unitReport";
import { A } from "../support/cityUnits";

const rows = standardRows();
const last = Math.max(...Object.values(rows));

let uninstall: () => void;
beforeAll(() => (uninstall = installExcelHost()));
afterAll(() => uninstall());

/** Every cell of the sheet's table with content: [address, content]. */
function contents(ws: FakeSheet): Array<[string, string | number | boolean]> {
  const out: Array<[string, string | number | boolean]> = [];
  for (let r = 1; r <= last; r++)
    for (let c = 0; c < 10; c++) {
      const address = `${columnLetter(c)}${r}`;
      const v = ws.content(address);
      if (v !== null) out.push([address, v]);
    }
  return out;
}

function expectPlain(ws: FakeSheet): void {
  for (const [address, v] of contents(ws)) {
    if (typeof v !== "string") continue;
    expect([address, v]).not.toEqual([address, expect.stringMatching(/CDS\./i)]);
    if (ws.kind(address) === "formula")
      expect([address, disallowedFunctions(v)]).toEqual([address, []]);
  }
}

describe("an Excel without custom functions", () => {
  it("Generate writes the plain kind and says so; Fill and Check work on it; Generate where they run switches back, keeping every typed cell", async () => {
    const excel = new FakeExcel();
    const plain = new OfficeWorkbook(excel.run, () => false);
    const [generated, syncs] = await syncsOf(excel, () => generateSheet(plain, A));
    expect(generated).toMatchObject({ sheet: sheetName(A), kind: "plain", updated: false });
    expect(syncs).toBeLessThanOrEqual(5);
    const ws = excel.sheet(generated.sheet);
    expect(ws.content("H1")).toBe(PLAIN_SIGNATURE);
    expectPlain(ws);
    const d16 = `D${rows["16"]}`;
    const row16 = catalog.find((r) => r.id === "16")!;
    expect(ws.content(d16)).toBe(plainVerdictFormula(`C${rows["16"]}`, `F${rows["16"]}`, row16));

    // the analyst types the report and writes a target in words
    const typed = { ...reportCells(INPUTS), [`F${rows["16"]}`]: "tối thiểu 60%" };
    excel.seed(ws.name, typed);
    const [filled, fillSyncs] = await syncsOf(excel, () => fillReport(plain));
    expect(fillSyncs).toBeLessThanOrEqual(2);
    expect(filled.kind).toBe("plain");
    expectPlain(ws);
    expect(ws.content(d16)).toBe(plainVerdictFormula(`C${rows["16"]}`, `F${rows["16"]}`, row16));
    expect(String(ws.content(`E${rows["16"]}`))).toMatch(
      /Mục tiêu "tối thiểu 60%" chỉ hàm riêng của CĐS Excel đọc được.*"≥ 60%"/
    );
    const checked = await validateFigures(plain);
    expect(checked.sheet).toBe(ws.name);
    expect(checked.violations.length).toBeGreaterThan(0);

    // the same workbook opened where custom functions run
    const cds = new OfficeWorkbook(excel.run, () => true);
    const [again, againSyncs] = await syncsOf(excel, () => generateSheet(cds, A));
    expect(againSyncs).toBeLessThanOrEqual(3);
    expect(again.kind).toBeUndefined();
    expect(again).toMatchObject({ sheet: ws.name, updated: true });
    expect(again.kept).toBe(Object.keys(typed).length);
    expect(ws.content("H1")).toBe(SIGNATURE);
    expect(ws.content(d16)).toBe(verdictFormula(rows["16"], "so", row16));
    for (const [address, v] of Object.entries(typed))
      expect([address, ws.content(address)]).toEqual([address, v]);
    // and back: Fill where they are missing rewrites the add-in's formulas to the plain kind
    await fillReport(plain);
    expect(ws.content("H1")).toBe(PLAIN_SIGNATURE);
    expectPlain(ws);
    for (const [address, v] of Object.entries(typed))
      expect([address, ws.content(address)]).toEqual([address, v]);
  });
});

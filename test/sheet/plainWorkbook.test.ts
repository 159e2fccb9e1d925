/**
 * A whole workbook where custom functions are missing (HyperFormula without the CDS functions): Generate, Fill,
 * Check, the city consolidation, the comparison with the previous period and the export all work, every verdict as
 * the core's, and nothing the add-in writes holds "CDS.".
 */
import { consolidate, evaluate } from "../../src/core";
import { cityParams, disallowedFunctions, sheetName, standardRows } from "../../src/sheets";
import {
  validateFigures,
  consolidateCity,
  exportReport,
  fillReport,
  generateSheet,
} from "../../src/usecases";
import { compareWithPrevious } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { INPUTS } from "../support/unitReport";
import { A, B, B_INPUTS, PERIOD } from "../support/cityUnits";
import { typeReport } from "./support";

// tables of figures through HyperFormula: long on a loaded machine
jest.setTimeout(300_000);

const rows = standardRows();

/** Every formula and text of a sheet: none names CDS., every formula uses Excel's own functions only. */
async function expectNoCds(wb: MemoryWorkbook, name: string): Promise<number> {
  const [snapshot] = await wb.readSheets([name]);
  let formulas = 0;
  snapshot.formulas.forEach((line, r) =>
    line.forEach((f, c) => {
      if (typeof f !== "string") return;
      expect([name, r + 1, c, f]).not.toEqual([name, r + 1, c, expect.stringMatching(/CDS\./i)]);
      if (f.startsWith("=") && f !== snapshot.values[r][c]) {
        formulas++;
        expect([r + 1, c, disallowedFunctions(f)]).toEqual([r + 1, c, []]);
      }
    })
  );
  return formulas;
}

describe("a workbook without custom functions", () => {
  test("Generate, Fill, Check on two units, then the city sheet: the core's verdicts, no CDS. anywhere", async () => {
    const wb = new MemoryWorkbook({ customFunctions: false });
    for (const [params, inputs] of [
      [A, INPUTS],
      [B, B_INPUTS],
    ] as const) {
      const out = await generateSheet(wb, params);
      expect(out.kind).toBe("plain");
      typeReport(wb, out.sheet, inputs);
      const filled = await fillReport(wb, { params });
      expect(filled.kind).toBe("plain");
      const results = evaluate(inputs, { level: params.level });
      for (const [id, r] of Object.entries(results)) {
        if (r.verdict === null && r.kind === "group") continue;
        const v = wb.value(out.sheet, `D${rows[id]}`);
        expect([id, v === "" ? null : v]).toEqual([id, r.verdict]);
      }
      expect(await expectNoCds(wb, out.sheet)).toBeGreaterThan(40);
      expect((await validateFigures(wb, { params })).sheet).toBe(out.sheet);
    }
    const city = await consolidateCity(wb, { period: PERIOD });
    const expected = consolidate([
      { unit: A.unit, level: "so", inputs: INPUTS },
      { unit: B.unit, level: "xa", inputs: B_INPUTS },
    ]);
    expect(city.city).toBe(sheetName(cityParams(PERIOD)));
    for (const id of ["16", "2", "18", "25"]) {
      const v = wb.value(city.city, `D${rows[id]}`);
      expect([id, v === "" ? null : v]).toEqual([id, expected.results[id].verdict]);
    }
    await expectNoCds(wb, city.city);
    const report = await exportReport(wb, { params: A });
    expect(report.data.byteLength).toBeGreaterThan(1000);
  });

  test("the comparison with the previous period writes the change as text, not =CDS.CHANGE", async () => {
    const wb = new MemoryWorkbook({ customFunctions: false });
    const q2 = { ...A, period: { year: 2025, part: "Q2" as const } };
    await generateSheet(wb, q2);
    typeReport(wb, sheetName(q2), { ...INPUTS, "16.1": 500 });
    await generateSheet(wb, A);
    typeReport(wb, sheetName(A));
    await compareWithPrevious(wb, { params: A, mode: "lastQuarter" });
    expect(wb.value(sheetName(A), `J${rows["16.1"]}`)).toBe("+100");
    expect(wb.formula(sheetName(A), `J${rows["16.1"]}`)).toBeNull();
    await expectNoCds(wb, sheetName(A));
  });
});

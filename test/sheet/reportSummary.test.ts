/** @jest-environment node */
/**
 * The report's written body against the sheets it is made from, on a table of units (a sở and two phường, and the
 * city consolidated from them): every Chưa đạt named with the figure and target the sheet shows, no other; the counts
 * are the sheet's verdicts counted.
 */
import { catalog, formatNumber, formatPercent } from "../../src/core";
import { JUDGED_ROWS, reportSummary, shortTitle } from "../../src/documents";
import { cityParams, readUnitSheet, sheetName, shownResults, standardRows } from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { consolidateCity, fillReport, generateSheet } from "../../src/usecases";
import { A, B, B_INPUTS, C, C_INPUTS, PERIOD } from "../support/cityUnits";
import { INPUTS } from "../support/unitReport";
import { typeReport } from "./support";

jest.setTimeout(60_000);

const rows = standardRows();

let wb: MemoryWorkbook;
beforeAll(async () => {
  wb = new MemoryWorkbook();
  for (const [params, inputs] of [
    [A, INPUTS],
    [B, B_INPUTS],
    [C, C_INPUTS],
  ] as const) {
    await generateSheet(wb, params);
    typeReport(wb, sheetName(params), inputs);
    await fillReport(wb, { params });
  }
  await consolidateCity(wb, { period: PERIOD, files: [] });
});

const CITY = cityParams(PERIOD);

describe.each([
  ["a sở", A],
  ["a phường", B],
  ["another phường", C],
  ["the city", CITY],
] as [string, SheetParams][])("the summary of %s", (_, params) => {
  const sheet = () => sheetName(params);
  const summaryOf = async () => {
    const [snapshot] = await wb.readSheets([sheet()]);
    const shown = shownResults(readUnitSheet(snapshot));
    return { shown, summary: reportSummary({ ...params, shown }) };
  };
  /** The verdict column as the sheet shows it, on the rows a report judges. */
  const verdicts = () =>
    JUDGED_ROWS.map((r) => [r.id, wb.value(sheet(), `D${rows[r.id]}`)] as const);

  test("counts: the sheet's verdicts counted, overall and per pillar", async () => {
    const { summary } = await summaryOf();
    const is = (w: string) => verdicts().filter(([, v]) => v === w).length;
    expect([summary.total, summary.met, summary.notMet, summary.noData]).toEqual([
      JUDGED_ROWS.length,
      is("Đạt"),
      is("Chưa đạt"),
      is("Chưa có số liệu"),
    ]);
    expect(summary.met + summary.notMet + summary.noData + summary.unjudged).toBe(summary.total);
    for (const p of summary.pillars) {
      const of = verdicts().filter(([id]) => catalog.find((r) => r.id === id)!.pillar === p.pillar);
      expect([p.total, p.met, p.notMet, p.noData]).toEqual([
        of.length,
        of.filter(([, v]) => v === "Đạt").length,
        of.filter(([, v]) => v === "Chưa đạt").length,
        of.filter(([, v]) => v === "Chưa có số liệu").length,
      ]);
      const line = summary.paragraphs.find((x) => x.text.startsWith(`- ${p.title} (`))!;
      expect(line.text).toBe(
        `- ${p.title} (${p.total} chỉ tiêu): ${p.met} Đạt, ${p.notMet} Chưa đạt, ${p.noData} chưa có số liệu${p.unjudged ? `, ${p.unjudged} chưa đánh giá được` : ""}.`
      );
    }
  });

  test("every Chưa đạt named once, with the figure as the sheet shows it; no other row in that part", async () => {
    const { summary } = await summaryOf();
    const notMet = verdicts()
      .filter(([, v]) => v === "Chưa đạt")
      .map(([id]) => id);
    const texts = summary.paragraphs.map((p) => p.text);
    const from = texts.indexOf("2. Các chỉ tiêu chưa đạt");
    const to = texts.indexOf("3. Số liệu còn thiếu");
    const part = texts.slice(from + 1, to);
    if (!notMet.length) {
      expect(part).toEqual(["Không có chỉ tiêu nào chưa đạt mục tiêu."]);
      return;
    }
    expect(part.map((t) => /^- Chỉ tiêu ([\d.]+) \(/.exec(t)![1])).toEqual(notMet);
    part.forEach((t, i) => {
      const id = notMet[i];
      const row = catalog.find((r) => r.id === id)!;
      expect(t).toContain(`(${shortTitle(row.title)})`);
      const v = wb.value(sheet(), `C${rows[id]}`);
      const shown =
        typeof v === "number"
          ? row.kind === "ratio" || row.kind === "percent"
            ? formatPercent(v)
            : formatNumber(v)
          : String(v);
      expect(t).toContain(shown);
    });
  });

  test("what is missing: the rows whose verdict is Chưa có số liệu, by number", async () => {
    const { summary } = await summaryOf();
    const missing = verdicts()
      .filter(([, v]) => v === "Chưa có số liệu")
      .map(([id]) => id);
    expect(summary.noDataRows.map((r) => r.id)).toEqual(missing);
    const line = summary.paragraphs.find((p) => /chỉ tiêu chưa có số liệu:/.test(p.text));
    if (!missing.length) expect(line).toBeUndefined();
    else {
      expect(line!.text.startsWith(`${missing.length} chỉ tiêu chưa có số liệu: `)).toBe(true);
      for (const id of missing)
        expect(line!.text).toMatch(new RegExp(`(^|[ ,;])${id.replace(".", "\\.")}([ ,.(]|$)`));
    }
  });
});

/**
 * "Chốt số liệu" and "Mở để sửa" on the Office.js adapter over the strict fake Excel: the stamp's cells, the lock and
 * the protection in one round trip, a protected sheet refusing writes as Excel does, reopen, version 2, and the
 * submission file read back by the consolidation with its stamp. The clock is injected.
 */
import JSZip from "jszip";
import {
  COL,
  CYCLE_ADDRESSES,
  readStamp,
  sheetName,
  standardRows,
  TITLE_ROWS,
  VALUES_MARK,
} from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import {
  consolidateCity,
  fillReport,
  finalizeSheet,
  generateSheet,
  reopenSheet,
} from "../../src/usecases";
import { readXlsx } from "../../src/formats";
import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel, installExcelHost } from "../support/officeMock";
import { syncsOf, unitSheet } from "../support/unitFiles";
import { INPUTS } from "../support/unitReport";

const rows = standardRows();
const A: SheetParams = {
  unit: "Phường Bến Thành",
  level: "xa",
  period: { year: 2025, part: "Q1" },
};
const AT = Date.UTC(2025, 2, 19, 3, 5, 0);

let uninstall: () => void;
beforeAll(() => (uninstall = installExcelHost()));
afterAll(() => uninstall());

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a rejection");
}

describe("Chốt số liệu over the fake Excel", () => {
  it("stamps, locks and protects in one round trip; a protected sheet refuses writes; reopen; v2", async () => {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    const ws = await unitSheet(excel, A, INPUTS);
    excel.active = ws;

    const from = ws.writes.length;
    const [out, syncs] = await syncsOf(excel, () => finalizeSheet(wb, { now: () => AT }));
    if (out.kind !== "finalized") throw new Error(out.kind);
    expect(syncs).toBe(2); // the read, then the stamp + lock + protect
    expect(ws.protected).toBe(true);
    expect(ws.content(CYCLE_ADDRESSES.stamp)).toBe(
      `CDS-STAMP/1;v=1;at=2025-03-19T10:05:00+07:00;sha256=${out.stamp.fingerprint}`
    );
    expect(ws.kind(CYCLE_ADDRESSES.stampLine)).toBe("text");
    const written = ws.writes.slice(from).map((w) => [w.address, w.path]);
    expect(written).toContainEqual([
      `A1:H${Math.max(...Object.values(rows))}`,
      "format.protection.locked",
    ]);

    // Generate and Fill are refused before anything is written
    const before = ws.writes.length;
    for (const refused of [
      await rejection(generateSheet(wb, A)),
      await rejection(fillReport(wb, { params: A })),
    ])
      expect(refused.message).toMatch(
        /đã chốt số liệu lần 1 và đang được bảo vệ: muốn sửa thì bấm "Mở để sửa"/
      );
    expect(ws.writes.length).toBe(before);
    // and Excel itself refuses a write to the protected sheet
    await expect(
      wb.writeCells(ws.name, [{ address: "C7", content: { number: 1 } }])
    ).rejects.toThrow(/bảo vệ/);

    // Mở để sửa: unprotected first, then the line and the input cells unlocked, one round trip after the read
    const [opened, reopenSyncs] = await syncsOf(excel, () => reopenSheet(wb, { params: A }));
    expect(reopenSyncs).toBe(2);
    expect(opened.stamp).toEqual(out.stamp);
    expect(ws.protected).toBe(false);
    const unlocked = ws.writes
      .filter((w) => w.path === "format.protection.locked" && w.value === false)
      .map((w) => w.address);
    expect(unlocked).toContain(`C${rows["16.1"]}:C${rows["16.2"]}`);
    expect(String(ws.content(CYCLE_ADDRESSES.stampLine))).toMatch(/^Đã mở để sửa sau lần chốt 1/);

    excel.seed(ws.name, { [`C${rows["16.1"]}`]: 7 });
    const v2 = await finalizeSheet(wb, { now: () => AT + 86_400_000 });
    if (v2.kind !== "finalized") throw new Error(v2.kind);
    expect(v2.stamp.version).toBe(2);
    expect(ws.protected).toBe(true);

    // the submission file, read back as the consolidation reads picked files: values only, the stamp in it
    const [sheet] = await readXlsx(v2.file.data, v2.file.fileName);
    expect(sheet.formulas.flat().filter((f) => typeof f === "string" && f.startsWith("="))).toEqual(
      []
    );
    // the official sheet's look: the ratio as a percentage, the yes/no drop-down, the hidden id column
    const zip = await JSZip.loadAsync(v2.file.data);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const styles = await zip.file("xl/styles.xml")!.async("string");
    expect(xml).not.toContain("<f>");
    expect(styles).toMatch(/numFmtId="10"|formatCode="0\.00%"/); // 0.00%: Excel's built-in format 10
    expect(xml).toMatch(/<dataValidation [^>]*type="list"/);
    expect(xml).toMatch(/<col [^>]*hidden="1"/);
    expect(sheet.values[TITLE_ROWS.marks - 1][COL.id]).toBe(VALUES_MARK);
    expect(readStamp(sheet.values, sheet.name)).toEqual({
      state: "stamped",
      stamp: v2.stamp,
      reopened: false,
    });
    const city = new FakeExcel();
    const consolidated = await consolidateCity(new OfficeWorkbook(city.run), {
      period: A.period,
      files: [{ name: v2.file.fileName, data: v2.file.data.slice().buffer }],
    });
    expect(consolidated.tiers.find((t) => t.level === "xa")?.units).toBe(1);
    expect(sheetName(A)).toBe(ws.name);
  });
});

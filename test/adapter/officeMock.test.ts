/**
 * The fake Excel keeps office-addin-mock's rules and Excel's: what is read must be loaded and synced, only what the
 * adapter uses exists, and a batch's writes happen at its sync or never.
 */
import { FakeExcel } from "../support/officeMock";

describe("the fake Excel", () => {
  it("reads an unloaded or unsynced property as office-addin-mock's error text", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Báo cáo", { A1: "x" });
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("Báo cáo");
      ws.load("name");
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the read before the sync is what this test checks
      expect(ws.name).toBe("Error, context.sync() was not called");
      // eslint-disable-next-line office-addins/call-sync-before-read -- the read before the sync is what this test checks
      expect(() => ws.isNullObject).toThrow("isNullObject read before context.sync()");
      await context.sync();
      expect(ws.name).toBe("Báo cáo");
      expect(ws.isNullObject).toBe(false);
      expect(ws.protection.protected).toBe("Error, property was not loaded");
    });
  });

  it("refuses what the adapter never does: reading through a write-only object, setting values", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Báo cáo");
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Báo cáo").getRange("A1");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the fake must refuse this unloaded read
      expect(() => range.values).toThrow("reading values is not modeled");
      expect(() => (range.values = [[1]])).toThrow("setting values is not modeled");
    });
  });

  it("applies a batch's writes at its sync, and drops those a batch never synced", async () => {
    const excel = new FakeExcel();
    const ws = excel.addSheet("Báo cáo");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Báo cáo").getRange("A1").formulas = [["=1+1"]];
      expect(ws.content("A1")).toBeNull();
      await context.sync();
      expect(ws.content("A1")).toBe("=1+1");
      context.workbook.worksheets.getItem("Báo cáo").getRange("A2").formulas = [["lost"]];
    });
    await excel.run(async (context) => context.sync());
    expect(ws.content("A2")).toBeNull();
    expect(excel.syncs).toBe(2);
  });
});

describe("the fake Excel's limits, as Excel on the web's", () => {
  const big = (rows: number, text: string) =>
    Array.from({ length: rows }, () => Array(8).fill(text));

  it.each([
    // 30,000 rows × 8 cells of 20 ASCII characters: 5.5 MB
    ["a response over 5 MB", 30_000, "x".repeat(20), "ResponsePayloadSizeLimitExceeded"],
    // 9,000 rows × 8 cells of a 31-character name with 8 letters outside ASCII, escaped as \uXXXX: 5.3 MB (2.4 MB
    // if counted as characters)
    [
      "Vietnamese counted escaped",
      9_000,
      "Ủy ban nhân dân phường Tân Định",
      "ResponsePayloadSizeLimitExceeded",
    ],
    ["a response of 4.6 MB", 25_000, "x".repeat(20), null],
  ] as [string, number, string, string | null][])("reading %s", async (_what, rows, text, code) => {
    const excel = new FakeExcel();
    const ws = excel.addSheet("Lớn");
    for (let r = 1; r <= rows; r++)
      for (const c of "ABCDEFGH") ws.cell(`${c}${r}`).content = { kind: "text", value: text };
    const read = excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange(`A1:H${rows}`);
      range.load("values");
      await context.sync();
      return range.values;
    });
    if (code) {
      await expect(read).rejects.toMatchObject({ code, name: "RichApi.Error" });
      expect(excel.refusals).toBe(1);
      expect(excel.syncs).toBe(0);
    } else {
      expect(await read).toHaveLength(rows);
      expect(excel.refusals).toBe(0);
    }
    expect(excel.maxResponseBytes).toBeGreaterThan(4_000_000);
  });

  it("refuses a read of more than 5,000,000 cells, however empty", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Trống", { A1: 1 });
    await expect(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange("A:E");
        range.load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  it("refuses a request over 5 MB, and writes nothing of it", async () => {
    const excel = new FakeExcel();
    const ws = excel.addSheet("Báo cáo");
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Báo cáo");
        sheet.getRange("A1").formulas = [["đầu"]];
        sheet.getRange("A1:H30000").formulas = big(30_000, "x".repeat(20));
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(ws.content("A1")).toBeNull();
    expect(excel.maxRequestBytes).toBeGreaterThan(5_000_000);
    // the next batch is answered as usual
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Báo cáo").getRange("A1").formulas = [["sau"]];
      await context.sync();
    });
    expect(ws.content("A1")).toBe("sau");
  });
});

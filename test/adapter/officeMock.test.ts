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
      expect(ws.name).toBe("Error, context.sync() was not called");
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

/**
 * Excel's 32,767 characters per cell: the fake Excel and the in-memory workbook refuse a longer text as Excel does,
 * and the add-in never sends one — a unit name that long is refused before any write, and the notes Fill joins are
 * shortened with a mark saying so.
 */
import { AUTO_NOTE_MARK, CELL_TEXT_LIMIT, standardRows } from "../../src/sheets";
import { fittedNote, NOTE_CUT_MARK } from "../../src/sheets";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { fillReport, generateSheet } from "../../src/usecases";
import { OfficeWorkbook } from "../../src/workbook/office";
import { A } from "../support/cityUnits";
import { FakeExcel, installExcelHost, TEXT_TOO_LONG } from "../support/officeMock";
import { unitSheet } from "../support/unitFiles";
import { INPUTS } from "../support/unitReport";

const rows = standardRows();

let uninstall: () => void;
beforeAll(() => (uninstall = installExcelHost()));
afterAll(() => uninstall());

describe("a text longer than a cell holds", () => {
  it("is refused by the fake Excel, as Excel refuses it, and the operations before it stay", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Trang");
    await expect(
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Trang");
        ws.getRange("A1").formulas = [["trước"]];
        ws.getRange("A2").formulas = [["x".repeat(CELL_TEXT_LIMIT + 1)]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument", message: TEXT_TOO_LONG });
    expect(excel.sheet("Trang").content("A1")).toBe("trước");
    expect(excel.sheet("Trang").content("A2")).toBeNull();
  });

  it("is never sent: both adapters refuse it before writing, with the cell named", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Trang", { A1: "cũ" });
    const memory = new MemoryWorkbook();
    memory.addSheet("Trang");
    const writes = [
      { address: "B1", content: { text: "ngắn" } },
      { address: "B2", content: { text: "Đ".repeat(CELL_TEXT_LIMIT + 1) } },
    ];
    for (const wb of [new OfficeWorkbook(excel.run), memory]) {
      await expect(wb.writeCells("Trang", writes)).rejects.toMatchObject({
        wroteNothing: true,
        message: expect.stringMatching(/Ô B2 của trang "Trang" sẽ có 32\.768 ký tự.*Chưa có gì/),
      });
    }
    expect(excel.sheet("Trang").content("B1")).toBeNull();
    expect(memory.value("Trang", "B1")).toBeNull();
    expect(excel.syncs).toBe(0);
  });

  it("as a unit name: refused before anything is read or written", async () => {
    const excel = new FakeExcel();
    const unit = `Phường ${"Bến Thành ".repeat(4000)}`;
    await expect(generateSheet(new OfficeWorkbook(excel.run), { ...A, unit })).rejects.toThrow(
      /quá giới hạn 32\.767 ký tự.*Chưa có gì được ghi\./
    );
    expect(excel.sheets).toHaveLength(0);
    expect(excel.attempts).toBe(0);
  });

  it("as a note Fill joins: the add-in's part shortened with a mark, the analyst's kept, the same again", async () => {
    const excel = new FakeExcel();
    const ws = await unitSheet(excel, A, INPUTS);
    const cell = `E${rows["23"]}`; // Fill adds a note here (a figure on a strict threshold)
    // room for ten characters of the add-in's note, and its mark
    const room = CELL_TEXT_LIMIT - `\n${AUTO_NOTE_MARK} `.length - NOTE_CUT_MARK.length - 10;
    const analyst = "Giải trình của đơn vị. ".repeat(1500).slice(0, room - 1) + ".";
    excel.seed(ws.name, { [cell]: analyst });
    excel.activate(ws.name);
    await fillReport(new OfficeWorkbook(excel.run));
    const note = String(ws.content(cell));
    expect(note.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(note.startsWith(`${analyst}\n${AUTO_NOTE_MARK} `)).toBe(true);
    expect(note.endsWith(NOTE_CUT_MARK)).toBe(true);
    const writes = ws.writes.length;
    await fillReport(new OfficeWorkbook(excel.run));
    expect(ws.content(cell)).toBe(note);
    expect(ws.writes.slice(writes).filter((w) => w.address === cell)).toEqual([]);
  });

  it("fittedNote: whole when it fits, cut at a whole character, nothing of the add-in's without room", () => {
    expect(fittedNote("của tôi", "thiếu số liệu", 100)).toBe(
      `của tôi\n${AUTO_NOTE_MARK} thiếu số liệu`
    );
    const cut = fittedNote("a", "😀".repeat(60), 80);
    expect(cut.length).toBeLessThanOrEqual(80);
    expect(cut.endsWith(NOTE_CUT_MARK)).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(fittedNote("x".repeat(78), "thiếu số liệu", 80)).toBe("x".repeat(78));
  });
});

/**
 * The city sees time and trust, on the in-memory workbook: units finalized on time, late, edited after finalizing,
 * not reported; two versions of one unit (the newer counts, the older is listed); the status sheet's columns and the
 * pane's counts per tier. Every date comes from an injected clock.
 */
import { readStatusLines, statusSheetName } from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { consolidateCity, finalizeSheet, generateSheet, reopenSheet } from "../../src/usecases";
import { timelinessCounts } from "../../src/taskpane/outcomeMessages";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { typeReport } from "./support";
import { B_INPUTS } from "../support/cityUnits";

const PERIOD = { year: 2025, part: "Q1" } as const;
const unit = (name: string): SheetParams => ({ unit: name, level: "xa", period: PERIOD });
const [BT, SG, TD, CK] = [
  "Phường Bến Thành",
  "Phường Sài Gòn",
  "Phường Tân Định",
  "Phường Bàn Cờ",
].map(unit);
/** 10:00 in Hồ Chí Minh City on a day of March 2025. */
const march = (day: number) => Date.UTC(2025, 2, day, 3, 0, 0);

async function statusValues(wb: MemoryWorkbook) {
  const name = statusSheetName(PERIOD);
  return (await wb.read({ names: [name], extent: "used" })).byName[name]!.values;
}

async function finalized(wb: MemoryWorkbook, params: SheetParams, day: number) {
  const { sheet } = await generateSheet(wb, { ...params, deadline: "20/03/2025" });
  typeReport(wb, sheet, B_INPUTS);
  const out = await finalizeSheet(wb, { params, now: () => march(day) });
  if (out.kind !== "finalized") throw new Error(`${params.unit}: ${out.kind}`);
  return { sheet, out };
}

jest.setTimeout(60_000); // several sheets written and consolidated on a busy machine

describe("the status of the cycle", () => {
  it("says on time, late, edited after finalizing and not reported, and counts them per tier", async () => {
    const wb = new MemoryWorkbook();
    await finalized(wb, BT, 19);
    await finalized(wb, SG, 20); // on the deadline day: on time
    await finalized(wb, TD, 23); // three days late
    const edited = await finalized(wb, CK, 18);
    await reopenSheet(wb, { params: CK });
    wb.type(edited.sheet, "C7", "4"); // edited after finalizing, not finalized again

    const out = await consolidateCity(wb, {
      period: PERIOD,
      deadline: "20/03/2025",
      now: () => march(25),
    });
    const values = await statusValues(wb);
    const lines = readStatusLines(values);
    const line = (name: string) => lines.find((l) => l.name === name)!;
    expect(line("Phường Bến Thành")).toMatchObject({
      version: "1",
      finalizedAt: "10:00 ngày 19/03/2025 (UTC+07:00)",
      deadline: "20/03/2025",
      timeliness: "Đúng hạn",
      trust: "",
    });
    expect(line("Phường Sài Gòn").timeliness).toBe("Đúng hạn");
    expect(line("Phường Tân Định").timeliness).toBe("Trễ hạn 3 ngày");
    expect(line("Phường Bàn Cờ")).toMatchObject({
      timeliness: "Đúng hạn",
      trust: "Số liệu đã sửa sau khi chốt",
    });
    const missing = lines.filter((l) => l.state === "Chưa nộp");
    expect(missing.length).toBe(164);
    expect(new Set(missing.map((l) => l.timeliness))).toEqual(new Set(["Quá hạn 5 ngày"]));
    expect(String(values[1][0])).toMatch(
      /Hạn nộp: 20\/03\/2025\. Phường, xã, đặc khu: 3 đúng hạn, 1 trễ hạn, 0 chưa chốt, 164 chưa nộp \(1 đã sửa số liệu sau khi chốt\)\. Cảnh báo: 1 báo cáo có số liệu đã sửa sau khi chốt \(cột M\)\./
    );
    const xa = out.status.tiers.find((t) => t.level === "xa")!;
    expect(xa.timeliness).toEqual({
      onTime: 3,
      late: 1,
      notFinalized: 0,
      notReported: 164,
      changed: 1,
    });
    expect(timelinessCounts(out.status.tiers)).toBe(
      "Hạn nộp — Phường, xã, đặc khu: 3 đúng hạn, 1 trễ hạn, 0 chưa chốt, 164 chưa nộp. Cảnh báo: 1 báo cáo có số liệu đã sửa sau khi chốt (xem cột “Dấu chốt”): hãy yêu cầu đơn vị chốt lại."
    );
    // the deadline, typed once for the period, is on the city sheet: a later consolidation finds it there
    expect(wb.value(out.city, "D5")).toBe("Hạn nộp: 20/03/2025");
    const again = await consolidateCity(wb, { period: PERIOD, now: () => march(25) });
    expect(again.status.tiers.find((t) => t.level === "xa")!.timeliness!.late).toBe(1);
    await consolidateCity(wb, { period: PERIOD, deadline: "21/03/2025", now: () => march(25) });
    expect(wb.value(out.city, "D5")).toBe("Hạn nộp: 21/03/2025");
    await consolidateCity(wb, { period: PERIOD, now: () => march(25) });
    expect(
      readStatusLines(await statusValues(wb)).find((l) => l.name === "Phường Tân Định")!.timeliness
    ).toBe("Trễ hạn 2 ngày");
  });

  it("counts the newer of two versions of a unit and lists the older", async () => {
    const wb = new MemoryWorkbook();
    const first = await finalized(wb, BT, 19);
    await reopenSheet(wb, { params: BT });
    wb.type(first.sheet, "C7", "4");
    const second = await finalizeSheet(wb, { params: BT, now: () => march(21) });
    if (second.kind !== "finalized") throw new Error(second.kind);
    const file = { name: first.out.file.fileName, data: first.out.file.data.slice().buffer };
    const out = await consolidateCity(wb, {
      period: PERIOD,
      files: [file],
      deadline: "20/03/2025",
      now: () => march(25),
    });
    expect(out.skipped.map((s) => s.reason)).toContainEqual(
      `trùng đơn vị "Phường Bến Thành" với "${first.sheet}": tính bản chốt lần 2, bỏ qua bản chốt lần 1`
    );
    const line = readStatusLines(await statusValues(wb)).find(
      (l) => l.name === "Phường Bến Thành"
    )!;
    expect(line).toMatchObject({ version: "2", timeliness: "Trễ hạn 1 ngày", trust: "" });
  });

  it("never takes a stamp it cannot read as on time: it says which cell", async () => {
    const wb = new MemoryWorkbook();
    const { sheet } = await finalized(wb, BT, 19);
    wb.protect(sheet, false);
    wb.paste(sheet, "H6", "CDS-STAMP/1;v=1;at=hôm qua;sha256=00");
    await consolidateCity(wb, { period: PERIOD, deadline: "20/03/2025", now: () => march(25) });
    const line = readStatusLines(await statusValues(wb)).find(
      (l) => l.name === "Phường Bến Thành"
    )!;
    expect(line.timeliness).toBe("Quá hạn 5 ngày");
    expect(line.trust).toMatch(/dấu chốt ở ô H6 không đọc được/);
  });
});

import {
  localDateOf,
  localStamp,
  parseDate,
  readInstant,
  reportingDates,
  shownInstant,
  timeliness,
  timelinessText,
} from "../../src/core";
import { PERIOD_PARTS } from "../../src/core";

describe("the data window of Nghị định 09/2019", () => {
  it.each([
    ["Q1", "2024-12-15", "2025-03-14"],
    ["Q2", "2025-03-15", "2025-06-14"],
    ["Q3", "2025-06-15", "2025-09-14"],
    ["Q4", "2025-09-15", "2025-12-14"],
    ["H1", "2024-12-15", "2025-06-14"],
    ["Y", "2024-12-15", "2025-12-14"],
  ] as const)("%s 2025 runs from %s to %s", (part, from, to) => {
    expect(reportingDates({ year: 2025, part })).toEqual({ from, to, deadline: null });
  });

  it("has a window for every part of the year the sheets know", () => {
    for (const { part } of PERIOD_PARTS) {
      const d = reportingDates({ year: 2030, part });
      expect(d.to > d.from).toBe(true);
      expect(d.from.endsWith("-15") && d.to.endsWith("-14")).toBe(true);
    }
  });

  it("runs a month from the 15th of the month before, across the year's end", () => {
    expect(reportingDates({ year: 2026, month: 1 })).toMatchObject({
      from: "2025-12-15",
      to: "2026-01-14",
    });
    expect(reportingDates({ year: 2026, month: 12 })).toMatchObject({
      from: "2026-11-15",
      to: "2026-12-14",
    });
    expect(() => reportingDates({ year: 2026, month: 13 })).toThrow(/Tháng "13"/);
  });

  it("takes a deadline typed as the analyst types it, after the cut-off only", () => {
    expect(reportingDates({ year: 2025, part: "Q1" }, "20/3/2025").deadline).toBe("2025-03-20");
    expect(reportingDates({ year: 2025, part: "Q1" }, "2025-03-15").deadline).toBe("2025-03-15");
    expect(() => reportingDates({ year: 2025, part: "Q1" }, "14/03/2025")).toThrow(
      "Hạn nộp 14/03/2025 phải sau ngày chốt số liệu 14/03/2025 của kỳ báo cáo."
    );
    expect(() => parseDate("30/02/2025")).toThrow(/Ngày "30\/02\/2025" không hợp lệ/);
    expect(() => parseDate("ngày mai")).toThrow(/không hợp lệ/);
    expect(parseDate("  ")).toBeNull();
    expect(parseDate("29/02/2024")).toBe("2024-02-29");
  });
});

describe("local dates, by the offset", () => {
  it("reads a stamp with any offset as the same instant", () => {
    const hcm = readInstant("2025-04-20T23:30:00+07:00")!;
    const utc = readInstant("2025-04-20T16:30:00Z")!;
    const paris = readInstant("2025-04-20T18:30:00+02:00")!;
    const ny = readInstant("2025-04-20T12:30:00.000-04:00")!;
    expect(new Set([hcm.epochMs, utc.epochMs, paris.epochMs, ny.epochMs]).size).toBe(1);
    expect(hcm.localDate).toBe("2025-04-20");
    // 17:30 UTC is already the next day in Hồ Chí Minh City
    expect(readInstant("2025-04-20T17:30:00Z")!.localDate).toBe("2025-04-21");
    expect(readInstant("2025-12-31T17:00:00Z")!.localDate).toBe("2026-01-01");
  });

  it("refuses a time without its offset and impossible ones", () => {
    for (const bad of [
      "2025-04-20T09:15:00",
      "20/04/2025 09:15",
      "2025-02-30T09:15:00+07:00",
      "2025-04-20T24:00:00+07:00",
      "",
    ])
      expect(readInstant(bad)).toBeNull();
  });

  it("writes the analyst's local time with its offset, whatever the machine's zone", () => {
    const ms = Date.UTC(2025, 11, 31, 18, 5, 9, 700);
    expect(localStamp(ms)).toBe("2026-01-01T01:05:09+07:00");
    expect(localDateOf(ms)).toBe("2026-01-01");
    expect(readInstant(localStamp(ms))!.epochMs).toBe(Date.UTC(2025, 11, 31, 18, 5, 9));
    expect(shownInstant(ms)).toBe("01:05 ngày 01/01/2026 (UTC+07:00)");
  });
});

describe("on time or late", () => {
  const deadline = "2025-03-20";
  it.each([
    ["2025-03-19T10:00:00+07:00", "onTime", "Đúng hạn"],
    ["2025-03-20T23:59:59+07:00", "onTime", "Đúng hạn"],
    ["2025-03-20T16:59:59Z", "onTime", "Đúng hạn"],
    ["2025-03-20T17:00:00Z", "late", "Trễ hạn 1 ngày"],
    ["2025-03-21T00:00:00+07:00", "late", "Trễ hạn 1 ngày"],
    ["2025-03-23T08:00:00+07:00", "late", "Trễ hạn 3 ngày"],
  ])("finalized at %s: %s", (at, state, words) => {
    const t = timeliness(at, deadline, "2025-04-01");
    expect(t.state).toBe(state);
    expect(timelinessText(t)).toBe(words);
  });

  it("counts a report not finalized as overdue from the day after the deadline", () => {
    expect(timelinessText(timeliness(null, deadline, "2025-03-19"))).toBe("Chưa chốt");
    expect(timelinessText(timeliness(null, deadline, "2025-03-20"))).toBe("Chưa chốt");
    expect(timelinessText(timeliness(null, deadline, "2025-03-21"))).toBe("Quá hạn 1 ngày");
    expect(timelinessText(timeliness(null, deadline, "2025-04-02"))).toBe("Quá hạn 13 ngày");
  });

  it("counts days across a year's end", () => {
    expect(timeliness("2026-01-02T08:00:00+07:00", "2025-12-30", "2026-01-05")).toEqual({
      state: "late",
      days: 3,
    });
    expect(timeliness(null, "2025-12-30", "2026-01-01")).toEqual({ state: "overdue", days: 2 });
    expect(timeliness("2024-12-31T17:30:00Z", "2024-12-31", "2025-01-02")).toEqual({
      state: "late",
      days: 1,
    });
  });

  it("without a deadline, a finalized report is only finalized", () => {
    expect(timelinessText(timeliness("2025-03-23T08:00:00+07:00", null, "2026-01-01"))).toBe(
      "Đã chốt (chưa đặt hạn)"
    );
    expect(timeliness(null, null, "2026-01-01")).toEqual({ state: "notFinalized" });
  });

  it("never takes an unreadable stamp as on time", () => {
    expect(() => timeliness("20/03/2025 10:00", deadline, "2025-04-01")).toThrow(
      /Thời điểm chốt "20\/03\/2025 10:00" không đọc được/
    );
    expect(() => timeliness("2025-03-19T10:00:00", deadline, "2025-04-01")).toThrow(
      /không đọc được/
    );
  });
});

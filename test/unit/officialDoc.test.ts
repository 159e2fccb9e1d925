import {
  EMPTY_SETTINGS,
  documentNumber,
  kinhGui,
  noiNhan,
  numberLine,
  placeDateLine,
  readSettings,
  recipientList,
  shortDate,
  signature,
} from "../../src/documents";
import { reminderBody, statusSummary } from "../../src/documents";
import { readStatusEntries, STATUS_HEADERS } from "../../src/sheets";

const NB = "\u00a0";

describe("the header's words (docs/domain.md#official-documents)", () => {
  test.each([
    ["2026-02-05", "Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026"],
    ["2026-01-31", "Thành phố Hồ Chí Minh, ngày 31 tháng 01 năm 2026"],
    ["2026-03-09", "Thành phố Hồ Chí Minh, ngày 09 tháng 3 năm 2026"],
    ["2025-12-10", "Thành phố Hồ Chí Minh, ngày 10 tháng 12 năm 2025"],
    ["", `Thành phố Hồ Chí Minh, ngày${NB.repeat(4)} tháng${NB.repeat(4)} năm 20…`],
    ["2026-02-30", `Thành phố Hồ Chí Minh, ngày${NB.repeat(4)} tháng${NB.repeat(4)} năm 20…`],
  ])("the date %j: days below 10 and months 1, 2 with a leading 0 → %s", (date, line) => {
    expect(placeDateLine({ ...EMPTY_SETTINGS, place: "Thành phố Hồ Chí Minh", date })).toBe(line);
  });

  test.each([
    [{ number: "5", reportSymbol: "bc-ubnd" }, "report", "Số: 05/BC-UBND"],
    [{ number: "15", reportSymbol: "BC - UBND" }, "report", "Số: 15/BC-UBND"],
    [{ number: "", reportSymbol: "BC-UBND" }, "report", `Số: ${NB.repeat(6)}/BC-UBND`],
    [{}, "report", `Số: ${NB.repeat(6)}/BC-…`],
    [{ number: "7", letterSymbol: "ubnd-vp" }, "letter", "Số: 07/UBND-VP"],
    [{}, "letter", `Số: ${NB.repeat(6)}/…-…`],
  ] as const)("the number %j of a %s → %s", (fields, kind, line) => {
    expect(numberLine({ ...EMPTY_SETTINGS, ...fields }, kind)).toBe(line);
  });

  test("numbers: below 10 with a leading 0; others as typed", () => {
    expect(["0", "9", "10", " 3 ", "12a"].map(documentNumber)).toEqual([
      "00",
      "09",
      "10",
      "03",
      "12a",
    ]);
    expect(shortDate({ ...EMPTY_SETTINGS, date: "2026-02-05" })).toBe("05/02/2026");
    expect(shortDate(EMPTY_SETTINGS)).not.toMatch(/undefined|NaN/);
  });

  test("Kính gửi: one recipient on its line; several one a line, - first, ; after each, . after the last", () => {
    expect(kinhGui([])).toEqual({ first: "Kính gửi: ………………………………", lines: [] });
    expect(kinhGui(["Ủy ban nhân dân Thành phố"])).toEqual({
      first: "Kính gửi: Ủy ban nhân dân Thành phố.",
      lines: [],
    });
    const typed = recipientList({ ...EMPTY_SETTINGS, recipients: " - A; \n\nB.\r\n• C" });
    expect(typed).toEqual(["A", "B", "C"]);
    expect(kinhGui(typed).lines).toEqual(["- A;", "- B;", "- C."]);
  });

  test("Nơi nhận and the signature: capitals where the decree writes them, the name as typed", () => {
    expect(noiNhan({ ...EMPTY_SETTINGS, drafter: "cđs" })).toEqual([
      "- Như trên;",
      "- Lưu: VT, CĐS.",
    ]);
    expect(noiNhan(EMPTY_SETTINGS)).toEqual(["- Như trên;", "- Lưu: VT, …."]);
    expect(
      signature({
        ...EMPTY_SETTINGS,
        authority: "tm. ủy ban nhân dân",
        signerTitle: "chủ tịch",
        signerName: " Lê  Văn   B ",
      })
    ).toEqual({ authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Lê Văn B" });
    expect(signature(EMPTY_SETTINGS).title).toBe("……………");
  });

  test("stored settings: strings kept (cut at 1,000 characters), anything else blank", () => {
    expect(readSettings(null)).toEqual(EMPTY_SETTINGS);
    const read = readSettings({
      agency: "x".repeat(5000),
      number: 12,
      place: ["a"],
      date: "05/02/2026",
    });
    expect(read.agency).toHaveLength(1000);
    expect([read.number, read.place, read.date]).toEqual(["", "", ""]);
  });
});

describe("the status sheet read back, and the reminder's units", () => {
  const head = (headers: readonly string[]) => [["TÌNH HÌNH"], [""], [""], [...headers]];
  test("every column is found by its header, also with a column added before it", () => {
    const headers = [...STATUS_HEADERS.slice(0, 3), "Hạn nộp", ...STATUS_HEADERS.slice(3)];
    const values = [
      ...head(headers),
      [1, "26740", "Phường Tân Định", "15/10/2025", "Phường, xã, đặc khu", "Chưa nộp", "", "", ""],
      [2, "SYT", "Sở Y tế", "15/10/2025", "Sở, ban, ngành", "Nộp thiếu", "20/38", "s", ""],
      [
        3,
        "26734",
        "Phường Bến Thành",
        "15/10/2025",
        "Phường, xã, đặc khu",
        "Đã nộp",
        "38/38",
        "s",
        "",
      ],
      [4, "", "Phường Lạ", "", "Phường, xã, đặc khu", "Không có trong danh sách", "3/38", "s", ""],
    ];
    const entries = readStatusEntries(values);
    expect(entries.map((e) => [e.name, e.level, e.state, e.filled])).toEqual([
      ["Phường Tân Định", "xa", "notSubmitted", ""],
      ["Sở Y tế", "so", "incomplete", "20/38"],
      ["Phường Bến Thành", "xa", "submitted", "38/38"],
      ["Phường Lạ", "xa", "unknown", "3/38"],
    ]);
  });

  test("counts per tier and the units to remind: not reported, incomplete; off the roster is neither", () => {
    const values = [
      ...head(STATUS_HEADERS),
      [1, "26740", "Phường Tân Định", "Phường, xã, đặc khu", "Chưa nộp", "", "", ""],
      [2, "SYT", "Sở Y tế", "Sở, ban, ngành", "Nộp thiếu", "20/38", "s", ""],
      [3, "26734", "Phường Bến Thành", "Phường, xã, đặc khu", "Đã nộp", "38/38", "s", ""],
      [4, "", "Phường Lạ", "Phường, xã, đặc khu", "Không có trong danh sách", "3/38", "s", ""],
    ];
    const entries = readStatusEntries(values);
    expect(statusSummary(entries)).toMatchObject({ submitted: 2, expected: 3 });
    const body = reminderBody(entries, { year: 2025, part: "Q3" });
    expect(body.count).toBe(2);
    expect(body.tiers.map((t) => [t.level, t.units.map((u) => [u.name, u.incomplete])])).toEqual([
      ["xa", [["Phường Tân Định", false]]],
      ["so", [["Sở Y tế", true]]],
    ]);
    expect(body.subject).toBe(
      "V/v đôn đốc gửi báo cáo các chỉ tiêu chuyển đổi số quý III năm 2025"
    );
  });

  test("the letter asks for the period's deadline while it is ahead; once passed, it says so and leaves the date blank", () => {
    const line = (deadline: string, timeliness: string) => [
      1,
      "26740",
      "Phường Tân Định",
      "Phường, xã, đặc khu",
      "Chưa nộp",
      "",
      "",
      "",
      "",
      "",
      deadline,
      timeliness,
      "",
    ];
    const ask = (values: unknown[][]) =>
      reminderBody(readStatusEntries(values as never), { year: 2025, part: "Q3" })
        .paragraphs.map((p) => p.text)
        .find((t) => t.includes("Đề nghị các đơn vị nêu trên"))!;
    const ahead = ask([...head(STATUS_HEADERS), line("20/10/2025", "")]);
    expect(ahead).toContain("trước ngày 20/10/2025 (hạn nộp của kỳ);");
    expect(ahead).not.toContain("quá hạn");
    const passed = ask([...head(STATUS_HEADERS), line("20/10/2025", "Quá hạn 3 ngày")]);
    expect(passed).toMatch(/^Hạn nộp báo cáo của kỳ là ngày 20\/10\/2025, đã quá hạn\. Đề nghị/);
    expect(passed).toContain("trước ngày ……………;");
    // no deadline set, and a status sheet of before the reporting cycle (no such columns): a blank to write in
    expect(ask([...head(STATUS_HEADERS), line("chưa đặt hạn", "Chưa chốt")])).toContain(
      "trước ngày ……………;"
    );
    expect(
      ask([...head(STATUS_HEADERS.slice(0, 8)), line("20/10/2025", "").slice(0, 8)])
    ).toContain("trước ngày ……………;");
  });
});

import { officialUnits } from "../../src/core";
import {
  buildRosterSheet,
  isRosterSheet,
  officialRoster,
  readRosterSheet,
  ROSTER_HEADER_ROW,
  RETIRED,
  type CellContent,
  type SheetSnapshot,
  type SheetSpec,
} from "../../src/sheets";
import { type CellValue } from "../../src/core";

/** A written spec as a workbook reads it back, with rows typed by the city appended. */
function snapshotOf(spec: SheetSpec, added: CellValue[][] = []): SheetSnapshot {
  const value = (c: CellContent): CellValue =>
    "text" in c ? c.text : "number" in c ? c.number : "bool" in c ? c.bool : null;
  const values = [...spec.cells.map((line) => line.map(value)), ...added];
  return { name: spec.name, protected: false, values, formulas: values };
}

describe("the roster sheet", () => {
  test("starts with the 168 official units, level xa, all reporting, and reads back as written", () => {
    const spec = buildRosterSheet();
    expect(spec.cells).toHaveLength(ROSTER_HEADER_ROW + 168);
    expect(
      spec.cells[ROSTER_HEADER_ROW - 1].slice(0, 5).map((c) => ("text" in c ? c.text : ""))
    ).toEqual(["Mã", "Tên đơn vị", "Loại", "Cấp", "Tình trạng"]);
    const snapshot = snapshotOf(spec);
    expect(isRosterSheet(snapshot)).toBe(true);
    const read = readRosterSheet(snapshot);
    expect(read.problems).toEqual([]);
    expect(read.entries).toEqual(officialRoster());
    expect(read.entries.map((e) => e.code)).toEqual(officialUnits.map((u) => u.code));
    // codes are written as text: a code chosen by the city keeps its leading zeros
    expect(spec.styles[0]).toEqual({
      range: `A1:F${ROSTER_HEADER_ROW + 168}`,
      style: { numberFormat: "@", vAlign: "Top" },
    });
  });

  test("the city adds its sở, retires a unit; a line without a code, a name or a level, or a code used twice is reported with its cell", () => {
    const spec = buildRosterSheet();
    const first = ROSTER_HEADER_ROW + 169;
    const read = readRosterSheet(
      snapshotOf(spec, [
        ["SKHCN", "Sở Khoa học và Công nghệ", "sở", "Sở, ban, ngành", "Đang báo cáo", null],
        ["STC", "Sở Tài chính", "sở", "so", "", null],
        [null, null, null, null, null, null],
        ["", "Sở Nội vụ", "sở", "Sở, ban, ngành", "", null],
        ["SXD", "", "", "Sở, ban, ngành", "", null],
        ["skhcn", "Sở Khoa học và Công nghệ (trùng)", "sở", "Sở, ban, ngành", "", null],
        ["SYT", "Sở Y tế", "sở", "", "", null],
        ["SGD", "Sở Giáo dục và Đào tạo", "sở", "Toàn thành phố", "", null],
        ["99999", "Phường Cũ", "phường", "Phường, xã, đặc khu", RETIRED, null],
      ])
    );
    expect(read.entries.slice(168)).toEqual([
      { code: "SKHCN", name: "Sở Khoa học và Công nghệ", kind: "sở", level: "so", active: true },
      { code: "STC", name: "Sở Tài chính", kind: "sở", level: "so", active: true },
      { code: "99999", name: "Phường Cũ", kind: "phường", level: "xa", active: false },
    ]);
    expect(read.problems).toEqual([
      { address: `A${first + 3}`, message: `Dòng ${first + 3}: thiếu mã đơn vị của "Sở Nội vụ".` },
      { address: `B${first + 4}`, message: `Dòng ${first + 4}: thiếu tên của đơn vị mã SXD.` },
      { address: `A${first + 5}`, message: `Dòng ${first + 5}: mã skhcn trùng với dòng ${first}.` },
      {
        address: `D${first + 6}`,
        message: `Dòng ${first + 6}: cấp "" của Sở Y tế không hợp lệ: chọn "Phường, xã, đặc khu" hoặc "Sở, ban, ngành".`,
      },
      {
        address: `D${first + 7}`,
        message: `Dòng ${first + 7}: cấp "Toàn thành phố" của Sở Giáo dục và Đào tạo không hợp lệ: chọn "Phường, xã, đặc khu" hoặc "Sở, ban, ngành".`,
      },
    ]);
  });

  test("a sheet that is not the roster is refused", () => {
    expect(() =>
      readRosterSheet({ name: "Trang tính1", protected: false, values: [["x"]], formulas: [["x"]] })
    ).toThrow('Trang "Trang tính1" không phải danh sách đơn vị do CĐS Excel tạo.');
  });
});

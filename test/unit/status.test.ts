import {
  catalog,
  consolidate,
  officialUnits,
  REPORTED_ROWS,
  RECEIPT_WORDS,
  tierCounts,
  type Inputs,
  type RosterEntry,
  type UnitReport,
} from "../../src/core";
import { buildStatusSheet, officialRoster, readStatusSheet } from "../../src/sheets";

/** Every row a unit fills, filled: counts 10 (so that no ratio has its numerator over its denominator), answers "Có". */
function full(except: readonly string[] = []): Inputs {
  const inputs: Record<string, number | string> = {};
  for (const id of REPORTED_ROWS) {
    if (except.includes(id)) continue;
    inputs[id] = catalog.find((r) => r.id === id)!.kind === "yesno" ? "Có" : 10;
  }
  return inputs;
}

const code = (name: string) => officialUnits.find((u) => u.name === name)!.code;

const SO: RosterEntry[] = [
  { code: "SYT", name: "Sở Y tế", kind: "sở", level: "so", active: true },
  { code: "SKHCN", name: "Sở Khoa học và Công nghệ", kind: "sở", level: "so", active: true },
  {
    code: "BQLKCNC",
    name: "Ban Quản lý Khu Công nghệ cao",
    kind: "ban",
    level: "so",
    active: false,
  },
];
const ROSTER: RosterEntry[] = [...officialRoster(), ...SO];

const report = (
  unit: string,
  level: UnitReport["level"],
  inputs: Inputs,
  extra: Partial<UnitReport> = {}
): UnitReport => ({
  unit,
  level,
  inputs,
  ...extra,
});

describe("the roster as shipped", () => {
  test("168 communes, level xa, all reporting, codes unique", () => {
    const roster = officialRoster();
    expect(roster).toHaveLength(168);
    expect(new Set(roster.map((e) => e.code)).size).toBe(168);
    expect(roster.every((e) => e.level === "xa" && e.active)).toBe(true);
  });

  test("REPORTED_ROWS: the counts and answers a unit types, not ratios, 18.2 (= 17.2), 22.1 (counted from 22), percentages or the rank", () => {
    expect(REPORTED_ROWS).toContain("16.1");
    expect(REPORTED_ROWS).toContain("2");
    for (const id of ["16", "18.2", "22.1", "1", "15", "14.1"])
      expect(REPORTED_ROWS).not.toContain(id);
  });
});

describe("consolidate(units, { roster }): who has reported", () => {
  const benThanh = code("Phường Bến Thành");
  const saiGon = code("Phường Sài Gòn");
  const reports: UnitReport[] = [
    // by code, complete
    report("Phường Bến Thành", "xa", full(), { code: benThanh, source: "CĐS 2025-Q3 Bến Thành" }),
    // the same commune again, typed otherwise and without a code: one unit, counted once
    report("UBND P. Bến Thành", "xa", full(), { source: "ben-thanh-ban-sua.xlsx: Bến Thành" }),
    // by name only, two rows short
    report("phuong sai gon", "xa", full(["16.1", "2"]), { source: "CĐS 2025-Q3 Sài Gòn" }),
    // a commune that does not exist: counted, listed as off the roster
    report("Phường Không Có Thật", "xa", full(), { source: "CĐS 2025-Q3 Không Có Thật" }),
    // a sở by its code, under a spelling the roster does not use
    report("Sở Y tế TP.HCM", "so", full(), { code: "syt", source: "CĐS 2025-Q3 Sở Y tế" }),
    // a commune whose sheet says "sở": matched, the difference said
    report("Xã Bình Hưng", "so", full(["23.1"]), { code: code("Xã Bình Hưng") }),
  ];
  const c = consolidate(reports, { roster: ROSTER });
  const status = c.status!;

  test("submitted, not submitted, unknown, duplicates and incomplete", () => {
    expect(status.submitted.map((l) => l.name).sort()).toEqual([
      "Phường Bến Thành",
      "Phường Sài Gòn",
      "Sở Y tế",
      "Xã Bình Hưng",
    ]);
    expect(status.notSubmitted).toHaveLength(168 - 3 + 1); // every other commune, and Sở KH&CN; the retired ban is not chased
    expect(status.notSubmitted.map((l) => l.name)).toContain("Sở Khoa học và Công nghệ");
    expect(status.notSubmitted.map((l) => l.name)).not.toContain("Ban Quản lý Khu Công nghệ cao");
    expect(status.unknown.map((l) => [l.name, l.state])).toEqual([
      ["Phường Không Có Thật", "unknown"],
    ]);
    expect(status.duplicates).toHaveLength(1);
    expect(status.duplicates[0].entry.code).toBe(benThanh);
    expect(status.duplicates[0].extra.map((r) => r.unit)).toEqual(["UBND P. Bến Thành"]);
    expect(status.incomplete.map((l) => [l.name, l.filled])).toEqual([
      ["Phường Sài Gòn", REPORTED_ROWS.length - 2],
      ["Xã Bình Hưng", REPORTED_ROWS.length - 1],
    ]);
    expect(status.submitted.find((l) => l.name === "Xã Bình Hưng")!.note).toContain(
      "Báo cáo ghi cấp sở, ban, ngành, danh sách ghi cấp phường, xã, đặc khu."
    );
  });

  test("the counts per tier, as the pane shows them", () => {
    expect(status.tiers.map((t) => [t.level, t.submitted, t.expected])).toEqual([
      ["xa", 3, 168],
      ["so", 1, 2],
    ]);
    expect(tierCounts(status)).toBe(
      "Phường, xã, đặc khu: đã nộp 3/168; Sở, ban, ngành: đã nộp 1/2"
    );
  });

  test("the duplicate is left out of every sum and said; the unknown unit is counted", () => {
    expect(c.units).toBe(5);
    expect(c.results["16.2"].value).toBe(50); // 5 units × 10, not 6
    expect(c.duplicates.map((d) => d.unit)).toEqual(["UBND P. Bến Thành"]);
    expect(c.duplicates[0].message).toContain(`mã ${benThanh}`);
    expect(status.submitted.find((l) => l.code === benThanh)!.note).toContain(
      'bỏ qua "ben-thanh-ban-sua.xlsx: Bến Thành"'
    );
  });

  test("the city's notes count coverage against the roster, not only the units present", () => {
    // 16.1: 4 of the 5 counted units reported it; 166 roster units have not reported at all
    expect(c.results["16.1"].note).toContain("Tổng hợp từ 4/171 đơn vị.");
    expect(c.results["16.1"].note).toContain("166 đơn vị trong danh sách chưa nộp báo cáo.");
    // a row every counted unit reported still says that the roster is not covered
    expect(c.results["17.1"].note).toContain("Tổng hợp từ 5/171 đơn vị.");
  });

  test("the units to chase come first: not submitted, then incomplete (fewest rows first), off the roster, submitted, retired", () => {
    const states = status.lines.map((l) => l.state);
    const firstOf = (s: string) => states.indexOf(s as never);
    expect(firstOf("notSubmitted")).toBe(0);
    expect(states.lastIndexOf("notSubmitted")).toBeLessThan(firstOf("incomplete"));
    expect(status.lines[firstOf("incomplete")].name).toBe("Phường Sài Gòn");
    expect(states.lastIndexOf("incomplete")).toBeLessThan(firstOf("unknown"));
    expect(firstOf("unknown")).toBeLessThan(firstOf("submitted"));
    expect(states[states.length - 1]).toBe("retired");
    // among those not submitted, the sở first (one list to chase per tier)
    expect(status.lines[0].name).toBe("Sở Khoa học và Công nghệ");
  });

  test("the status sheet: one line per roster unit and per report off the roster, its filter and its summary", () => {
    const sheet = buildStatusSheet(status, { year: 2025, part: "Q3" });
    expect(sheet.name).toBe("CĐS 2025-Q3 Tình hình nộp");
    const values = sheet.cells.map((line) =>
      line.map((x) => ("text" in x ? x.text : "number" in x ? x.number : null))
    );
    const lines = readStatusSheet(values);
    expect(lines).toHaveLength(ROSTER.length + 1);
    expect(lines[0]).toEqual({
      code: "SKHCN",
      name: "Sở Khoa học và Công nghệ",
      state: RECEIPT_WORDS.notSubmitted,
      filled: "",
    });
    expect(lines.find((l) => l.name === "Phường Sài Gòn")).toEqual({
      code: saiGon,
      name: "Phường Sài Gòn",
      state: "Nộp thiếu",
      filled: `${REPORTED_ROWS.length - 2}/${REPORTED_ROWS.length}`,
    });
    expect(sheet.autoFilter).toBe(`A4:M${4 + lines.length}`);
    expect(values[1][0]).toContain(
      "Phường, xã, đặc khu: đã nộp 3/168; Sở, ban, ngành: đã nộp 1/2."
    );
    // codes are text: "26734" must not become a number, nor lose a leading zero
    expect(
      sheet.styles.some((s) => s.range.startsWith("B1:") && s.style.numberFormat === "@")
    ).toBe(true);
  });
});

describe("matching reports to the roster", () => {
  test("an ambiguous name is never a guess: two entries of one core name and no kind word → off the roster", () => {
    const roster: RosterEntry[] = [
      { code: "1", name: "Phường Tân Hòa", kind: "phường", level: "xa", active: true },
      { code: "2", name: "Xã Tân Hòa", kind: "xã", level: "xa", active: true },
    ];
    const c = consolidate([report("Tân Hòa", "xa", full()), report("Xã Tân Hòa", "xa", full())], {
      roster,
    });
    expect(c.status!.unknown.map((l) => l.name)).toEqual(["Tân Hòa"]);
    expect(c.status!.submitted.map((l) => l.code)).toEqual(["2"]);
  });

  test("a code wins over the name; a code not on the roster falls back to the name", () => {
    const c = consolidate(
      [
        report("Phường Sài Gòn", "xa", full(), { code: code("Phường Bến Thành") }),
        report("Phường Tân Định", "xa", full(), { code: "99999" }),
      ],
      { roster: officialRoster() }
    );
    expect(c.status!.submitted.map((l) => l.name).sort()).toEqual([
      "Phường Bến Thành",
      "Phường Tân Định",
    ]);
  });

  test("the official list covers communes only: a sở is counted, neither matched nor off the roster", () => {
    const c = consolidate(
      [report("Sở Y tế", "so", full()), report("Phường Bến Thành", "xa", full())],
      {
        roster: officialRoster(),
        rosterLevels: ["xa"],
      }
    );
    expect(c.units).toBe(2);
    expect(c.status!.unknown).toEqual([]);
    expect(c.status!.tiers.map((t) => [t.level, t.submitted, t.expected])).toEqual([
      ["xa", 1, 168],
    ]);
  });

  test("without a roster there is no status and the notes count the units present", () => {
    const c = consolidate([
      report("Phường Bến Thành", "xa", full(["16.1"])),
      report("Phường Sài Gòn", "xa", full()),
    ]);
    expect(c.status).toBeNull();
    expect(c.results["16.1"].note).toContain("Tổng hợp từ 1/2 đơn vị.");
  });
});

describe("the review's state in the status", () => {
  test("each reviewed unit's note says its state; an approved unit waiting on a newer version is counted per tier", () => {
    const reports: UnitReport[] = [
      report("Phường Bến Thành", "xa", full(), {
        code: code("Phường Bến Thành"),
        review: { words: "Cần duyệt lại: đã duyệt lần chốt 1.", reapprove: true },
      }),
      report("Phường Sài Gòn", "xa", full(), {
        code: code("Phường Sài Gòn"),
        review: { words: "Cần giải trình", reapprove: false },
      }),
      report("Phường Không Có Thật", "xa", full(), {
        review: { words: "Đã duyệt (lần chốt 2)", reapprove: false },
      }),
      report("Sở Y tế", "so", full(), { code: "SYT" }),
    ];
    const status = consolidate(reports, { roster: ROSTER }).status!;
    const note = (name: string) => status.lines.find((l) => l.name === name)!.note;
    expect(note("Phường Bến Thành")).toBe("Rà soát: Cần duyệt lại: đã duyệt lần chốt 1.");
    expect(note("Phường Sài Gòn")).toBe("Rà soát: Cần giải trình.");
    expect(note("Phường Không Có Thật")).toMatch(/ Rà soát: Đã duyệt \(lần chốt 2\)\.$/);
    expect(note("Sở Y tế")).toBe("");
    expect(status.tiers.find((t) => t.level === "xa")!.reapprove).toEqual(["Phường Bến Thành"]);
    expect(status.tiers.find((t) => t.level === "so")!.reapprove).toBeUndefined();
  });
});

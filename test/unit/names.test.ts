/**
 * Sheet names, keys and identities (core): every official unit gets a distinct, readable name within Excel's 31
 * characters with no word cut; long sở/ban/ngành names are abbreviated as offices write them; the key of a sheet is a
 * hash of the whole identity, never a cut.
 */
import { officialUnits } from "../../src/core";
import {
  AUTO_NOTE_MARK,
  buildSheet,
  headParams,
  MAX_SHEET_NAME,
  buildBreakdownSheet,
  isBreakdownHead,
  PHRASES,
  UNIT_TYPES,
  cityParams,
  freeSheetName,
  joinNote,
  sheetName,
  shortUnitName,
  splitNote,
  unitName,
} from "../../src/sheets";
import {
  parsePeriodText,
  periodText,
  PERIOD_PARTS,
  sameIdentity,
  sheetKey,
  type Period,
  type SheetParams,
} from "../../src/core";

/** The 168 official commune-level units since 1 July 2025. */
const UNITS: string[] = officialUnits.map((u) => u.name);

const Q3: Period = { year: 2025, part: "Q3" };
const YEAR: Period = { year: 2025, part: "Y" };
const H1: Period = { year: 2025, part: "H1" };
const xa = (unit: string, period: Period = Q3): SheetParams => ({ unit, level: "xa", period });
const so = (unit: string, period: Period = Q3): SheetParams => ({ unit, level: "so", period });
const ABBREVIATIONS = new Set([...PHRASES, ...UNIT_TYPES].map(([, short]) => short));
const upper = (s: string) => s.toLocaleUpperCase("vi");

describe("the 168 official units", () => {
  test("the list is all there", () => {
    expect(UNITS.length).toBe(168);
  });

  test.each([Q3, H1, YEAR])(
    "period %j: a distinct name within 31 characters, no word cut",
    (period) => {
      const names = UNITS.map((u) => sheetName(xa(u, period)));
      for (const [i, name] of names.entries()) {
        expect([UNITS[i], name.length <= MAX_SHEET_NAME]).toEqual([UNITS[i], true]);
        expect(name).not.toMatch(/…/);
        // every word is a word of the unit's name or a standard abbreviation
        const words = new Set(UNITS[i].split(" "));
        for (const w of name
          .slice(`CĐS ${period.part === "Y" ? "2025" : `2025-${period.part}`} `.length)
          .split(" ")) {
          expect([UNITS[i], w, words.has(w) || ABBREVIATIONS.has(w)]).toEqual([UNITS[i], w, true]);
        }
      }
      expect(new Set(names.map(upper)).size).toBe(168);
    }
  );

  test("with the administrative prefix, in any case, the name is the same", () => {
    for (const u of UNITS) {
      expect(sheetName(xa(`Ủy ban nhân dân ${u.charAt(0).toLowerCase()}${u.slice(1)}`))).toBe(
        sheetName(xa(u))
      );
      expect(sheetName(xa(`UBND ${u}`))).toBe(sheetName(xa(u)));
    }
  });

  test("their keys are distinct, and every key is a valid workbook name", () => {
    const keys = UNITS.flatMap((u) => [sheetKey(xa(u)), sheetKey(xa(u, YEAR))]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^CDS_[0-9a-f]{16}_\d{4}(Q[1-4]|H1)?$/);
  });
});

describe("names that read well", () => {
  test.each([
    ["Ủy ban nhân dân phường Sài Gòn", YEAR, "xa", "CĐS 2025 Phường Sài Gòn"],
    ["Ủy ban nhân dân phường Tân Định", YEAR, "xa", "CĐS 2025 Phường Tân Định"],
    ["UBND Phường Đông Hưng Thuận", Q3, "xa", "CĐS 2025-Q3 P. Đông Hưng Thuận"],
    ["Phường Đông Hưng Thuận", YEAR, "xa", "CĐS 2025 Phường Đông Hưng Thuận"],
    ["Sở Khoa học và Công nghệ", Q3, "so", "CĐS 2025-Q3 Sở KH&CN"],
    ["Sở Giáo dục và Đào tạo", Q3, "so", "CĐS 2025-Q3 Sở GD&ĐT"],
    ["Sở Nông nghiệp và Môi trường", Q3, "so", "CĐS 2025-Q3 Sở NN&MT"],
    ["Ban Quản lý các Khu chế xuất và công nghiệp", Q3, "so", "CĐS 2025-Q3 BQL các Khu chế…"],
    [
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Một cửa",
      YEAR,
      "xa",
      "CĐS 2025 TTPVHCC P. Sài…-BPMC",
    ],
    [
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Tổng hợp",
      YEAR,
      "xa",
      "CĐS 2025 TTPVHCC…-BP Tổng hợp",
    ],
    [
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Một cửa",
      Q3,
      "xa",
      "CĐS 2025-Q3 TTPVHCC…-BPMC",
    ],
    [
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Tổng hợp",
      Q3,
      "xa",
      "CĐS 2025-Q3 TTPVHCC P. Sài…",
    ],
    ["Thành phố Hồ Chí Minh", Q3, "tp", "CĐS 2025-Q3 Toàn thành phố"],
    ["Sở Tài chính", Q3, "so", "CĐS 2025-Q3 Sở Tài chính"],
    ["Phòng [Kinh tế]: hạ tầng/đô thị", Q3, "so", "CĐS 2025-Q3 Phòng Kinh tế hạ…"],
  ] as const)("%s (%j, %s) → %s", (unit, period, level, expected) => {
    const name = sheetName({ unit, level, period });
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  test("the city sheet", () => {
    expect(sheetName(cityParams(Q3))).toBe("CĐS 2025-Q3 Toàn thành phố");
  });

  test("a cut keeps whole words only, and a single word longer than the room is the only one cut", () => {
    expect(shortUnitName("Một hai ba bốn năm sáu bảy tám", 12)).toBe("Một hai ba…");
    expect(shortUnitName("Siêuuuuuuuuuuuuuuuudài", 8)).toBe("Siêuuuu…");
  });

  test("a taken name (any case) gets (2), (3)… within 31 characters", () => {
    const p = xa("Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Tổng hợp");
    const first = sheetName(p);
    expect(freeSheetName(p, [])).toBe(first);
    const second = freeSheetName(p, [upper(first)]);
    expect(second).toMatch(/ \(2\)$/);
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(freeSheetName(p, [first, second])).toMatch(/ \(3\)$/);
  });
});

describe("identity and key", () => {
  test("case, Unicode form and spacing do not make another unit; the letters and the tone do", () => {
    const a = xa("Phường Sài Gòn");
    expect(sameIdentity(a, xa("  PHƯỜNG   sài gòn ".normalize("NFD")))).toBe(true);
    expect(sheetKey(a)).toBe(sheetKey(xa("phường  SÀI GÒN")));
    expect(sameIdentity(a, xa("Phường Sai Gon"))).toBe(false);
    expect(sameIdentity(a, so("Phường Sài Gòn"))).toBe(false);
    expect(sameIdentity(a, xa("Phường Sài Gòn", YEAR))).toBe(false);
  });

  test.each([
    ["Ủy ban nhân dân phường Sài Gòn", "Ủy ban nhân dân phường Tân Định"],
    [
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Một cửa",
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Tổng hợp",
    ],
    ["区政府一", "区政府二"],
    [
      "Ủy ban nhân dân phường Sài Gòn".repeat(5) + " A",
      "Ủy ban nhân dân phường Sài Gòn".repeat(5) + " B",
    ],
  ])("%s / %s: two keys", (a, b) => {
    expect(sheetKey(xa(a))).not.toBe(sheetKey(xa(b)));
  });
});

describe("the breakdown sheet", () => {
  test.each([Q3, H1, YEAR])(
    "%j: its name is whole, and a sheet is a breakdown by its title, not by its name",
    (period) => {
      const spec = buildBreakdownSheet([], period);
      expect(spec.name).toBe(
        `CĐS ${period.part === "Y" ? "2025" : `2025-${period.part}`} Chi tiết đơn vị`
      );
      expect(spec.name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      const values = spec.cells.map((line) => line.map((c) => ("text" in c ? c.text : null)));
      expect(isBreakdownHead(values, period)).toBe(true);
      expect(isBreakdownHead(values, period === Q3 ? YEAR : Q3)).toBe(false);
      expect(isBreakdownHead([["Ghi chép của tôi"]])).toBe(false);
    }
  );
});

describe("periods from their words", () => {
  test.each(PERIOD_PARTS.map((p) => p.part))("%s round-trips through its text", (part) => {
    const p = { year: 2026, part };
    expect(parsePeriodText(periodText(p))).toEqual(p);
    expect(parsePeriodText(`  ${periodText(p).toUpperCase()} `)).toEqual(p);
  });

  test("anything else is not a period", () => {
    for (const t of ["", "Quý V năm 2025", "Năm", "2025", "Quý III 2025"])
      expect(parsePeriodText(t)).toBeNull();
  });
});

describe("the add-in's note and the analyst's", () => {
  test.each([
    ["text only", "Nguồn: Cổng DVC", false, { analyst: "Nguồn: Cổng DVC", auto: "" }],
    [
      "the add-in's after the analyst's",
      `Nguồn\n${AUTO_NOTE_MARK} Thiếu 16.2.`,
      false,
      { analyst: "Nguồn", auto: "Thiếu 16.2." },
    ],
    [
      "a typed [CĐS] is the analyst's",
      "Theo [CĐS] kỳ trước\n[CĐS] dòng của tôi",
      false,
      { analyst: "Theo [CĐS] kỳ trước\n[CĐS] dòng của tôi", auto: "" },
    ],
    [
      "a typed [CĐS] before the add-in's",
      `[CĐS] của tôi\n${AUTO_NOTE_MARK} Đạt.`,
      false,
      { analyst: "[CĐS] của tôi", auto: "Đạt." },
    ],
    [
      "version 1: [CĐS] at the start of the last line",
      "Nguồn\n[CĐS] Thiếu 16.2.",
      true,
      { analyst: "Nguồn", auto: "Thiếu 16.2." },
    ],
    [
      "version 1: [CĐS] inside a line is text",
      "Theo [CĐS] kỳ trước",
      true,
      { analyst: "Theo [CĐS] kỳ trước", auto: "" },
    ],
  ] as const)("%s", (_, text, legacy, expected) => {
    expect(splitNote(text, legacy)).toEqual(expected);
  });

  test("join then split gives back both parts", () => {
    const analyst = "Theo [CĐS] kỳ trước";
    expect(splitNote(joinNote(analyst, "Thiếu 16.2."))).toEqual({ analyst, auto: "Thiếu 16.2." });
    expect(joinNote(analyst, "")).toBe(analyst);
  });
});

describe("a unit picked from the roster (it has a code)", () => {
  const period = { year: 2025, part: "Q3" } as const;
  test("its sheet takes the short name, the kind word dropped", () => {
    expect(sheetName({ unit: "Phường Bến Thành", level: "xa", period, code: "26734" })).toBe(
      "CĐS 2025-Q3 Bến Thành"
    );
    expect(sheetName({ unit: "Đặc khu Côn Đảo", level: "xa", period, code: "26968" })).toBe(
      "CĐS 2025-Q3 Côn Đảo"
    );
    expect(sheetName({ unit: "Sở Y tế", level: "so", period, code: "SYT" })).toBe(
      "CĐS 2025-Q3 Sở Y tế"
    );
    // typed, not picked: the name as typed
    expect(sheetName({ unit: "Phường Bến Thành", level: "xa", period })).toBe(
      "CĐS 2025-Q3 Phường Bến Thành"
    );
  });

  test("names are unique by code: a namesake of another kind gets its code", () => {
    const a = { unit: "Phường Tân Hòa", level: "xa" as const, period, code: "111" };
    const b = { unit: "Xã Tân Hòa", level: "xa" as const, period, code: "222" };
    const first = freeSheetName(a, []);
    expect(first).toBe("CĐS 2025-Q3 Tân Hòa");
    expect(freeSheetName(b, [first])).toBe("CĐS 2025-Q3 Tân Hòa (222)");
    expect(freeSheetName(b, [first, "CĐS 2025-Q3 Tân Hòa (222)"])).toBe("CĐS 2025-Q3 Tân Hòa (2)");
  });

  test("all 168 official units, picked, get distinct names within 31 characters", () => {
    const taken: string[] = [];
    for (const u of officialUnits) {
      const name = freeSheetName({ unit: u.name, level: "xa", period, code: u.code }, taken);
      expect(name.length).toBeLessThanOrEqual(31);
      taken.push(name);
    }
    expect(new Set(taken.map((t) => t.toLocaleUpperCase("vi"))).size).toBe(168);
  });
});

describe("the unit's code in its sheet", () => {
  const period = { year: 2025, part: "Q3" } as const;
  const values = (params: Parameters<typeof buildSheet>[0]) =>
    buildSheet(params).cells.map((line) => line.map((x) => ("text" in x ? x.text : null)));
  test("recorded in the hidden H2 and read back with the title block", () => {
    const v = values({ unit: "Phường Bến Thành", level: "xa", period, code: "26734" });
    expect(v[1][7]).toBe("#unit:26734");
    expect(headParams(v)).toEqual({ unit: "Phường Bến Thành", level: "xa", period, code: "26734" });
  });
  test("a unit typed, not picked, has none (and version-2 sheets without one still read)", () => {
    const v = values({ unit: "Phường Bến Thành", level: "xa", period });
    expect(v[1][7]).toBe("#unit");
    expect(headParams(v)).toEqual({ unit: "Phường Bến Thành", level: "xa", period });
  });
});

describe("invisible and control characters never reach a sheet name, nor tell one unit from itself", () => {
  // pasted from a message or a web page: the name looks the same on its tab, so it is the same unit
  const hidden: Array<[string, string]> = [
    ["zero-width space", "\u200b"],
    ["zero-width non-joiner", "\u200c"],
    ["zero-width joiner", "\u200d"],
    ["word joiner", "\u2060"],
    ["byte-order mark", "\ufeff"],
    ["left-to-right mark", "\u200e"],
    ["right-to-left override", "\u202e"],
    ["left-to-right embedding", "\u202a"],
    ["pop directional formatting", "\u202c"],
    ["first strong isolate", "\u2068"],
    ["pop directional isolate", "\u2069"],
    ["NUL", "\u0000"],
    ["bell", "\u0007"],
    ["escape", "\u001b"],
    ["delete", "\u007f"],
    ["C1 control", "\u0085"],
    ["soft hyphen", "\u00ad"],
  ];
  const clean = "Phường Bến Thành";
  test.each(hidden)("%s: removed from the name, the sheet name and the identity", (_, ch) => {
    for (const typed of [
      `Phường${ch} Bến Thành`,
      `${ch}Phường Bến Thành${ch}`,
      `Phường B${ch}ến Thành`,
    ]) {
      expect(unitName(typed)).toBe(clean);
      expect(sheetName(xa(typed))).toBe(sheetName(xa(clean)));
      expect(sheetName(xa(typed))).not.toMatch(
        // eslint-disable-next-line no-control-regex -- control characters are what it looks for
        /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/
      );
      expect(sameIdentity(xa(typed), xa(clean))).toBe(true);
      expect(sheetKey(xa(typed))).toBe(sheetKey(xa(clean)));
    }
  });

  test("a tab or a line break pasted inside is a space; the letters still count", () => {
    expect(unitName("Phường\tBến\nThành ")).toBe("Phường Bến Thành");
    expect(sheetName(xa("Phường\r\nBến Thành"))).toBe(sheetName(xa(clean)));
    expect(sameIdentity(xa("Phường\u200b Bến Thanh"), xa(clean))).toBe(false); // the tone still counts
  });

  test("a name of nothing but invisible characters is empty (the pane then asks for a name)", () => {
    expect(unitName("\u200b\u202e\u0000 ")).toBe("");
  });
});

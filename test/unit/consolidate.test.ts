import { check, consolidate, distinctUnits, unitKey, type UnitReport } from "../../src/core";

// Five units, the expectations worked out by hand.
const UNITS: UnitReport[] = [
  {
    unit: "Sở A",
    level: "so",
    inputs: {
      "16.1": 60,
      "16.2": 100,
      "18.1": 30,
      "18.2": 50,
      "2": "Có",
      "23.1": 1,
      "23.2": 10,
      "22": "Đã triển khai",
    },
  },
  {
    unit: "Sở B",
    level: "so",
    inputs: {
      "16.1": 10,
      "16.2": 10,
      "18.1": 25,
      "18.2": 50,
      "2": "Không",
      "23.1": 5,
      "23.2": 10,
      "22": "Chưa triển khai",
    },
  },
  {
    unit: "Phường C",
    level: "xa",
    inputs: { "16.1": 900, "16.2": 1000, "18.1": 40, "17.2": 100, "2": "Đã ban hành", "22": "Có" },
  },
  { unit: "Xã D", level: "xa", inputs: { "16.2": 500, "18.1": 20, "18.2": 100 } },
  { unit: "Quận E", level: "huyen", inputs: { "16.1": 700, "16.2": 600, "2": "" } },
];

describe("consolidate: the whole city from the units' reports", () => {
  const c = consolidate(UNITS, { city: { "25": 0.2, "1": 3 } });

  test("ratios are the sum of numerators over the sum of denominators, not the mean of the units' ratios", () => {
    const pooled = (60 + 10 + 900) / (100 + 10 + 1000);
    const meanOfRatios = (0.6 + 1 + 0.9) / 3;
    expect(c.results["16"].value).toBeCloseTo(pooled, 12);
    expect(Math.abs(pooled - meanOfRatios)).toBeGreaterThan(0.04);
    expect(c.results["16"]).toMatchObject({ text: "87,39%", verdict: "Đạt", target: "≥ 60%" });
    expect(c.results["16"].note).toMatch(
      /^16\.1 = 970, 16\.2 = 1\.110\. Tổng hợp từ 3\/5 đơn vị\. Chưa báo cáo: Xã D\. Số liệu không hợp lệ, không cộng: Quận E\.$/
    );
    expect(c.results["23"]).toMatchObject({ value: 6 / 20, verdict: "Đạt" });
  });

  test("a unit that did not report is missing, never zero; a unit whose figures cannot be right is left out", () => {
    expect(c.missing["16"]).toEqual(["Xã D"]);
    expect(c.invalid["16"]).toEqual(["Quận E"]);
    // Quận E's 16.1 > 16.2: which one is wrong is not known, so neither is summed, and both rows say so
    expect(c.results["16.1"]).toMatchObject({ value: 60 + 10 + 900, text: "970" });
    expect(c.missing["16.1"]).toEqual(["Xã D"]);
    expect(c.invalid["16.1"]).toEqual(["Quận E"]);
    expect(c.results["16.1"].note).toBe(
      "Tổng hợp từ 3/5 đơn vị. Chưa báo cáo: Xã D. Số liệu không hợp lệ, không cộng: Quận E."
    );
    expect(c.results["16.2"].value).toBe(100 + 10 + 1000 + 500);
    expect(c.invalid["16.2"]).toEqual(["Quận E"]);
    expect(c.results["16.2"].note).toBe(
      "Tổng hợp từ 4/5 đơn vị. Số liệu không hợp lệ, không cộng: Quận E."
    );
    expect(c.missing["16.2"]).toBeUndefined();
    expect(c.results["9.1"]).toMatchObject({ value: null, text: "" });
    expect(c.missing["9.1"]).toHaveLength(5);
  });

  test("yes/no: k/n đơn vị, Đạt only when every reporting unit did it", () => {
    expect(c.results["2"]).toMatchObject({ text: "2/3 đơn vị", value: 2, verdict: "Chưa đạt" });
    expect(c.results["2"].note).toMatch(
      /^Chưa thực hiện: Sở B\. Tổng hợp từ 3\/5 đơn vị\. Chưa báo cáo: Xã D, Quận E\.$/
    );
    const all = consolidate(UNITS.slice(0, 1).concat(UNITS.slice(2, 3)));
    expect(all.results["2"]).toMatchObject({ text: "2/2 đơn vị", verdict: "Đạt" });
    expect(check("2/2 đơn vị", "Có")).toBe("Đạt");
    expect(check("2/3 đơn vị", "2")).toBe("Chưa đạt");
    expect(c.results["22.1"]).toMatchObject({ value: 2, text: "2" });
  });

  test("18 is judged per tier against each tier's target; 18.3 is the pooled ratio", () => {
    expect(c.tiers).toEqual([
      { level: "so", units: 2, value: 55 / 100, verdict: "Đạt", target: "≥ 50%" },
      { level: "huyen", units: 0, value: null, verdict: "Chưa có số liệu", target: "≥ 40%" },
      { level: "xa", units: 2, value: 60 / 200, verdict: "Chưa đạt", target: "≥ 35%" },
    ]);
    expect(c.results["18"].verdict).toBe("Chưa đạt");
    expect(c.results["18"].note).toMatch(
      /^Sở, ban, ngành: 55,00% \(≥ 50%, 2 đơn vị\) — Đạt\. Cấp huyện \(trước 7\/2025\): chưa có số liệu .* Phường, xã, đặc khu: 30,00% \(≥ 35%, 2 đơn vị\) — Chưa đạt\./
    );
    expect(c.results["18.3"]).toMatchObject({
      value: (30 + 25 + 40 + 20) / (50 + 50 + 100 + 100),
      verdict: null,
      text: "38,33%",
    });
    // 17.2 of Phường C served as its 18.2 (defect 3)
    expect(c.missing["18.3"]).toEqual(["Quận E"]);
  });

  test("percentages and the rank are the city's own statistics, not sums", () => {
    expect(c.results["25"]).toMatchObject({ value: 0.2, verdict: "Đạt" });
    expect(c.results["1"]).toMatchObject({ value: 3, verdict: "Đạt" });
    expect(c.results["26"]).toMatchObject({ value: null, verdict: "Chưa có số liệu" });
  });

  test("no unit at all: nothing invented", () => {
    const none = consolidate([]);
    expect(none.results["16"]).toMatchObject({ value: null, verdict: "Chưa có số liệu" });
    expect(none.results["2"]).toMatchObject({ text: "", verdict: "Chưa có số liệu" });
    expect(none.units).toBe(0);
  });
});

describe("consolidate: each unit once", () => {
  const report = (unit: string, level: UnitReport["level"], n: number): UnitReport => ({
    unit,
    level,
    inputs: { "16.1": n, "16.2": 100, "2": "Có" },
  });
  const SAI_GON = "Ủy ban nhân dân phường Sài Gòn";

  test.each<[string, string]>([
    ["another case", SAI_GON.toUpperCase()],
    ["other spacing", `  Ủy  ban nhân dân\u00a0phường Sài Gòn `],
    ["a zero-width space", "Ủy ban nhân dân phường Sài\u200b Gòn"],
    ["NFD", SAI_GON.normalize("NFD")],
    ["the old tone placement", "Uỷ ban nhân dân phường Sài Gòn"],
    ["a soft hyphen and a line break", "Ủy ban nhân dân phư\u00adờng\nSài Gòn"],
  ])("the same unit under %s is reported and counted once", (_, other) => {
    const c = consolidate([report(SAI_GON, "xa", 60), report(other, "xa", 10)]);
    expect(c.units).toBe(1);
    expect(c.results["16.1"].value).toBe(60);
    expect(c.results["2"].text).toBe("1/1 đơn vị");
    expect(c.duplicates).toEqual([
      {
        unit: other,
        level: "xa",
        keptUnit: SAI_GON,
        keptLevel: "xa",
        message: `"${other.trim()}" trùng với đơn vị "${SAI_GON}" (cùng cấp phường, xã, đặc khu): chỉ tính một lần, theo báo cáo "${SAI_GON}".`,
      },
    ]);
  });

  test.each<[string, string]>([
    ["UBND P.1 Quận 3", "UBND P 1 Quận 3"],
    ["UBND P.1 Quận 3", "ubnd p1 quận 3"],
    ["Phường 01", "Phường 1"],
    ["Phường Hòa Lợi", "Phường Hoà Lợi"],
    ["Sở Khoa học và Công nghệ", "Sở Khoa học & Công nghệ".replace("&", "và")],
  ])("%p and %p are one unit", (a, b) => {
    expect(unitKey(a)).toBe(unitKey(b));
    expect(consolidate([report(a, "huyen", 1), report(b, "huyen", 2)]).units).toBe(1);
  });

  test.each<[string, string]>([
    ["Xã Thạnh An", "Xã Thanh An"], // two of the 168 units: the tone tells them apart
    ["Phường 1", "Phường 11"],
    [
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Một cửa",
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Tổng hợp",
    ],
    ["Phường Tân Định", "Phường Tân Đinh"],
  ])("%p and %p are two units", (a, b) => {
    expect(unitKey(a)).not.toBe(unitKey(b));
    const c = consolidate([report(a, "xa", 1), report(b, "xa", 2)]);
    expect([c.units, c.duplicates, c.results["16.1"].value]).toEqual([2, [], 3]);
  });

  test("one unit at two levels is one unit: the first report counts, the other is reported", () => {
    const c = consolidate([
      report("Phường Bến Thành", "xa", 40),
      report("phường bến thành", "huyen", 50),
    ]);
    expect(c.units).toBe(1);
    expect(c.tiers.map((t) => t.level)).toEqual(["xa"]);
    expect(c.duplicates[0].message).toBe(
      '"phường bến thành" trùng với đơn vị "Phường Bến Thành" (cấp phường, xã, đặc khu và cấp cấp huyện (trước 7/2025)): chỉ tính một lần, theo báo cáo "Phường Bến Thành".'
    );
  });

  test("a report at the city's level, of no unit or of an unknown level is refused with a message", () => {
    const c = consolidate([
      report("Phường Bến Thành", "xa", 40),
      {
        unit: "Thành phố Hồ Chí Minh",
        level: "tp" as UnitReport["level"],
        inputs: { "16.1": 1000, "16.2": 1000 },
      },
      report(" \u200b ", "so", 5),
      { unit: "Sở X", level: "tinh" as UnitReport["level"], inputs: { "16.1": 7, "16.2": 100 } },
    ]);
    expect(c.units).toBe(1);
    expect(c.results["16.1"].value).toBe(40);
    expect(c.refused.map((r) => r.message)).toEqual([
      '"Thành phố Hồ Chí Minh" là báo cáo cấp toàn thành phố, không phải báo cáo của một đơn vị: không tổng hợp vào chính nó.',
      "Báo cáo không có tên đơn vị (cấp sở, ban, ngành): không tổng hợp.",
      '"Sở X" có cấp "tinh" không hợp lệ (cần sở, ban, ngành; cấp huyện; hoặc phường, xã, đặc khu): không tổng hợp.',
    ]);
    expect(distinctUnits([]).units).toEqual([]);
  });
});

describe("consolidate: sums that cannot be exact are invalid, never Infinity judged Chưa đạt", () => {
  const MAX = Number.MAX_SAFE_INTEGER;

  test("1e308 + 1e308: each unit's figure is refused, listed, and nothing is judged on it", () => {
    const c = consolidate([
      {
        unit: "Sở A",
        level: "so",
        inputs: { "16.1": 1e308, "16.2": 1e308, "21.1": 1e308, "21.2": 1e308 },
      },
      {
        unit: "Sở B",
        level: "so",
        inputs: { "16.1": 1e308, "16.2": 1e308, "21.1": 1e308, "21.2": 1e308 },
      },
    ]);
    for (const id of ["16", "16.1", "16.2", "21"]) {
      expect(c.results[id].text).not.toMatch(/Infinity|∞/);
      expect(c.results[id].value).toBeNull();
      expect(c.invalid[id]).toEqual(["Sở A", "Sở B"]);
    }
    expect(c.results["16"].verdict).toBe("Chưa có số liệu");
    expect(c.results["16"].note).toMatch(/Số liệu không hợp lệ, không cộng: Sở A, Sở B\./);
  });

  test("counts each exact whose sum is beyond MAX_SAFE_INTEGER: the row is invalid with a note, no verdict", () => {
    const half = Math.floor(MAX / 2) + 1;
    const c = consolidate([
      {
        unit: "Sở A",
        level: "so",
        inputs: { "16.1": half, "16.2": half, "18.1": 1, "18.2": half },
      },
      {
        unit: "Sở B",
        level: "so",
        inputs: { "16.1": half, "16.2": half, "18.1": 1, "18.2": half },
      },
    ]);
    for (const id of ["16.1", "16.2", "16", "18", "18.2"]) {
      expect(c.results[id]).toMatchObject({ value: null, text: "", verdict: null, invalid: true });
      expect(c.results[id].note).toMatch(
        /Tổng vượt quá 9\.007\.199\.254\.740\.991: không tính chính xác được, không đánh giá\./
      );
    }
    expect(c.tiers).toEqual([
      { level: "so", units: 2, value: null, verdict: null, target: "≥ 50%" },
    ]);
  });

  test("sums up to MAX_SAFE_INTEGER stay exact", () => {
    const c = consolidate([
      { unit: "Sở A", level: "so", inputs: { "16.1": MAX - 10, "16.2": MAX - 10 } },
      { unit: "Sở B", level: "so", inputs: { "16.1": 10, "16.2": 10 } },
    ]);
    expect(c.results["16.1"]).toMatchObject({ value: MAX, invalid: false });
    expect(c.results["16"]).toMatchObject({ value: 1, verdict: "Đạt", invalid: false });
  });
});

describe("consolidate: a unit left out of a ratio is flagged on its parts", () => {
  test.each<[string, Record<string, number>, string[], string[]]>([
    ["16.1 > 16.2", { "16.1": 120, "16.2": 100 }, ["16", "16.1", "16.2"], []],
    ["b = 0 with a > 0", { "38.1": 2, "38.2": 0 }, ["38", "38.1", "38.2", "39"], []],
    // 12.5 > 12.3: 12.3 is suspect, so 12.1 (12.3 / 12.4) leaves the unit out too
    [
      "12.5 > 12.3",
      { "12.3": 10, "12.4": 20, "12.5": 15 },
      ["12.1", "12.2", "12.3", "12.5"],
      ["12.4"],
    ],
    // 18.1 > 18.2 where 18.2 is the unit's 17.2 (defect 3)
    [
      "18.1 > 17.2",
      { "17.1": 10, "17.2": 50, "18.1": 60 },
      ["18", "18.1", "18.2", "18.3"],
      ["17", "17.1", "17.2"],
    ],
  ])("%s", (_, inputs, flagged, kept) => {
    const c = consolidate([
      { unit: "Phường Sai", level: "xa", inputs: { ...inputs, "39.1": 1 } },
      {
        unit: "Phường Đúng",
        level: "xa",
        inputs: {
          "16.1": 1,
          "16.2": 2,
          "38.1": 1,
          "38.2": 2,
          "39.1": 1,
          "12.3": 1,
          "12.4": 2,
          "12.5": 1,
          "17.1": 1,
          "17.2": 2,
          "18.1": 1,
        },
      },
    ]);
    for (const id of flagged) {
      expect([id, c.invalid[id]]).toEqual([id, ["Phường Sai"]]);
      expect(c.results[id].note).toMatch(/Số liệu không hợp lệ, không cộng: Phường Sai\./);
    }
    for (const id of kept) expect([id, c.invalid[id]]).toEqual([id, undefined]);
  });
});

describe("consolidate: answers that are not answers", () => {
  test("a unit's yes/no outside the vocabulary is listed as invalid, never counted as done", () => {
    const c = consolidate([
      {
        unit: "Phường A",
        level: "xa",
        inputs: { "22": "Đã hủy", "2": "Đã có kế hoạch nhưng chưa triển khai" },
      },
      { unit: "Phường B", level: "xa", inputs: { "22": "đã triển khai", "2": "ĐÃ BAN HÀNH" } },
    ]);
    expect(c.results["2"]).toMatchObject({ text: "1/1 đơn vị", verdict: "Đạt" });
    expect(c.invalid["2"]).toEqual(["Phường A"]);
    expect(c.results["22.1"]).toMatchObject({ value: 1 });
    expect(c.invalid["22.1"]).toEqual(["Phường A"]);
    expect(c.results["22.1"].note).toBe(
      "Số đơn vị đã thực hiện chỉ tiêu 22, trên 1 đơn vị báo cáo. Câu trả lời không hợp lệ, không tính: Phường A."
    );
  });
});

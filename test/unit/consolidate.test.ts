import { check, consolidate, type UnitReport } from "../../src/core";

// Five units, the expectations worked out by hand.
const UNITS: UnitReport[] = [
  { unit: "Sở A", level: "so", inputs: { "16.1": 60, "16.2": 100, "18.1": 30, "18.2": 50, "2": "Có", "23.1": 1, "23.2": 10, "22": "Đã triển khai" } },
  { unit: "Sở B", level: "so", inputs: { "16.1": 10, "16.2": 10, "18.1": 25, "18.2": 50, "2": "Không", "23.1": 5, "23.2": 10, "22": "Chưa triển khai" } },
  { unit: "Phường C", level: "xa", inputs: { "16.1": 900, "16.2": 1000, "18.1": 40, "17.2": 100, "2": "Đã ban hành", "22": "Có" } },
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
    expect(c.results["16"].note).toMatch(/^16\.1 = 970, 16\.2 = 1\.110\. Tổng hợp từ 3\/5 đơn vị\. Chưa báo cáo: Xã D\. Số liệu không hợp lệ, không cộng: Quận E\.$/);
    expect(c.results["23"]).toMatchObject({ value: 6 / 20, verdict: "Đạt" });
  });

  test("a unit that did not report is missing, never zero; a unit whose figures cannot be right is left out", () => {
    expect(c.missing["16"]).toEqual(["Xã D"]);
    expect(c.invalid["16"]).toEqual(["Quận E"]);
    expect(c.results["16.1"]).toMatchObject({ value: 60 + 10 + 900 + 700, text: "1.670" });
    expect(c.missing["16.1"]).toEqual(["Xã D"]);
    expect(c.results["16.2"].value).toBe(100 + 10 + 1000 + 500 + 600);
    expect(c.missing["16.2"]).toBeUndefined();
    expect(c.results["9.1"]).toMatchObject({ value: null, text: "" });
    expect(c.missing["9.1"]).toHaveLength(5);
  });

  test("yes/no: k/n đơn vị, Đạt only when every reporting unit did it", () => {
    expect(c.results["2"]).toMatchObject({ text: "2/3 đơn vị", value: 2, verdict: "Chưa đạt" });
    expect(c.results["2"].note).toMatch(/^Chưa thực hiện: Sở B\. Tổng hợp từ 3\/5 đơn vị\. Chưa báo cáo: Xã D, Quận E\.$/);
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
    expect(c.results["18"].note).toMatch(/^Sở, ban, ngành: 55,00% \(≥ 50%, 2 đơn vị\) — Đạt\. Cấp huyện \(trước 7\/2025\): chưa có số liệu .* Phường, xã, đặc khu: 30,00% \(≥ 35%, 2 đơn vị\) — Chưa đạt\./);
    expect(c.results["18.3"]).toMatchObject({ value: (30 + 25 + 40 + 20) / (50 + 50 + 100 + 100), verdict: null, text: "38,33%" });
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

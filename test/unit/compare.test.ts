import { compare, evaluate, type Inputs, type Level } from "../../src/core";

const results = (inputs: Inputs, level: Level = "xa") => evaluate(inputs, { level });

describe("compare: this period against the previous one", () => {
  test("ratios and percentages change in percentage points, in exact decimals", () => {
    // 16: 2410/4000 = 60,25% now, 2282/4000 = 57,05% before; 25: 20% after 22,5%
    const c = compare(
      results({ "16.1": 2410, "16.2": 4000, "25": "20%" }),
      results({ "16.1": 2282, "16.2": 4000, "25": "22,5%" })
    );
    expect(c.rows["16"]).toMatchObject({
      delta: 3.2,
      deltaText: "+3,20 điểm %",
      trend: "better",
      verdictChange: "Chưa đạt → Đạt",
    });
    expect(c.rows["25"]).toMatchObject({
      delta: -2.5,
      deltaText: "−2,50 điểm %",
      trend: "worse",
      verdictChange: null,
    });
  });

  test.each([
    // [now, before, points]
    [0.6025, 0.5705, 3.2],
    [0.3, 0.1, 20],
    [0.7, 0.7, 0],
    [0.145, 0.144, 0.1],
    [0.0001, 0, 0.01],
  ])("%d against %d is %d points", (now, before, points) => {
    const c = compare(results({ "26": now }), results({ "26": before }));
    expect(c.rows["26"].delta).toBe(points);
  });

  test("counts change in items, with Vietnamese thousands", () => {
    const c = compare(results({ "16.2": 12_500 }), results({ "16.2": 11_230 }));
    expect(c.rows["16.2"]).toMatchObject({ delta: 1270, deltaText: "+1.270", trend: "better" });
    const d = compare(results({ "16.2": 900 }), results({ "16.2": 1000 }));
    expect(d.rows["16.2"]).toMatchObject({ delta: -100, deltaText: "−100" });
  });

  test("the rank goes better down", () => {
    const c = compare(results({ "1": 3 }, "tp"), results({ "1": 6 }, "tp"));
    expect(c.rows["1"]).toMatchObject({
      delta: -3,
      deltaText: "lên 3 bậc",
      trend: "better",
      verdictChange: "Chưa đạt → Đạt",
    });
    const d = compare(results({ "1": 6 }, "tp"), results({ "1": 6 }, "tp"));
    expect(d.rows["1"]).toMatchObject({ delta: 0, deltaText: "giữ hạng", trend: "same" });
  });

  test("yes/no: done after not done is better, with its verdict change", () => {
    const c = compare(results({ "2": "Đã ban hành" }), results({ "2": "Chưa ban hành" }));
    expect(c.rows["2"]).toMatchObject({
      delta: null,
      deltaText: "",
      trend: "better",
      verdictChange: "Chưa đạt → Đạt",
    });
  });

  test("a side without a figure: no change to show, a verdict change to no data is news", () => {
    const c = compare(results({}), results({ "16.1": 700, "16.2": 1000 }));
    expect(c.rows["16"]).toMatchObject({
      delta: null,
      deltaText: "",
      trend: null,
      verdictChange: "Đạt → Chưa có số liệu",
    });
    const d = compare(results({ "16.1": 700, "16.2": 1000 }), {});
    expect(d.rows["16"]).toMatchObject({ previous: null, delta: null, verdictChange: null });
  });

  test("verdict changes, worst news first, then in catalog order", () => {
    const now = results({
      "16.1": 100,
      "16.2": 1000,
      "2": "Có",
      "3": "Không",
      "17.1": 100,
      "17.2": 100,
      "26": "9%",
    });
    const before = results({
      "16.1": 700,
      "16.2": 1000,
      "2": "Không",
      "3": "Có",
      "26": "10%",
      "25": "30%",
    });
    const order = compare(now, before).verdictChanges.map((c) => [c.id, c.verdictChange]);
    expect(order).toEqual([
      ["3", "Đạt → Chưa đạt"],
      ["16", "Đạt → Chưa đạt"],
      ["25", "Đạt → Chưa có số liệu"],
      ["17", "Chưa có số liệu → Đạt"],
      ["2", "Chưa đạt → Đạt"],
    ]);
  });
});

import { CdsError, check, needed } from "../../src/core";

const cases: Array<[number, number, string, number, string?]> = [
  [50, 100, "≥ 60%", 10],
  [60, 100, "≥ 60%", 0],
  [70, 100, "16", 0],
  [10, 100, "> 10%", 1],
  [0, 7, "≥ 60%", 5], // 4/7 = 57,1%, 5/7 = 71,4%
  [0, 1000, "≥ 14,3%", 143],
  [0, 1000, "> 8,5%", 86],
  [0, 3, "≥ 100%", 3],
  [10, 20, "18", 0, "xa"],
];
test.each(cases.map(([a, b, t, k, l]) => [a, b, t, k, l ?? ""] as const))(
  "needed(%p, %p, %p) = %p %s",
  (a, b, target, k, level) => {
    expect(needed(a, b, target, level ? (level as "xa") : undefined)).toBe(k);
  }
);

test("a target that cannot be reached with this denominator says so", () => {
  expect(() => needed(5, 5, "> 100%")).toThrow(CdsError);
  expect(() => needed(0, 10, "≤ 5")).toThrow(/mục tiêu tỷ lệ/);
  expect(() => needed(11, 10, "16")).toThrow(/lớn hơn mẫu số/);
});

describe("NEEDED agrees with CHECK on every target, on the line included", () => {
  // (a + k) / b meets the target as CHECK judges it, and (a + k - 1) / b does not (unless k = 0)
  const targets: unknown[] = [
    0.1 + 0.2, // a threshold with binary noise: 0.30000000000000004
    0.6,
    1 / 3,
    0.145,
    0.7 * 0.1,
    "≥ 60%",
    "> 60%",
    "≥ 14,3%",
    "> 8,5%",
    "> 10%",
    "≥ 33,33%",
    "> 33,33%",
    "trên 50%",
    "tối thiểu 35%",
    "≥ 100%",
    "≥ 0,01%",
    "> 0%",
    "16",
    "23",
    "24",
    "39",
  ];
  const fractions: Array<[number, number]> = [
    [0, 10],
    [0, 7],
    [1, 3],
    [0, 1000],
    [5, 100],
    [0, 3],
    [2, 9],
    [0, 12345],
    [0, 999983],
    [0, 1_000_000_007],
  ];
  // CHECK's line is 1e-12 wide: it agrees with the exact answer where one unit of the numerator moves the ratio by
  // more (b = 1_000_000_007 and "≥ 14,3%": 143_000_001 / b is 1e-12 below 14,3%, on CHECK's line, yet below it)
  const cases = targets.flatMap((t) =>
    fractions.filter(([, b]) => b < 1e6).map(([a, b]) => [a, b, t] as const)
  );
  test(`${cases.length} cases`, () => expect(cases.length).toBeGreaterThan(180));
  test.each(cases)("needed(%p, %p, %p)", (a, b, target) => {
    let k: number;
    try {
      k = needed(a, b, target);
    } catch (e) {
      // unreachable: even a = b does not meet it, as CHECK says too
      expect((e as Error).message).toMatch(/^Không thể đạt mục tiêu/);
      expect(check(1, target)).toBe("Chưa đạt");
      return;
    }
    expect(check((a + k) / b, target)).toBe("Đạt");
    if (k > 0) expect(check((a + k - 1) / b, target)).toBe("Chưa đạt");
  });

  test("the reported case: NEEDED(0, 10, 0.1 + 0.2) is 3, as CHECK(0.3, 0.1 + 0.2) is Đạt", () => {
    expect(check(0.3, 0.1 + 0.2)).toBe("Đạt");
    expect(needed(0, 10, 0.1 + 0.2)).toBe(3);
    expect(needed(0, 10, "> 30%")).toBe(4);
    expect(needed(3, 10, 0.1 + 0.2)).toBe(0);
  });

  test("large denominators stay exact", () => {
    expect(needed(0, 99_999_999_999, "≥ 50%")).toBe(50_000_000_000);
    expect(needed(0, 99_999_999_999, "> 50%")).toBe(50_000_000_000);
    expect(needed(0, 100_000_000_000, "> 50%")).toBe(50_000_000_001);
    expect(needed(0, 1_000_000_000, "> 8,5%")).toBe(85_000_001);
  });
});

describe("NEEDED is exact decimal arithmetic, for every count up to 2^53 − 1", () => {
  // the threshold of a text target as an exact fraction p / q, from the text, in BigInt (the tests run on Node)
  function exact(target: string): { p: bigint; q: bigint; strict: boolean } {
    const m = /^(>|≥) (\d+)(?:,(\d+))?%$/.exec(target)!;
    const decimals = m[3] ?? "";
    return {
      p: BigInt(m[2] + decimals),
      q: 100n * 10n ** BigInt(decimals.length),
      strict: m[1] === ">",
    };
  }
  const meets = (x: bigint, b: bigint, t: ReturnType<typeof exact>) =>
    t.strict ? x * t.q > t.p * b : x * t.q >= t.p * b;

  const targets = [
    "≥ 60%",
    "> 60%",
    "≥ 14,3%",
    "> 8,5%",
    "≥ 33,33%",
    "> 33,33%",
    "≥ 0,01%",
    "≥ 99,99%",
  ];
  const denominators = [
    7,
    1000,
    1_000_000_007,
    999_999_999_989,
    1e12,
    1e15,
    4_503_599_627_370_497,
    Number.MAX_SAFE_INTEGER,
  ];
  const cases = targets.flatMap((t) =>
    denominators.flatMap((b) => [[0, b, t] as const, [b >= 7 ? 3 : 0, b, t] as const])
  );
  test.each(cases)(
    "needed(%p, %p, %p): (a + k) / b meets it, (a + k − 1) / b does not",
    (a, b, target) => {
      const k = needed(a, b, target);
      expect(Number.isSafeInteger(k)).toBe(true);
      const t = exact(target);
      const [A, B, K] = [BigInt(a), BigInt(b), BigInt(k)];
      expect(meets(A + K, B, t)).toBe(true);
      if (k > 0) expect(meets(A + K - 1n, B, t)).toBe(false);
    }
  );

  test.each<[number, number, unknown, number]>([
    [0, 1e12, "≥ 60%", 600_000_000_000],
    [0, 1e15, "≥ 60%", 600_000_000_000_000],
    [0, 1e15, "> 60%", 600_000_000_000_001],
    [0, 1_000_000_007, "≥ 14,3%", 143_000_002], // 143_000_001 / b is 1e-12 below 14,3%
    [0, Number.MAX_SAFE_INTEGER, "≥ 100%", Number.MAX_SAFE_INTEGER],
    [0, Number.MAX_SAFE_INTEGER, "≥ 50%", 4_503_599_627_370_496],
    [0, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, 2_702_159_776_422_298], // the threshold as Excel shows it: 0,3
  ])("the reported cases: needed(%p, %p, %p) = %p", (a, b, target, k) => {
    expect(needed(a, b, target)).toBe(k);
  });

  test("beyond 2^53 − 1 a count is refused, never rounded", () => {
    expect(() => needed(0, 2 ** 53, "≥ 60%")).toThrow(/^Mẫu số quá lớn/);
    expect(() => needed(0, "9007199254740993", "≥ 60%")).toThrow(/^Mẫu số quá lớn/);
  });
});

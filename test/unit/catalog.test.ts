import { catalog, childrenOf, defaultTarget, findRow, pillars } from "../../src/core";
import { templateKeys } from "../../src/documents";
import { parseSeed } from "../support/seed";

const seed = parseSeed();
const seedById = new Map(seed.map((r) => [r.id, r]));
const clean = (s: string) =>
  s
    .replace(/<\/?i>/g, "")
    .replace(/\s+/g, " ")
    .trim();

// docs/domain.md#default-targets: the kind, default target and parts of every row that has one.
const SPEC: Array<[string, string, string | null, string?, string?]> = [
  ["1", "rank", "≤ 5"],
  ...["2", "3", "4", "5", "6", "7", "10", "11", "19", "22", "27", "28.1", "28.2"].map(
    (id) => [id, "yesno", "Có"] as [string, string, string]
  ),
  ["8", "percent", "≥ 100%"],
  ["9", "ratio", "≥ 100%", "9.1", "9.2"],
  ["12.1", "ratio", "≥ 100%", "12.3", "12.4"],
  ["12.2", "ratio", "≥ 40%", "12.5", "12.3"],
  ["13", "ratio", "≥ 100%", "13.1", "13.2"],
  ["14.1", "percent", "≥ 30%"],
  ["14.2", "percent", "≥ 60%"],
  ["15", "percent", "≥ 100%"],
  ["16", "ratio", "≥ 60%", "16.1", "16.2"],
  ["17", "ratio", "≥ 100%", "17.1", "17.2"],
  ["18.3", "ratio", null, "18.1", "18.2"],
  ["20", "ratio", "≥ 100%", "20.1", "20.2"],
  ["21", "ratio", "≥ 100%", "21.1", "21.2"],
  ["23", "ratio", "> 10%", "23.1", "23.2"],
  ["24", "ratio", "> 50%", "24.1", "24.2"],
  ["25", "percent", "≥ 19%"],
  ["26", "percent", "> 8,5%"],
  ["29.1", "percent", "> 90%"],
  ["29.2", "percent", "> 30%"],
  ["30", "percent", "> 80%"],
  ["31", "percent", "> 85%"],
  ["32", "percent", "> 30%"],
  ["33", "ratio", "> 20%", "33.1", "33.2"],
  ["34", "percent", "> 75%"],
  ["35", "percent", "> 60%"],
  ["36", "percent", "> 30%"],
  ["37", "percent", "> 80%"],
  ["38", "ratio", "> 80%", "38.1", "38.2"],
  ["39", "ratio", "> 30%", "39.1", "38.2"],
  ["40", "percent", "> 20%"],
  ["41", "percent", "> 10%"],
];
const GROUPS = ["12", "14", "28", "29"];

describe("catalog against the official template", () => {
  test("every row of the template, in its order: 41 indicators and 36 sub-rows", () => {
    expect(catalog.map((r) => r.id)).toEqual(seed.map((r) => r.id));
    expect(catalog.filter((r) => !r.id.includes("."))).toHaveLength(41);
    expect(catalog.filter((r) => r.id.includes("."))).toHaveLength(36);
    expect(new Set(catalog.map((r) => r.id)).size).toBe(77);
  });

  test.each(catalog.map((r) => [r.id, r] as const))(
    "row %s: title and pillar as the template has them",
    (id, row) => {
      const s = seedById.get(id)!;
      const swapped: Record<string, string> = { "9.1": "9.2", "9.2": "9.1" }; // defect 1: labelled by what they hold
      const expected = swapped[id]
        ? clean(seedById.get(swapped[id])!.cells[1]).replace(
            /\((a|b)\)$/,
            id === "9.1" ? "(a)" : "(b)"
          )
        : clean(s.cells[1]);
      expect(row.title).toBe(expected);
      const pillar = pillars.find((p) => p.id === row.pillar)!;
      expect(pillar.heading ? pillar.title : null).toBe(s.pillar);
      expect(row.parent).toBe(id.includes(".") ? id.split(".")[0] : null);
    }
  );

  test("defect 1: 9.1 is the evaluated-and-labelled count (a), 9.2 the managed count (b), 9 = 9.1 / 9.2", () => {
    expect(findRow("9.1")!.title).toMatch(/được đánh giá an toàn thông tin.*\(a\)$/);
    expect(findRow("9.2")!.title).toBe("Số trang, cổng thông tin điện tử đơn vị đang quản lý (b)");
    expect(templateKeys["9.1"][0]).toMatch(/dangquanlyduocdanhgia/);
    expect(findRow("9")!.parts).toEqual({ num: "9.1", den: "9.2" });
  });

  test.each(SPEC.map((s) => [s[0], s[1], s[2], s[3] ?? "", s[4] ?? ""]))(
    "row %s: kind %s, target %s, parts %s %s",
    (id, kind, target, num, den) => {
      const row = findRow(id)!;
      expect(row.kind).toBe(kind);
      expect(row.target).toBe(target);
      if (num) expect(row.parts).toEqual({ num, den });
      else expect(row.parts).toBeUndefined();
      if (target) expect(defaultTarget(id, "so")).toBe(target);
    }
  );

  test("18 is tiered: ≥ 50% (so), ≥ 40% (huyen), ≥ 35% (xa)", () => {
    expect(findRow("18")!.kind).toBe("ratio");
    expect(findRow("18")!.target).toEqual({ so: "≥ 50%", huyen: "≥ 40%", xa: "≥ 35%" });
    expect(findRow("18")!.parts).toEqual({ num: "18.1", den: "18.2" });
    expect([
      defaultTarget("18", "so"),
      defaultTarget("18", "huyen"),
      defaultTarget("18", "xa"),
    ]).toEqual(["≥ 50%", "≥ 40%", "≥ 35%"]);
  });

  test("group headings 12, 14, 28, 29 have no figure; every other row without a target is a count", () => {
    for (const id of GROUPS) {
      expect(findRow(id)!.kind).toBe("group");
      expect(templateKeys[id]).toEqual([]);
      expect(childrenOf(id).length).toBeGreaterThanOrEqual(2);
    }
    const specified = new Set([...SPEC.map((s) => s[0]), "18", ...GROUPS]);
    for (const row of catalog.filter((r) => !specified.has(r.id))) {
      expect([row.id, row.kind, row.target]).toEqual([row.id, "count", null]);
    }
  });

  test("every part of a ratio is a count row; 18.2 is 17.2's quantity; 22.1 counts the units that did 22", () => {
    for (const row of catalog.filter((r) => r.parts)) {
      expect(findRow(row.parts!.num)!.kind).toBe("count");
      expect(findRow(row.parts!.den)!.kind).toBe("count");
    }
    expect(findRow("18.2")!.sameAs).toBe("17.2");
    expect(findRow("22.1")!.countsUnitsOf).toBe("22");
  });

  test("the target's number is read from the indicator text (its own, or its heading's)", () => {
    for (const row of catalog.filter((r) => typeof r.target === "string" && r.kind !== "yesno")) {
      const number = (row.target as string).replace(/^[^\d]*/, "").replace("%", "");
      const text = row.title + " " + (row.parent ? findRow(row.parent)!.title : "");
      expect([row.id, text.includes(number + "%") || text.includes("nhóm " + number)]).toEqual([
        row.id,
        true,
      ]);
    }
  });

  test("the template keys of every row are the template's 163 placeholders, typos included", () => {
    expect(Object.keys(templateKeys).sort()).toEqual(seed.map((r) => r.id).sort());
    for (const s of seed) expect([s.id, templateKeys[s.id]]).toEqual([s.id, s.placeholders]);
    expect(Object.values(templateKeys).flat()).toHaveLength(163);
  });
});

import fs from "fs";
import path from "path";
import { findUnits, matchUnit, officialUnits, type NamedUnit } from "../../src/core";

const TSV = path.resolve(__dirname, "../../data/hcmc-communes-2025.tsv");

describe("the official roster of commune-level units", () => {
  test("holds the 168 units of the list, as the list has them", () => {
    const [header, ...lines] = fs.readFileSync(TSV, "utf8").trim().split(/\r?\n/);
    expect(header).toBe("code\tname\tkind");
    expect(officialUnits.map((u) => [u.code, u.name, u.kind].join("\t"))).toEqual(lines);
  });

  test("168 units: 113 phường, 54 xã, 1 đặc khu, codes unique, five digits, names with their kind", () => {
    expect(officialUnits).toHaveLength(168);
    const count = (kind: string) => officialUnits.filter((u) => u.kind === kind).length;
    expect([count("phường"), count("xã"), count("đặc khu")]).toEqual([113, 54, 1]);
    expect(new Set(officialUnits.map((u) => u.code)).size).toBe(168);
    for (const u of officialUnits) {
      expect(u.code).toMatch(/^\d{5}$/);
      expect(
        u.name.startsWith({ phường: "Phường ", xã: "Xã ", "đặc khu": "Đặc khu " }[u.kind])
      ).toBe(true);
    }
  });

  test("every official name finds itself first, and matches itself alone", () => {
    for (const u of officialUnits) {
      expect(findUnits(u.name)[0]).toBe(u);
      expect(matchUnit(u.name)).toBe(u);
      expect(findUnits(u.code)).toEqual([u]);
    }
  });
});

// Queries as analysts type them (prefixes, abbreviations, no diacritics, odd spacing, typos) → the first result.
const FIRST: ReadonlyArray<[string, string]> = [
  ["ben thanh", "Phường Bến Thành"],
  ["P. Bến Thành", "Phường Bến Thành"],
  ["phuong ben thanh", "Phường Bến Thành"],
  ["UBND phường Bến Thành", "Phường Bến Thành"],
  ["Ủy ban nhân dân phường Bến Thành", "Phường Bến Thành"],
  ["ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH", "Phường Bến Thành"],
  ["  Bến   Thành ", "Phường Bến Thành"],
  ["P.Bến Thành", "Phường Bến Thành"],
  ["Bến\u200bThành", "Phường Bến Thành"],
  ["Bến Thành".normalize("NFD"), "Phường Bến Thành"],
  ["Tân Sơn", "Phường Tân Sơn"],
  ["tan son", "Phường Tân Sơn"],
  ["Tân Sơn Nhất", "Phường Tân Sơn Nhất"],
  ["tan son nhi", "Phường Tân Sơn Nhì"],
  ["Tân Sơn Hoà", "Phường Tân Sơn Hòa"],
  ["Bình Hưng", "Xã Bình Hưng"],
  ["Bình Hưng Hòa", "Phường Bình Hưng Hòa"],
  ["xa binh hung", "Xã Bình Hưng"],
  ["Thạnh An", "Xã Thạnh An"],
  ["Thanh An", "Xã Thanh An"],
  ["xã Thạnh An", "Xã Thạnh An"],
  ["Côn Đảo", "Đặc khu Côn Đảo"],
  ["đặc khu côn đảo", "Đặc khu Côn Đảo"],
  ["con dao", "Đặc khu Côn Đảo"],
  ["Sài Gòn", "Phường Sài Gòn"],
  ["UBND P. Sài Gòn", "Phường Sài Gòn"],
  ["sai gon", "Phường Sài Gòn"],
  ["Tân Định", "Phường Tân Định"],
  ["Thủ Dầu Một", "Phường Thủ Dầu Một"],
  ["thu dau mot", "Phường Thủ Dầu Một"],
  ["Thủ Đức", "Phường Thủ Đức"],
  ["Vũng Tàu", "Phường Vũng Tàu"],
  ["Gò Vấp", "Phường Gò Vấp"],
  ["Củ Chi", "Xã Củ Chi"],
  ["Cần Giờ", "Xã Cần Giờ"],
  ["Nhà Bè", "Xã Nhà Bè"],
  ["Hóc Môn", "Xã Hóc Môn"],
  ["hoc mon", "Xã Hóc Môn"],
  ["Chợ Lớn", "Phường Chợ Lớn"],
  ["Bình Tân", "Phường Bình Tân"],
  ["Tân An Hội", "Xã Tân An Hội"],
  ["An Hội Tây", "Phường An Hội Tây"],
  ["Vĩnh Lộc", "Xã Vĩnh Lộc"],
  ["Tân Vĩnh Lộc", "Xã Tân Vĩnh Lộc"],
  ["Long Hòa", "Xã Long Hòa"],
  ["Long Hoà", "Xã Long Hòa"],
  ["Ben Thanh", "Phường Bến Thành"],
  ["Bến Thàn", "Phường Bến Thành"], // still typing
  ["Bến Thanh", "Phường Bến Thành"],
  ["ben tanh", "Phường Bến Thành"], // a typo
  ["Xuân Thới Sơn", "Xã Xuân Thới Sơn"],
  ["Tân Uyên", "Phường Tân Uyên"],
  ["Bắc Tân Uyên", "Xã Bắc Tân Uyên"],
  ["x. Bình Chánh", "Xã Bình Chánh"],
  ["phường Long Bình", "Phường Long Bình"],
  ["25747", "Phường Thủ Dầu Một"],
];

describe("findUnits", () => {
  test.each(FIRST)("%j finds %s first", (query, name) => {
    expect(findUnits(query)[0]?.name).toBe(name);
  });

  test("Tân Sơn: Phường Tân Sơn before Tân Sơn Nhất, Tân Sơn Nhì and Tân Sơn Hòa, all of them found", () => {
    const names = findUnits("Tân Sơn").map((u) => u.name);
    expect(names[0]).toBe("Phường Tân Sơn");
    expect(names.slice(1, 4).sort()).toEqual([
      "Phường Tân Sơn Hòa",
      "Phường Tân Sơn Nhì",
      "Phường Tân Sơn Nhất",
    ]);
  });

  test("Bình Hưng: Xã Bình Hưng before Phường Bình Hưng Hòa", () => {
    const names = findUnits("Bình Hưng").map((u) => u.name);
    expect(names.indexOf("Xã Bình Hưng")).toBe(0);
    expect(names).toContain("Phường Bình Hưng Hòa");
  });

  test("the kind word hints, never excludes", () => {
    expect(findUnits("phường Bình Hưng")[0].name).toBe("Xã Bình Hưng"); // the only Bình Hưng is a xã
    expect(findUnits("phường Thanh An")[0].name).toBe("Xã Thanh An");
  });

  test.each(["", "   ", "Quận 1", "zzz", "Sở Khoa học và Công nghệ", "UBND"])(
    "%j finds nothing",
    (query) => {
      expect(findUnits(query)).toEqual([]);
    }
  );

  test("on a roster of the city's own, with its sở, ban, ngành and their codes", () => {
    const roster: NamedUnit[] = [
      ...officialUnits,
      { code: "SKHCN", name: "Sở Khoa học và Công nghệ" },
      { code: "STC", name: "Sở Tài chính" },
      { code: "SNV", name: "Sở Nội vụ" },
    ];
    expect(findUnits("so khoa hoc", roster)[0].code).toBe("SKHCN");
    expect(findUnits("skhcn", roster)[0].code).toBe("SKHCN");
    expect(findUnits("Sở Tài chính", roster)[0].code).toBe("STC");
    expect(findUnits("Bến Thành", roster)[0].code).toBe("26743");
  });
});

describe("matchUnit: the one entry a report's unit name means, or none", () => {
  test.each([
    ["UBND phường Bến Thành", "Phường Bến Thành"],
    ["P. Tân Sơn", "Phường Tân Sơn"],
    ["Bình Hưng", "Xã Bình Hưng"],
    ["Thạnh An", "Xã Thạnh An"],
    ["Xã Thanh An", "Xã Thanh An"],
    ["Ben Thanh", "Phường Bến Thành"],
    ["Bến Thànhh", "Phường Bến Thành"],
    ["26743", "Phường Bến Thành"],
  ])("%j is %s", (name, expected) => {
    expect(matchUnit(name)?.name).toBe(expected);
  });

  test.each(["Tân Sơn Nh", "Bến", "Quận 1", "", "Sở Tài chính"])("%j is no unit", (name) => {
    expect(matchUnit(name)).toBeNull();
  });

  test("two entries equal but for their diacritics, and a name typed without them: no guess", () => {
    expect(matchUnit("thanh an")).toBeNull();
    expect(matchUnit("Thanh An")).toBeNull();
    expect(
      findUnits("thanh an")
        .map((u) => u.name)
        .sort()
    ).toEqual(["Xã Thanh An", "Xã Thạnh An"]);
  });
});

/**
 * List drop-downs as real Excel reads them: an inline source is split on commas whatever the locale (office-js #2128),
 * so "Sở, ban, ngành" would be offered as three words and its Stop alert would refuse the real one. The fake Excel
 * splits as Excel does; every drop-down the add-in writes must offer exactly its words.
 */
import { buildRosterSheet, buildSheet, type SheetSpec } from "../../src/sheets";
import { listSource, OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel } from "../support/officeMock";

const PERIOD = { year: 2025, part: "Q3" } as const;

async function offered(spec: SheetSpec): Promise<[string, string[], string[]][]> {
  const excel = new FakeExcel();
  await new OfficeWorkbook(excel.run).writeSheet(spec);
  const sheet = excel.sheet(spec.name);
  return spec.validations.flatMap((v) =>
    v.rule.type === "list"
      ? [[v.range, sheet.offered(v.range), [...v.rule.items]] as [string, string[], string[]]]
      : []
  );
}

test("the fake splits an inline list on commas, as Excel does", () => {
  const excel = new FakeExcel();
  const sheet = excel.addSheet("S");
  sheet.validations.set("A1", {
    rule: { list: { inCellDropDown: true, source: "Sở, ban, ngành,Phường, xã, đặc khu" } },
  });
  expect(sheet.offered("A1")).toEqual(["Sở", "ban", "ngành", "Phường", "xã", "đặc khu"]);
});

test("the roster's drop-downs offer exactly their words (Cấp from its hidden cells)", async () => {
  const lists = await offered(buildRosterSheet());
  expect(lists.map(([range]) => range[0])).toEqual(["D", "E"]);
  for (const [, shown, items] of lists) expect(shown).toEqual(items);
  expect(lists[0][1]).toEqual(["Phường, xã, đặc khu", "Sở, ban, ngành"]);
});

test.each(["so", "xa", "huyen", "tp"] as const)(
  "the unit sheet's yes/no drop-downs (%s) offer exactly their words",
  async (level) => {
    const lists = await offered(buildSheet({ unit: "Đơn vị A", level, period: PERIOD }));
    expect(lists.length).toBeGreaterThan(0);
    for (const [, shown, items] of lists) expect(shown).toEqual(items);
  }
);

test("a list item with a comma and no range source is refused before anything is written", () => {
  expect(() => listSource({ type: "list", items: ["Sở, ban, ngành"] })).toThrow(/comma/);
  expect(listSource({ type: "list", items: ["Có", "Không"] })).toBe("Có,Không");
  expect(listSource({ type: "list", items: ["a, b"], source: "$F$2:$F$2" })).toBe("=$F$2:$F$2");
});

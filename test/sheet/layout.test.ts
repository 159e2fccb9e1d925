/**
 * The standard sheet as data, byte for byte: buildSheet for each level and for sheets rebuilt over kept cells is
 * compared with the specs recorded in test/fixtures/buildSheet-*.json. A change to the layout's code that changes
 * no sheet leaves them equal; a change that does shows here. After an intended change of the sheet, record the specs
 * again with CDS_RECORD_LAYOUT=1 and review the JSON diff.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  bodySlot,
  buildSheet,
  COL,
  headSlot,
  tailSlot,
  type Preserved,
  type SheetParams,
} from "../../src/core/sheet/layout";

const FIXTURES = join(__dirname, "..", "fixtures");
const RECORD = process.env.CDS_RECORD_LAYOUT === "1";

const Q3 = { year: 2025, part: "Q3" } as const;

const CASES: Record<string, { params: SheetParams; preserved?: Preserved }> = {
  so: { params: { unit: "Sở Khoa học và Công nghệ", level: "so", period: Q3, code: "SKHCN" } },
  xa: {
    params: {
      unit: "Ủy ban nhân dân phường Sài Gòn",
      level: "xa",
      period: { year: 2025, part: "Y" },
    },
  },
  huyen: {
    params: {
      unit: "Ủy ban nhân dân huyện Cần Giờ",
      level: "huyen",
      period: { year: 2024, part: "H1" },
    },
  },
  tp: {
    params: { unit: "Thành phố Hồ Chí Minh", level: "tp", period: { year: 2026, part: "Q1" } },
  },
  // an analyst's sheet rebuilt: typed figures (one as text), a formula in a note, a number as evidence, a line below
  // the table, a cell beside the title block
  "xa-preserved": {
    params: { unit: "Ủy ban nhân dân xã Bình Chánh", level: "xa", period: Q3, code: "X-042" },
    preserved: {
      cells: {
        [bodySlot("9.1", COL.figure)]: { number: 12 },
        [bodySlot("9.2", COL.figure)]: { text: "chưa thống kê" },
        [bodySlot("14.1", COL.figure)]: { number: 0.35 },
        [bodySlot("2", COL.figure)]: { text: "Đã ban hành" },
        [bodySlot("2", COL.evidence)]: { number: 4512 },
        [bodySlot("16", COL.note)]: { formula: "=C30*2" },
        [bodySlot("18", COL.target)]: { text: "≥ 40%" },
        [bodySlot("#pillar:kinh-te-so", COL.note)]: { text: "ghi chú khối" },
        [headSlot(2, 3)]: { text: "Người lập: Nguyễn Văn A" },
        [headSlot(5, 1)]: { number: 7 },
        [tailSlot(2, 1)]: { text: "Người ký" },
        [tailSlot(3, COL.figure)]: { formula: "=SUM(C7:C9)" },
      },
    },
  },
  // the city sheet the consolidation writes: its figures, verdicts and notes over the kept cells; a title typed over
  "tp-consolidated": {
    params: { unit: "Thành phố Hồ Chí Minh", level: "tp", period: { year: 2025, part: "Q4" } },
    preserved: {
      cells: {
        [headSlot(1, 0)]: { text: "BÁO CÁO TỔNG HỢP" },
        [bodySlot("25", COL.note)]: { text: "Số liệu của Cục Thống kê" },
      },
      figures: {
        "9.1": { number: 120 },
        "9.2": { number: 130 },
        "22": { text: "12/20 đơn vị" },
        "25": { number: 0.21 },
      },
      verdicts: { "22": { text: "Chưa đạt" }, "25": { text: "Đạt" } },
      notes: { "22": "12 trên 20 đơn vị", "9": "" },
    },
  },
};

describe.each(Object.keys(CASES))("buildSheet %s", (name) => {
  const file = join(FIXTURES, `buildSheet-${name}.json`);
  const { params, preserved } = CASES[name];
  const spec = JSON.parse(JSON.stringify(buildSheet(params, preserved))) as unknown;

  it("is the recorded spec", () => {
    if (RECORD) writeFileSync(file, JSON.stringify(spec, null, 1) + "\n", "utf8");
    expect(existsSync(file)).toBe(true);
    expect(spec).toStrictEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});

/**
 * A workbook at the city's scale, as the coordinating department has it: unit sheets of long-named units (the 168
 * official phường, xã and đặc khu as "Ủy ban nhân dân …", some 30 sở), every figure typed, an 80-character Vietnamese
 * note on every row, a stray keystroke at Z5000, and an unrelated 20,000-row data sheet. Used by the limits tests and
 * the benchmarks (so it needs no jest).
 */
import { catalog, officialUnits, yesNoWords } from "../../src/core";
import { buildSheet, COL, columnLetter, FIRST_BODY_ROW, sheetName } from "../../src/sheets";
import { type CellValue, type SheetParams } from "../../src/core";
import type { FakeExcel, Seed } from "./officeMock";
import { reportCells } from "./reportCells";

export const SCALE_PERIOD = { year: 2025, part: "Q3" } as const;

const SO = [
  "Sở Khoa học và Công nghệ",
  "Sở Tài chính",
  "Sở Tư pháp",
  "Sở Nội vụ",
  "Sở Công Thương",
  "Sở Xây dựng",
  "Sở Nông nghiệp và Môi trường",
  "Sở Giáo dục và Đào tạo",
  "Sở Y tế",
  "Sở Văn hóa và Thể thao",
  "Sở Du lịch",
  "Sở Dân tộc và Tôn giáo",
  "Sở Ngoại vụ",
  "Sở Quy hoạch - Kiến trúc",
  "Sở An toàn thực phẩm",
  "Thanh tra Thành phố",
  "Văn phòng Ủy ban nhân dân Thành phố",
  "Ban Quản lý các Khu chế xuất và công nghiệp",
  "Ban Quản lý Khu công nghệ cao",
  "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông",
  "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp",
  "Ban Quản lý Đường sắt đô thị",
  "Trung tâm Chuyển đổi số Thành phố",
  "Trung tâm Phục vụ hành chính công Thành phố",
  "Bảo hiểm xã hội Thành phố",
  "Cục Thuế Thành phố",
  "Công an Thành phố",
  "Bộ Chỉ huy Quân sự Thành phố",
  "Kho bạc Nhà nước khu vực II",
  "Cục Thống kê Thành phố",
];

/** n units: the 30 sở first, then the 168 communes as their people's committees, then copies numbered beyond. */
export function scaleUnits(n: number): SheetParams[] {
  const names: { unit: string; level: "so" | "xa" }[] = [
    ...SO.map((unit) => ({ unit, level: "so" as const })),
    ...officialUnits.map(({ name }) => ({
      unit: `Ủy ban nhân dân ${name.replace(/^(Phường|Xã|Đặc khu)/, (w) => w.toLowerCase())}`,
      level: "xa" as const,
    })),
  ];
  return Array.from({ length: n }, (_, i) => {
    const base = names[i % names.length];
    const round = Math.floor(i / names.length);
    const unit = round ? `${base.unit} (bản thử ${round + 1})` : base.unit;
    return { unit, level: base.level, period: SCALE_PERIOD };
  });
}

const NOTE_WORDS = [
  "Số liệu tổng hợp từ hệ thống một cửa điện tử của đơn vị,",
  "đã đối chiếu với sổ theo dõi hồ sơ và báo cáo của bộ phận",
  "tiếp nhận; chênh lệch do hồ sơ chuyển kỳ được giải trình",
  "trong phụ lục kèm theo, đề nghị Sở xem xét.",
];

/** An 80-character note typed by an analyst, different on every row. */
export function note(seed: number): string {
  const text = `${seed}. ${NOTE_WORDS.join(" ")} ${NOTE_WORDS.join(" ")}`;
  return text.slice(0, 80);
}

/** Figures as a unit types them, from a fixed seed: counts with numerators within their denominators. */
export function scaleInputs(i: number): Record<string, number | string> {
  let seed = 42 + i * 7919;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const inputs: Record<string, number | string> = {};
  for (const row of catalog) {
    if (row.kind === "count") inputs[row.id] = 100 + Math.floor(rnd() * 900);
    if (row.kind === "yesno") inputs[row.id] = yesNoWords(row)[rnd() < 0.8 ? 0 : 1];
    if (row.kind === "percent") inputs[row.id] = Math.round(rnd() * 1000) / 1000;
  }
  for (const row of catalog) {
    if (row.parts)
      inputs[row.parts.num] = Math.min(
        Number(inputs[row.parts.num]),
        Number(inputs[row.parts.den])
      );
  }
  return inputs;
}

/**
 * The cells of a unit's sheet as the analyst leaves it: the generated sheet (formulas with the values Excel shows),
 * the figures typed, the evidence of what is done, and a note on every body row.
 */
export function scaleSheetCells(params: SheetParams, i: number): Record<string, Seed> {
  const spec = buildSheet(params);
  const cells: Record<string, Seed> = {};
  spec.cells.forEach((line, r) =>
    line.forEach((content, c) => {
      const address = `${columnLetter(c)}${r + 1}`;
      if ("text" in content) cells[address] = content.text;
      else if ("number" in content) cells[address] = content.number;
      else if ("bool" in content) cells[address] = content.bool;
      else if ("formula" in content) {
        const value: CellValue = c === COL.figure ? 0.6234 : "Chưa đạt";
        cells[address] = { formula: content.formula, value };
      }
    })
  );
  Object.assign(cells, reportCells(scaleInputs(i)));
  for (let r = FIRST_BODY_ROW; r < spec.cells.length + 1; r++) {
    cells[`${columnLetter(COL.note)}${r}`] = note(i * 1000 + r);
    cells[`${columnLetter(COL.evidence)}${r}`] = "Kế hoạch 2649/KH-UBND ngày 16/6/2023";
  }
  return cells;
}

/** A sheet name for a unit, unique in the workbook (long names share their first 31 characters). */
function uniqueName(excel: FakeExcel, params: SheetParams, i: number): string {
  const name = sheetName(params);
  const taken = (n: string) => excel.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase());
  if (!taken(name)) return name;
  const suffix = ` ${i}`;
  return name.slice(0, 31 - suffix.length) + suffix;
}

/** The unrelated data sheet: 20,000 rows of dossiers (about 2.9 MB as JSON), as analysts keep beside the report. */
export function addDataSheet(excel: FakeExcel, rows = 20_000): void {
  const cells: Record<string, Seed> = {
    A1: "STT",
    B1: "Mã hồ sơ",
    C1: "Thủ tục",
    D1: "Ngày nhận",
    E1: "Trạng thái",
    F1: "Đơn vị",
  };
  for (let r = 2; r <= rows; r++) {
    cells[`A${r}`] = r - 1;
    cells[`B${r}`] = `H29.${String(100000 + r)}-250715-0001`;
    cells[`C${r}`] = "Cấp giấy chứng nhận đăng ký hộ kinh doanh";
    cells[`D${r}`] = 45853 + (r % 90);
    cells[`E${r}`] = r % 5 ? "Đã giải quyết đúng hạn" : "Đang xử lý";
    cells[`F${r}`] = "Phường Bến Thành";
  }
  excel.addSheet("Dữ liệu hồ sơ", cells);
}

/**
 * A workbook of n unit sheets of SCALE_PERIOD, the data sheet first, one unit sheet of another period, and a stray
 * cell at Z5000 on the first unit sheet. Returns the units' sheet names.
 */
export function seedCityWorkbook(excel: FakeExcel, n: number): string[] {
  addDataSheet(excel);
  const names: string[] = [];
  scaleUnits(n).forEach((params, i) => {
    const name = uniqueName(excel, params, i);
    excel.addSheet(name, scaleSheetCells(params, i));
    names.push(name);
  });
  excel.seed(names[0], { Z5000: "x" });
  const old: SheetParams = { ...scaleUnits(1)[0], period: { year: 2025, part: "Q2" } };
  excel.addSheet(uniqueName(excel, old, n), scaleSheetCells(old, 0));
  return names;
}

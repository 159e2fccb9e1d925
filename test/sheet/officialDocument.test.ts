/** @jest-environment node */
/**
 * The report and the reminder letter as official documents (docs/domain.md#official-documents), read from the .docx
 * they are: each section's page, margins and header parts, the header blocks' words and sizes, the body's paragraphs,
 * Nơi nhận and the signature, the appendix — for a unit, for the city, with and without a comparison.
 */
import {
  COMPARISON_COL,
  readSheetChanges,
  readUnitSheet,
  sheetName,
  standardRows,
} from "../../src/sheets";
import { exportReport, reminderLetter } from "../../src/usecases";
import type { MemoryWorkbook } from "../../src/workbook/memory";
import { A, PERIOD } from "../support/cityUnits";
import {
  cityWorkbook,
  comparedWorkbook,
  docxParts,
  EMPTY_SETTINGS,
  look,
  paragraph,
  paragraphs,
  sections,
  SETTINGS,
  unitWorkbook,
} from "../support/officialDocs";

jest.setTimeout(60_000); // the city's workbooks are consolidated for real

const rows = standardRows();
const mm = (x: number) => Math.round((x * 1440) / 25.4);
const texts = (xml: string) => paragraphs(xml).map((p) => p.text);

async function report(wb: MemoryWorkbook, settings = SETTINGS) {
  const out = await exportReport(wb, { params: A, settings });
  return { out, parts: await docxParts(out.data) };
}

describe("the report's layout (Nghị định 30/2020, Phụ lục I)", () => {
  let parts: Awaited<ReturnType<typeof docxParts>>;
  beforeAll(async () => {
    parts = (await report(await unitWorkbook())).parts;
  });

  test("A4: the report portrait, the appendix a landscape section of its own; the decree's margins", () => {
    const [body, appendix, ...more] = sections(parts);
    expect(more).toEqual([]);
    expect([body.width, body.height, body.orient]).toEqual([11906, 16838, "portrait"]);
    expect([appendix.width, appendix.height, appendix.orient]).toEqual([16838, 11906, "landscape"]);
    for (const s of [body, appendix]) {
      expect(s.margins.top).toBeGreaterThanOrEqual(mm(20));
      expect(s.margins.top).toBeLessThanOrEqual(mm(25));
      expect(s.margins.bottom).toBeGreaterThanOrEqual(mm(20));
      expect(s.margins.bottom).toBeLessThanOrEqual(mm(25));
      expect(s.margins.left).toBeGreaterThanOrEqual(mm(30));
      expect(s.margins.left).toBeLessThanOrEqual(mm(35));
      expect(s.margins.right).toBeGreaterThanOrEqual(mm(15));
      expect(s.margins.right).toBeLessThanOrEqual(mm(20));
    }
    // the appendix counts its own pages
    expect([body.restart, appendix.restart]).toEqual([null, 1]);
  });

  test("page numbers: a PAGE field centred in the header from page 2, none on page 1 (titlePg)", () => {
    for (const s of sections(parts)) {
      expect(s.titlePage).toBe(true);
      const page = parts.headers[s.headers.default];
      const first = parts.headers[s.headers.first];
      expect(page).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(page).toMatch(/<w:jc w:val="center"\/>/);
      expect(page).toMatch(/<w:sz w:val="28"\/>/); // 14 pt
      expect(first).toBeDefined();
      expect(first).not.toMatch(/PAGE/);
      expect(texts(first).join("")).toBe("");
    }
  });

  test("the header blocks: agencies in capitals, the number, Quốc hiệu, Tiêu ngữ, place and date, at their sizes", () => {
    const doc = parts.document;
    const at = (t: string) => look(paragraph(doc, t));
    expect(at("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH")).toMatchObject({ size: 12, bold: false });
    expect(at("SỞ KHOA HỌC VÀ CÔNG NGHỆ")).toMatchObject({ size: 12, bold: true });
    expect(at("Số: 05/BC-SKHCN")).toMatchObject({ size: 13, bold: false, italics: false });
    expect(at("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toMatchObject({ size: 12, bold: true });
    expect(at("Độc lập - Tự do - Hạnh phúc")).toMatchObject({ size: 13, bold: true });
    expect(at("Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026")).toMatchObject({
      size: 13,
      italics: true,
      bold: false,
    });
    expect(at("BÁO CÁO")).toMatchObject({ size: 14, bold: true });
    expect(at("Kết quả thực hiện các chỉ tiêu chuyển đổi số quý III năm 2025")).toMatchObject({
      size: 14,
      bold: true,
    });
    expect(at("Kính gửi: Ủy ban nhân dân Thành phố Hồ Chí Minh.")).toMatchObject({ size: 14 });
    // the order on the page: the first table's cells row by row, then the type and subject
    const order = texts(doc);
    const where = (t: string) => order.indexOf(t);
    expect(where("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH")).toBeLessThan(
      where("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    );
    expect(where("SỞ KHOA HỌC VÀ CÔNG NGHỆ")).toBeLessThan(
      where("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    );
    expect(where("Độc lập - Tự do - Hạnh phúc")).toBeLessThan(where("Số: 05/BC-SKHCN"));
    expect(where("Số: 05/BC-SKHCN")).toBeLessThan(
      where("Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026")
    );
    expect(where("Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026")).toBeLessThan(
      where("BÁO CÁO")
    );
    // the header table has no borders: only the rules under the agency, the Tiêu ngữ and the subject
    const header = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    expect(header).not.toMatch(/<w:(top|left|right|insideH|insideV) w:val="single"/);
    expect(header.match(/<w:pBdr>\s*<w:bottom w:val="single"/g)).toHaveLength(2);
  });

  test("every run is Times New Roman; the body is justified, first line indented, 6 pt after, 14 pt", () => {
    const doc = parts.document;
    const fonts = new Set([...doc.matchAll(/<w:rFonts w:ascii="([^"]*)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(["Times New Roman"]);
    const body = paragraphs(doc).filter((p) => /<w:jc w:val="both"\/>/.test(p.xml));
    expect(body.length).toBeGreaterThan(10);
    for (const p of body) {
      expect(p.xml).toMatch(/<w:ind w:firstLine="720"\/>/); // 1,27 cm
      expect(p.xml).toMatch(/w:after="120"/); // 6 pt
      expect(look(p).size).toBe(14);
    }
    expect(body[0].text).toMatch(/^Thực hiện chế độ báo cáo/);
  });

  test("Nơi nhận (12 pt bold italic) and its list (11 pt); the signature: authority and title in capitals bold, the name bold", () => {
    const doc = parts.document;
    expect(look(paragraph(doc, "Nơi nhận:"))).toMatchObject({
      size: 12,
      bold: true,
      italics: true,
    });
    for (const l of ["- Như trên;", "- Lưu: VT, CĐS."])
      expect(look(paragraph(doc, l))).toMatchObject({ size: 11, bold: false });
    for (const l of ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"])
      expect(look(paragraph(doc, l))).toMatchObject({ size: 14, bold: true });
    const order = texts(doc);
    expect(order.indexOf("Nơi nhận:")).toBeLessThan(order.indexOf("KT. GIÁM ĐỐC"));
    expect(order.indexOf("Nguyễn Văn A")).toBeLessThan(order.indexOf("Phụ lục"));
  });

  test("the appendix: Phụ lục, its title in capitals, what it goes with, the five columns (header repeats, rows never split)", () => {
    const doc = parts.document;
    const sect = doc.indexOf("<w:sectPr"); // the first section's end: the appendix comes after it
    expect(doc.indexOf(">Phụ lục<")).toBeGreaterThan(sect);
    expect(look(paragraph(doc, "Phụ lục"))).toMatchObject({ size: 14, bold: true });
    expect(
      look(paragraph(doc, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ QUÝ III NĂM 2025"))
    ).toMatchObject({ size: 14, bold: true });
    expect(
      look(
        paragraph(
          doc,
          "(Kèm theo Báo cáo số 05/BC-SKHCN ngày 05/02/2026 của Sở Khoa học và Công nghệ)"
        )
      )
    ).toMatchObject({ size: 14, italics: true });
    const table = doc.slice(sect).match(/<w:tbl>[\s\S]*<\/w:tbl>/)![0];
    const trs = table.match(/<w:tr\b[\s\S]*?<\/w:tr>/g)!;
    expect(trs[0]).toMatch(/<w:tblHeader\/>/);
    expect(trs.every((tr) => /<w:cantSplit\/>/.test(tr))).toBe(true);
    expect(texts(trs[0])).toEqual(["STT", "Chỉ tiêu", "Số liệu tổng hợp", "Đánh giá", "Ghi chú"]);
    expect(trs.length).toBe(1 + Object.keys(rows).length + 5); // the header, every row, five pillar headings
  });
});

describe("typed once: blank fields print as the decree's blanks", () => {
  test("no number, no date, no signer: room to write them, never undefined", async () => {
    const { parts } = await report(await unitWorkbook(), {
      ...EMPTY_SETTINGS,
      reportSymbol: "bc-ubnd",
    });
    const all = texts(parts.document).join("\n");
    expect(all).not.toMatch(/undefined|null|NaN/);
    expect(all).toContain("Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND");
    expect(all).toContain(
      "…………, ngày\u00a0\u00a0\u00a0\u00a0 tháng\u00a0\u00a0\u00a0\u00a0 năm 20…"
    );
    expect(all).toContain("Kính gửi: ………………………………");
    expect(all).toContain("- Lưu: VT, ….");
    // the unit's own name stands for the agency not typed
    expect(all).toContain("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(all).toContain("(Kèm theo Báo cáo số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND ngày");
  });

  test("several recipients one a line, - first, ; after each, . after the last", async () => {
    const { parts } = await report(await unitWorkbook(), {
      ...SETTINGS,
      recipients: "Ủy ban nhân dân Thành phố\n- Sở Nội vụ;\n\n",
    });
    const all = texts(parts.document);
    const at = all.indexOf("Kính gửi:");
    expect(all.slice(at, at + 3)).toEqual([
      "Kính gửi:",
      "- Ủy ban nhân dân Thành phố;",
      "- Sở Nội vụ.",
    ]);
  });
});

describe("the body says what the sheet says", () => {
  test("a unit without a comparison: counts, each Chưa đạt with figure and target, what is missing; no comparison part", async () => {
    const wb = await unitWorkbook();
    const { parts } = await report(wb);
    const all = texts(parts.document);
    const sheet = sheetName(A);
    // 16.2's target is edited nowhere: 26 is Chưa đạt at 8,50% against > 8,5% — as the sheet shows them
    expect(wb.value(sheet, `D${rows["26"]}`)).toBe("Chưa đạt");
    expect(
      all.some(
        (t) => t.startsWith("- Chỉ tiêu 26 (") && t.includes(": đạt 8,50% (mục tiêu >\u00a08,5%)")
      )
    ).toBe(true);
    expect(all).toContain("1. Kết quả chung");
    expect(all.some((t) => t.startsWith("4. So với"))).toBe(false);
    expect(all.some((t) => /Tình hình nộp/.test(t))).toBe(false);
  });

  test("a unit with a comparison: what changed since the previous quarter, as column J shows it, worst news first", async () => {
    const wb = await comparedWorkbook();
    const sheet = sheetName(A);
    const j16 = wb.value(sheet, `J${rows["16"]}`);
    const j26 = wb.value(sheet, `J${rows["26"]}`);
    expect(j16).toMatch(/Chưa đạt → Đạt$/);
    expect(j26).toMatch(/Đạt → Chưa đạt$/);
    const { parts } = await report(wb);
    const all = texts(parts.document);
    const at = all.indexOf("4. So với Quý II năm 2025");
    expect(at).toBeGreaterThan(0);
    expect(all[at + 1]).toBe("2 chỉ tiêu thay đổi kết quả đánh giá:");
    expect(all[at + 2]).toMatch(new RegExp(`^- Chỉ tiêu 26 \\(.*\\): ${escape(String(j26))};$`));
    expect(all[at + 3]).toMatch(new RegExp(`^- Chỉ tiêu 16 \\(.*\\): ${escape(String(j16))}\\.$`));
    // a Chưa đạt line carries its change, unless nothing changed
    expect(all.some((t) => t.includes("so với kỳ trước: 0,00 điểm %"))).toBe(false);
    expect(
      all.some((t) => t.startsWith("- Chỉ tiêu 26 (") && t.includes(`so với kỳ trước: ${j26}`))
    ).toBe(true);
  });

  test("where column J shows an error (the custom functions not loaded), the change is worked out by its function", async () => {
    const wb = await comparedWorkbook();
    const [snapshot] = await wb.readSheets([sheetName(A)]);
    const [wide] = Object.values((await wb.read({ names: [sheetName(A)], extent: "used" })).byName);
    const sheet = readUnitSheet(snapshot);
    const shown = readSheetChanges(sheet, wide!)!;
    const broken = {
      ...wide!,
      values: wide!.values.map((line) =>
        line.map((v, c) =>
          c === COMPARISON_COL.change && typeof v === "string" && /[+−→]/.test(v) ? "#NAME?" : v
        )
      ),
    };
    const worked = readSheetChanges(sheet, broken)!;
    expect(Object.keys(shown.rows).length).toBeGreaterThan(10);
    expect(worked).toEqual(shown);
  });

  test("the city: how many units reported per tier and which did not, from the status sheet", async () => {
    const wb = await cityWorkbook();
    const out = await exportReport(wb, {
      params: { unit: "", level: "tp", period: PERIOD },
      settings: SETTINGS,
    });
    const all = texts((await docxParts(out.data)).document);
    const at = all.findIndex((t) => /^\d\. Tình hình nộp báo cáo của các đơn vị$/.test(t));
    expect(at).toBeGreaterThan(0);
    expect(all[at + 1]).toBe(
      "Đã nhận báo cáo của 3/5 đơn vị trong danh sách (phường, xã, đặc khu: 2/3; sở, ban, ngành: 1/2)."
    );
    expect(all).toContain("- Phường, xã, đặc khu chưa nộp (1): Phường Tân Định.");
    expect(all).toContain("- Sở, ban, ngành chưa nộp (1): Sở Y tế.");
    expect(
      all.some((t) =>
        t.startsWith(
          "- Phường, xã, đặc khu nộp thiếu số liệu (2): Phường Sài Gòn, Phường Bến Thành"
        )
      )
    ).toBe(true);
    expect(all.some((t) => t.includes("toàn Thành phố"))).toBe(true);
  });
});

describe("Công văn đôn đốc", () => {
  test("to the units not reported or incomplete, by tier, under the letter's number and V/v; no type word", async () => {
    const wb = await cityWorkbook();
    const out = await reminderLetter(wb, { period: PERIOD, settings: SETTINGS });
    expect(out.fileName).toBe("CongVan_DonDoc_CDS_2025-Q3.docx");
    const parts = await docxParts(out.data);
    const [only, ...more] = sections(parts);
    expect(more).toEqual([]);
    expect([only.width, only.height, only.orient, only.titlePage]).toEqual([
      11906,
      16838,
      "portrait",
      true,
    ]);
    const doc = parts.document;
    const all = texts(doc);
    expect(all).not.toContain("BÁO CÁO");
    expect(look(paragraph(doc, "Số: 05/SKHCN-CĐS"))).toMatchObject({ size: 13 });
    const vv = "V/v đôn đốc gửi báo cáo các chỉ tiêu chuyển đổi số quý III năm 2025";
    expect(look(paragraph(doc, vv))).toMatchObject({ size: 12, bold: false, italics: false });
    expect(all.indexOf(vv)).toBe(all.indexOf("Số: 05/SKHCN-CĐS") + 1);
    // A's report lacks one row (37/38): it is reminded too
    const units = [
      "Phường Tân Định",
      "Phường Sài Gòn",
      "Phường Bến Thành",
      "Sở Y tế",
      "Sở Khoa học và Công nghệ",
    ];
    // five units: each named in Kính gửi, by tier
    const at = all.indexOf("Kính gửi:");
    expect(all.slice(at + 1, at + 1 + units.length)).toEqual(
      units.map((u, i) => `- ${u}${i === units.length - 1 ? "." : ";"}`)
    );
    // by tier in the body, the status sheet's order within each (not reported, then fewest rows first)
    const xa = all.indexOf("a) Phường, xã, đặc khu (3 đơn vị):");
    const so = all.indexOf("b) Sở, ban, ngành (2 đơn vị):");
    expect(xa).toBeGreaterThan(at);
    expect(all.slice(xa + 1, xa + 4)).toEqual([
      "- Phường Tân Định: chưa nộp báo cáo;",
      "- Phường Sài Gòn: nộp thiếu số liệu (đã nhập 5/38 dòng);",
      "- Phường Bến Thành: nộp thiếu số liệu (đã nhập 8/38 dòng).",
    ]);
    expect(all.slice(so + 1, so + 3)).toEqual([
      "- Sở Y tế: chưa nộp báo cáo;",
      "- Sở Khoa học và Công nghệ: nộp thiếu số liệu (đã nhập 37/38 dòng).",
    ]);
    expect(out).toMatchObject({ notSubmitted: 2, incomplete: 3 });
    expect(all).toContain("Nơi nhận:");
    expect(all).toContain("Nguyễn Văn A");
  });

  test("without a status sheet it says to consolidate first; nothing is made", async () => {
    const wb = await unitWorkbook();
    await expect(reminderLetter(wb, { period: PERIOD, settings: SETTINGS })).rejects.toThrow(
      "Chưa có trang “CĐS 2025-Q3 Tình hình nộp” (tình hình nộp báo cáo Quý III năm 2025): hãy bấm “Tổng hợp toàn thành phố” trước."
    );
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

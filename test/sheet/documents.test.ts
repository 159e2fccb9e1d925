/** @jest-environment node */
/** The report documents made from a sheet: the exported .docx (landscape, edited targets shown) and the filled template. */
import JSZip from "jszip";
import { catalog } from "../../src/core";
import { editedTarget, sheetName, standardRows } from "../../src/sheets";
import { exportReport, fillReport, fillTemplateInSheet, generateSheet } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { A } from "../support/cityUnits";
import { docxPlainText } from "../support/docxText";
import { typeReport } from "./support";

const rows = standardRows();

async function documentXml(data: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(data)).file("word/document.xml")!.async("string");
}

/** A unit sheet typed with the fixture report, 26's target set to `target` (when given), then filled. */
async function unitSheet(target?: string): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await generateSheet(wb, A);
  typeReport(wb, sheetName(A));
  if (target !== undefined) expect(wb.type(sheetName(A), `F${rows["26"]}`, target)).toBeNull();
  await fillReport(wb, { params: A });
  wb.activate(sheetName(A));
  return wb;
}

describe("Xuất báo cáo (.docx)", () => {
  test("the report is portrait A4, its appendix landscape A4 for real: wider than high, and marked so", async () => {
    const out = await exportReport(await unitSheet(), { params: A });
    const sizes = (await documentXml(out.data)).match(/<w:pgSz\b[^>]*>/g)!;
    const attr = (size: string, n: string) => new RegExp(`\\sw:${n}="([^"]*)"`).exec(size)?.[1];
    expect(sizes.map((s) => [attr(s, "w"), attr(s, "h"), attr(s, "orient")])).toEqual([
      ["11906", "16838", "portrait"],
      ["16838", "11906", "landscape"],
    ]);
  });

  test("a target edited in the sheet is shown beside the verdict; the default one is not mentioned", async () => {
    const before = docxPlainText(
      await documentXml((await exportReport(await unitSheet(), { params: A })).data)
    );
    expect(before).toContain("8,50%\nChưa đạt\n");
    expect(before).not.toContain("mục tiêu đã sửa");
    const after = docxPlainText(
      await documentXml((await exportReport(await unitSheet("> 8%"), { params: A })).data)
    );
    expect(after).toContain("8,50%\nĐạt (mục tiêu đã sửa: > 8%)\n");
    expect(after.match(/mục tiêu đã sửa/g)).toHaveLength(1); // only 26
  });

  test("a target written otherwise but meaning the default is not an edit", async () => {
    const out = docxPlainText(
      await documentXml((await exportReport(await unitSheet("trên 8,5%"), { params: A })).data)
    );
    expect(out).toContain("8,50%\nChưa đạt\n");
    expect(out).not.toContain("mục tiêu đã sửa");
  });
});

describe("Điền mẫu báo cáo: the note of a row whose target was edited says so", () => {
  test("[[ghichu.K]] of 26 carries the edited target and the default", async () => {
    const wb = await unitSheet("> 8%");
    wb.addSheet("Mẫu");
    const key = "Tytrongthuongmaidientutrongtongmucbanletren";
    wb.paste("Mẫu", "A1", `[[${key}]]`);
    wb.paste("Mẫu", "B1", `[[danhgia.${key}]]`);
    wb.paste("Mẫu", "C1", `[[ghichu.${key}]]`);
    wb.activate("Mẫu");
    await fillTemplateInSheet(wb, { params: A });
    expect([wb.value("Mẫu", "A1"), wb.value("Mẫu", "B1"), wb.value("Mẫu", "C1")]).toEqual([
      "8,50%",
      "Đạt",
      "Mục tiêu đã sửa trên bảng: > 8% (mặc định của mẫu: > 8,5%).",
    ]);
  });
});

describe("editedTarget", () => {
  const row = (id: string) => catalog.find((r) => r.id === id)!;
  test.each([
    ["26", "so", "> 8,5%", null],
    ["26", "so", "trên 8,5%", null],
    ["26", "so", ">8,50 %", null],
    ["26", "so", "> 8%", { shown: "> 8%", default: "> 8,5%" }],
    ["26", "so", "≥ 8,5%", { shown: "≥ 8,5%", default: "> 8,5%" }],
    ["26", "so", "", { shown: "", default: "> 8,5%" }],
    ["26", "so", "khong ro", { shown: "khong ro", default: "> 8,5%" }],
    ["16", "so", 0.6, null], // a cell formatted as 60%
    ["16", "so", 0.5, { shown: "≥ 50%", default: "≥ 60%" }],
    ["18", "xa", "≥ 35%", null],
    ["18", "xa", "≥ 40%", { shown: "≥ 40%", default: "≥ 35%" }],
    ["18", "tp", "", null],
    ["16.1", "so", "≥ 5", null], // a count: its target cell is not read
    ["2", "so", "Có", null],
  ] as const)("row %s at %s, target %j → %j", (id, level, cell, expected) => {
    expect(editedTarget(row(id), level, cell)).toEqual(expected);
  });
});

/** @jest-environment node */
/**
 * The files of the task pane: a .docx template filled (and refused when broken), the unit .xlsx read only as far as a
 * unit sheet reaches, the report exported as .docx.
 */
import { Document, Packer, Paragraph, TextRun, Header } from "docx";
import JSZip from "jszip";
import { evaluate } from "../../src/core";
import { fillDocxTemplate } from "../../src/formats";
import { readXlsx } from "../../src/formats";
import { xmlProblem } from "../../src/formats";
import { docxPlainText } from "../support/docxText";
import { EVIDENCE, INPUTS } from "../support/unitReport";

const results = evaluate(INPUTS, { level: "so", evidence: EVIDENCE });
const RATIO_16 =
  "[[tyletoanthanhpho.Sohosothutuchanhchinhduocxulytructuyen.Tongsosohosothutuchanhchinhduocxulytructuyentructiep.Tylehosothutuchanhchinhxulytructuyen]]";
const VERDICT_16 = "[[danhgia.tyle.Tylehosothutuchanhchinhxulytructuyen]]";

/** A Word template made with the docx library: placeholders split over runs, one in the page header. */
async function template(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun("Đầu trang: " + VERDICT_16)] })],
          }),
        },
        children: [
          new Paragraph({
            children: [
              new TextRun("Tỷ lệ: "),
              new TextRun(RATIO_16.slice(0, 9)),
              new TextRun(RATIO_16.slice(9)),
            ],
          }),
          new Paragraph({
            children: [new TextRun(`Đánh giá: ${VERDICT_16} & [[khongbiet]] <ok>`)],
          }),
          new Paragraph({
            children: [
              new TextRun("[[Tongsosohosothutuchanh"),
              new TextRun({ text: "chinhduocxulytructuyentructiep]]", bold: true }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

async function parts(data: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml")))
    out[name] = await zip.file(name)!.async("string");
  return out;
}

/** The template with one part's xml changed. */
async function edited(part: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await template());
  const name =
    part === "header"
      ? Object.keys(zip.files).find((n) => /^word\/header\d*\.xml$/.test(n))!
      : part;
  zip.file(name, change(await zip.file(name)!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

describe("a .docx template is filled, and stays a file Word opens", () => {
  test("placeholders over several runs, in the body and the header, are filled; every part is still well-formed", async () => {
    const out = await fillDocxTemplate(await template(), results, "mau.docx");
    expect(out).toMatchObject({ resolved: 4, unresolved: ["[[khongbiet]]"], approximate: [] });
    const xml = await parts(out.data);
    for (const [name, text] of Object.entries(xml))
      expect([name, xmlProblem(text)]).toEqual([name, null]);
    const body = docxPlainText(xml["word/document.xml"]);
    expect(body).toContain("Tỷ lệ: 60,00%\n");
    expect(body).toContain("Đánh giá: Đạt & [[khongbiet]] <ok>\n");
    expect(body).toContain("1.000\n");
    expect(body).not.toContain("[[Tong");
    const header = Object.keys(xml).find((n) => /^word\/header\d*\.xml$/.test(n))!;
    expect(docxPlainText(xml[header])).toContain("Đầu trang: Đạt");
  });

  test("unresolved placeholders are listed in the order of the document", async () => {
    const data = await edited("word/document.xml", (x) =>
      x.replace("Tỷ lệ: ", "[[motkhoa]] ").replace("&lt;ok&gt;", "[[haikhoa]]")
    );
    const out = await fillDocxTemplate(data, results, "mau.docx");
    expect(out.unresolved).toEqual(["[[motkhoa]]", "[[khongbiet]]", "[[haikhoa]]"]);
  });

  test("an empty <w:t/> and character references in the text are read as Word reads them", async () => {
    const data = await edited("word/document.xml", (x) =>
      x.replace(
        '<w:t xml:space="preserve">Tỷ lệ: </w:t>',
        '<w:t xml:space="preserve"/><w:t xml:space="preserve">T&#7927; l&#x1EC7;: </w:t>'
      )
    );
    const out = await fillDocxTemplate(data, results, "mau.docx");
    const body = docxPlainText((await parts(out.data))["word/document.xml"]);
    expect(body).toContain("Tỷ lệ: 60,00%\n");
  });

  test.each([
    [
      "an unclosed tag",
      "word/document.xml",
      (x: string) => x.replace("</w:body>", ""),
      /phần word\/document\.xml không phải XML hợp lệ .*thẻ <w:body> chưa đóng mà gặp <\/w:document>/,
    ],
    [
      "a bad entity",
      "word/document.xml",
      (x: string) => x.replace("Tỷ lệ: ", "Tỷ lệ &nbsp; "),
      /phần word\/document\.xml .*tham chiếu thực thể không hợp lệ "&nbsp;"/,
    ],
    [
      "a bare ampersand",
      "word/document.xml",
      (x: string) => x.replace("Tỷ lệ: ", "A & B "),
      /tham chiếu thực thể không hợp lệ "&"/,
    ],
    [
      "a tag cut short",
      "word/document.xml",
      (x: string) => x.slice(0, x.length - 20),
      /không phải XML hợp lệ/,
    ],
    [
      "an undeclared prefix",
      "word/document.xml",
      (x: string) => x.replace("<w:body>", "<w:body><q:x/>"),
      /tiền tố "q" chưa được khai báo/,
    ],
    [
      "a broken header",
      "header",
      (x: string) => x.replace(/<\/w:p>/, "</w:r>"),
      /phần word\/header\d*\.xml không phải XML hợp lệ/,
    ],
  ])(
    "a template with %s is refused by name with where and why",
    async (_, part, change, message) => {
      const data = await edited(part, change);
      const refusal = fillDocxTemplate(data, results, "Mẫu quý 3.docx");
      await expect(refusal).rejects.toThrow(/^Tệp "Mẫu quý 3\.docx" bị hỏng: /);
      await expect(refusal).rejects.toThrow(message);
      await expect(refusal).rejects.toThrow(/dòng \d+, cột \d+/);
    }
  );

  test("a file that is not a .docx at all is refused by name", async () => {
    await expect(
      fillDocxTemplate(new TextEncoder().encode("xin chào"), results, "ghi chú.txt")
    ).rejects.toThrow('Tệp "ghi chú.txt" không phải .docx hợp lệ');
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    await expect(
      fillDocxTemplate(await zip.generateAsync({ type: "uint8array" }), results, "so.xlsx")
    ).rejects.toThrow(/thiếu phần word\/document\.xml/);
  });

  test("a value with characters XML forbids is written without them", async () => {
    const odd = { ...results, "16": { ...results["16"], text: "60,00%\u0007\u0001" } };
    const out = await fillDocxTemplate(await template(), odd, "mau.docx");
    const xml = (await parts(out.data))["word/document.xml"];
    expect(xmlProblem(xml)).toBeNull();
    expect(docxPlainText(xml)).toContain("Tỷ lệ: 60,00%\n");
  });
});

describe("xmlProblem: the well-formedness rules Word applies", () => {
  test.each([
    [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a xmlns:w="u"><w:b w:c="1">x &amp; &#7927;&#x1EC7;</w:b><![CDATA[<>&]]><!-- c --></a>',
      null,
    ],
    ["<a><b>x</a>", "thẻ <b> chưa đóng mà gặp </a>"],
    ["<a>&foo;</a>", 'tham chiếu thực thể không hợp lệ "&foo;"'],
    ["<a>&#0;</a>", 'tham chiếu ký tự không được phép "&#0;"'],
    ['<a x="<">y</a>', 'ký tự "<" trong giá trị thuộc tính "x"'],
    ["<a>x</a><b/>", "có nhiều hơn một thẻ gốc"],
    ["<a>]]></a>", '"]]>" trong văn bản'],
    ['<a b="1" b="2"/>', 'thuộc tính "b" lặp lại trong thẻ <a>'],
    ["<a>\u0001</a>", "ký tự không được phép (mã 1)"],
    ["<w:a/>", 'tiền tố "w" chưa được khai báo (thẻ <w:a>)'],
    ["<a x=1/>", 'giá trị của thuộc tính "x" thiếu dấu ngoặc kép'],
    ["<a>text", "thẻ <a> không được đóng"],
    ["<a/>x", "văn bản nằm ngoài thẻ gốc"],
    [
      '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>',
      "khai báo DOCTYPE không được dùng trong tệp Office",
    ],
    ["<a><!-- a -- b --></a>", 'chú thích chứa "--"'],
    ["", "không có thẻ gốc"],
  ])("%j → %j", (xml, reason) => {
    expect(xmlProblem(xml)?.reason ?? null).toBe(reason);
  });

  test("it says the line and column", () => {
    expect(xmlProblem("<a>\n  <b>\n</a>")).toEqual({
      line: 3,
      column: 1,
      reason: "thẻ <b> chưa đóng mà gặp </a>",
    });
  });

  test("a large part is checked in linear time", () => {
    const xml = `<w:document xmlns:w="u"><w:body>${'<w:p><w:r><w:t xml:space="preserve">Tỷ lệ &amp; số</w:t></w:r></w:p>'.repeat(100_000)}</w:body></w:document>`;
    const start = Date.now();
    expect(xmlProblem(xml)).toBeNull();
    expect(Date.now() - start).toBeLessThan(5_000);
  });
});

/** An .xlsx made by hand: the parts Excel writes, with the given sheet xml (rows only), as the file to pick. */
async function handMadeXlsx(
  sheetData: string | string[],
  opts: { strings?: string[]; sheetName?: string } = {}
): Promise<Uint8Array> {
  const zip = new JSZip();
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}><sheets><sheet name="${opts.sheetName ?? "Dữ liệu"}" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
  );
  if (opts.strings) {
    zip.file(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${opts.strings.length}" uniqueCount="${opts.strings.length}">${opts.strings.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`
    );
  }
  const rows = Array.isArray(sheetData) ? sheetData.join("") : sheetData;
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><dimension ref="A1:XFD1048576"/><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("readXlsx reads only what a unit sheet reaches", () => {
  test("a workbook saved by ExcelJS: values, shared strings, formulas with their cached results, other sheets", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("CĐS 2025 Sở KH&CN");
    ws.getCell("A1").value = "BÁO CÁO";
    ws.getCell("C20").value = 600;
    ws.getCell("C21").value = 1000;
    ws.getCell("C19").value = { formula: "CDS.RATE(C20,C21)", result: 0.6 };
    ws.getCell("H3").value = "Minh chứng: Kế hoạch 2649/KH-UBND";
    ws.getCell("N4").value = "cột N";
    ws.getCell("O4").value = "cột O: ngoài tầm";
    ws.getCell("A2001").value = "dòng 2001: ngoài tầm";
    wb.addWorksheet("Ghi chép").getCell("B2").value = "khác";
    const data = await wb.xlsx.writeBuffer();
    const [sheet, other] = await readXlsx(data as ArrayBuffer, "so.xlsx");
    expect(sheet.name).toBe("so.xlsx › CĐS 2025 Sở KH&CN");
    expect(sheet.values[0][0]).toBe("BÁO CÁO");
    expect([sheet.values[18][2], sheet.formulas[18][2]]).toEqual([0.6, "=CDS.RATE(C20,C21)"]);
    expect([sheet.values[19][2], sheet.values[20][2]]).toEqual([600, 1000]);
    expect(sheet.values[2][7]).toBe("Minh chứng: Kế hoạch 2649/KH-UBND");
    expect(sheet.values[3]).toHaveLength(14);
    expect(sheet.values[3][13]).toBe("cột N");
    expect(sheet.values).toHaveLength(21);
    expect(other).toMatchObject({
      name: "so.xlsx › Ghi chép",
      values: [
        [null, null, null, null, null, null, null, null],
        [null, "khác", null, null, null, null, null, null],
      ],
    });
  });

  test("a million rows: the first 2,000 are read, in seconds; the shared strings keep only those used", async () => {
    const strings = Array.from({ length: 5000 }, (_, i) => `chuỗi ${i}`);
    const rows = Array.from(
      { length: 1_000_000 },
      (_, i) =>
        `<row r="${i + 1}" spans="1:2"><c r="A${i + 1}" t="s"><v>${(i * 7) % 5000}</v></c><c r="B${i + 1}"><v>${i}</v></c></row>`
    );
    const data = await handMadeXlsx(rows, { strings });
    const start = Date.now();
    const [sheet] = await readXlsx(data, "trieu-dong.xlsx");
    expect(Date.now() - start).toBeLessThan(20_000); // 74 s before; about a second now (the bench measures it)
    expect(sheet.values).toHaveLength(2_000);
    expect(sheet.values[0].slice(0, 2)).toEqual(["chuỗi 0", 0]);
    expect(sheet.values[1999].slice(0, 2)).toEqual([`chuỗi ${(1999 * 7) % 5000}`, 1999]);
    expect(sheet.values[1234].slice(0, 2)).toEqual([`chuỗi ${(1234 * 7) % 5000}`, 1234]);
  }, 60_000);

  test("one formatted cell at XFD1048576 (and one at XFD1): read at once, columns A:N only", async () => {
    const data = await handMadeXlsx(
      '<row r="1"><c r="A1"><v>5</v></c><c r="XFD1" s="0"/></row><row r="1048576"><c r="XFD1048576" s="0"/></row>'
    );
    const start = Date.now();
    const [sheet] = await readXlsx(data, "o-xa.xlsx");
    expect(Date.now() - start).toBeLessThan(5_000);
    expect(sheet.values).toEqual([[5, null, null, null, null, null, null, null]]);
  });

  test("rows and cells written without their references (some generators) keep their places", async () => {
    const data = await handMadeXlsx(
      '<row><c><v>1</v></c><c t="s"><v>1</v></c></row><row r="3"><c r="B3" t="inlineStr"><is><t>trực tiếp</t></is></c><c><v>4</v></c></row>',
      { strings: ["a", "b"] }
    );
    const [sheet] = await readXlsx(data, "khong-tham-chieu.xlsx");
    expect(sheet.values.map((r) => r.slice(0, 3))).toEqual([
      [1, "b", null],
      [null, null, null],
      [null, "trực tiếp", 4],
    ]);
  });

  test("a sheet whose first 2,000 rows hold more than the limit is refused by name, with the limit", async () => {
    const big = "x".repeat(30_000); // a cell of Excel holds at most 32,767 characters
    const cell = (ref: string) => `<c r="${ref}" t="inlineStr"><is><t>${big}</t></is></c>`;
    const rows = Array.from(
      { length: 1_800 },
      (_, i) => `<row r="${i + 1}">${cell(`A${i + 1}`)}${cell(`B${i + 1}`)}</row>`
    );
    await expect(
      readXlsx(await handMadeXlsx(rows, { sheetName: "Nhật ký" }), "nhat-ky.xlsx")
    ).rejects.toThrow(
      /^Không đọc tệp "nhat-ky\.xlsx": trang "Nhật ký" quá lớn để là báo cáo đơn vị \(2\.000 dòng đầu đã quá 64 MB dữ liệu; chỉ đọc 2\.000 dòng đầu, cột A:N\)/
    );
  }, 60_000);

  test.each([
    [
      "a text file",
      () => new TextEncoder().encode("STT;Chỉ tiêu\n1;2"),
      "bao-cao.xlsx",
      'Không đọc được tệp "bao-cao.xlsx": tệp không phải .xlsx (không phải tệp Excel 2007 trở lên).',
    ],
    [
      "an old .xls (or a password-protected file)",
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "cu.xls",
      /^Không đọc được tệp "cu\.xls": đây là tệp Excel 97–2003 \(\.xls\) hoặc tệp có đặt mật khẩu/,
    ],
    [
      "a Word file",
      () => template(),
      "mau.docx",
      'Không đọc được tệp "mau.docx": tệp không phải .xlsx (một tệp Word).',
    ],
    [
      "an empty file",
      () => new Uint8Array(0),
      "rong.xlsx",
      /^Không đọc được tệp "rong\.xlsx": tệp không phải \.xlsx/,
    ],
  ])("%s is refused by name, with why", async (_, make, name, message) => {
    await expect(readXlsx(await make(), name)).rejects.toThrow(message);
  });

  test("a worksheet part that is not a sheet is refused by name", async () => {
    const data = await handMadeXlsx("");
    const zip = await JSZip.loadAsync(data);
    zip.file("xl/worksheets/sheet1.xml", "không phải xml");
    await expect(
      readXlsx(await zip.generateAsync({ type: "uint8array" }), "hong.xlsx")
    ).rejects.toThrow(/^Không đọc được tệp "hong\.xlsx": trang "Dữ liệu" bị hỏng/);
  });
});

/** @jest-environment node */
/**
 * The files of the task pane: a .docx template filled (and refused when broken), the unit .xlsx read only as far as a
 * unit sheet reaches, the report exported as .docx.
 */
import { Document, Packer, Paragraph, TextRun, Header } from "docx";
import JSZip from "jszip";
import { evaluate } from "../../src/core";
import { fillDocxTemplate } from "../../src/taskpane/files/docxTemplate";
import { xmlProblem } from "../../src/taskpane/files/xmlCheck";
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
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun("Đầu trang: " + VERDICT_16)] })] }) },
        children: [
          new Paragraph({ children: [new TextRun("Tỷ lệ: "), new TextRun(RATIO_16.slice(0, 9)), new TextRun(RATIO_16.slice(9))] }),
          new Paragraph({ children: [new TextRun(`Đánh giá: ${VERDICT_16} & [[khongbiet]] <ok>`)] }),
          new Paragraph({ children: [new TextRun("[[Tongsosohosothutuchanh"), new TextRun({ text: "chinhduocxulytructuyentructiep]]", bold: true })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

async function parts(data: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml"))) out[name] = await zip.file(name)!.async("string");
  return out;
}

/** The template with one part's xml changed. */
async function edited(part: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await template());
  const name = part === "header" ? Object.keys(zip.files).find((n) => /^word\/header\d*\.xml$/.test(n))! : part;
  zip.file(name, change(await zip.file(name)!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

describe("a .docx template is filled, and stays a file Word opens", () => {
  test("placeholders over several runs, in the body and the header, are filled; every part is still well-formed", async () => {
    const out = await fillDocxTemplate(await template(), results, "mau.docx");
    expect(out).toMatchObject({ resolved: 4, unresolved: ["[[khongbiet]]"], approximate: [] });
    const xml = await parts(out.data);
    for (const [name, text] of Object.entries(xml)) expect([name, xmlProblem(text)]).toEqual([name, null]);
    const body = docxPlainText(xml["word/document.xml"]);
    expect(body).toContain("Tỷ lệ: 60,00%\n");
    expect(body).toContain("Đánh giá: Đạt & [[khongbiet]] <ok>\n");
    expect(body).toContain("1.000\n");
    expect(body).not.toContain("[[Tong");
    const header = Object.keys(xml).find((n) => /^word\/header\d*\.xml$/.test(n))!;
    expect(docxPlainText(xml[header])).toContain("Đầu trang: Đạt");
  });

  test("unresolved placeholders are listed in the order of the document", async () => {
    const data = await edited("word/document.xml", (x) => x.replace("Tỷ lệ: ", "[[motkhoa]] ").replace("&lt;ok&gt;", "[[haikhoa]]"));
    const out = await fillDocxTemplate(data, results, "mau.docx");
    expect(out.unresolved).toEqual(["[[motkhoa]]", "[[khongbiet]]", "[[haikhoa]]"]);
  });

  test("an empty <w:t/> and character references in the text are read as Word reads them", async () => {
    const data = await edited("word/document.xml", (x) =>
      x.replace("<w:t xml:space=\"preserve\">Tỷ lệ: </w:t>", '<w:t xml:space="preserve"/><w:t xml:space="preserve">T&#7927; l&#x1EC7;: </w:t>'),
    );
    const out = await fillDocxTemplate(data, results, "mau.docx");
    const body = docxPlainText((await parts(out.data))["word/document.xml"]);
    expect(body).toContain("Tỷ lệ: 60,00%\n");
  });

  test.each([
    ["an unclosed tag", "word/document.xml", (x: string) => x.replace("</w:body>", ""), /phần word\/document\.xml không phải XML hợp lệ .*thẻ <w:body> chưa đóng mà gặp <\/w:document>/],
    ["a bad entity", "word/document.xml", (x: string) => x.replace("Tỷ lệ: ", "Tỷ lệ &nbsp; "), /phần word\/document\.xml .*tham chiếu thực thể không hợp lệ "&nbsp;"/],
    ["a bare ampersand", "word/document.xml", (x: string) => x.replace("Tỷ lệ: ", "A & B "), /tham chiếu thực thể không hợp lệ "&"/],
    ["a tag cut short", "word/document.xml", (x: string) => x.slice(0, x.length - 20), /không phải XML hợp lệ/],
    ["an undeclared prefix", "word/document.xml", (x: string) => x.replace("<w:body>", "<w:body><q:x/>"), /tiền tố "q" chưa được khai báo/],
    ["a broken header", "header", (x: string) => x.replace(/<\/w:p>/, "</w:r>"), /phần word\/header\d*\.xml không phải XML hợp lệ/],
  ])("a template with %s is refused by name with where and why", async (_, part, change, message) => {
    const data = await edited(part, change);
    const refusal = fillDocxTemplate(data, results, "Mẫu quý 3.docx");
    await expect(refusal).rejects.toThrow(/^Tệp "Mẫu quý 3\.docx" bị hỏng: /);
    await expect(refusal).rejects.toThrow(message);
    await expect(refusal).rejects.toThrow(/dòng \d+, cột \d+/);
  });

  test("a file that is not a .docx at all is refused by name", async () => {
    await expect(fillDocxTemplate(new TextEncoder().encode("xin chào"), results, "ghi chú.txt")).rejects.toThrow('Tệp "ghi chú.txt" không phải .docx hợp lệ');
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    await expect(fillDocxTemplate(await zip.generateAsync({ type: "uint8array" }), results, "so.xlsx")).rejects.toThrow(/thiếu phần word\/document\.xml/);
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
    ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a xmlns:w="u"><w:b w:c="1">x &amp; &#7927;&#x1EC7;</w:b><![CDATA[<>&]]><!-- c --></a>', null],
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
    ['<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', "khai báo DOCTYPE không được dùng trong tệp Office"],
    ["<a><!-- a -- b --></a>", 'chú thích chứa "--"'],
    ["", "không có thẻ gốc"],
  ])("%j → %j", (xml, reason) => {
    expect(xmlProblem(xml)?.reason ?? null).toBe(reason);
  });

  test("it says the line and column", () => {
    expect(xmlProblem("<a>\n  <b>\n</a>")).toEqual({ line: 3, column: 1, reason: "thẻ <b> chưa đóng mà gặp </a>" });
  });

  test("a large part is checked in linear time", () => {
    const xml = `<w:document xmlns:w="u"><w:body>${'<w:p><w:r><w:t xml:space="preserve">Tỷ lệ &amp; số</w:t></w:r></w:p>'.repeat(100_000)}</w:body></w:document>`;
    const start = Date.now();
    expect(xmlProblem(xml)).toBeNull();
    expect(Date.now() - start).toBeLessThan(5_000);
  });
});

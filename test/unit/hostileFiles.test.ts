/** @jest-environment node */
/**
 * Hostile files: a 1 MB .xlsx whose one cell (or one shared string) inflates to 1 GiB, a .docx whose document part
 * inflates to hundreds of MB, macro-enabled files; and the template's parts besides the body (notes, comments). Each is refused by file and part, after a bounded amount of
 * inflating (counted here on JSZip's own stream, not timed).
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  EndnoteReferenceRun,
  FootnoteReferenceRun,
  Packer,
  Paragraph,
  TextRun,
} from "docx";
import JSZip from "jszip";
import { evaluate } from "../../src/core";
import { fillDocxTemplate } from "../../src/formats";
import { MAX_CELL_XML_CHARS, readXlsx } from "../../src/formats";
import { MAX_SMALL_PART_BYTES } from "../../src/formats";
import { MAX_DOCX_PART_BYTES } from "../../src/formats";
import { hostileZip, hugeCellXlsx, hugeDocx, run, workbookParts } from "../support/hostileFiles";
import { xmlProblem } from "../../src/formats";
import { docxPlainText } from "../support/docxText";
import { EVIDENCE, INPUTS } from "../support/unitReport";

const results = evaluate(INPUTS, { level: "so", evidence: EVIDENCE });
const VERDICT_16 = "[[danhgia.tyle.Tylehosothutuchanhchinhxulytructuyen]]";
const MIB = 1024 * 1024;
/** What one deflated input block of JSZip (16 KiB) can inflate to at most (deflate's ratio is at most 1032:1). */
const ONE_BLOCK = 16 * 1024 * 1032;

/** Counts the bytes JSZip inflates, per part, while `run` goes. */
async function inflatedBytes(run: () => Promise<unknown>): Promise<Map<string, number>> {
  const probe = await new JSZip().file("x", "x").generateAsync({ type: "uint8array" });
  const proto = Object.getPrototypeOf((await JSZip.loadAsync(probe)).file("x")!) as {
    internalStream(this: { name: string }, type: string): { on(e: string, f: unknown): unknown };
  };
  const original = proto.internalStream;
  const counts = new Map<string, number>();
  proto.internalStream = function (type: string) {
    const stream = original.call(this, type);
    const name = this.name;
    stream.on("data", (chunk: { length: number }) =>
      counts.set(name, (counts.get(name) ?? 0) + chunk.length)
    );
    return stream;
  };
  try {
    await run();
  } finally {
    proto.internalStream = original;
  }
  return counts;
}

describe("an .xlsx that inflates to a gigabyte is refused by name, having read little of it", () => {
  test("the files are what they say: about 1 MB each, 1 GiB in one part", async () => {
    const data = hugeCellXlsx(1024);
    expect(data.length).toBeLessThan(1.5 * MIB);
    const zip = await JSZip.loadAsync(data);
    const sheet = zip.file("xl/worksheets/sheet1.xml") as unknown as {
      _data: { uncompressedSize: number };
    };
    expect(sheet._data.uncompressedSize).toBeGreaterThan(1024 * MIB);
  });

  test("one inline cell of 1 GiB: refused naming the file, the sheet and the cell", async () => {
    let refusal: unknown;
    const counts = await inflatedBytes(() =>
      readXlsx(hugeCellXlsx(1024), "don-vi.xlsx").catch((e) => (refusal = e))
    );
    expect((refusal as Error).message).toMatch(
      /^Không đọc tệp "don-vi\.xlsx": ô B2 của trang "Báo cáo" quá dài \(hơn 1 MB dữ liệu\); một ô Excel chứa tối đa 32\.767 ký tự/
    );
    // the reader stopped after one cell's cap (and the rest of the deflated block JSZip was inflating)
    expect(counts.get("xl/worksheets/sheet1.xml")).toBeLessThanOrEqual(
      MAX_CELL_XML_CHARS + 2 * ONE_BLOCK
    );
  }, 60_000);

  test("one shared string of 1 GiB: refused naming the file and the shared string", async () => {
    let refusal: unknown;
    const counts = await inflatedBytes(() =>
      readXlsx(hugeCellXlsx(1024, "shared"), "chuoi.xlsx").catch((e) => (refusal = e))
    );
    expect((refusal as Error).message).toMatch(
      /^Không đọc tệp "chuoi\.xlsx": chuỗi dùng chung thứ 1 của bảng chuỗi dùng chung \(xl\/sharedStrings\.xml\) quá dài/
    );
    expect(counts.get("xl/sharedStrings.xml")).toBeLessThanOrEqual(
      MAX_CELL_XML_CHARS + 2 * ONE_BLOCK
    );
  }, 60_000);

  test("a cell longer than Excel's 32,767 characters is refused, one at the limit is read", async () => {
    const cell = (n: number) =>
      hostileZip(
        workbookParts([
          {
            text: `<row r="1"><c r="H1" t="inlineStr"><is><t>${"&amp;".repeat(n)}</t></is></c></row>`,
          },
        ])
      );
    const [sheet] = await readXlsx(cell(32_767), "du.xlsx");
    expect(sheet.values[0][7]).toBe("&".repeat(32_767));
    await expect(readXlsx(cell(32_768), "qua.xlsx")).rejects.toThrow(
      'Không đọc tệp "qua.xlsx": ô H1 của trang "Báo cáo" quá dài (32.768 ký tự)'
    );
  });

  test("a shared string longer than Excel allows is refused, even one no kept cell uses", async () => {
    const data = hostileZip(
      workbookParts(
        [{ text: '<row r="1"><c r="A1" t="s"><v>1</v></c></row>' }],
        [{ text: `<si><t>${"x".repeat(40_000)}</t></si><si><t>ok</t></si>` }]
      )
    );
    await expect(readXlsx(data, "s.xlsx")).rejects.toThrow(
      /chuỗi dùng chung thứ 1 của bảng chuỗi dùng chung \(xl\/sharedStrings\.xml\) quá dài \(40\.000 ký tự\)/
    );
  });

  test("a gigabyte of cells past column N, or of text between the rows, stops at the part's cap", async () => {
    const wide = hostileZip(
      workbookParts([
        { text: '<row r="1"><c r="A1"><v>1</v></c>' },
        {
          text: `<c r="Z1" t="inlineStr"><is><t>${"x".repeat(1000)}</t></is></c>`.repeat(1024),
          times: 1024,
        },
        { text: "</row>" },
      ])
    );
    const counts = await inflatedBytes(() =>
      expect(readXlsx(wide, "rong.xlsx")).rejects.toThrow(
        /^Không đọc tệp "rong\.xlsx": trang "Báo cáo" quá lớn để là báo cáo đơn vị/
      )
    );
    expect(counts.get("xl/worksheets/sheet1.xml")).toBeLessThanOrEqual(64 * MIB + 2 * ONE_BLOCK);
    const blank = hostileZip(workbookParts([run(" ", 1024)]));
    await expect(readXlsx(blank, "trang.xlsx")).rejects.toThrow(/trang "Báo cáo" quá lớn/);
  }, 60_000);

  test("a tag that never ends is refused by the part", async () => {
    const data = hostileZip(workbookParts([{ text: '<row r="1" x="' }, run("a", 4)]));
    await expect(readXlsx(data, "the.xlsx")).rejects.toThrow(
      /^Không đọc tệp "the\.xlsx": trang "Báo cáo" có một thẻ XML dài hơn 64 KB/
    );
  });

  test("a workbook part read whole (the styles) is refused by its declared size before inflating", async () => {
    const parts = workbookParts([{ text: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
    const styles = {
      name: "xl/styles.xml",
      pieces: [{ text: "<styleSheet/>" }],
      declaredSize: 2 ** 31,
    };
    let refusal: unknown;
    const counts = await inflatedBytes(() =>
      readXlsx(hostileZip([...parts, styles]), "kieu.xlsx").catch((e) => (refusal = e))
    );
    expect((refusal as Error).message).toMatch(
      /^Không đọc tệp "kieu\.xlsx": phần xl\/styles\.xml quá lớn \(khai báo 2\.147\.483\.648 byte khi giải nén, giới hạn 16 MB\)/
    );
    expect(counts.has("xl/styles.xml")).toBe(false);
    // and by its real size when the declared one lies
    const lying = { name: "xl/styles.xml", pieces: [run(" ", 64)], declaredSize: 100 };
    const real = await inflatedBytes(() =>
      expect(readXlsx(hostileZip([...parts, lying]), "kieu.xlsx")).rejects.toThrow(
        /phần xl\/styles\.xml quá lớn \(hơn 16 MB khi giải nén/
      )
    );
    expect(real.get("xl/styles.xml")).toBeLessThanOrEqual(MAX_SMALL_PART_BYTES + 2 * ONE_BLOCK);
  });
});

describe("a .docx template whose part inflates to hundreds of MB is refused by file and part", () => {
  test("300 MB declared: refused before inflating", async () => {
    let refusal: unknown;
    const counts = await inflatedBytes(() =>
      fillDocxTemplate(hugeDocx(300), results, "mau.docx").catch((e) => (refusal = e))
    );
    expect((refusal as Error).message).toMatch(
      /^Không đọc tệp "mau\.docx": phần word\/document\.xml quá lớn \(khai báo 314\.572\.\d{3} byte khi giải nén, giới hạn 16 MB\)/
    );
    expect(counts.has("word/document.xml")).toBe(false);
  });

  test("1 GiB under a lying declared size: refused at the cap of the real size", async () => {
    let refusal: unknown;
    const counts = await inflatedBytes(() =>
      fillDocxTemplate(hugeDocx(1024, 1000), results, "mau.docx").catch((e) => (refusal = e))
    );
    expect((refusal as Error).message).toMatch(
      /^Không đọc tệp "mau\.docx": phần word\/document\.xml quá lớn \(hơn 16 MB khi giải nén, giới hạn 16 MB\)/
    );
    expect(counts.get("word/document.xml")).toBeLessThanOrEqual(
      MAX_DOCX_PART_BYTES + 2 * ONE_BLOCK
    );
  }, 60_000);
});

/** A template with placeholders in a footnote, an endnote and a comment (and none in the body). */
async function notesTemplate(): Promise<Uint8Array> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph(`Chú thích: ${VERDICT_16}`)] } },
    endnotes: { 1: { children: [new Paragraph("Cuối văn bản: [[khongbiet]]")] } },
    comments: {
      children: [
        {
          id: 0,
          author: "Chuyên viên",
          date: new Date(Date.UTC(2025, 0, 1)),
          children: [new Paragraph(`Góp ý: ${VERDICT_16}`)],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun("Thân bài"),
              new CommentRangeEnd(0),
              new CommentReference(0),
              new FootnoteReferenceRun(1),
              new EndnoteReferenceRun(1),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

describe("every part Word shows text of is filled: footnotes, endnotes, comments", () => {
  test("placeholders there are filled or listed as unfilled", async () => {
    const out = await fillDocxTemplate(await notesTemplate(), results, "ghi-chu.docx");
    expect(out).toMatchObject({ resolved: 2, unresolved: ["[[khongbiet]]"] });
    const zip = await JSZip.loadAsync(out.data);
    const text = async (name: string) => docxPlainText(await zip.file(name)!.async("string"));
    expect(await text("word/footnotes.xml")).toContain("Chú thích: Đạt");
    expect(await text("word/comments.xml")).toContain("Góp ý: Đạt");
    expect(await text("word/endnotes.xml")).toContain("Cuối văn bản: [[khongbiet]]");
    for (const name of ["word/footnotes.xml", "word/endnotes.xml", "word/comments.xml"])
      expect([name, xmlProblem(await zip.file(name)!.async("string"))]).toEqual([name, null]);
  });
});

describe("macro-enabled files are refused, never filled or read", () => {
  /** The notes template with a VBA project and the macro-enabled main type, as Word saves a .docm. */
  async function docm(): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await notesTemplate());
    zip.file("word/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    return zip.generateAsync({ type: "uint8array" });
  }

  test.each([
    ["a .docm by its name", async () => notesTemplate(), "mau.docm", /tệp \.docm \(tệp có macro\)/],
    [
      "a VBA project under a .docx name",
      docm,
      "mau.docx",
      /phần word\/vbaProject\.bin \(macro VBA\)/,
    ],
    [
      "a macro-enabled content type under a .docx name",
      async () => {
        const zip = await JSZip.loadAsync(await notesTemplate());
        const types = await zip.file("[Content_Types].xml")!.async("string");
        zip.file(
          "[Content_Types].xml",
          types.replace(
            "wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml"
          )
        );
        return zip.generateAsync({ type: "uint8array" });
      },
      "mau.docx",
      /kiểu nội dung "macroEnabled" trong \[Content_Types\]\.xml/,
    ],
  ])("%s", async (_, make, name, where) => {
    const refusal = await fillDocxTemplate(await make(), results, name).catch((e: Error) => e);
    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toMatch(
      new RegExp(`^Không dùng được tệp mẫu "${name.replace(".", "\\.")}": tệp có macro`)
    );
    expect((refusal as Error).message).toMatch(where);
    expect((refusal as Error).message).toContain("Tài liệu Word (*.docx)");
  });

  const sheet = [{ text: '<row r="1"><c r="A1"><v>1</v></c></row>' }];
  test.each([
    ["an .xlsm by its name", () => hostileZip(workbookParts(sheet)), "don-vi.xlsm", /tệp \.xlsm/],
    [
      "a VBA project under an .xlsx name",
      () =>
        hostileZip([
          ...workbookParts(sheet),
          { name: "xl/vbaProject.bin", pieces: [{ text: "VBA" }] },
        ]),
      "don-vi.xlsx",
      /phần xl\/vbaProject\.bin \(macro VBA\)/,
    ],
    [
      "Excel 4.0 macro sheets under an .xlsx name",
      () =>
        hostileZip([
          ...workbookParts(sheet),
          { name: "xl/macrosheets/sheet1.xml", pieces: [{ text: "<xm:macrosheet/>" }] },
        ]),
      "don-vi.xlsx",
      /phần xl\/macrosheets\/sheet1\.xml/,
    ],
    [
      "a macro-enabled workbook type",
      () =>
        hostileZip(
          workbookParts(
            sheet,
            undefined,
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>'
          )
        ),
      "don-vi.xlsx",
      /kiểu nội dung "macroEnabled"/,
    ],
  ])("%s (picked for the consolidation)", async (_, make, name, where) => {
    const refusal = await readXlsx(make(), name).catch((e: Error) => e);
    expect((refusal as Error).message).toMatch(
      new RegExp(`^Không đọc tệp "${name.replace(".", "\\.")}": tệp có macro`)
    );
    expect((refusal as Error).message).toMatch(where);
  });

  test("a workbook without macros is still read", async () => {
    const [s] = await readXlsx(hostileZip(workbookParts(sheet)), "don-vi.xlsx");
    expect(s.values[0][0]).toBe(1);
  });
});

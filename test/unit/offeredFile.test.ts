/**
 * What a download may hand out (offeredFile.ts): a .docx or .xlsx without macros, by content and by name, under a
 * clean name; the small inflate that reads [Content_Types].xml; and the add-in's own files (the exported report, a
 * filled template) taken by the download page as they are made.
 */
import zlib from "zlib";
import ExcelJS from "exceljs";
import { Packer } from "docx";
import JSZip from "jszip";
import { inflateRaw } from "../../src/handoff";
import {
  bundleProblem,
  checkOffered,
  cleanFileName,
  fileNameProblem,
  MAX_NAME_BYTES,
  MAX_NAME_CHARS,
  offerMade,
  officeKind,
} from "../../src/handoff";
import { downloadPageUrl, readFileFragment } from "../../src/handoff";
import { exportReport, fillDocx } from "../../src/usecases";
import { fillReport, generateSheet } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { A } from "../support/cityUnits";
import { smallTemplate } from "../support/docxText";
import {
  contentTypesXml,
  docmParts,
  docx,
  docxParts,
  exe,
  noise,
  xlsxParts,
  zipOf,
  type ZipParts,
} from "../support/officeZip";
import { typeReport } from "../sheet/support";

function without(parts: ZipParts, name: string): ZipParts {
  return Object.fromEntries(Object.entries(parts).filter(([n]) => n !== name));
}

const text = (length: number) =>
  new TextEncoder().encode(
    Array.from({ length }, (_, i) => `<w:t>Chỉ tiêu ${i % 97} đạt ${(i * 7) % 13}</w:t>`).join("")
  );

describe("inflateRaw", () => {
  const inputs: [string, Uint8Array][] = [
    ["empty", new Uint8Array(0)],
    ["one byte", new Uint8Array([65])],
    ["text, 100 KB", text(4000)],
    ["noise, 70 KB", noise(70_000)],
    ["one byte repeated", new Uint8Array(100_000).fill(7)],
  ];
  const options: [string, zlib.ZlibOptions][] = [
    ["stored", { level: 0 }],
    ["level 1", { level: 1 }],
    ["level 9", { level: 9 }],
    ["fixed Huffman", { strategy: zlib.constants.Z_FIXED }],
    ["Huffman only", { strategy: zlib.constants.Z_HUFFMAN_ONLY }],
    ["run-length", { strategy: zlib.constants.Z_RLE }],
  ];
  for (const [name, data] of inputs) {
    test.each(options)(`${name}, %s: inflated identical to zlib's input`, (_, option) => {
      const deflated = new Uint8Array(zlib.deflateRawSync(data, option));
      expect(inflateRaw(deflated, 1 << 20)).toEqual(data);
    });
  }

  test("past its limit, or cut, or not DEFLATE: null", () => {
    const data = text(4000);
    const deflated = new Uint8Array(zlib.deflateRawSync(data));
    expect(inflateRaw(deflated, data.length)).toEqual(data);
    expect(inflateRaw(deflated, data.length - 1)).toBeNull();
    expect(inflateRaw(deflated.slice(0, deflated.length - 10), 1 << 20)).toBeNull();
    expect(inflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1 << 20)).toBeNull(); // block type 3
    expect(inflateRaw(noise(5000), 1 << 20)).toBeNull();
  });

  test("a bomb stops at the limit", () => {
    const bomb = new Uint8Array(zlib.deflateRawSync(new Uint8Array(50_000_000)));
    expect(bomb.length).toBeLessThan(60_000);
    expect(inflateRaw(bomb, 1 << 20)).toBeNull();
  });
});

describe("file names", () => {
  test.each([
    "BaoCao_CDS_2025-Q3_so_khoa_hoc_va_cong_nghe.docx",
    "Mẫu báo cáo đã điền (Phường Bến Thành)_da_dien.docx",
    "BaoCao_CDS_2025-Q3_phuong_tan_son_nhat & dac khu Con Dao #1 100%+ (bản sửa).docx",
    "Tổng hợp.xlsx",
  ])("%s is clean", (name) => {
    expect(fileNameProblem(name)).toBeNull();
    expect(cleanFileName(name, name.toLowerCase().endsWith("xlsx") ? "xlsx" : "docx")).toBe(
      name.normalize("NFC")
    );
  });

  test.each<[string, RegExp]>([
    ["Bao_cao_\u202Excod.exe", /ký tự ẩn hoặc ký tự đảo chiều chữ \(U\+202E\)/],
    ["Bao_cao_\u202Excod.docx", /U\+202E/],
    ["Bao\u2067cao\u2069.docx", /U\+2067, U\+2069/],
    ["Phường\u200B Bến Thành.docx", /U\+200B/],
    ["a\u0000.docx", /U\+0000/],
    ["a\nb.docx", /U\+000A/],
    ["\uFEFFa.docx", /U\+FEFF/],
    ["a\u2028b.docx", /U\+2028/],
    ["../../a.docx", /không được phép/],
    ["a/b.docx", /không được phép/],
    ["C:\\Users\\a.docx", /không được phép/],
    ["a..docx", /không được phép/],
    ["a?.docx", /không được phép/],
    ["x".repeat(MAX_NAME_CHARS) + ".docx", /dài quá \(125 ký tự; tối đa 120\)/],
    ["ệ".repeat(80) + ".docx", /dài quá/], // 85 characters, 245 bytes
    [" a.docx", /khoảng trắng hay dấu chấm/],
    [".docx", /khoảng trắng hay dấu chấm/],
    ["a .docx", /không dùng được trên Windows/],
    ["CON.docx", /tên thiết bị/],
    ["nul.xlsx", /tên thiết bị/],
    ["a.exe", /phải có đuôi \.docx, \.xlsx hoặc \.zip \(tên này có đuôi \.exe\)/],
    ["a.docm", /có đuôi \.docm/],
    ["a.xlsm", /có đuôi \.xlsm/],
    ["a.docx.exe", /có đuôi \.exe/],
    ["BaoCao", /không có đuôi/],
  ])("%j is refused", (name, message) => {
    expect(fileNameProblem(name)).toMatch(message);
  });

  test.each<[string, string]>([
    ["a.DOCX", "a.docx"],
    ["Bao_cao_\u202Excod.exe", "Bao_cao_xcod.exe.docx"],
    ["Bao_cao_\u202Excod.docx", "Bao_cao_xcod.docx"],
    ["Phường\u200B Bến Thành.docx", "Phường Bến Thành.docx"],
    ["../../etc/passwd", "_._etc_passwd.docx"],
    ["C:\\Users\\a.docx", "C__Users_a.docx"],
    ["CON.docx", "_CON.docx"],
    ["  .docx", "tep.docx"],
    ["a\u0000\n\tb .docx", "ab.docx"],
    ["Ph\u01b0\u01a1\u0300ng.docx", "Phường.docx"], // decomposed (a Mac's picker): composed
  ])("%j is offered as %j", (name, clean) => {
    expect(cleanFileName(name, "docx")).toBe(clean);
    expect(fileNameProblem(clean)).toBeNull();
  });

  test("whatever the name, the cleaned one is clean, and a long one is cut to the limit, its extension kept", () => {
    const pool = [
      "a",
      "Đ",
      "ệ",
      " ",
      ".",
      "/",
      "\\",
      ":",
      "\u202E",
      "\u200B",
      "\u0000",
      "\uD800",
      "😀",
      "\u0301",
      "CON",
      ".docx",
    ];
    let x = 99;
    for (let round = 0; round < 600; round++) {
      let name = "";
      const length = round % 200;
      for (let i = 0; i < length; i++) {
        x = (x * 1103515245 + 12345) >>> 0;
        name += pool[(x >>> 16) % pool.length];
      }
      for (const kind of ["docx", "xlsx", "zip"] as const) {
        const clean = cleanFileName(name, kind);
        expect([name, fileNameProblem(clean)]).toEqual([name, null]);
        expect(clean.endsWith(`.${kind}`)).toBe(true);
        expect([...clean].length).toBeLessThanOrEqual(MAX_NAME_CHARS);
        expect(new TextEncoder().encode(clean).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
      }
    }
  });
});

describe("the content", () => {
  test("a .docx and an .xlsx are what they are", async () => {
    expect(officeKind(await docx())).toEqual({ kind: "docx" });
    expect(officeKind(await zipOf(xlsxParts()))).toEqual({ kind: "xlsx" });
  });

  test("an .xlsx written by ExcelJS, and a .docx by docx, are taken", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tổng hợp").getCell("A1").value = "Sở Khoa học và Công nghệ";
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(checkOffered({ fileName: "Tổng hợp.xlsx", data: xlsx })).toMatchObject({
      ok: true,
      kind: "xlsx",
    });
    const made = new Uint8Array(await Packer.toBuffer(smallTemplate()));
    expect(checkOffered({ fileName: "mau.docx", data: made })).toMatchObject({ ok: true });
  });

  test.each<[string, () => Promise<Uint8Array> | Uint8Array, RegExp]>([
    ["an .exe", () => exe(), /không phải tệp ZIP/],
    ["text", () => new TextEncoder().encode("<html>…</html>".repeat(10)), /không phải tệp ZIP/],
    ["an empty file", () => new Uint8Array(0), /không phải tệp ZIP/],
    [
      "a ZIP without [Content_Types].xml",
      () => zipOf(without(docxParts(), "[Content_Types].xml")),
      /không có \[Content_Types\]\.xml/,
    ],
    [
      "a .docm",
      () => zipOf(docmParts()),
      /có macro hoặc điều khiển ActiveX \(word\/vbaProject\.bin\)/,
    ],
    [
      "a .docm's main part without its VBA project",
      () => zipOf(without(docmParts(), "word/vbaProject.bin")),
      /macro.*macroEnabled/,
    ],
    [
      "a .docx with a VBA project beside",
      () => zipOf({ ...docxParts(), "word/vbaProject.bin": noise(100) }),
      /word\/vbaProject\.bin/,
    ],
    [
      "an .xlsm",
      () =>
        zipOf({
          ...xlsxParts(),
          "[Content_Types].xml": contentTypesXml({
            "/xl/workbook.xml": "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
          }),
        }),
      /macroEnabled/,
    ],
    [
      "an ActiveX control",
      () => zipOf({ ...docxParts(), "word/activeX/activeX1.bin": noise(100) }),
      /ActiveX \(word\/activeX\/activeX1\.bin\)/,
    ],
    [
      "a .dotx (a template)",
      () =>
        zipOf({
          ...docxParts(),
          "[Content_Types].xml": contentTypesXml({
            "/word/document.xml":
              "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
          }),
        }),
      /không khai báo phần chính/,
    ],
    [
      "a main part declared but missing",
      () => zipOf(without(docxParts(), "word/document.xml")),
      /thiếu phần chính word\/document\.xml/,
    ],
    [
      "a DTD in [Content_Types].xml",
      () =>
        zipOf({
          ...docxParts(),
          "[Content_Types].xml": contentTypesXml({}).replace(
            "<Types",
            '<!DOCTYPE t [<!ENTITY a "b">]><Types'
          ),
        }),
      /không đọc được/,
    ],
    [
      "an .exe with a .docx appended",
      async () => {
        const zip = await docx();
        const out = new Uint8Array(5000 + zip.length);
        out.set(exe(5000));
        out.set(zip, 5000);
        return out;
      },
      /không phải tệp ZIP/,
    ],
    [
      "a .docx with bytes after it",
      async () => {
        const zip = await docx();
        const out = new Uint8Array(zip.length + 100);
        out.set(zip);
        return out;
      },
      /không có mục lục ở cuối tệp/,
    ],
    [
      "[Content_Types].xml altered after the fact (its CRC no longer matches)",
      async () => {
        const zip = new JSZip();
        for (const [n, d] of Object.entries(docxParts())) zip.file(n, d, { compression: "STORE" });
        const data = await zip.generateAsync({ type: "uint8array" });
        const at = Buffer.from(data).indexOf("main+xml");
        data[at] = "M".charCodeAt(0);
        return data;
      },
      /\[Content_Types\]\.xml của tệp không đọc được/,
    ],
  ])("%s is refused", async (_, make, problem) => {
    const content = officeKind(await make());
    expect(content).toEqual({ problem: expect.stringMatching(problem) });
    const check = checkOffered({ fileName: "Bao_cao.docx", data: await make() });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.message).toMatch(/^Không tải tệp này: nội dung tệp Bao_cao\.docx không phải/);
      expect(check.message).toContain("Không có tệp nào được tải.");
    }
  });

  test("a name that says .xlsx over a .docx, or the other way round, is refused", async () => {
    const check = checkOffered({ fileName: "BaoCao.xlsx", data: await docx() });
    expect(check).toEqual({
      ok: false,
      message: expect.stringContaining(
        "tên tệp BaoCao.xlsx có đuôi .xlsx nhưng nội dung là tài liệu Word (.docx)"
      ),
    });
    expect(checkOffered({ fileName: "a.docx", data: await zipOf(xlsxParts()) }).ok).toBe(false);
  });

  test("the .exe of the issue under its bidi name is refused by its name first", () => {
    const check = checkOffered({ fileName: "Bao_cao_\u202Excod.exe", data: exe() });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.message).toMatch(/^Không tải tệp này: tên tệp có ký tự ẩn .* \(U\+202E\)/);
      expect(check.message).not.toContain("\u202E");
    }
  });
});

describe("the add-in's own files pass the page's check as the pane offers them", () => {
  async function filledWorkbook() {
    const port = new MemoryWorkbook();
    const { sheet } = await generateSheet(port, A);
    typeReport(port, sheet);
    await fillReport(port, { params: A });
    return port;
  }

  /** What the page would take from the URL the pane makes for Excel for Mac. */
  function throughPage(file: { fileName: string; data: Uint8Array }) {
    const offer = offerMade(file);
    expect(offer.ok).toBe(true);
    if (!offer.ok) throw new Error(offer.message);
    const url = new URL(downloadPageUrl(offer.file, "https://cds.example.vn/addin/taskpane.html"));
    const read = readFileFragment(url.hash);
    if (!read.ok) throw new Error(read.message);
    return checkOffered(read.file);
  }

  test("the exported report", async () => {
    const report = await exportReport(await filledWorkbook(), { params: A });
    expect(throughPage(report)).toEqual({
      ok: true,
      kind: "docx",
      file: { fileName: report.fileName, data: report.data },
    });
  });

  test.each([
    ["mau.docx", "mau_da_dien.docx"],
    ["Mẫu báo cáo quý 3.docx", "Mẫu báo cáo quý 3_da_dien.docx"],
    ["Bao_cao_\u202Excod.docx", "Bao_cao_xcod_da_dien.docx"], // a template a colleague sent
    ["Mẫu\u200B..docx", "Mẫu._da_dien.docx"],
    ["x".repeat(200) + ".docx", "x".repeat(115) + ".docx"],
  ])("a filled template %j is offered as %j", async (name, offered) => {
    const template = new Uint8Array(await Packer.toBuffer(smallTemplate()));
    const filled = await fillDocx(await filledWorkbook(), {
      params: A,
      file: { name, data: template.buffer },
    });
    expect(throughPage(filled)).toMatchObject({ ok: true, file: { fileName: offered } });
  });
});

describe("a .zip of workbooks (the blank unit workbooks of a tier)", () => {
  const stored = async (parts: ZipParts, compression: "STORE" | "DEFLATE" = "STORE") => {
    const zip = new JSZip();
    for (const [name, data] of Object.entries(parts))
      zip.file(name, data, { compression, createFolders: false });
    return zip.generateAsync({ type: "uint8array", compression: "STORE" });
  };

  test("workbooks without macros, stored under clean names: taken, under its own name", async () => {
    const xlsx = await zipOf(xlsxParts());
    const data = await stored({ "CDS_2025-Q3_26734_Phuong_Ben_Thanh.xlsx": xlsx, "b.xlsx": xlsx });
    expect(bundleProblem(data)).toBeNull();
    const offered = offerMade({ fileName: "CDS_2025-Q3_so_trong.zip", data });
    expect(offered).toMatchObject({ ok: true, kind: "zip" });
    expect(offered.ok && offered.file.fileName).toBe("CDS_2025-Q3_so_trong.zip");
    expect(checkOffered({ fileName: "so trong.zip", data })).toMatchObject({ ok: true });
  });

  test.each<[string, () => Promise<Uint8Array>, RegExp]>([
    [
      "a workbook with macros inside",
      async () => stored({ "a.xlsx": await zipOf(docmParts()) }),
      /a\.xlsx trong tệp ZIP: tệp có macro/,
    ],
    [
      "a .docx inside",
      async () => stored({ "a.xlsx": await docx() }),
      /a\.xlsx trong tệp ZIP là tài liệu Word/,
    ],
    [
      "an .exe inside",
      async () => stored({ "setup.exe": exe() }),
      /setup\.exe trong tệp ZIP không phải \.xlsx/,
    ],
    [
      "a folder inside",
      async () => stored({ "x/a.xlsx": await zipOf(xlsxParts()) }),
      /ký tự không được phép/,
    ],
    [
      "a workbook compressed again",
      async () => stored({ "a.xlsx": await zipOf(xlsxParts()) }, "DEFLATE"),
      /bị nén lại/,
    ],
    ["an empty .zip", async () => stored({}), /không phải tệp ZIP/],
    [
      "an .xlsx named .zip",
      async () => zipOf(xlsxParts()),
      /\[Content_Types\]\.xml trong tệp ZIP không phải \.xlsx/,
    ],
  ])("%s: refused, no download", async (_, make, why) => {
    const check = checkOffered({ fileName: "so-trong.zip", data: await make() });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toMatch(why);
    expect(!check.ok && check.message).toMatch(
      /^Không tải tệp này: nội dung tệp so-trong\.zip không phải tệp nén/
    );
  });

  test("a .zip of workbooks named .xlsx is refused: the name and the content disagree", async () => {
    const data = await stored({ "a.xlsx": await zipOf(xlsxParts()) });
    expect(checkOffered({ fileName: "a.xlsx", data }).ok).toBe(false);
  });
});

/**
 * Small Office files and their forgeries, built with JSZip: what the download page must take (a .docx, an .xlsx) and
 * what it must refuse (a macro-enabled .docm, a ZIP without [Content_Types].xml, an .exe).
 */
import JSZip from "jszip";

const DOCX_MAIN =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

export function contentTypesXml(overrides: Record<string, string>, extra = ""): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    Object.entries(overrides)
      .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
      .join("") +
    extra +
    "</Types>"
  );
}

const RELS = (target: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/>` +
  "</Relationships>";

/** Deterministic bytes that do not deflate, to make a file of a given size. */
export function noise(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) out[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
  return out;
}

export type ZipParts = Record<string, string | Uint8Array>;

export async function zipOf(parts: ZipParts): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The parts of a minimal .docx; `padding` bytes of noise in a media part make it as large as wanted. */
export function docxParts(padding = 0): ZipParts {
  return {
    "[Content_Types].xml": contentTypesXml({ "/word/document.xml": DOCX_MAIN }),
    "_rels/.rels": RELS("word/document.xml"),
    "word/document.xml":
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p></w:body></w:document>',
    ...(padding ? { "word/media/pad.bin": noise(padding) } : {}),
  };
}

export function xlsxParts(): ZipParts {
  return {
    "[Content_Types].xml": contentTypesXml({ "/xl/workbook.xml": XLSX_MAIN }),
    "_rels/.rels": RELS("xl/workbook.xml"),
    "xl/workbook.xml":
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
  };
}

/** A .docm: the macro-enabled main part and its VBA project. */
export function docmParts(): ZipParts {
  return {
    ...docxParts(),
    "[Content_Types].xml": contentTypesXml(
      {
        "/word/document.xml": DOCM_MAIN,
        "/word/vbaProject.bin": "application/vnd.ms-office.vbaProject",
      },
      ""
    ),
    "word/vbaProject.bin": noise(2000),
  };
}

export const docx = (padding = 0) => zipOf(docxParts(padding));

/** An .exe as Windows starts it: "MZ", the DOS stub, "PE". */
export function exe(length = 4000): Uint8Array {
  const out = noise(length);
  out.set([0x4d, 0x5a], 0);
  out.set(new TextEncoder().encode("This program cannot be run in DOS mode."), 0x4e);
  out.set([0x50, 0x45, 0, 0], 0x80);
  return out;
}

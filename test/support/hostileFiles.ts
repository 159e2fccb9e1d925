/**
 * Hostile Office files, made in bounded memory: a part that inflates to a gigabyte is written as the same deflated
 * segment repeated (each segment of one character repeated 1 MiB, flushed whole so that it stands alone), so a
 * 1 GiB part takes about 1 MB in the zip and never exists inflated on this side. The zip is written by hand (local
 * headers, central directory): its declared sizes can be told to lie.
 */
import { constants, crc32, deflateRawSync } from "zlib";

/** A part of a zip: its text pieces, in order, each repeated `times` (once by default). */
export interface HostilePart {
  readonly name: string;
  readonly pieces: readonly { readonly text: string; readonly times?: number }[];
  /** The uncompressed size written in the zip's headers, in place of the real one. */
  readonly declaredSize?: number;
}

const MIB = 1024 * 1024;

/** One character repeated 1 MiB, `mib` times: the piece of a part that inflates to `mib` MiB. */
export const run = (char: string, mib: number) => ({ text: char.repeat(MIB), times: mib });

/** The deflated bytes of a part (a raw deflate stream), its CRC-32 and its real size. */
function deflatePart(part: HostilePart): { data: Buffer; crc: number; size: number } {
  const segments: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const piece of part.pieces) {
    const bytes = Buffer.from(piece.text, "utf8");
    // a full flush ends the segment on a byte with an empty dictionary: the same bytes can follow themselves
    const segment = deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
    for (let i = 0; i < (piece.times ?? 1); i++) {
      segments.push(segment);
      crc = crc32(bytes, crc);
      size += bytes.length;
    }
  }
  segments.push(deflateRawSync(Buffer.alloc(0))); // the final (empty) block
  return { data: Buffer.concat(segments), crc, size };
}

/** A zip of the parts, every one deflated. */
export function hostileZip(parts: readonly HostilePart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size } = deflatePart(part);
    const name = Buffer.from(part.name, "utf8");
    const declared = part.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a one-sheet workbook ("Báo cáo") around the given worksheet and shared strings. */
export function workbookParts(
  sheet: HostilePart["pieces"],
  sharedStrings?: HostilePart["pieces"],
  contentTypes?: string
): HostilePart[] {
  const one = (name: string, text: string): HostilePart => ({ name, pieces: [{ text }] });
  return [
    one(
      "[Content_Types].xml",
      contentTypes ??
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    ),
    one(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    one(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SHEET_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Báo cáo" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    one(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
    ),
    {
      name: "xl/worksheets/sheet1.xml",
      pieces: [
        {
          text: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SHEET_NS}"><sheetData>`,
        },
        ...sheet,
        { text: "</sheetData></worksheet>" },
      ],
    },
    ...(sharedStrings
      ? [
          {
            name: "xl/sharedStrings.xml",
            pieces: [
              { text: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${SHEET_NS}">` },
              ...sharedStrings,
              { text: "</sst>" },
            ],
          },
        ]
      : []),
  ];
}

/** A workbook whose cell B2 holds `mib` MiB of one letter: as an inline string, or as its one shared string. */
export function hugeCellXlsx(mib: number, where: "inline" | "shared" = "inline"): Uint8Array {
  const head = { text: '<row r="1"><c r="A1"><v>1</v></c></row><row r="2">' };
  if (where === "inline")
    return hostileZip(
      workbookParts([
        head,
        { text: '<c r="B2" t="inlineStr"><is><t>' },
        run("a", mib),
        { text: "</t></is></c></row>" },
      ])
    );
  return hostileZip(
    workbookParts(
      [head, { text: '<c r="B2" t="s"><v>0</v></c></row>' }],
      [{ text: "<si><t>" }, run("a", mib), { text: "</t></si>" }]
    )
  );
}

/** A Word document whose word/document.xml holds `mib` MiB of one letter in one paragraph. */
export function hugeDocx(mib: number, declaredSize?: number): Uint8Array {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const one = (name: string, text: string): HostilePart => ({ name, pieces: [{ text }] });
  return hostileZip([
    one(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    one(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="word/document.xml"/></Relationships>`
    ),
    {
      name: "word/document.xml",
      declaredSize,
      pieces: [
        {
          text: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>[[khoa]] `,
        },
        run("a", mib),
        { text: "</w:t></w:r></w:p></w:body></w:document>" },
      ],
    },
  ]);
}

/**
 * The layout of an administrative document (docs/domain.md#official-documents): A4 portrait, the decree's margins,
 * Times New Roman; the header's two blocks (agency and number on the left, Quốc hiệu, Tiêu ngữ, place and date on the
 * right), the body's paragraphs, Nơi nhận and the signature; page numbers centred in the top margin from page 2. The
 * report and the reminder letter are both made of these parts.
 */
import {
  AlignmentType,
  BorderStyle,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import {
  capitals,
  kinhGui,
  noiNhan,
  numberLine,
  placeDateLine,
  signature,
} from "../documents/officialDoc";
import type { DocumentSettings } from "../documents/settings";
import type { SummaryParagraph } from "../documents/paragraph";

export const FONT = "Times New Roman";

/** Millimetres in twentieths of a point. */
export const mm = (x: number) => Math.round((x * 1440) / 25.4);
/** Points in the half-points of a run's size. */
const pt = (x: number) => x * 2;

/** A4 in twentieths of a point, as portrait: `docx` swaps the two itself for a landscape page. */
export const A4 = { short: 11906, long: 16838 } as const;

/** The decree's margins (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm): the narrow end of each. */
export const MARGINS = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;

/** The sizes of the decree (Phụ lục I), in points. */
export const SIZES = {
  parentAgency: 12,
  agency: 12,
  number: 13,
  nation: 12,
  motto: 13,
  placeDate: 13,
  type: 14,
  subject: 14,
  letterSubject: 12,
  body: 14,
  recipientsHead: 12,
  recipients: 11,
  signer: 14,
  pageNumber: 14,
} as const;

export const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** The width the text has on a portrait page. */
export const PORTRAIT_TEXT = A4.short - MARGINS.left - MARGINS.right;
/** …and on a landscape one. */
export const LANDSCAPE_TEXT = A4.long - MARGINS.left - MARGINS.right;

interface RunLook {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

export function run(text: string, look: RunLook = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: pt(look.size ?? SIZES.body),
    bold: look.bold,
    italics: look.italics,
  });
}

interface LineLook extends RunLook {
  readonly align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  readonly after?: number;
  readonly before?: number;
}

/** A line of the header or the signature: one run, no indent. */
export function line(text: string, look: LineLook = {}): Paragraph {
  return new Paragraph({
    alignment: look.align ?? AlignmentType.CENTER,
    spacing: { before: look.before ?? 0, after: look.after ?? 0 },
    children: [run(text, look)],
  });
}

/**
 * A solid rule `length` long (twentieths of a point), centred in a width of `within`: an empty paragraph a few points
 * high whose bottom border is cut to length by its indents.
 */
export function rule(length: number, within: number): Paragraph {
  const side = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 20, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [run("", { size: 2 })],
  });
}

/**
 * The width of a line of Times New Roman, bold capitals, in twentieths of a point: the mean advance of its capitals
 * (Liberation Serif Bold, metric-compatible with Times New Roman), enough to cut a rule to a share of it.
 */
export function capitalsWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")) {
    if (ch === " ") em += 0.25;
    else if (/[MW]/.test(ch)) em += 0.96;
    else if (/[IJ]/.test(ch)) em += 0.42;
    else if (/[A-Z]/.test(ch)) em += 0.73;
    else em += 0.5;
  }
  return Math.round(em * size * 20);
}

/** The body's paragraph: justified, first line indented 1,27 cm, 6 pt after, line spacing 1,15. */
export function bodyParagraph(p: SummaryParagraph): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 720 },
    spacing: { before: 0, after: 120, line: 276, lineRule: LineRuleType.AUTO },
    children: [run(p.text, { bold: p.heading })],
  });
}

const noBorders = TableBorders.NONE;

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: {
      top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
    },
    children,
  });
}

function borderless(widths: readonly number[], rows: Paragraph[][][], outdent = 0): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    indent: outdent ? { size: -outdent, type: WidthType.DXA } : undefined,
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: rows.map((cells) => new TableRow({ children: cells.map((c, i) => cell(widths[i], c)) })),
  });
}

/**
 * The header's two columns, 70 and 105 mm: the table starts 10 mm into the left margin, as the decree's own samples
 * do, so that "SỞ KHOA HỌC VÀ CÔNG NGHỆ" (65 mm at 12 pt) and the date line (99 mm at 13 pt) each keep one line.
 */
export const HEADER_OUTDENT = mm(10);
export const HEADER_WIDTHS = [mm(70), PORTRAIT_TEXT + HEADER_OUTDENT - mm(70)] as const;

/** The width of the Tiêu ngữ, 159,1 pt at 13 pt bold (measured in LibreOffice's render): its rule is as long. */
const MOTTO_WIDTH = Math.round(159.1 * (SIZES.motto / 13) * 20);

export type DocumentKind = "report" | "letter";

/**
 * The header: on the left the parent agency (capitals, not bold), the issuing agency (capitals, bold) with a rule a
 * third of its length, "Số: …" under them (and a letter's "V/v …"); on the right the Quốc hiệu, the Tiêu ngữ with a
 * rule as long as it, the place and date in italics on the line of "Số:".
 */
export function headerBlock(
  settings: DocumentSettings,
  kind: DocumentKind,
  fallbackAgency: string,
  letterSubject?: string
): Table {
  const [left, right] = HEADER_WIDTHS;
  const parent = capitals(settings.parentAgency);
  const agency = capitals(settings.agency || fallbackAgency) || "……………………";
  const agencyLines: Paragraph[] = [];
  if (parent) agencyLines.push(line(parent, { size: SIZES.parentAgency }));
  agencyLines.push(line(agency, { size: SIZES.agency, bold: true }));
  const longest = Math.min(left, capitalsWidth(agency, SIZES.agency));
  agencyLines.push(rule(Math.max(mm(15), Math.round(longest / 3)), left));
  const nationLines = [
    line(NATION, { size: SIZES.nation, bold: true }),
    line(MOTTO, { size: SIZES.motto, bold: true }),
    rule(MOTTO_WIDTH, right),
  ];
  const numberCell = [line(numberLine(settings, kind), { size: SIZES.number, before: 120 })];
  if (kind === "letter" && letterSubject)
    numberCell.push(line(letterSubject, { size: SIZES.letterSubject, before: 60 }));
  const dateCell = [
    line(placeDateLine(settings), { size: SIZES.placeDate, italics: true, before: 120 }),
  ];
  return borderless(
    HEADER_WIDTHS,
    [
      [agencyLines, nationLines],
      [numberCell, dateCell],
    ],
    HEADER_OUTDENT
  );
}

/** "BÁO CÁO" and its trích yếu, bold and centred, a short rule under it. */
export function reportTitle(subject: string): Paragraph[] {
  return [
    line("BÁO CÁO", { size: SIZES.type, bold: true, before: 360 }),
    line(subject, { size: SIZES.subject, bold: true }),
    rule(mm(30), PORTRAIT_TEXT),
  ];
}

/** "Kính gửi: …": one recipient on its line, several one a line under it. */
export function recipientsBlock(recipients: readonly string[]): Paragraph[] {
  const { first, lines } = kinhGui(recipients);
  const out = [line(first, { size: SIZES.body, before: 240, after: lines.length ? 0 : 240 })];
  lines.forEach((l, i) =>
    out.push(
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: { left: mm(60) },
        spacing: { before: 0, after: i === lines.length - 1 ? 240 : 0 },
        children: [run(l)],
      })
    )
  );
  return out;
}

/**
 * After the body: Nơi nhận (12 pt bold italic) and its list (11 pt) on the left, level with the signer's authority;
 * the signature on the right: authority and title in capitals, bold; room to sign; the name, bold.
 */
export function signatureBlock(settings: DocumentSettings, others: readonly string[] = []): Table {
  const widths = [
    Math.round(PORTRAIT_TEXT * 0.45),
    PORTRAIT_TEXT - Math.round(PORTRAIT_TEXT * 0.45),
  ];
  const left = [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run("Nơi nhận:", { size: SIZES.recipientsHead, bold: true, italics: true })],
    }),
    ...noiNhan(settings, others).map(
      (l) =>
        new Paragraph({
          spacing: { before: 0, after: 0 },
          children: [run(l, { size: SIZES.recipients })],
        })
    ),
  ];
  const s = signature(settings);
  const right = [
    ...(s.authority ? [line(s.authority, { size: SIZES.signer, bold: true })] : []),
    line(s.title, { size: SIZES.signer, bold: true }),
    ...Array.from({ length: 4 }, () => line("", { size: SIZES.signer })),
    line(s.name, { size: SIZES.signer, bold: true }),
  ];
  return borderless(widths, [[left, right]]);
}

/** The header of every page but the first: its number, centred. The first page's is empty (titlePage). */
function pageNumberHeaders(): NonNullable<ISectionOptions["headers"]> {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              font: FONT,
              size: pt(SIZES.pageNumber),
              children: [PageNumber.CURRENT],
            }),
          ],
        }),
      ],
    }),
    first: new Header({ children: [] }),
  };
}

/** A section of A4, portrait or landscape, with the decree's margins and its own page numbers from its page 2. */
export function officialSection(
  orientation: "portrait" | "landscape",
  children: ISectionOptions["children"],
  restartNumbers = false
): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size:
          orientation === "landscape"
            ? { orientation: PageOrientation.LANDSCAPE, width: A4.short, height: A4.long }
            : { orientation: PageOrientation.PORTRAIT, width: A4.short, height: A4.long },
        margin: MARGINS,
        pageNumbers: restartNumbers ? { start: 1 } : undefined,
      },
    },
    headers: pageNumberHeaders(),
    children,
  };
}

/**
 * The filled report as a .docx in the template's layout: title, unit, period, then the five-column table (STT, Chỉ
 * tiêu, Số liệu tổng hợp, Đánh giá, Ghi chú) with the pillar headings, from a sheet as it shows its rows.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { pillars } from "../../core/catalog";
import { LEVEL_NAMES } from "../../core/levels";
import { bodyLines, HEADERS, TITLE, type SheetParams } from "../../core/sheet";
import { periodText } from "../../core/sheet/period";
import { COLOURS } from "../../core/sheet/styles";
import { shownVerdict, type ShownResults } from "../../core/sheet/shown";

const FONT = "Times New Roman";
const WIDTHS = [7, 43, 14, 12, 24]; // per cent of the table width
const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: border, bottom: border, left: border, right: border };

function text(t: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text: t,
    font: FONT,
    size: opts.size ?? 24,
    bold: opts.bold,
    italics: opts.italics,
  });
}

function cell(
  content: string,
  opts: { bold?: boolean; center?: boolean; shade?: string; span?: number; width?: number } = {}
): TableCell {
  const lines = content.split("\n");
  return new TableCell({
    borders,
    columnSpan: opts.span,
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    verticalAlign: VerticalAlign.TOP,
    shading: opts.shade ? { type: ShadingType.CLEAR, color: "auto", fill: opts.shade } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: lines.map(
      (l) =>
        new Paragraph({
          alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [text(l, { bold: opts.bold })],
        })
    ),
  });
}

/** A4 in twentieths of a point, as portrait: `docx` swaps the two itself for a landscape page. */
const A4 = { short: 11906, long: 16838 };

/**
 * The report document for a unit (or the city) and period, on landscape A4. A verdict judged against a target the
 * analyst edited says so beside it; the notes are the sheet's.
 */
export async function reportDocx(params: SheetParams, shown: ShownResults): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    height: { value: 500, rule: HeightRule.ATLEAST },
    children: HEADERS.slice(0, 5).map((h, i) =>
      cell(h, { bold: true, center: true, shade: COLOURS.pillar.slice(1), width: WIDTHS[i] })
    ),
  });
  const rows = bodyLines().map((line) => {
    if ("pillar" in line) {
      const title = pillars.find((p) => p.id === line.pillar)!.title;
      return new TableRow({
        children: [
          cell("", { shade: "F2F2F2" }),
          cell(title, { bold: true, shade: "F2F2F2", span: 4 }),
        ],
      });
    }
    const row = line.row;
    const r = shown[row.id];
    const group = row.kind === "group";
    return new TableRow({
      cantSplit: true,
      children: [
        cell(row.parent ? row.id : `${row.id}.`, { center: true, bold: !row.parent }),
        cell(row.title, { bold: group }),
        cell(r?.text ?? "", { center: true }),
        cell(r ? shownVerdict(r) : "", { center: true, bold: true }),
        cell(r?.sheetNote ?? ""),
      ],
    });
  });
  const doc = new Document({
    creator: "CĐS Excel",
    title: `${TITLE} — ${params.unit} — ${periodText(params.period)}`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE, width: A4.short, height: A4.long },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [text(TITLE, { bold: true, size: 28 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [text(`Đơn vị: ${params.unit} (${LEVEL_NAMES[params.level]})`)],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [text(`Kỳ báo cáo: ${periodText(params.period)}`, { italics: true })],
          }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
        ],
      },
    ],
  });
  const buf = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buf);
}

/**
 * The report as an official document (docs/domain.md#official-documents): on portrait A4 the header, "BÁO CÁO" and
 * its subject, Kính gửi, the written summary of the sheet, Nơi nhận and the signature; then, as its appendix on a
 * landscape section of its own, the five-column table (STT, Chỉ tiêu, Số liệu tổng hợp, Đánh giá, Ghi chú) with the
 * pillar headings, from the sheet as it shows its rows. The reminder letter (công văn đôn đốc) shares the layout.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
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
import { pillars } from "../core/catalog";
import { LEVEL_NAMES } from "../core/levels";
import {
  capitals,
  documentNumber,
  documentSymbol,
  recipientList,
  shortDate,
} from "../documents/officialDoc";
import type { DocumentSettings } from "../documents/settings";
import type { ReminderBody } from "../documents/reminderBody";
import type { ReportSummary } from "../documents/reportSummary";
import { bodyLines, HEADERS, TITLE } from "../sheets";
import { type SheetParams } from "../core";
import { periodText } from "../core/period";
import { COLOURS } from "../sheets/styles";
import { shownVerdict, type ShownResults } from "../sheets/unit/shown";

import {
  bodyParagraph,
  FONT,
  headerBlock,
  LANDSCAPE_TEXT,
  line,
  officialSection,
  recipientsBlock,
  reportTitle,
  signatureBlock,
  SIZES,
} from "./docxOfficial";

const WIDTHS = [7, 43, 14, 12, 24]; // per cent of the table width
/** The appendix's table text, in points: the decree sets none; 12 pt keeps the long titles on few lines. */
const TABLE_SIZE = 12;
const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: border, bottom: border, left: border, right: border };

function text(t: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text: t,
    font: FONT,
    size: (opts.size ?? TABLE_SIZE) * 2,
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
    width: opts.width
      ? { size: Math.round((LANDSCAPE_TEXT * opts.width) / 100), type: WidthType.DXA }
      : undefined,
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

/** The report's trích yếu: "Kết quả thực hiện các chỉ tiêu chuyển đổi số quý III năm 2025". */
export function reportSubject(params: SheetParams): string {
  const period = periodText(params.period);
  return `Kết quả thực hiện các chỉ tiêu chuyển đổi số ${period.charAt(0).toLowerCase()}${period.slice(1)}`;
}

/** The five-column table of the sheet's rows: its header repeats on every page, a row never splits. */
function indicatorTable(shown: ShownResults): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    height: { value: 500, rule: HeightRule.ATLEAST },
    children: HEADERS.slice(0, 5).map((h, i) =>
      cell(h, { bold: true, center: true, shade: COLOURS.pillar.slice(1), width: WIDTHS[i] })
    ),
  });
  const rows = bodyLines().map((line) => {
    if ("pillar" in line) {
      const title = pillars.find((p) => p.id === line.pillar)!.title;
      return new TableRow({
        cantSplit: true,
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
  return new Table({
    width: { size: LANDSCAPE_TEXT, type: WidthType.DXA },
    columnWidths: WIDTHS.map((w) => Math.round((LANDSCAPE_TEXT * w) / 100)),
    rows: [header, ...rows],
  });
}

/** What the report is made of: the sheet's params and rows, its summary, and the words typed once. */
export interface ReportInput {
  readonly params: SheetParams;
  readonly shown: ShownResults;
  readonly summary: ReportSummary;
  readonly settings: DocumentSettings;
}

/** The agency a report is issued by when none was typed: the unit of the sheet (the city's has none to say). */
const fallbackAgency = (params: SheetParams) => (params.level === "tp" ? "" : params.unit);

/**
 * The report document: the report on portrait A4, the table as its appendix on landscape A4 (its own page numbers).
 * A verdict judged against a target the analyst edited says so beside it; the notes are the sheet's.
 */
export async function reportDocx(input: ReportInput): Promise<Uint8Array> {
  const { params, shown, summary, settings } = input;
  const subject = reportSubject(params);
  const agency =
    settings.agency.normalize("NFC").replace(/\s+/g, " ").trim() || fallbackAgency(params) || "……";
  const number = `${documentNumber(settings.number).trim() || "\u00a0".repeat(6)}/${documentSymbol(settings.reportSymbol, "BC-…")}`;
  const report = [
    headerBlock(settings, "report", fallbackAgency(params)),
    ...reportTitle(subject),
    ...recipientsBlock(recipientList(settings)),
    ...summary.paragraphs.map(bodyParagraph),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    signatureBlock(settings),
  ];
  const appendix = [
    line("Phụ lục", { size: 14, bold: true }),
    line(capitals(`${TITLE.replace(/^BÁO CÁO /, "")} ${periodText(params.period)}`), {
      size: SIZES.subject,
      bold: true,
    }),
    line(`${params.unit} (${LEVEL_NAMES[params.level]})`, { size: SIZES.body, bold: true }),
    line(`(Kèm theo Báo cáo số ${number} ngày ${shortDate(settings)} của ${agency})`, {
      size: SIZES.body,
      italics: true,
      after: 240,
    }),
    indicatorTable(shown),
  ];
  const doc = new Document({
    creator: "CĐS Excel",
    title: `${TITLE} — ${params.unit} — ${periodText(params.period)}`,
    styles: { default: { document: { run: { font: FONT, size: SIZES.body * 2 } } } },
    sections: [officialSection("portrait", report), officialSection("landscape", appendix, true)],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** The reminder letter (công văn đôn đốc) to the units the status sheet lists as not reported or incomplete. */
export async function reminderDocx(
  body: ReminderBody,
  settings: DocumentSettings,
  fallback: string
): Promise<Uint8Array> {
  const units = body.tiers.flatMap((t) => t.units.map((u) => u.name));
  // a few units are named in Kính gửi; many are addressed by tier, the body names each
  const recipients =
    units.length <= 6
      ? units
      : body.tiers.map(
          (t) => `Các ${LEVEL_NAMES[t.level].toLocaleLowerCase("vi")} có tên dưới đây`
        );
  const children = [
    headerBlock(settings, "letter", fallback, body.subject),
    ...recipientsBlock(recipients),
    ...body.paragraphs.map(bodyParagraph),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    signatureBlock(settings),
  ];
  const doc = new Document({
    creator: "CĐS Excel",
    title: body.subject,
    styles: { default: { document: { run: { font: FONT, size: SIZES.body * 2 } } } },
    sections: [officialSection("portrait", children)],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

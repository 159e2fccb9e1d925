/**
 * The reply file of "Gửi ý kiến cho đơn vị" as an .xlsx (docs/sheets.md#reply-file): the core's table (replyCells)
 * written with ExcelJS as plain text cells — a title block, a header, one line per comment, no formulas — so that
 * anyone opens it; and read back through the bounded reader of picked files (readXlsx), so that a hostile or foreign
 * file is refused the same way, then by the core (readReplySheet). All the replies of a review round go as one .zip.
 */
import JSZip from "jszip";
import { isCdsError, replyFileName, type Reply } from "../core";
import {
  isReplyHead,
  readReplySheet,
  replyCells,
  REPLY_COL,
  REPLY_SHEET,
  REPLY_WIDTHS,
  REVIEW_HEADER_ROW,
  REVIEW_ROWS,
} from "../sheets";
import { readXlsx } from "./xlsx";
import { excelJs } from "./excelJs";

const HEADER_FILL = "FF1F4E79";
const THIN = { style: "thin" as const, color: { argb: "FF808080" } };

/**
 * The reply as an .xlsx: one sheet "Ý kiến"; every cell text in the text format ("@"), so that a comment starting
 * with "=" is read as the words it is; the indicator ids and the add-in's codes in the hidden column F.
 * `created` stamps the file's properties (the caller's clock).
 */
export async function writeReplyWorkbook(reply: Reply, created?: Date): Promise<Uint8Array> {
  const ExcelJS = await excelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = "CĐS Excel";
  if (created) {
    wb.created = created;
    wb.modified = created;
  }
  const ws = wb.addWorksheet(REPLY_SHEET, {
    views: [{ state: "frozen", ySplit: REVIEW_HEADER_ROW }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1 },
  });
  const rows = replyCells(reply);
  rows.forEach((line, r) =>
    line.forEach((content, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.numFmt = "@";
      if ("text" in content) cell.value = content.text; // a string is never a formula in ExcelJS
      cell.alignment = {
        vertical: "top",
        wrapText: c === REPLY_COL.title || c === REPLY_COL.comment,
      };
    })
  );
  REPLY_WIDTHS.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  ws.getColumn(REPLY_COL.id + 1).hidden = true;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, REPLY_COL.comment + 1);
  for (let r = REVIEW_ROWS.unit; r <= REVIEW_ROWS.state; r++)
    ws.getCell(r, 2).font = { bold: true, color: { argb: HEADER_FILL } };
  const header = ws.getRow(REVIEW_HEADER_ROW);
  for (let c = 1; c <= REPLY_COL.comment + 1; c++) {
    const cell = header.getCell(c);
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  for (let r = REVIEW_HEADER_ROW; r <= rows.length; r++)
    for (let c = 1; c <= REPLY_COL.comment + 1; c++)
      ws.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * A reply file read back: through readXlsx (its bounds on sizes, its refusal of macros and of what is not an .xlsx),
 * then the one sheet carrying the reply's signature, read whole by the core. Refused with a Vietnamese message naming
 * the file: not an .xlsx, no reply in it, two replies in it, or a cell the core cannot read.
 */
export async function readReplyWorkbook(
  data: ArrayBuffer | Uint8Array,
  fileName: string
): Promise<Reply> {
  const sheets = await readXlsx(data, fileName);
  const replies = sheets.filter((s) => isReplyHead(s.values));
  if (!replies.length)
    throw new Error(
      `Tệp "${fileName}" không phải tệp ý kiến của Thành phố do CĐS Excel tạo (không có trang nào mang dấu nhận biết của tệp ý kiến): hãy chọn tệp "Y kien TP …" mà Thành phố gửi.`
    );
  if (replies.length > 1)
    throw new Error(
      `Tệp "${fileName}" có ${replies.length} trang ý kiến: mỗi tệp ý kiến chỉ có một trang. Hãy xin Thành phố gửi lại tệp.`
    );
  try {
    return readReplySheet(replies[0], `Tệp "${fileName}"`);
  } catch (e) {
    if (isCdsError(e)) throw new Error(e.message);
    throw e;
  }
}

/** The replies of a review round as one .zip, a reply file per unit; names made distinct with " (2)", " (3)"… */
export async function writeReplyZip(
  replies: readonly Reply[],
  created?: Date
): Promise<{ data: Uint8Array; files: string[] }> {
  const zip = new JSZip();
  const files: string[] = [];
  const taken = new Set<string>();
  for (const reply of replies) {
    const base = replyFileName(reply).replace(/\.xlsx$/, "");
    let name = `${base}.xlsx`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).xlsx`;
    taken.add(name.toLowerCase());
    files.push(name);
    zip.file(name, await writeReplyWorkbook(reply, created), created ? { date: created } : {});
  }
  // each workbook stored as it is (an .xlsx is already compressed), so the download checks each as it checks a file
  const data = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
  return { data, files };
}

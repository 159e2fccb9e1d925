/** @jest-environment node */
/** The reply file of "Gửi ý kiến cho đơn vị" as an .xlsx: written, read back equal, foreign and hostile files refused. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { findRow, type Reply } from "../../src/core";
import { readReplyWorkbook, writeReplyWorkbook, writeReplyZip } from "../../src/formats";
import { hugeCellXlsx } from "../support/hostileFiles";
import { unitWorkbookFile } from "../support/unitFiles";
import { INPUTS } from "../support/unitReport";

const REPLY: Reply = {
  unit: "Phường Bến Thành",
  code: "26734",
  level: "xa",
  period: { year: 2025, part: "Q3" },
  version: 2,
  fingerprint: "0123456789abcdef".repeat(4),
  state: "explain",
  comments: [
    {
      id: "2",
      title: findRow("2")!.title,
      figure: "Đã ban hành",
      verdict: "Đạt",
      comment: "Đề nghị gửi kèm văn bản ban hành.",
    },
    {
      id: "16.1",
      title: findRow("16.1")!.title,
      figure: "1.200",
      verdict: "",
      comment: "=16.1/16.2 tăng gấp đôi: đề nghị giải trình.\nDòng thứ hai.",
    },
    {
      id: "26",
      title: findRow("26")!.title,
      figure: "8,50%",
      verdict: "Chưa đạt",
      comment: "+ Nguồn?",
    },
  ],
};
const CREATED = new Date("2025-10-02T03:00:00Z");

describe("the reply .xlsx", () => {
  it("reads back equal to what was written", async () => {
    const data = await writeReplyWorkbook(REPLY, CREATED);
    await expect(readReplyWorkbook(data, "y-kien.xlsx")).resolves.toEqual(REPLY);
  });

  it("reads back a reply without code, state or comments", async () => {
    const bare: Reply = { ...REPLY, state: null, comments: [] };
    delete (bare as { code?: string }).code;
    const data = await writeReplyWorkbook(bare);
    await expect(readReplyWorkbook(data, "y-kien.xlsx")).resolves.toEqual(bare);
  });

  it("is a plain table a person reads without the add-in: Vietnamese title block, no formula, comments as text", async () => {
    const data = await writeReplyWorkbook(REPLY, CREATED);
    const zip = await JSZip.loadAsync(data);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).not.toContain("<f>");
    expect(sheet).not.toContain("<f ");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Ý kiến")!;
    const at = (a: string) => ws.getCell(a).value;
    expect([at("A1"), at("A2"), at("B2"), at("B3"), at("B4"), at("B5"), at("B6")]).toEqual([
      "Ý KIẾN CỦA THÀNH PHỐ VỀ BÁO CÁO CHỈ TIÊU CHUYỂN ĐỔI SỐ",
      "Đơn vị:",
      "Phường Bến Thành",
      "Phường, xã, đặc khu",
      "Quý III năm 2025",
      "Lần chốt 2 · mã số liệu 0123456789ab",
      "Cần giải trình",
    ]);
    expect(ws.getRow(7).values).toEqual([
      undefined,
      "STT",
      "Chỉ tiêu",
      "Số liệu đã rà soát",
      "Đánh giá",
      "Ý kiến của Thành phố",
      "Mã",
    ]);
    // the comment starting with "=" is a string cell, in the text format
    expect(at("E9")).toBe(REPLY.comments[1].comment);
    expect(ws.getCell("E9").numFmt).toBe("@");
    expect(ws.getColumn(6).hidden).toBe(true);
    expect(at("F1")).toBe("CDS-REPLY/1");
  });

  it("refuses a foreign .xlsx: a unit's workbook, and an empty one, by name", async () => {
    const unit = await unitWorkbookFile(
      { unit: "Phường Bến Thành", level: "xa", period: { year: 2025, part: "Q3" } },
      INPUTS
    );
    await expect(readReplyWorkbook(unit, "bao-cao.xlsx")).rejects.toThrow(
      'Tệp "bao-cao.xlsx" không phải tệp ý kiến của Thành phố do CĐS Excel tạo'
    );
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "CDS-REPLY/1";
    const other = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await expect(readReplyWorkbook(other, "khac.xlsx")).rejects.toThrow("không phải tệp ý kiến");
  });

  it("refuses a reply whose cells were edited, naming the cells", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeReplyWorkbook(REPLY)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Ý kiến")!;
    ws.getCell("F9").value = "99";
    ws.getCell("E10").value = null;
    ws.getCell("B6").value = "Duyệt";
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await expect(readReplyWorkbook(edited, "sua.xlsx")).rejects.toThrow(
      'Tệp "sua.xlsx" không đọc được: ô B6 ghi "Duyệt", không phải kết quả rà soát'
    );
    await expect(readReplyWorkbook(edited, "sua.xlsx")).rejects.toThrow(
      'ô F9 ghi "99", không phải mã một chỉ tiêu của báo cáo, ô E10 (chỉ tiêu 26) không có ý kiến'
    );
    ws.getCell("H5").value = null;
    ws.getCell("F5").value = "v=2";
    const noVersion = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await expect(readReplyWorkbook(noVersion, "v.xlsx")).rejects.toThrow(
      'Tệp "v.xlsx": ô F5 không ghi được lần chốt và mã số liệu được rà soát'
    );
  });

  it("refuses a hostile file with the bounded reader's message: not an .xlsx, a cell inflating to 80 MB", async () => {
    await expect(
      readReplyWorkbook(new TextEncoder().encode("STT;Chỉ tiêu"), "y-kien.xlsx")
    ).rejects.toThrow('Không đọc được tệp "y-kien.xlsx": tệp không phải .xlsx');
    await expect(readReplyWorkbook(hugeCellXlsx(80), "bom.xlsx")).rejects.toThrow(
      /^Không đọc (được )?tệp "bom\.xlsx"/
    );
  }, 60_000);

  it("goes as one .zip for every unit needing an answer, one file each, names distinct", async () => {
    const other: Reply = { ...REPLY, unit: "Phường Sài Gòn", code: "26740" };
    const { data, files } = await writeReplyZip([REPLY, other, REPLY], CREATED);
    expect(files).toEqual([
      "Y kien TP 2025-Q3 Phuong Ben Thanh lan 2.xlsx",
      "Y kien TP 2025-Q3 Phuong Sai Gon lan 2.xlsx",
      "Y kien TP 2025-Q3 Phuong Ben Thanh lan 2 (2).xlsx",
    ]);
    const zip = await JSZip.loadAsync(data);
    expect(Object.keys(zip.files)).toEqual(files);
    const back = await readReplyWorkbook(await zip.file(files[1])!.async("uint8array"), files[1]);
    expect(back).toEqual(other);
  });
});

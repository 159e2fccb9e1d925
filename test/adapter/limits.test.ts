/**
 * Excel on the web's limits (a request or response over 5 MB is refused, a read over 5,000,000 cells too), enforced
 * by the fake Excel, and the add-in working within them at the city's scale: the consolidation of 200 and 1,000 unit
 * sheets with long notes, beside an unrelated 20,000-row sheet and a stray cell at Z5000.
 */
import ExcelJS from "exceljs";
import { catalog } from "../../src/core";
import {
  buildBreakdownSheet,
  cityParams,
  columnLetter,
  parseCell,
  sheetName,
  standardRows,
} from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { consolidateCity } from "../../src/usecases";
import { READ_BATCH_BYTES, WRITE_BATCH_BYTES } from "../../src/workbook";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office";
import { MAX_READ_ROWS } from "../../src/workbook";
import {
  note,
  scaleInputs,
  scaleSheetCells,
  scaleUnits,
  SCALE_PERIOD,
  seedCityWorkbook,
} from "../support/cityScale";
import { FakeExcel, installExcelHost, jsonBytes, type Seed } from "../support/officeMock";

const rows = standardRows();
const ALLOWED = 4_000_000;

let uninstall: () => void;
beforeAll(() => (uninstall = installExcelHost()));
afterAll(() => uninstall());

/** The sum of a count over the first n units of the scale workbook. */
function sumOf(id: string, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Number(scaleInputs(i)[id]);
  return sum;
}

describe("the add-in within Excel on the web's limits", () => {
  it("reads a 30,000-row sheet's report range (capped rows) where the whole sheet would be refused", async () => {
    const excel = new FakeExcel();
    const cells: Record<string, Seed> = {};
    for (let r = 1; r <= 30_000; r++) {
      for (const c of "ABCDEFGH") cells[`${c}${r}`] = `${note(r)}`;
    }
    excel.addSheet("Lớn", cells);
    // what the add-in did before: the whole used range in one request
    await expect(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:H30000");
        range.load("values, formulas");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });

    const wb = new OfficeWorkbook(excel.run);
    const { active } = await wb.read({ active: true });
    expect(active!.values).toHaveLength(MAX_READ_ROWS);
    const [sheet] = await wb.readSheets(["Lớn"]);
    expect(sheet.values).toHaveLength(MAX_READ_ROWS);
    expect(sheet.values[MAX_READ_ROWS - 1][7]).toBe(note(MAX_READ_ROWS));
    const accepted = excel.syncLog.filter((s) => !s.refused);
    expect(Math.max(...accepted.map((s) => s.response))).toBeLessThanOrEqual(ALLOWED);
  });

  it("splits a batch Excel still refuses as too large, and reads every row once", async () => {
    const excel = new FakeExcel();
    // Small sheets first: the first measure says rows are small; then sheets whose rows are 70 times larger.
    const names: string[] = [];
    for (let i = 0; i < 40; i++) {
      names.push(`Nhỏ ${i}`);
      const cells: Record<string, Seed> = {};
      for (let r = 1; r <= 30; r++) cells[`A${r}`] = r;
      excel.addSheet(`Nhỏ ${i}`, cells);
    }
    const long = "Ghi chú rất dài của chuyên viên về nguồn số liệu và cách tính. ".repeat(10);
    for (let i = 0; i < 6; i++) {
      names.push(`Lớn ${i}`);
      const cells: Record<string, Seed> = {};
      for (let r = 1; r <= 300; r++)
        for (const c of "ABCDEFGH") cells[`${c}${r}`] = `${r}${c} ${long}`;
      excel.addSheet(`Lớn ${i}`, cells);
    }
    const progress: number[] = [];
    const read = await new OfficeWorkbook(excel.run).readSheets(names, (done) =>
      progress.push(done)
    );
    expect(excel.refusals).toBeGreaterThan(0);
    expect(read.map((s) => s.name)).toEqual(names);
    for (const sheet of read.slice(40)) {
      expect(sheet.values).toHaveLength(300);
      expect(sheet.values.map((line) => line[0])).toEqual(
        Array.from({ length: 300 }, (_, r) => `${r + 1}A ${long}`)
      );
    }
    expect(read[0].values.map((line) => line[0])).toEqual(
      Array.from({ length: 30 }, (_, r) => r + 1)
    );
    expect(progress[progress.length - 1]).toBe(names.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("fails with Excel's message, not a wrong result, when one row alone is too large", async () => {
    const excel = new FakeExcel();
    const huge = "Đ".repeat(120_000); // × 8 cells × values and formulas, escaped: over 5 MB in one row
    excel.addSheet("Một dòng", Object.fromEntries([..."ABCDEFGH"].map((c) => [`${c}1`, huge])));
    await expect(new OfficeWorkbook(excel.run).readSheets(["Một dòng"])).rejects.toMatchObject({
      code: "failed",
      message: expect.stringMatching(
        /trang "Một dòng".*giới hạn 5 MB.*response payload size has exceeded the limit/
      ),
    });
  });
});

describe("consolidation at the city's scale, through the strict fake Excel", () => {
  it.each([
    [200, 40],
    [1000, 160],
  ])(
    "%i unit sheets, long notes, a 20,000-row sheet, a stray cell at Z5000: every request and response under 4 MB",
    async (n, maxSyncs) => {
      const excel = new FakeExcel();
      const names = seedCityWorkbook(excel, n);
      const before = excel.syncs;
      const messages: string[] = [];
      const out = await consolidateCity(
        new OfficeWorkbook(excel.run),
        { period: SCALE_PERIOD },
        (m) => messages.push(m)
      );
      const syncs = excel.syncs - before;
      expect(excel.refusals).toBe(0);
      expect(excel.maxRequestBytes).toBeLessThanOrEqual(ALLOWED);
      expect(excel.maxResponseBytes).toBeLessThanOrEqual(ALLOWED);
      // the report ranges alone are over 10 MB: more than one batch, but far fewer round trips than sheets
      const readBytes = excel.syncLog.reduce((sum, s) => sum + s.response, 0);
      expect(readBytes).toBeGreaterThan(n * 50_000);
      expect(syncs).toBeGreaterThanOrEqual(2 + 1 + Math.ceil((n * 50_000) / READ_BATCH_BYTES) + 4);
      expect(syncs).toBeLessThanOrEqual(maxSyncs);
      expect(out.units).toBe(n);
      expect(out.skipped).toEqual([
        expect.objectContaining({
          reason: expect.stringMatching(/kỳ báo cáo khác \(Quý II năm 2025\)/),
        }),
      ]);
      const city = excel.sheet(out.city);
      expect(out.city).toBe(sheetName(cityParams(SCALE_PERIOD)));
      expect(city.content(`C${rows["16.1"]}`)).toBe(sumOf("16.1", n));
      expect(city.content(`C${rows["23.2"]}`)).toBe(sumOf("23.2", n));
      expect(excel.sheet(out.breakdown).content(`A${3 + n}`)).not.toBeNull();
      expect(messages).toContain(`Đang đọc các trang báo cáo ${n + 0}/${n}…`);
      expect(names).toHaveLength(n);
    },
    120_000
  );

  it("reads the unit sheets again, now with the city sheet and the breakdown, within the limits", async () => {
    const excel = new FakeExcel();
    seedCityWorkbook(excel, 200);
    const wb = new OfficeWorkbook(excel.run);
    await consolidateCity(wb, { period: SCALE_PERIOD });
    const out = await consolidateCity(wb, { period: SCALE_PERIOD });
    expect(out.units).toBe(200);
    expect(excel.refusals).toBe(0);
    expect(Math.max(excel.maxRequestBytes, excel.maxResponseBytes)).toBeLessThanOrEqual(ALLOWED);
  }, 120_000);
});

describe("the same flows on the in-memory workbook", () => {
  it("consolidates unit sheets beside a large data sheet, reading the report ranges in batches", async () => {
    const wb = new MemoryWorkbook();
    const units: SheetParams[] = scaleUnits(60);
    const put = (name: string, cells: Record<string, Seed>) => {
      wb.addSheet(name);
      const id = wb.hf.getSheetId(name)!;
      for (const [address, seed] of Object.entries(cells)) {
        const { row, col } = parseCell(address);
        const raw =
          typeof seed === "object" && seed !== null
            ? seed.formula
            : typeof seed === "string"
              ? `'${seed}`
              : seed;
        wb.hf.setCellContents({ sheet: id, row: row - 1, col }, [[raw]]);
      }
    };
    units.forEach((params, i) => put(`Đơn vị ${i + 1}`, scaleSheetCells(params, i)));
    const data: Record<string, Seed> = {};
    for (let r = 1; r <= 3000; r++) data[`A${r}`] = `Hồ sơ ${r}`;
    put("Dữ liệu", data);
    put("Trống", { Z5000: "x" });
    wb.paste("Đơn vị 1", "Z5000", "x");
    const heads = await wb.readHeads();
    expect(heads).toHaveLength(62);
    wb.roundTrips = 0;
    const read = await wb.readSheets(heads.map((h) => h.name));
    expect(read[0].values.every((line) => line.length <= 8)).toBe(true);
    expect(read[60].values).toHaveLength(MAX_READ_ROWS);
    expect(read[61].values).toEqual([[null]]);
    expect(wb.roundTrips).toBeGreaterThan(2);
    const out = await consolidateCity(wb, { period: SCALE_PERIOD });
    expect(out.units).toBe(60);
    expect(wb.value(out.city, `C${rows["16.1"]}`)).toBe(sumOf("16.1", 60));
    expect(catalog.length).toBeGreaterThan(0);
  }, 120_000);
});

describe("unrelated data beside the reports", () => {
  it("the data sheet is never read by the consolidation", async () => {
    const excel = new FakeExcel();
    seedCityWorkbook(excel, 3);
    await consolidateCity(new OfficeWorkbook(excel.run), { period: SCALE_PERIOD });
    // its title block only (A1:H5): a read of the sheet would be over 2 MB
    expect(excel.maxResponseBytes).toBeLessThan(1_000_000);
  });
});

describe("unit workbooks picked from disk", () => {
  it("names a file that cannot be read or holds no CĐS sheet in `skipped`, and consolidates the rest", async () => {
    const excel = new FakeExcel();
    seedCityWorkbook(excel, 3);
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Danh sách").getCell("A1").value = "Không phải báo cáo";
    const notReport = (await other.xlsx.writeBuffer()) as ArrayBuffer;
    const broken = new TextEncoder().encode("đây không phải tệp xlsx").buffer as ArrayBuffer;
    const messages: string[] = [];
    const out = await consolidateCity(
      new OfficeWorkbook(excel.run),
      {
        period: SCALE_PERIOD,
        files: [
          { name: "danh-sach.xlsx", data: notReport },
          { name: "hong.xlsx", data: broken },
        ],
      },
      (m) => messages.push(m)
    );
    expect(out.units).toBe(3);
    expect(out.skipped.map((s) => s.source)).toEqual(
      expect.arrayContaining(["danh-sach.xlsx", "hong.xlsx"])
    );
    expect(out.skipped.find((s) => s.source === "danh-sach.xlsx")!.reason).toMatch(
      /không có bảng chỉ tiêu CĐS/
    );
    expect(out.skipped.find((s) => s.source === "hong.xlsx")!.reason).not.toBe("");
    expect(messages).toEqual(
      expect.arrayContaining(["Đang đọc tệp 1/2: danh-sach.xlsx…", "Đang đọc tệp 2/2: hong.xlsx…"])
    );
  });

  it("does not rewrite a sheet of the analyst's that has the breakdown's name", async () => {
    const excel = new FakeExcel();
    seedCityWorkbook(excel, 3);
    const wb = new OfficeWorkbook(excel.run);
    const first = await consolidateCity(wb, { period: SCALE_PERIOD });
    excel.sheet(first.breakdown).cells.clear();
    excel.seed(first.breakdown, { A1: "Sổ theo dõi của tôi" });
    await expect(consolidateCity(wb, { period: SCALE_PERIOD })).rejects.toThrow(/Đã có trang tên/);
    expect(excel.sheet(first.breakdown).content("A1")).toBe("Sổ theo dõi của tôi");
  });
});

describe("writing within Excel on the web's limits", () => {
  it("writes the breakdown of 2,500 units in several requests, each under 4 MB, rewritten the same way", async () => {
    const units = scaleUnits(2500).map((p, i) => ({
      unit: p.unit,
      level: p.level as "so" | "xa",
      inputs: scaleInputs(i),
    }));
    const spec = buildBreakdownSheet(units, SCALE_PERIOD);
    // what one request would carry: over Excel on the web's 5 MB
    expect(jsonBytes(spec.cells)).toBeGreaterThan(5_000_000);
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    const before = excel.syncs;
    await wb.writeSheet(spec);
    const syncs = excel.syncs - before;
    expect(excel.refusals).toBe(0);
    expect(excel.maxRequestBytes).toBeLessThanOrEqual(ALLOWED);
    // the look, then requests that grow with the bytes written (a few), not with the 2,500 rows
    const written = excel.syncLog.slice(1).reduce((sum, s) => sum + s.request, 0);
    expect(syncs).toBeGreaterThanOrEqual(1 + Math.ceil(written / 5_000_000));
    expect(syncs).toBeLessThanOrEqual(1 + Math.ceil(written / WRITE_BATCH_BYTES) + 1);
    const ws = excel.sheet(spec.name);
    const last = spec.cells.length;
    expect(ws.content(`A${last}`)).toBe((spec.cells[last - 1][0] as { text: string }).text);
    expect(ws.content("A1")).toMatch(/^CHI TIẾT SỐ LIỆU CỦA CÁC ĐƠN VỊ/);
    expect(excel.names.get(spec.key)?.sheet).toBe(ws);
    await wb.writeSheet(spec, { replace: spec.name, clearRows: last });
    expect(excel.refusals).toBe(0);
    expect(ws.content(`B${last}`)).toBe((spec.cells[last - 1][1] as { text: string }).text);
  }, 120_000);

  it("says that long cells are the cause only when one row alone is over the limit", async () => {
    const long = "Đ".repeat(32_767);
    const base = buildBreakdownSheet([], SCALE_PERIOD);
    const width = 30; // 30 cells of 32,767 escaped characters: about 5.9 MB in one row
    const spec = {
      ...base,
      area: `A1:${columnLetter(width - 1)}3`,
      cells: [
        ...base.cells.slice(0, 2).map((line) => [...line].slice(0, width)),
        Array.from({ length: width }, () => ({ text: long })),
      ],
    };
    const excel = new FakeExcel();
    await expect(new OfficeWorkbook(excel.run).writeSheet(spec)).rejects.toMatchObject({
      tooLarge: true,
      message: expect.stringMatching(/riêng dòng 3 đã quá giới hạn vì có những ô rất dài/),
    });
  });
});

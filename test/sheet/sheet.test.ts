import { catalog, evaluate } from "../../src/core";
import { HEADERS, sheetName, standardRows, AUTO_NOTE_MARK } from "../../src/sheets";
import { fillReport, generateSheet, UserError } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { EVIDENCE, INPUTS } from "../support/unitReport";
import { PARAMS, typeReport } from "./support";

const rows = standardRows();
const NAME = sheetName(PARAMS);
/** The figure formula of a ratio: blank while a part is blank, else CDS.RATE. */
const rate = (a: string, b: string) =>
  `=IF(OR(C${rows[a]}="",C${rows[b]}=""),"",CDS.RATE(C${rows[a]},C${rows[b]}))`;

async function generated(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await generateSheet(wb, PARAMS);
  return wb;
}

describe("Generate sheet", () => {
  test("writes the standard sheet in three round trips: title block, header, every catalog row found by its id", async () => {
    const wb = new MemoryWorkbook();
    const out = await generateSheet(wb, PARAMS);
    expect(out).toMatchObject({ sheet: "CĐS 2025-Q3 Sở KH&CN", updated: false, kept: 0 });
    expect(wb.roundTrips).toBe(5 /* its registered name, the title blocks (2), look, write */);
    expect(wb.value(NAME, "B2")).toBe("Sở Khoa học và Công nghệ");
    expect(wb.value(NAME, "B3")).toBe("Sở, ban, ngành");
    expect(wb.value(NAME, "B4")).toBe("Quý III năm 2025");
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => wb.value(NAME, `${"ABCDEFGH"[c]}6`))).toEqual(
      HEADERS
    );
    for (const row of catalog)
      expect([row.id, wb.value(NAME, `H${rows[row.id]}`)]).toEqual([row.id, row.id]);
    expect(wb.value(NAME, `B${rows["1"] + 1}`)).toBe("Dữ liệu số");
    expect(wb.value(NAME, `A${rows["16"]}`)).toBe("16.");
    expect(wb.value(NAME, `A${rows["16.1"]}`)).toBe("16.1");
    expect(wb.formula(NAME, `C${rows["16"]}`)).toBe(rate("16.1", "16.2"));
    expect(wb.formula(NAME, `C${rows["39"]}`)).toBe(rate("39.1", "38.2"));
    expect(wb.formula(NAME, `C${rows["12.2"]}`)).toBe(rate("12.5", "12.3"));
    expect(wb.formula(NAME, `D${rows["16"]}`)).toBe(
      `=IF(ISNA(C${rows["16"]}),"Chưa có số liệu",IFERROR(IF(C${rows["16"]}="","Chưa có số liệu",CDS.CHECK(C${rows["16"]},F${rows["16"]},"so")),""))`
    );
    expect(wb.value(NAME, `F${rows["16"]}`)).toBe("≥ 60%");
    expect(wb.value(NAME, `F${rows["18"]}`)).toBe("≥ 50%");
    expect(wb.value(NAME, `F${rows["26"]}`)).toBe("> 8,5%");
    expect(wb.layoutOf(NAME).columns[7].hidden).toBe(true);
    expect(wb.layoutOf(NAME).freezeRows).toBe(6);
    expect(wb.styleAt(NAME, `C${rows["16.1"]}`)).toMatchObject({
      locked: false,
      numberFormat: "#,##0",
    });
    expect(wb.styleAt(NAME, `C${rows["14.1"]}`)).toMatchObject({
      locked: false,
      numberFormat: "0.00%",
    });
    expect(wb.validationAt(NAME, `C${rows["2"]}`)?.rule).toEqual({
      type: "list",
      items: ["Đã ban hành", "Chưa ban hành"],
    });
  });

  test("a new sheet shows every verdict as Chưa có số liệu (or nothing where there is no verdict)", async () => {
    const wb = await generated();
    const results = evaluate({}, { level: "so" });
    for (const row of catalog) {
      expect([row.id, wb.value(NAME, `D${rows[row.id]}`) ?? ""]).toEqual([
        row.id,
        results[row.id].verdict ?? "",
      ]);
    }
  });
});

describe("the sheet's own formulas agree with the core", () => {
  test.each(["so", "huyen", "xa"] as const)(
    "level %s: for every row, HyperFormula's verdict from the sheet = evaluate",
    async (level) => {
      const wb = new MemoryWorkbook();
      await generateSheet(wb, { ...PARAMS, level });
      const name = sheetName({ ...PARAMS, level });
      typeReport(wb, name);
      const results = evaluate(INPUTS, { level });
      for (const row of catalog) {
        const sheetVerdict = wb.value(name, `D${rows[row.id]}`);
        expect([
          row.id,
          sheetVerdict === "" || sheetVerdict === null ? null : sheetVerdict,
        ]).toEqual([row.id, results[row.id].verdict]);
        if (row.kind === "ratio")
          expect([row.id, wb.value(name, `C${rows[row.id]}`)]).toEqual([
            row.id,
            results[row.id].value,
          ]);
      }
    }
  );

  test("figures that cannot be right: no verdict on the sheet, as in the core", async () => {
    const wb = await generated();
    const bad = { ...INPUTS, "16.1": 1200, "38.1": 0, "38.2": 0, "24.1": "nhiều" };
    typeReport(wb, NAME, { ...bad, "24.1": 1 });
    wb.paste(NAME, `C${rows["24.1"]}`, "nhiều"); // pasted: data validation does not stop a paste
    const results = evaluate(bad, { level: "so" });
    for (const id of ["16", "38", "24", "39"]) {
      const v = wb.value(NAME, `D${rows[id]}`);
      expect([id, v === "" ? null : v]).toEqual([id, results[id].verdict]);
    }
  });
});

describe("Fill report", () => {
  test("fills verdicts and notes in two round trips, and summarises per pillar", async () => {
    const wb = await generated();
    typeReport(wb, NAME);
    wb.type(NAME, `G${rows["2"]}`, EVIDENCE["2"]);
    wb.roundTrips = 0;
    const out = await fillReport(wb, { params: PARAMS });
    expect(wb.roundTrips).toBe(2); // read, write
    expect(out.sheet).toBe(NAME);
    const results = evaluate(INPUTS, { level: "so", evidence: { "2": EVIDENCE["2"] } });
    for (const row of catalog) {
      const note = results[row.id].note;
      expect([row.id, wb.value(NAME, `E${rows[row.id]}`) ?? ""]).toEqual([
        row.id,
        note ? `${AUTO_NOTE_MARK} ${note}` : "",
      ]);
    }
    const all = out.summary.reduce((n, p) => n + p.met + p.notMet + p.noData, 0);
    const judged = Object.values(results).filter((r) => r.verdict).length;
    expect(all).toBe(judged);
    expect(out.summary.find((p) => p.pillar === "chinh-quyen-so")).toMatchObject({
      title: "Chính quyền số",
    });
  });

  test("a second fill changes nothing", async () => {
    const wb = await generated();
    typeReport(wb, NAME);
    await fillReport(wb, { params: PARAMS });
    const again = await fillReport(wb, { params: PARAMS });
    expect(again.written).toBe(0);
  });

  test("the analyst's notes are kept before the add-in's mark, and text that looks like a formula stays text", async () => {
    const wb = await generated();
    typeReport(wb, NAME);
    for (const [id, note] of [
      ["16", "=SUM(A1:A3)"],
      ["23", "+84 912 345 678"],
      ["24", "-5 so với kỳ trước"],
      ["25", "@Sở TC"],
    ]) {
      expect(wb.type(NAME, `E${rows[id]}`, note)).toBeNull();
    }
    await fillReport(wb, { params: PARAMS });
    expect(wb.value(NAME, `E${rows["16"]}`)).toBe("=SUM(A1:A3)");
    expect(wb.formula(NAME, `E${rows["16"]}`)).toBeNull();
    expect(wb.value(NAME, `E${rows["23"]}`)).toBe(
      `+84 912 345 678\n${AUTO_NOTE_MARK} Bằng đúng ngưỡng 10,00%: mục tiêu "> 10%" đòi hỏi lớn hơn hẳn ngưỡng.`
    );
    expect(wb.value(NAME, `E${rows["24"]}`)).toBe("-5 so với kỳ trước");
    expect(wb.value(NAME, `E${rows["25"]}`)).toBe("@Sở TC");
    await generateSheet(wb, PARAMS);
    expect(wb.value(NAME, `E${rows["16"]}`)).toBe("=SUM(A1:A3)");
    expect(wb.formula(NAME, `E${rows["16"]}`)).toBeNull();
    expect(wb.value(NAME, `E${rows["23"]}`)).toBe("+84 912 345 678");
  });

  test("values only: no CDS formula left, figures and verdicts as values; a later fill brings the formulas back", async () => {
    const wb = await generated();
    typeReport(wb, NAME);
    await fillReport(wb, { params: PARAMS, valuesOnly: true });
    for (const row of catalog) {
      expect([row.id, wb.formula(NAME, `C${rows[row.id]}`) ?? ""]).not.toEqual([
        row.id,
        expect.stringContaining("CDS."),
      ]);
      expect(wb.formula(NAME, `D${rows[row.id]}`)).toBeNull();
    }
    expect(wb.value(NAME, `C${rows["16"]}`)).toBe(0.6);
    expect(wb.value(NAME, `D${rows["16"]}`)).toBe("Đạt");
    await fillReport(wb, { params: PARAMS });
    expect(wb.formula(NAME, `C${rows["16"]}`)).toBe(rate("16.1", "16.2"));
    expect(wb.value(NAME, `D${rows["16"]}`)).toBe("Đạt");
  });

  test("a verdict the analyst typed is kept, with a note when it differs from the computed one", async () => {
    const wb = await generated();
    typeReport(wb, NAME);
    wb.type(NAME, `D${rows["9"]}`, "Đạt");
    const out = await fillReport(wb, { params: PARAMS });
    expect(wb.value(NAME, `D${rows["9"]}`)).toBe("Đạt");
    expect(out.disagreements).toEqual(["9"]);
    expect(wb.value(NAME, `E${rows["9"]}`)).toMatch(
      /Đánh giá nhập tay khác kết quả tính từ số liệu: Chưa đạt\./
    );
  });
});

describe("re-running Generate keeps what the analyst typed", () => {
  test("figures, edited targets, evidence and notes survive; other sheets are not touched", async () => {
    const wb = await generated();
    wb.addSheet("Ghi chép riêng");
    wb.type("Ghi chép riêng", "A1", "không được động vào");
    wb.activate(NAME);
    typeReport(wb, NAME);
    wb.type(NAME, `F${rows["25"]}`, "≥ 22%");
    wb.type(NAME, `G${rows["2"]}`, EVIDENCE["2"]);
    wb.type(NAME, `E${rows["16"]}`, "Số liệu từ hệ thống một cửa");
    wb.type(NAME, `C${rows["20"]}`, "95%"); // a ratio typed over its formula
    await fillReport(wb, { params: PARAMS });
    wb.roundTrips = 0;
    const out = await generateSheet(wb, PARAMS);
    expect(wb.roundTrips).toBe(3 /* its registered name, look, write */);
    expect(out.updated).toBe(true);
    expect(wb.sheetNames()).toEqual([NAME, "Ghi chép riêng"]);
    expect(wb.value("Ghi chép riêng", "A1")).toBe("không được động vào");
    expect(wb.value(NAME, `C${rows["16.1"]}`)).toBe(600);
    expect(wb.value(NAME, `C${rows["14.1"]}`)).toBe(0.3);
    expect(wb.value(NAME, `C${rows["2"]}`)).toBe("Đã ban hành");
    expect(wb.value(NAME, `F${rows["25"]}`)).toBe("≥ 22%");
    expect(wb.value(NAME, `D${rows["25"]}`)).toBe("Chưa đạt");
    expect(wb.value(NAME, `G${rows["2"]}`)).toBe(EVIDENCE["2"]);
    expect(wb.value(NAME, `E${rows["16"]}`)).toBe("Số liệu từ hệ thống một cửa");
    expect(wb.value(NAME, `C${rows["20"]}`)).toBe(0.95);
    expect(wb.formula(NAME, `C${rows["20"]}`)).toBeNull();
    expect(wb.formula(NAME, `C${rows["16"]}`)).toBe(rate("16.1", "16.2"));
  });

  test("a default target follows a change of level; an edited one stays", async () => {
    const wb = await generated();
    wb.type(NAME, `F${rows["16"]}`, "≥ 65%");
    const out = await generateSheet(wb, { ...PARAMS, level: "xa" });
    expect(out).toMatchObject({ sheet: NAME, updated: true, levelChanged: "so" });
    expect(wb.sheetNames()).toEqual([NAME]);
    expect(wb.value(NAME, `F${rows["18"]}`)).toBe("≥ 35%");
    expect(wb.value(NAME, `F${rows["16"]}`)).toBe("≥ 65%");
    expect(wb.value(NAME, "B3")).toBe("Phường, xã, đặc khu");
  });

  test("a renamed sheet is found again by its registered name, and Fill works on it", async () => {
    const wb = await generated();
    typeReport(wb, NAME);
    wb.renameSheet(NAME, "Báo cáo quý 3");
    const out = await generateSheet(wb, PARAMS);
    expect(out).toMatchObject({ sheet: "Báo cáo quý 3", updated: true });
    expect(wb.sheetNames()).toEqual(["Báo cáo quý 3"]);
    expect(wb.value("Báo cáo quý 3", `C${rows["16.1"]}`)).toBe(600);
    const filled = await fillReport(wb, { params: PARAMS });
    expect(filled.sheet).toBe("Báo cáo quý 3");
  });

  test("rows deleted by hand: Fill says which and how to recover; Generate restores them, keeping the rest", async () => {
    const wb = await generated();
    typeReport(wb, NAME);
    wb.deleteRows(NAME, rows["16.1"], 2);
    await expect(fillReport(wb, { params: PARAMS })).rejects.toThrow(
      /thiếu 2 dòng chỉ tiêu \(16\.1, 16\.2\), có thể đã bị xóa: hãy bấm "Tạo bảng chỉ tiêu" để khôi phục/
    );
    const out = await generateSheet(wb, PARAMS);
    expect(out.restored).toEqual(["16.1", "16.2"]);
    expect(wb.value(NAME, `C${rows["17.1"]}`)).toBe(1000);
    expect(wb.value(NAME, `C${rows["16.1"]}`)).toBeNull();
  });

  test("content the add-in does not own (a row inserted by hand) is never overwritten: Generate refuses and says where", async () => {
    const wb = await generated();
    wb.hf.addRows(wb.hf.getSheetId(NAME)!, [rows["20"], 1]);
    wb.type(NAME, `B${rows["20"] + 1}`, "Dòng ghi chú tự thêm");
    await expect(generateSheet(wb, PARAMS)).rejects.toThrow(
      /có nội dung trong những dòng không phải dòng chỉ tiêu \(ô B\d+\)/
    );
    expect(wb.value(NAME, `B${rows["20"] + 1}`)).toBe("Dòng ghi chú tự thêm");
  });
});

describe("errors the analyst can act on", () => {
  test("a protected sheet: a message, nothing written", async () => {
    const wb = await generated();
    typeReport(wb, NAME);
    wb.protect(NAME);
    const before = JSON.stringify(wb.hf.getSheetSerialized(wb.hf.getSheetId(NAME)!));
    await expect(fillReport(wb, { params: PARAMS })).rejects.toThrow(
      /đang được bảo vệ: hãy bỏ bảo vệ .* Chưa có gì được ghi\./
    );
    await expect(generateSheet(wb, PARAMS)).rejects.toThrow(UserError);
    expect(JSON.stringify(wb.hf.getSheetSerialized(wb.hf.getSheetId(NAME)!))).toBe(before);
  });

  test("no Excel, or an Excel without the API: a message, not a crash", async () => {
    await expect(generateSheet(new MemoryWorkbook({ host: false }), PARAMS)).rejects.toThrow(
      /Không tìm thấy Excel/
    );
    await expect(fillReport(new MemoryWorkbook({ apiSupported: false }))).rejects.toThrow(
      /ExcelApi 1\.9/
    );
  });

  test("no unit name, a bad year, no sheet to fill, a sheet that is not ours", async () => {
    const wb = new MemoryWorkbook();
    await expect(generateSheet(wb, { ...PARAMS, unit: "  " })).rejects.toThrow(
      "Hãy nhập tên đơn vị báo cáo."
    );
    await expect(
      generateSheet(wb, { ...PARAMS, period: { year: 25, part: "Q1" } })
    ).rejects.toThrow(/Năm báo cáo "25"/);
    await expect(fillReport(wb, {})).rejects.toThrow(/Chưa có bảng chỉ tiêu/);
    wb.addSheet(NAME);
    wb.type(NAME, "A1", "Sổ tay của tôi");
    await expect(fillReport(wb, { params: PARAMS })).rejects.toThrow(/không phải bảng chỉ tiêu/);
    // a sheet of the analyst's has the usual name: the unit's sheet takes another, and the analyst is told
    const out = await generateSheet(wb, PARAMS);
    expect(out).toMatchObject({ sheet: `${NAME} (2)`, nameTaken: { name: NAME, by: null } });
    expect(wb.value(NAME, "A1")).toBe("Sổ tay của tôi");
  });
});

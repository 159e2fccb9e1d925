/**
 * On the in-memory workbook: every unit keeps its own sheet (found by the identity written in it), a re-Generate keeps
 * every cell the analyst typed with its formula, the add-in's note mark is its own, the hidden id column can be lost,
 * a fresh sheet shows no #N/A, and the city's per-pillar block holds numbers.
 */
import { catalog, evaluate, pillars } from "../../src/core";
import {
  AUTO_NOTE_MARK,
  COL,
  LEGACY_SIGNATURE,
  SIGNATURE,
  cell,
  columnLetter,
  sheetName,
  standardRows,
} from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { consolidateCity, fillReport, generateSheet } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { INPUTS } from "../support/unitReport";
import { A, B, B_INPUTS, PERIOD } from "../support/cityUnits";
import { PARAMS, typeReport } from "./support";

const rows = standardRows();
const LAST = Math.max(...Object.values(rows));
const YEAR = { year: 2025, part: "Y" } as const;
const unit = (name: string, period: SheetParams["period"] = YEAR): SheetParams => ({
  unit: name,
  level: "xa",
  period,
});

/** A formula put in a cell as an analyst does after formatting it General (typing in a "@" cell gives text). */
function putFormula(wb: MemoryWorkbook, sheet: string, address: string, formula: string): void {
  const { col, row } = { col: address.charCodeAt(0) - 65, row: Number(address.slice(1)) };
  wb.hf.setCellContents({ sheet: wb.hf.getSheetId(sheet)!, row: row - 1, col }, [[formula]]);
}

/** Every cell of A1:H{last} as [address, value, formula]. */
function grid(wb: MemoryWorkbook, sheet: string): Array<[string, unknown, string | null]> {
  const out: Array<[string, unknown, string | null]> = [];
  for (let r = 1; r <= LAST; r++) {
    for (let c = 0; c <= COL.id; c++) {
      const a = cell(c, r);
      const v = wb.value(sheet, a);
      out.push([a, v === "" ? null : v, wb.formula(sheet, a)]);
    }
  }
  return out;
}

describe("two units never share a sheet", () => {
  const pairs: Array<[string, string, SheetParams["period"]]> = [
    ["Ủy ban nhân dân phường Sài Gòn", "Ủy ban nhân dân phường Tân Định", YEAR],
    [
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Một cửa",
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Tổng hợp",
      YEAR,
    ],
    [
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Một cửa",
      "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Tổng hợp",
      PERIOD,
    ],
    ["区政府一", "区政府二", PERIOD], // no Latin letter at all
  ];

  test.each(pairs)(
    "%s / %s: each keeps its own sheet and figures",
    async (first, second, period) => {
      const wb = new MemoryWorkbook();
      const a = await generateSheet(wb, unit(first, period));
      wb.type(a.sheet, `C${rows["16.1"]}`, "111");
      wb.type(a.sheet, `C${rows["16.2"]}`, "200");
      const b = await generateSheet(wb, unit(second, period));
      expect(b.updated).toBe(false);
      expect(b.sheet).not.toBe(a.sheet);
      expect(wb.sheetNames()).toEqual([a.sheet, b.sheet]);
      expect([a.sheet.length, b.sheet.length].every((n) => n <= 31)).toBe(true);
      expect(wb.value(a.sheet, "B2")).toBe(first);
      expect(wb.value(b.sheet, "B2")).toBe(second);
      expect([
        wb.value(a.sheet, `C${rows["16.1"]}`),
        wb.value(a.sheet, `C${rows["16.2"]}`),
      ]).toEqual([111, 200]);
      expect([
        wb.value(b.sheet, `C${rows["16.1"]}`),
        wb.value(b.sheet, `C${rows["16.2"]}`),
      ]).toEqual([null, null]);
      if (b.nameTaken) expect(b.nameTaken).toEqual({ name: a.sheet, by: first });
      // each one found again by what is written in it
      const again = await generateSheet(wb, unit(first, period));
      expect(again).toMatchObject({ sheet: a.sheet, updated: true, kept: 2 });
      wb.addSheet("Ghi chép"); // the active sheet is not a unit's: Fill finds the pane's unit by its identity
      const filled = await fillReport(wb, { params: unit(second, period) });
      expect(filled.sheet).toBe(b.sheet);
      wb.activate(a.sheet);
      const out = await consolidateCity(wb, { period });
      expect(out.units).toBe(2);
    }
  );

  test("the usual names of two units that differ only after the cut: the second is told which name it got", async () => {
    const wb = new MemoryWorkbook();
    const first = "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Tiếp nhận hồ sơ";
    const second = "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Trả kết quả hồ sơ";
    const a = await generateSheet(wb, unit(first, PERIOD));
    const b = await generateSheet(wb, unit(second, PERIOD));
    expect(b.nameTaken).toEqual({ name: a.sheet, by: first });
    expect(b.sheet).toMatch(/ \(2\)$/);
    expect(b.sheet.length).toBeLessThanOrEqual(31);
    expect(wb.sheetNames()).toEqual([a.sheet, b.sheet]);
  });

  test("the same unit typed with another case, spacing or Unicode form is the same sheet", async () => {
    const wb = new MemoryWorkbook();
    const a = await generateSheet(wb, unit("Phường Sài Gòn"));
    const b = await generateSheet(wb, unit("  PHƯỜNG   sài gòn ".normalize("NFD")));
    expect(b).toMatchObject({ sheet: a.sheet, updated: true });
    expect(wb.sheetNames()).toHaveLength(1);
  });

  test("a sheet whose unit was retyped in B2 is not another unit's: the unit asked gets its own sheet", async () => {
    const wb = new MemoryWorkbook();
    const a = await generateSheet(wb, unit("Phường Sài Gòn"));
    wb.type(a.sheet, `C${rows["16.1"]}`, "5");
    wb.type(a.sheet, "B2", "Phường Tân Định");
    const b = await generateSheet(wb, unit("Phường Sài Gòn"));
    expect(b.updated).toBe(false);
    expect(b.nameTaken).toEqual({ name: a.sheet, by: "Phường Tân Định" });
    expect(wb.value(a.sheet, `C${rows["16.1"]}`)).toBe(5);
  });
});

describe("re-Generate keeps everything the analyst typed", () => {
  /** A sheet typed in every cell the analyst may type in: figures, notes with "[CĐS]", links, spare title cells. */
  async function fullyTyped(): Promise<{ wb: MemoryWorkbook; name: string; typed: number }> {
    const wb = new MemoryWorkbook();
    const { sheet: name } = await generateSheet(wb, PARAMS);
    typeReport(wb, name);
    await fillReport(wb, { params: PARAMS });
    let typed = catalog.filter(
      (r) => INPUTS[r.id] !== undefined && INPUTS[r.id] !== null && r.kind !== "ratio" && !r.sameAs
    ).length;
    for (let r = 1; r <= LAST; r++) {
      for (let c = 0; c < COL.id; c++) {
        const a = cell(c, r);
        const v = wb.value(name, a);
        const blank = v === null || v === "";
        if (c === COL.note && r >= 7) {
          // the analyst's note before the add-in's: a link, or text with a literal "[CĐS]"
          const auto = String(v ?? "");
          if (r % 4 === 0)
            putFormula(
              wb,
              name,
              a,
              `=HYPERLINK("https://vanban.hochiminhcity.gov.vn/${r}","QĐ ${r}/QĐ-UBND")`
            );
          else wb.type(name, a, `Theo [CĐS] kỳ trước: ${r} — giữ nguyên${auto ? `\n${auto}` : ""}`);
          typed++;
          continue;
        }
        if (!blank) continue;
        if (c === COL.evidence || (c === COL.target && r % 2 === 0)) {
          putFormula(
            wb,
            name,
            a,
            `=HYPERLINK("https://vanban.hochiminhcity.gov.vn/qd-${r}","QĐ ${r}")`
          );
          typed++;
        } else if (wb.type(name, a, c === COL.verdict ? "Đạt" : `ô ${a} [CĐS] của tôi`) === null)
          typed++;
      }
    }
    await fillReport(wb, { params: PARAMS });
    return { wb, name, typed };
  }

  test("a fully typed sheet, generated again and filled: every cell of A1:H as it was, formulas as formulas", async () => {
    const { wb, name, typed } = await fullyTyped();
    expect(wb.value(name, "A5")).toBe("ô A5 [CĐS] của tôi");
    expect(wb.formula(name, `G${rows["16"]}`)).toMatch(/^=HYPERLINK\(/);
    const before = grid(wb, name);
    const out = await generateSheet(wb, PARAMS);
    await fillReport(wb, { params: PARAMS });
    const after = grid(wb, name);
    expect(after.filter((x, i) => JSON.stringify(x) !== JSON.stringify(before[i]))).toEqual([]);
    expect(out).toMatchObject({ sheet: name, updated: true, kept: typed });
  });

  test("kept counts only what was kept: nothing typed, nothing kept; one note, one", async () => {
    const wb = new MemoryWorkbook();
    const { sheet } = await generateSheet(wb, PARAMS);
    await fillReport(wb, { params: PARAMS });
    expect((await generateSheet(wb, PARAMS)).kept).toBe(0);
    wb.type(sheet, `E${rows["16"]}`, "Nguồn: Cổng DVC");
    await fillReport(wb, { params: PARAMS });
    expect((await generateSheet(wb, PARAMS)).kept).toBe(1);
  });

  test("typed cells below the table are kept below it", async () => {
    const wb = new MemoryWorkbook();
    const { sheet } = await generateSheet(wb, PARAMS);
    wb.type(sheet, `B${LAST + 2}`, "Người lập biểu: Nguyễn Văn A");
    const out = await generateSheet(wb, PARAMS);
    expect(out.kept).toBe(1);
    expect(wb.value(sheet, `B${LAST + 2}`)).toBe("Người lập biểu: Nguyễn Văn A");
  });
});

describe("the add-in's note mark is its own", () => {
  test("a literal [CĐS] typed by the analyst is kept, with what follows, through Fill after Fill", async () => {
    const wb = new MemoryWorkbook();
    const { sheet } = await generateSheet(wb, PARAMS);
    const mine = "Xem [CĐS] phụ lục 2\n[CĐS] dòng của tôi";
    wb.type(sheet, `E${rows["16"]}`, mine);
    await fillReport(wb, { params: PARAMS });
    await fillReport(wb, { params: PARAMS });
    const note = String(wb.value(sheet, `E${rows["16"]}`));
    expect(note).toBe(`${mine}\n${AUTO_NOTE_MARK} ${evaluate({}, { level: "so" })["16"].note}`);
    expect(AUTO_NOTE_MARK).not.toBe("[CĐS]");
  });

  test("a sheet of the previous version: its [CĐS] notes are the add-in's, replaced, and the sheet upgraded", async () => {
    const wb = new MemoryWorkbook();
    const { sheet } = await generateSheet(wb, PARAMS);
    wb.type(sheet, "H1", LEGACY_SIGNATURE);
    wb.type(sheet, `E${rows["16"]}`, "Ghi chú của tôi\n[CĐS] Chưa có số liệu cũ.");
    wb.type(sheet, `E${rows["17"]}`, "[CĐS] Chưa có số liệu cũ.");
    await fillReport(wb, { params: PARAMS });
    expect(wb.value(sheet, `E${rows["16"]}`)).toBe(
      `Ghi chú của tôi\n${AUTO_NOTE_MARK} Chưa có số liệu tử số (16.1) và mẫu số (16.2).`
    );
    expect(wb.value(sheet, `E${rows["17"]}`)).toBe(
      `${AUTO_NOTE_MARK} Chưa có số liệu tử số (17.1) và mẫu số (17.2).`
    );
    expect(wb.value(sheet, "H1")).toBe(SIGNATURE);
  });
});

describe("the hidden id column lost", () => {
  const clear = (wb: MemoryWorkbook, sheet: string, from: number) =>
    wb.hf.setCellContents(
      { sheet: wb.hf.getSheetId(sheet)!, row: from - 1, col: COL.id },
      Array.from({ length: LAST - from + 1 }, () => [null])
    );

  test("ids cleared: Fill works and writes them back; Generate keeps the figures", async () => {
    const wb = new MemoryWorkbook();
    const { sheet } = await generateSheet(wb, PARAMS);
    typeReport(wb, sheet);
    clear(wb, sheet, 7);
    const filled = await fillReport(wb, { params: PARAMS });
    expect(filled.repaired).toBe(LAST - 6);
    expect(wb.value(sheet, `H${rows["16.1"]}`)).toBe("16.1");
    expect(wb.value(sheet, `D${rows["16"]}`)).toBe("Đạt");
    clear(wb, sheet, 7);
    // an STT retyped as a number, an id overwritten with something else: still found by STT and title
    wb.hf.setCellContents({ sheet: wb.hf.getSheetId(sheet)!, row: rows["16"] - 1, col: COL.stt }, [
      [16],
    ]);
    wb.hf.setCellContents({ sheet: wb.hf.getSheetId(sheet)!, row: rows["16.2"] - 1, col: COL.id }, [
      ["xyz"],
    ]);
    const out = await generateSheet(wb, PARAMS);
    expect(out).toMatchObject({ sheet, updated: true, rebuiltIds: LAST - 6 });
    expect(wb.value(sheet, `C${rows["16.1"]}`)).toBe(600);
    expect(wb.value(sheet, `C${rows["16.2"]}`)).toBe(1000);
    // the STT as the analyst retyped it stays theirs; the id is the add-in's again
    expect([wb.value(sheet, `A${rows["16"]}`), wb.value(sheet, `H${rows["16.2"]}`)]).toEqual([
      16,
      "16.2",
    ]);
  });

  test("column H deleted (title codes too): Generate finds the sheet by its title block and rebuilds it; Fill too", async () => {
    const wb = new MemoryWorkbook();
    const { sheet } = await generateSheet(wb, PARAMS);
    typeReport(wb, sheet);
    wb.hf.removeColumns(wb.hf.getSheetId(sheet)!, [COL.id, 1]);
    const filled = await fillReport(wb, { params: PARAMS });
    expect(filled.sheet).toBe(sheet);
    expect(wb.value(sheet, "H1")).toBe(SIGNATURE);
    wb.hf.removeColumns(wb.hf.getSheetId(sheet)!, [COL.id, 1]);
    const out = await generateSheet(wb, PARAMS);
    expect(out).toMatchObject({ sheet, updated: true });
    expect(wb.sheetNames()).toEqual([sheet]);
    expect(wb.value(sheet, `C${rows["16.1"]}`)).toBe(600);
    expect(wb.value(sheet, "H3")).toBe("so");
  });

  test("a title edited where the id is lost: Generate says which cells and what to do, writes nothing", async () => {
    const wb = new MemoryWorkbook();
    const { sheet } = await generateSheet(wb, PARAMS);
    clear(wb, sheet, rows["16.1"]);
    wb.type(sheet, `B${rows["16.1"]}`, "Số hồ sơ của tôi");
    await expect(generateSheet(wb, PARAMS)).rejects.toThrow(
      new RegExp(
        `ô A${rows["16.1"]}, B${rows["16.1"]}.*cột A \\(STT\\) hoặc cột B \\(tên chỉ tiêu\\) đã bị sửa`
      )
    );
  });
});

describe("what a fresh sheet shows", () => {
  test("no #N/A anywhere in the report columns; blank ratios say Chưa có số liệu, and the note says why after Fill", async () => {
    const wb = new MemoryWorkbook();
    const { sheet } = await generateSheet(wb, PARAMS);
    for (const row of catalog) {
      for (const c of ["C", "D"])
        expect([row.id, c, String(wb.value(sheet, `${c}${rows[row.id]}`) ?? "")]).not.toEqual([
          row.id,
          c,
          expect.stringMatching(/^#/),
        ]);
    }
    expect(wb.value(sheet, `C${rows["16"]}`)).toBe("");
    expect(wb.value(sheet, `D${rows["16"]}`)).toBe("Chưa có số liệu");
    wb.type(sheet, `C${rows["16.1"]}`, "5");
    expect(wb.value(sheet, `C${rows["16"]}`)).toBe("");
    await fillReport(wb, { params: PARAMS });
    expect(wb.value(sheet, `E${rows["16"]}`)).toBe(
      `${AUTO_NOTE_MARK} Chưa có số liệu mẫu số (16.2).`
    );
  });

  test("the city's per-pillar block holds a number in every cell, and they add up to the judged rows", async () => {
    const wb = new MemoryWorkbook();
    await generateSheet(wb, A);
    typeReport(wb, sheetName(A));
    await generateSheet(wb, B);
    typeReport(wb, sheetName(B), B_INPUTS);
    const out = await consolidateCity(wb, { period: PERIOD });
    let total = 0;
    pillars.forEach((p, i) => {
      const r = 7 + i;
      expect(wb.value(out.city, `L${r}`)).toBe(p.title); // the block starts at L: I and J hold the comparison
      for (let c = 12; c <= 14; c++) {
        const v = wb.value(out.city, `${columnLetter(c)}${r}`);
        expect([p.id, typeof v]).toEqual([p.id, "number"]);
        total += v as number;
      }
    });
    const verdicts = catalog.filter((r) =>
      ["Đạt", "Chưa đạt", "Chưa có số liệu"].includes(String(wb.value(out.city, `D${rows[r.id]}`)))
    );
    expect(total).toBe(verdicts.length);
  });
});

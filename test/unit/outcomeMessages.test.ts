import type { RowChange } from "../../src/core";
import { rowResult } from "../../src/core";
import type { Verdict } from "../../src/core";
import {
  byImportance,
  validatedNotice,
  comparedNotice,
  consolidatedNotice,
  cutList,
  docxNotice,
  errorNotice,
  exportedNotice,
  filledNotice,
  generatedNotice,
  listIds,
  templateNotice,
} from "../../src/taskpane/outcomeMessages";
import { totals } from "../../src/sheets";
import type { FoundViolation } from "../../src/usecases";
import { UserError, type FillOutcome } from "../../src/usecases";

describe("outcome messages", () => {
  const summary = [
    { pillar: "chung", title: "Chỉ tiêu chung", met: 1, notMet: 0, noData: 0, invalid: 0 },
    { pillar: "du-lieu-so", title: "Dữ liệu số", met: 2, notMet: 1, noData: 4, invalid: 1 },
  ] as const;
  const fill = (over: Partial<FillOutcome> = {}): FillOutcome => ({
    sheet: "CĐS 2025-Q3 Sở Y tế",
    params: { unit: "Sở Y tế", level: "so", period: { year: 2025, part: "Q3" } },
    summary,
    written: 10,
    disagreements: [],
    invalid: [],
    ...over,
  });

  test.each([
    [[], ""],
    [["16"], "16"],
    [["16", "23"], "16 và 23"],
    [["1", "2", "3"], "1, 2 và 3"],
    [["1", "2", "3", "4", "5", "6", "7", "8", "9"], "1, 2, 3, 4, 5, 6, 7, 8, …"],
  ])("lists ids %j as %s", (ids, text) => {
    expect(listIds(ids)).toBe(text);
  });

  test("totals add the pillars", () => {
    expect(totals(summary)).toEqual({ met: 3, notMet: 1, noData: 4, invalid: 1 });
  });

  test("a fill with nothing doubtful is a success with the counts", () => {
    const notice = filledNotice(fill(), false);
    expect(notice.intent).toBe("success");
    expect(notice.title).toBe("Đã điền báo cáo");
    expect(notice.lines).toEqual([
      "Trang “CĐS 2025-Q3 Sở Y tế”: 3 chỉ tiêu đạt, 1 chưa đạt, 4 chưa có số liệu.",
    ]);
  });

  test("invalid figures and typed verdicts that disagree make it a warning that names the rows", () => {
    const notice = filledNotice(fill({ invalid: ["16", "24"], disagreements: ["9"] }), true);
    expect(notice.intent).toBe("warning");
    expect(notice.lines.join("\n")).toMatch(/chỉ tiêu 16 và 24: xem lý do ở cột “Ghi chú”/);
    expect(notice.lines.join("\n")).toMatch(/Đánh giá nhập tay khác kết quả tính ở chỉ tiêu 9/);
    expect(notice.lines.join("\n")).toMatch(/Công thức đã được thay bằng giá trị/);
  });

  test("a generate says where to type next, and what a rewrite kept", () => {
    expect(generatedNotice({ sheet: "S", updated: false, kept: 0, restored: [] })).toMatchObject({
      intent: "success",
      title: "Đã tạo bảng chỉ tiêu",
    });
    const again = generatedNotice({ sheet: "S", updated: true, kept: 12, restored: ["16.1"] });
    expect(again.title).toBe("Đã cập nhật bảng chỉ tiêu");
    expect(again.lines).toEqual(
      expect.arrayContaining([
        "Đã giữ nguyên 12 ô đã nhập trước đó (số liệu, mục tiêu, minh chứng, ghi chú, công thức).",
        "Đã khôi phục các dòng chỉ tiêu bị mất: 16.1.",
      ])
    );
  });

  test("a generate that found the usual name taken says whose it was and which name it used", () => {
    const byUnit = generatedNotice({
      sheet: "CĐS 2025 Phường Sài Gòn (2)",
      updated: false,
      kept: 0,
      restored: [],
      nameTaken: { name: "CĐS 2025 Phường Sài Gòn", by: "Ủy ban nhân dân phường Sài Gòn" },
    });
    expect(byUnit.intent).toBe("warning");
    expect(byUnit.lines).toContain(
      "Tên “CĐS 2025 Phường Sài Gòn” đã được dùng cho trang của đơn vị “Ủy ban nhân dân phường Sài Gòn”, nên bảng của đơn vị này mang tên “CĐS 2025 Phường Sài Gòn (2)”. Mỗi đơn vị có trang riêng; có thể đổi tên trang tùy ý."
    );
    const byOther = generatedNotice({
      sheet: "S (2)",
      updated: false,
      kept: 0,
      restored: [],
      nameTaken: { name: "S", by: null },
    });
    expect(byOther.lines.join("\n")).toMatch(/đã được dùng cho một trang khác trong sổ tính/);
  });

  test("a generate says a level change, ids rebuilt, cells moved below the table, and that nothing was kept", () => {
    const notice = generatedNotice({
      sheet: "S",
      updated: true,
      kept: 0,
      restored: [],
      levelChanged: "so",
      rebuiltIds: 95,
      moved: [{ from: "B100", to: "B98" }],
    });
    expect(notice.lines).toEqual(
      expect.arrayContaining([
        "Trang này trước đây ghi cấp “Sở, ban, ngành”: đã đổi sang cấp mới; mục tiêu mặc định theo cấp mới, mục tiêu đã sửa giữ nguyên.",
        "Chưa có ô nào được nhập trước đó.",
        "Cột mã ẩn (cột H) bị mất ở 95 dòng: đã dựng lại từ STT và tên chỉ tiêu ở cột A, B.",
        "Các ô nhập bên dưới bảng đã được chuyển theo bảng: B100 → B98.",
      ])
    );
  });

  test("a fill says which notes are the analyst's formulas left alone, and ids rebuilt", () => {
    const notice = filledNotice(fill({ formulaNotes: ["2", "16"], repaired: 3 }), false);
    expect(notice.lines).toEqual(
      expect.arrayContaining([
        "Ghi chú ở chỉ tiêu 2 và 16 là công thức đã nhập: giữ nguyên, không thêm ghi chú của CĐS Excel (xem cột “Đánh giá”).",
        "Cột mã ẩn (cột H) bị mất ở 3 dòng: đã dựng lại từ STT và tên chỉ tiêu.",
      ])
    );
  });

  test("a UserError is shown as it is; anything else as an unexpected error, in Vietnamese", () => {
    expect(errorNotice(new UserError("Hãy nhập tên đơn vị báo cáo."))).toEqual({
      intent: "error",
      title: "Chưa thực hiện được",
      lines: ["Hãy nhập tên đơn vị báo cáo."],
    });
    const bug = errorNotice(new TypeError("x is undefined"));
    expect(bug.title).toBe("Đã xảy ra lỗi không mong đợi");
    expect(bug.lines[0]).toBe("Chi tiết: x is undefined");
    expect(errorNotice("boom").lines[0]).toBe("Chi tiết: boom");
  });

  test("lists are cut after their first items, with a last line saying how many more", () => {
    const more = (n: number) => `và ${n} chỗ khác`;
    expect(cutList(["a", "b"], 2, more)).toEqual(["a", "b"]);
    expect(cutList(["a", "b", "c", "d"], 2, more)).toEqual(["a", "b", "và 2 chỗ khác"]);
  });

  const violation = (row: string, importance: "error" | "warning"): FoundViolation => ({
    rule: `r-${row}`,
    row,
    cell: "figure",
    importance,
    message: `m ${row}`,
    address: `C${row}`,
  });

  test("violations: errors first, then warnings, each kept in catalog order", () => {
    const found = [
      violation("2", "warning"),
      violation("9.1", "error"),
      violation("16.1", "error"),
      violation("18.2", "warning"),
    ];
    expect(byImportance(found).map((v) => v.row)).toEqual(["9.1", "16.1", "2", "18.2"]);
  });

  test("a check says when nothing is wrong, and otherwise how many errors and warnings", () => {
    expect(validatedNotice({ sheet: "S", violations: [] })).toMatchObject({
      intent: "success",
      title: "Không phát hiện vi phạm nào",
    });
    const found = validatedNotice({
      sheet: "S",
      violations: [
        violation("16.1", "error"),
        violation("2", "warning"),
        violation("4", "warning"),
      ],
    });
    expect(found.intent).toBe("warning");
    expect(found.title).toBe("Phát hiện 3 vi phạm");
    expect(found.lines[0]).toMatch(/^Trang “S”: 1 lỗi, 2 cảnh báo\./);
    const warningsOnly = validatedNotice({ sheet: "S", violations: [violation("2", "warning")] });
    expect(warningsOnly.lines[0]).toMatch(/^Trang “S”: 1 cảnh báo\./);
  });

  test("a consolidation names its sheets and lists the sheets it skipped, with why", () => {
    const done = {
      city: "CĐS 2025-Q3 Thành phố Hồ Chí Mi",
      breakdown: "CĐS 2025-Q3 Chi tiết đơn vị",
      units: 2,
      skipped: [],
      tiers: [],
      rowsWithMissing: 0,
      status: {
        sheet: "CĐS 2025-Q3 Tình hình nộp",
        roster: "Danh sách đơn vị",
        tiers: [
          { level: "xa" as const, submitted: 2, expected: 2, notSubmitted: [], incomplete: [] },
        ],
        unknown: [],
        duplicates: 0,
        rosterProblems: [],
      },
    };
    expect(consolidatedNotice(done)).toEqual({
      intent: "success",
      title: "Đã tổng hợp toàn thành phố",
      lines: [
        "Đã tổng hợp 2 đơn vị vào trang “CĐS 2025-Q3 Thành phố Hồ Chí Mi”; số liệu của từng đơn vị ở trang “CĐS 2025-Q3 Chi tiết đơn vị”.",
        "Phường, xã, đặc khu: đã nộp 2/2 (trang “CĐS 2025-Q3 Tình hình nộp”).",
      ],
      lists: [],
    });
    const skipped = Array.from({ length: 12 }, (_, i) => ({
      source: `Trang ${i + 1}`,
      reason: "kỳ báo cáo khác (Quý II năm 2025)",
    }));
    const partial = consolidatedNotice({ ...done, skipped, rowsWithMissing: 5 });
    expect(partial.intent).toBe("warning");
    expect(partial.lines[1]).toMatch(/^5 dòng chỉ tiêu có đơn vị chưa báo cáo \(không tính là 0\)/);
    expect(partial.lists).toEqual([
      {
        label: "Không tổng hợp 12 trang:",
        items: [
          ...skipped.slice(0, 10).map((s) => `${s.source}: kỳ báo cáo khác (Quý II năm 2025)`),
          "và 2 trang khác",
        ],
      },
    ]);
  });

  test("a template fill lists what it left, each placeholder once and cut at 10, and what it matched approximately", () => {
    const left = Array.from({ length: 13 }, (_, i) => `[[x${i}]]`);
    const notice = templateNotice({
      sheet: "Mẫu",
      source: "CĐS 2025-Q3 Sở Y tế",
      cells: 40,
      resolved: 150,
      unresolved: [...left, "[[x0]]"],
      approximate: [{ placeholder: "[[Tylesohoaaketqua]]", key: "Tylesohoaketqua", row: "17" }],
    });
    expect(notice.intent).toBe("warning");
    expect(notice.lines).toEqual([
      "Trang “Mẫu”: đã điền 150 chỗ [[...]] trong 40 ô, lấy từ trang “CĐS 2025-Q3 Sở Y tế”.",
    ]);
    expect(notice.lists).toEqual([
      {
        label: "Chưa điền được 13 chỗ [[...]] (để nguyên trong mẫu):",
        items: [...left.slice(0, 10), "và 3 chỗ khác"],
      },
      {
        label: "Điền theo chỉ tiêu gần đúng nhất (1 chỗ), hãy kiểm tra lại:",
        items: ["[[Tylesohoaaketqua]] → chỉ tiêu 17"],
      },
    ]);
    const clean = templateNotice({
      sheet: "Mẫu",
      source: "S",
      cells: 1,
      resolved: 1,
      unresolved: [],
      approximate: [],
    });
    expect(clean).toMatchObject({ intent: "success", lists: [] });
  });

  test("documents: the file's name, and what to do when the download does not start", () => {
    const data = new Uint8Array([1]);
    const filled = docxNotice({
      fileName: "mau_da_dien.docx",
      data,
      source: "S",
      resolved: 2,
      unresolved: ["[[khongbiet]]"],
      approximate: [],
    });
    expect(filled.intent).toBe("warning");
    expect(filled.lines[0]).toBe(
      "Tệp “mau_da_dien.docx”: đã điền 2 chỗ [[...]], lấy từ trang “S”."
    );
    expect(filled.lines[1]).toMatch(/bấm vào liên kết tải tệp/);
    expect(filled.lists?.[0].items).toEqual(["[[khongbiet]]"]);
    const exported = exportedNotice({ fileName: "BaoCao.docx", data });
    expect(exported).toMatchObject({ intent: "success", title: "Đã tạo báo cáo Word" });
    expect(exported.lines[0]).toContain("BaoCao.docx");
  });
});

describe("the consolidation's notice: who has reported", () => {
  const base = {
    city: "CĐS 2025-Q3 Toàn thành phố",
    breakdown: "CĐS 2025-Q3 Chi tiết đơn vị",
    units: 157,
    skipped: [],
    tiers: [],
    rowsWithMissing: 0,
  };
  test("the counts per tier, the names to chase per tier, the reports off the roster", () => {
    const notSubmitted = Array.from({ length: 13 }, (_, i) => `Phường ${i + 1}`);
    const notice = consolidatedNotice({
      ...base,
      status: {
        sheet: "CĐS 2025-Q3 Tình hình nộp",
        roster: "Danh sách đơn vị",
        tiers: [
          { level: "xa", submitted: 155, expected: 168, notSubmitted, incomplete: [] },
          {
            level: "so",
            submitted: 27,
            expected: 30,
            notSubmitted: ["Sở Y tế", "Sở Xây dựng", "Sở Tư pháp"],
            incomplete: [],
          },
        ],
        unknown: ["Phường Không Có Thật"],
        duplicates: 1,
        rosterProblems: ['D12: Dòng 12: cấp "Quận" của Sở A không hợp lệ'],
      },
    });
    expect(notice.intent).toBe("warning");
    expect(notice.lines).toContain(
      "Phường, xã, đặc khu: đã nộp 155/168; Sở, ban, ngành: đã nộp 27/30 (trang “CĐS 2025-Q3 Tình hình nộp”)."
    );
    expect(notice.lists!.map((l) => l.label)).toEqual([
      "Phường, xã, đặc khu chưa nộp (13):",
      "Sở, ban, ngành chưa nộp (3):",
      "Không có trong danh sách đơn vị (1), vẫn được tổng hợp:",
      "Dòng không dùng được trong trang “Danh sách đơn vị”:",
    ]);
    expect(notice.lists![0].items).toEqual([...notSubmitted.slice(0, 10), "và 3 đơn vị khác"]);
    expect(notice.lines.some((l) => l.startsWith("1 đơn vị có hơn một báo cáo"))).toBe(true);
  });

  test("without a roster sheet, it says that only the communes were checked and how to add the sở", () => {
    const notice = consolidatedNotice({
      ...base,
      status: {
        sheet: "S",
        roster: null,
        tiers: [{ level: "xa", submitted: 168, expected: 168, notSubmitted: [], incomplete: [] }],
        unknown: [],
        duplicates: 0,
        rosterProblems: [],
      },
    });
    expect(notice.intent).toBe("success");
    expect(notice.lines.join("\n")).toContain("Chưa có trang “Danh sách đơn vị”");
  });
});

describe("the comparison's notice decides on verdicts, not on words", () => {
  const change = (from: Verdict, to: Verdict, words: string): RowChange => ({
    id: "16",
    kind: "ratio",
    current: rowResult({ id: "16", kind: "ratio" }, { verdict: to }),
    previous: rowResult({ id: "16", kind: "ratio" }, { verdict: from }),
    delta: null,
    deltaText: "",
    verdictChange: words,
    trend: null,
  });
  const notice = (changes: RowChange[]) =>
    comparedNotice({
      sheet: "S",
      previous: { year: 2024, part: "Q3" },
      previousSource: "S 2024",
      changes,
      written: 0,
    });

  test("a lost Đạt warns, whatever the change's text says; a gained one does not", () => {
    expect(notice([change("Đạt", "Chưa đạt", "mất Đạt")]).intent).toBe("warning");
    expect(notice([change("Đạt", "Chưa có số liệu", "?")]).intent).toBe("warning");
    expect(notice([change("Chưa đạt", "Đạt", "Đạt → … (sửa lời)")]).intent).toBe("success");
  });
});

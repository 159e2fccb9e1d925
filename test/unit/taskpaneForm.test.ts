import { browserMemory, defaultForm, readStored, STORAGE_KEY } from "../../src/taskpane/formMemory";
import {
  errorNotice,
  filledNotice,
  generatedNotice,
  listIds,
  totals,
} from "../../src/taskpane/outcomeMessages";
import { UserError, type FillOutcome } from "../../src/taskpane/usecases";

describe("form memory", () => {
  test.each([
    [new Date(2025, 0, 15), 2025, "Q1"],
    [new Date(2025, 5, 30), 2025, "Q2"],
    [new Date(2025, 8, 1), 2025, "Q3"],
    [new Date(2026, 11, 31), 2026, "Q4"],
  ])("the default form on %s: year %i, part %s, nothing else chosen", (now, year, part) => {
    expect(defaultForm(now)).toEqual({ unit: "", level: "so", year, part, valuesOnly: false });
  });

  test.each<[unknown, object]>([
    [null, {}],
    ["text", {}],
    [
      { unit: "Phường Bến Thành", level: "xa", year: 2025, part: "H1", valuesOnly: true },
      { unit: "Phường Bến Thành", level: "xa", year: 2025, part: "H1", valuesOnly: true },
    ],
    [{ unit: 5, level: "quan", year: 1999, part: "Q5", valuesOnly: "yes" }, {}],
    [{ level: "tp", year: 2025.5 }, { level: "tp" }],
  ])("only valid stored fields are read back: %j", (raw, expected) => {
    expect(readStored(raw)).toEqual(expected);
  });

  test("saves to and loads from storage; a storage that throws only forgets", () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    const memory = browserMemory(storage);
    expect(memory.load()).toEqual({});
    const values = {
      unit: "Sở Y tế",
      level: "so",
      year: 2025,
      part: "Q3",
      valuesOnly: false,
    } as const;
    memory.save(values);
    expect(JSON.parse(data.get(STORAGE_KEY)!)).toEqual(values);
    expect(memory.load()).toEqual(values);
    data.set(STORAGE_KEY, "{not json");
    expect(memory.load()).toEqual({});

    const broken = browserMemory({
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("full");
      },
    });
    expect(broken.load()).toEqual({});
    expect(() => broken.save(values)).not.toThrow();
  });
});

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
        "Đã giữ nguyên 12 ô đã nhập trước đó.",
        "Đã khôi phục các dòng chỉ tiêu bị mất: 16.1.",
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
});

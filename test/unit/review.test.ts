import {
  approvalStanding,
  changesSinceReview,
  evaluate,
  reviewedInputs,
  needsAnswer,
  REAPPROVE_WORDS,
  replyFileName,
  replyOf,
  standingWords,
  yesNoWords,
  findRow,
  type Review,
} from "../../src/core";
import {
  buildReviewSheet,
  buildSheet,
  columnIndex,
  planReplyImport,
  readReviewSheet,
  readUnitSheet,
  REPLY_COLUMN,
  REPLY_NOTE_MARK,
  replyNote,
  reviewLines,
  reviewSheetName,
  sheetInputs,
  sheetResults,
  stampLine,
  stampMark,
  standardRows,
  withKept,
  CYCLE_ADDRESSES,
  type SheetSnapshot,
  type SheetSpec,
} from "../../src/sheets";
import { type CellValue, type SheetParams } from "../../src/core";
import { reportCells } from "../support/reportCells";
import { INPUTS } from "../support/unitReport";

const PARAMS: SheetParams = {
  unit: "Phường Bến Thành",
  level: "xa",
  period: { year: 2025, part: "Q3" },
  code: "26734",
};
const ROWS = standardRows();
const FP1 = "a1".repeat(32);
const FP2 = "b2".repeat(32);

/** Cells of a sheet as a workbook reads them back, as wide as needed, with cells typed over it ("K20"). */
function snapshotOf(
  spec: Pick<SheetSpec, "cells">,
  name: string,
  typed: Record<string, CellValue> = {}
): SheetSnapshot {
  const width = Math.max(REPLY_COLUMN + 1, ...spec.cells.map((l) => l.length));
  const values: CellValue[][] = spec.cells.map((line) =>
    Array.from({ length: width }, (_, c) => {
      const x = line[c];
      return !x ? null : "text" in x ? x.text : "number" in x ? x.number : null;
    })
  );
  const formulas: CellValue[][] = spec.cells.map((line, r) =>
    Array.from({ length: width }, (_, c) => {
      const x = line[c];
      return x && "formula" in x ? x.formula : values[r][c];
    })
  );
  for (const [address, v] of Object.entries(typed)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const [col, row] = [columnIndex(m[1]), Number(m[2]) - 1];
    values[row][col] = v;
    formulas[row][col] = typeof v === "string" && v.startsWith("=") ? `'${v}` : v;
  }
  return { name, protected: false, values, formulas };
}

/** A unit sheet with the report of test/support/unitReport, finalized as `version`, with cells typed over it. */
function unitSnapshot(
  params: SheetParams,
  name: string,
  stamp: { version: number; fingerprint: string } | null,
  typed: Record<string, CellValue> = {}
): SheetSnapshot {
  const stampCells: Record<string, CellValue> = stamp
    ? (() => {
        const s = { ...stamp, finalizedAt: "2025-09-20T09:15:00+07:00" };
        return { [CYCLE_ADDRESSES.stamp]: stampMark(s), [CYCLE_ADDRESSES.stampLine]: stampLine(s) };
      })()
    : {};
  return snapshotOf(buildSheet(params), name, {
    ...reportCells(INPUTS),
    ...stampCells,
    ...typed,
  });
}

/** The city's review of a unit sheet's version: its lines, with comments. */
function reviewOf(
  snapshot: SheetSnapshot,
  version: number,
  fingerprint: string,
  comments: Record<string, string>,
  state: Review["state"]
): Review {
  const sheet = readUnitSheet(snapshot);
  const lines = reviewLines(sheetResults(sheet), sheetInputs(sheet).evidence).map((l) => ({
    ...l,
    comment: comments[l.id] ?? "",
  }));
  return { ...sheet.params!, version, fingerprint, state, lines };
}

const V1 = unitSnapshot(PARAMS, "CĐS 2025-Q3 Bến Thành", { version: 1, fingerprint: FP1 });
const COMMENTS = {
  "16.1": "Số hồ sơ trực tuyến tăng gấp đôi so với quý trước: đề nghị giải trình.",
  "2": "Đề nghị gửi kèm văn bản ban hành.",
};

describe("the reply file's content", () => {
  it("carries the identity, the version and fingerprint reviewed, the state and the comments with their titles and figures", () => {
    const reply = replyOf(reviewOf(V1, 1, FP1, COMMENTS, "explain"));
    expect(reply).toMatchObject({
      unit: "Phường Bến Thành",
      code: "26734",
      level: "xa",
      period: { year: 2025, part: "Q3" },
      version: 1,
      fingerprint: FP1,
      state: "explain",
    });
    // catalog order, whatever order they were typed in
    expect(reply.comments).toEqual([
      {
        id: "2",
        title: findRow("2")!.title,
        figure: yesNoWords(findRow("2")!)[0],
        verdict: "Đạt",
        comment: COMMENTS["2"],
      },
      {
        id: "16.1",
        title: findRow("16.1")!.title,
        figure: "600",
        verdict: "",
        comment: COMMENTS["16.1"],
      },
    ]);
    expect(needsAnswer(reply)).toBe(true);
    expect(replyFileName(reply)).toBe("Y kien TP 2025-Q3 Phuong Ben Thanh lan 1.xlsx");
  });

  it("has no comment where the city wrote only spaces, and an approved review asks no answer", () => {
    const reply = replyOf(reviewOf(V1, 1, FP1, { "16.1": "   " }, "approved"));
    expect(reply.comments).toEqual([]);
    expect(needsAnswer(reply)).toBe(false);
  });
});

describe("the review sheet", () => {
  const review = reviewOf(V1, 1, FP1, {}, null);
  const spec = buildReviewSheet(review);
  const commentAt = (id: string) => {
    const r = spec.cells.findIndex((l) => "text" in l[7] && l[7].text === id) + 1;
    return `F${r}`;
  };

  it("reads back what it wrote: the version, the figures, verdicts and evidence by id", () => {
    const read = readReviewSheet(snapshotOf(spec, reviewSheetName(review)));
    expect(read.problems).toEqual([]);
    expect(read.review).toEqual(review);
    expect(reviewSheetName(review)).toBe("RS 2025-Q3 L1 Phường Bến Thành");
  });

  it("reads the city's comments and state as typed; a comment starting with = stays text", () => {
    const typed = snapshotOf(spec, "tên bất kỳ", {
      B6: "đã duyệt",
      [commentAt("16.1")]: "=16.1 tăng 100%?",
      [commentAt("26")]: "Nguồn số liệu GRDP?",
    });
    const read = readReviewSheet(typed);
    expect(read.problems).toEqual([]);
    expect(read.review.state).toBe("approved");
    const comments = Object.fromEntries(
      read.review.lines.filter((l) => l.comment).map((l) => [l.id, l.comment])
    );
    expect(comments).toEqual({ "16.1": "=16.1 tăng 100%?", "26": "Nguồn số liệu GRDP?" });
  });

  it("names the cell of a state that is not one of its words and of a comment beside no indicator", () => {
    const heading = spec.cells.findIndex((l) => "text" in l[7] && l[7].text.startsWith("#pillar:"));
    const read = readReviewSheet(
      snapshotOf(spec, "RS", { B6: "Duyệt rồi", [`F${heading + 1}`]: "Cả trụ cột này thiếu." })
    );
    expect(read.review.state).toBeNull();
    expect(read.problems.map((p) => p.address)).toEqual(["B6", `F${heading + 1}`]);
    expect(read.problems[0].message).toContain('ô B6 ghi "Duyệt rồi"');
    expect(read.problems[0].message).toContain("Cần giải trình");
    expect(read.problems[1].message).toContain("không đứng cạnh một chỉ tiêu");
  });

  it("refuses a title block whose version mark was edited, by cell", () => {
    expect(() => readReviewSheet(snapshotOf(spec, "RS", { H5: "v=1" }))).toThrow(
      'Trang "RS": ô H5 không ghi được lần chốt'
    );
  });

  it("keeps the comments and state over a rerun of the same version, refuses other figures under it", () => {
    const kept = {
      ...review,
      state: "explain" as const,
      lines: review.lines.map((l) => (l.id === "26" ? { ...l, comment: "Nguồn?" } : l)),
    };
    const again = withKept(review, kept);
    expect(again.state).toBe("explain");
    expect(again.lines.find((l) => l.id === "26")!.comment).toBe("Nguồn?");
    expect(() => withKept({ ...review, fingerprint: FP2 }, kept)).toThrow("khác mã số liệu");
  });
});

describe("the change list between the version reviewed and the next", () => {
  const review = reviewOf(V1, 1, FP1, COMMENTS, "explain");
  // v2: 16.1 corrected (600 → 500), 26 corrected (8,5% → 9%), 2 (commented) unchanged
  const V2 = unitSnapshot(
    PARAMS,
    "x",
    { version: 2, fingerprint: FP2 },
    {
      [`C${ROWS["16.1"]}`]: 500,
      [`C${ROWS["26"]}`]: 0.09,
    }
  );
  const list = changesSinceReview(review, {
    version: 2,
    results: sheetResults(readUnitSheet(V2)),
  });

  it("lists the figures and verdicts that changed, with the comparison's words and the comment each answers", () => {
    expect(list).toMatchObject({ unit: "Phường Bến Thành", reviewed: 1, next: 2 });
    const byId = Object.fromEntries(list.changed.map((c) => [c.id, c]));
    expect(list.changed.map((c) => c.id)).toEqual(["16", "16.1", "26"]);
    expect(byId["16.1"]).toMatchObject({ before: "600", after: "500", comment: COMMENTS["16.1"] });
    expect(byId["16.1"].change.deltaText).toBe("−100");
    // the ratio follows its part: 60% → 50%, Đạt → Chưa đạt (≥ 60%), answering no comment of its own
    expect(byId["16"]).toMatchObject({ before: "60,00%", after: "50,00%", comment: null });
    expect(byId["16"].change.deltaText).toBe("−10,00 điểm %");
    expect(byId["16"].change.verdictChange).toBe("Đạt → Chưa đạt");
    expect(byId["26"].change.deltaText).toBe("+0,50 điểm %");
    expect(byId["26"].change.verdictChange).toBe("Chưa đạt → Đạt");
  });

  it("lists the comments whose indicator did not change", () => {
    expect(list.unanswered).toEqual([
      { id: "2", title: findRow("2")!.title, comment: COMMENTS["2"] },
    ]);
  });

  it("is empty when nothing changed, every comment unanswered", () => {
    const same = changesSinceReview(review, {
      version: 2,
      results: sheetResults(readUnitSheet(V1)),
    });
    expect(same.changed).toEqual([]);
    expect(same.unanswered.map((u) => u.id)).toEqual(["2", "16.1"]);
  });

  it("reads the reviewed figures from the review sheet as it wrote them (one record, one arithmetic)", () => {
    const back = readReviewSheet(snapshotOf(buildReviewSheet(review), "RS")).review;
    expect(
      changesSinceReview(back, { version: 2, results: sheetResults(readUnitSheet(V2)) })
    ).toEqual(list);
  });
});

describe("the approval rule: which version counts", () => {
  const approved = { state: "approved" as const, version: 1, fingerprint: FP1 };

  it("counts the report as it is when nothing is approved", () => {
    expect(approvalStanding(null, { version: 2, fingerprint: FP2 })).toEqual({
      counts: "current",
      state: null,
    });
    expect(
      approvalStanding({ ...approved, state: "explain" }, { version: 2, fingerprint: FP2 })
    ).toEqual({ counts: "current", state: "explain" });
    expect(standingWords({ counts: "current", state: "explain" })).toBe("Cần giải trình");
    expect(standingWords({ counts: "current", state: null })).toBe("Chưa rà soát");
  });

  it("counts the approved version when the report is that version, unchanged", () => {
    const s = approvalStanding(approved, { version: 1, fingerprint: FP1 });
    expect(s).toEqual({ counts: "approved", version: 1 });
    expect(standingWords(s)).toBe("Đã duyệt (lần chốt 1)");
  });

  it("flags a later version, the approved one edited after finalizing, or one not finalized: the approved one counts", () => {
    const later = approvalStanding(approved, { version: 2, fingerprint: FP2 });
    expect(later).toMatchObject({ counts: "reapprove", approved: 1, newer: 2 });
    expect(standingWords(later)).toBe(
      `${REAPPROVE_WORDS}: Thành phố đã duyệt lần chốt 1; báo cáo hiện là lần chốt 2. Tổng hợp vẫn tính số liệu lần chốt 1 đã duyệt.`
    );
    const edited = approvalStanding(approved, { version: 1, fingerprint: FP1, changed: true });
    expect(edited).toMatchObject({ counts: "reapprove", approved: 1, newer: 1 });
    expect(standingWords(edited)).toContain("số liệu đã sửa sau lần chốt 1");
    // the same version number with other figures is not the version approved
    expect(approvalStanding(approved, { version: 1, fingerprint: FP2 })).toMatchObject({
      counts: "reapprove",
    });
    expect(approvalStanding(approved, null)).toMatchObject({ counts: "reapprove", newer: null });
  });
});

describe("the approved version's figures, from the review's record", () => {
  it("are the unit's typed figures and evidence: judged again they give the version's results", () => {
    const review = readReviewSheet(
      snapshotOf(buildReviewSheet(reviewOf(V1, 1, FP1, {}, "approved")), "RS")
    ).review;
    const { inputs, evidence } = reviewedInputs(review);
    const sheet = readUnitSheet(V1);
    const fromSheet = sheetInputs(sheet);
    expect(evaluate(inputs, { level: "xa", evidence })).toEqual(
      evaluate(fromSheet.inputs, { level: "xa", evidence: fromSheet.evidence })
    );
    expect(inputs["16.1"]).toBe(600);
    expect(inputs["16"]).toBeUndefined(); // a ratio: from its parts
  });
});

describe("Nhận ý kiến: where the comments go on the unit's sheet", () => {
  const reply = replyOf(reviewOf(V1, 1, FP1, COMMENTS, "explain"));
  const K = (id: string) => `K${ROWS[id]}`;

  it("finds the sheet by its title block, never by its name, and writes each comment in K beside its row", () => {
    // a sheet of another unit carries the name the right one would have
    const other = unitSnapshot(
      { unit: "Phường Sài Gòn", level: "xa", period: PARAMS.period, code: "26740" },
      "CĐS 2025-Q3 Bến Thành",
      { version: 1, fingerprint: FP2 }
    );
    const mine = unitSnapshot(PARAMS, "Báo cáo quý 3", { version: 1, fingerprint: FP1 });
    const plan = planReplyImport([other, mine], reply);
    expect(plan).toMatchObject({
      sheet: "Báo cáo quý 3",
      version: "same",
      notice: null,
      placed: 2,
    });
    expect(plan.writes).toEqual([
      { address: "K6", content: { text: "Ý kiến của Thành phố" }, numberFormat: "@" },
      { address: K("2"), content: { text: replyNote(1, COMMENTS["2"]) }, numberFormat: "@" },
      { address: K("16.1"), content: { text: replyNote(1, COMMENTS["16.1"]) }, numberFormat: "@" },
    ]);
    // never a figure, a note or any cell of the report's columns
    expect(plan.writes.every((w) => w.address.startsWith("K"))).toBe(true);
    expect(replyNote(1, "x")).toBe(`${REPLY_NOTE_MARK} Lần chốt 1: x`);
  });

  it("keeps the analyst's own text in K, replaces the add-in's older comments and clears those not in the reply", () => {
    const mine = unitSnapshot(
      PARAMS,
      "s",
      { version: 1, fingerprint: FP1 },
      {
        K6: "Ý kiến của Thành phố",
        [K("2")]: "Đơn vị đã gửi văn bản qua email.",
        [K("16.1")]: replyNote(1, "ý kiến cũ"),
        [K("26")]: replyNote(1, "đã rút"),
      }
    );
    const plan = planReplyImport([mine], reply);
    expect(plan.kept).toEqual([K("2")]);
    expect(plan.writes).toEqual([
      { address: K("16.1"), content: { text: replyNote(1, COMMENTS["16.1"]) }, numberFormat: "@" },
      { address: K("26"), content: { blank: true }, numberFormat: "@" },
    ]);
    expect(plan.placed).toBe(1);
  });

  it("says so when the reply is about an older version than the sheet's, and still places it", () => {
    const v2 = unitSnapshot(PARAMS, "s", { version: 2, fingerprint: FP2 });
    const plan = planReplyImport([v2], reply);
    expect(plan.version).toBe("older");
    expect(plan.notice).toBe(
      `Ý kiến của Thành phố là về lần chốt 1 (mã số liệu ${FP1.slice(0, 12)}); trang "s" đã chốt lần 2: ý kiến về một lần chốt cũ, có thể đã được giải quyết.`
    );
    expect(plan.placed).toBe(2);
  });

  it("says so when the sheet has no stamp, or the same version with other figures", () => {
    expect(planReplyImport([unitSnapshot(PARAMS, "s", null)], reply).version).toBe("unstamped");
    const other = planReplyImport(
      [unitSnapshot(PARAMS, "s", { version: 1, fingerprint: FP2 })],
      reply
    );
    expect(other.version).toBe("otherFigures");
    expect(other.notice).toContain(`mã số liệu là ${FP2.slice(0, 12)}`);
  });

  it("refuses a reply for another unit or period, naming both", () => {
    const otherUnit = unitSnapshot(
      { unit: "Phường Sài Gòn", level: "xa", period: PARAMS.period },
      "CĐS 2025-Q3 Sài Gòn",
      { version: 1, fingerprint: FP1 }
    );
    expect(() => planReplyImport([otherUnit], reply)).toThrow(
      'Tệp ý kiến này gửi cho "Phường Bến Thành" (Phường, xã, đặc khu), Quý III năm 2025, không phải cho báo cáo nào trong sổ tính này: trang "CĐS 2025-Q3 Sài Gòn" là báo cáo của "Phường Sài Gòn" (Phường, xã, đặc khu), Quý III năm 2025.'
    );
    const otherPeriod = unitSnapshot({ ...PARAMS, period: { year: 2025, part: "Q2" } }, "Q2", {
      version: 1,
      fingerprint: FP1,
    });
    expect(() => planReplyImport([otherPeriod], reply)).toThrow(
      'trang "Q2" là báo cáo của "Phường Bến Thành" (Phường, xã, đặc khu), Quý II năm 2025'
    );
    // the same name under another roster code is another unit
    const otherCode = unitSnapshot({ ...PARAMS, code: "99999" }, "s", null);
    expect(() => planReplyImport([otherCode], reply)).toThrow("không phải cho báo cáo nào");
    expect(() => planReplyImport([], reply)).toThrow("sổ tính không có bảng chỉ tiêu nào");
  });

  it("refuses two sheets of the same unit and period", () => {
    const a = unitSnapshot(PARAMS, "a", null);
    const b = unitSnapshot(PARAMS, "b", null);
    expect(() => planReplyImport([a, b], reply)).toThrow('("a", "b"): hãy xóa trang thừa');
  });
});

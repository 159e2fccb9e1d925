/**
 * What a failed use case says: what was written before it failed (Excel's batches are not transactional), the
 * failure's own message, and for a bug the original error kept as the cause and shown on demand.
 */
import { CdsError } from "../../src/core";
import { COL, headParams, SIGNATURE, type SheetSnapshot, type SheetSpec } from "../../src/sheets";
import { periodCode, type CellValue } from "../../src/core";
import { unitReports } from "../../src/usecases";
import { errorNotice } from "../../src/taskpane/outcomeMessages";
import { consolidateCity, generateSheet } from "../../src/usecases";
import { guarded, UserError } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { WorkbookError, type WriteSheetOptions } from "../../src/workbook";
import { protectedSheet } from "../../src/workbook";
import { B, C, PERIOD } from "../support/cityUnits";

/** The failure of a promise, which must fail. */
async function failure(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error("the use case did not fail");
}

let consoleError: jest.SpyInstance;
beforeEach(() => (consoleError = jest.spyOn(console, "error").mockImplementation(() => {})));
afterEach(() => consoleError.mockRestore());

describe("guarded: an unexpected error", () => {
  test("before any write: nothing was written, the original message follows, the error is the cause and is logged", async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'rows')");
    const e = await failure(guarded(async () => Promise.reject(bug)));
    expect(e.message).toBe(
      "Đã xảy ra lỗi không mong đợi. Chưa có gì được ghi. Lỗi: Cannot read properties of undefined (reading 'rows')"
    );
    expect(e.cause).toBe(bug);
    expect(consoleError).toHaveBeenCalledWith(bug);
  });

  test("after a sheet was written: the message names it, the cause is the TypeError", async () => {
    const bug = new TypeError("x is not a function");
    const e = await failure(
      guarded(async (writes) => {
        await writes.track("Q3-2025 Phường Bến Thành", async () => {});
        throw bug;
      })
    );
    expect(e.message).toBe(
      "Đã xảy ra lỗi không mong đợi. Đã ghi xong: trang “Q3-2025 Phường Bến Thành”; phần còn lại chưa được ghi. Lỗi: x is not a function"
    );
    expect(e.cause).toBe(bug);
  });

  test("during a write: the sheet being written is said to be perhaps written in part", async () => {
    const e = await failure(
      guarded(async (writes) => {
        writes.note("A");
        await writes.track("B", () => Promise.reject(new RangeError("Invalid array length")));
      })
    );
    expect(e.message).toBe(
      "Đã xảy ra lỗi không mong đợi. Đã ghi xong: trang “A”; trang “B” có thể đã được ghi một phần; phần còn lại chưa được ghi. Lỗi: Invalid array length"
    );
    const first = await failure(
      guarded((writes) => writes.track("B", () => Promise.reject(new Error("boom"))))
    );
    expect(first.message).toBe(
      "Đã xảy ra lỗi không mong đợi. Trang “B” có thể đã được ghi một phần; ngoài ra chưa có gì được ghi. Lỗi: boom"
    );
  });

  test("a thrown non-Error is said as text", async () => {
    const e = await failure(guarded(async () => Promise.reject("lỗi lạ")));
    expect(e.message).toBe("Đã xảy ra lỗi không mong đợi. Chưa có gì được ghi. Lỗi: lỗi lạ");
    expect(e.cause).toBe("lỗi lạ");
  });

  test("the pane shows the message, and the original error's stack on demand", async () => {
    const bug = new TypeError("x is not a function");
    const notice = errorNotice(await failure(guarded(async () => Promise.reject(bug))));
    expect(notice.lines).toEqual([
      expect.stringMatching(
        /^Đã xảy ra lỗi không mong đợi\. Chưa có gì được ghi\. Lỗi: x is not a function$/
      ),
    ]);
    expect(notice.detail).toBe(bug.stack);
    expect(notice.detail).toMatch(/^TypeError: x is not a function\n\s+at /);
    // the analyst's own failures carry no technical detail
    expect(errorNotice(new UserError("Hãy nhập tên đơn vị báo cáo.")).detail).toBeUndefined();
  });
});

describe("guarded: the core's and the workbook's failures", () => {
  test("a CdsError before any write is shown as it is, without a cause", async () => {
    const e = await failure(
      guarded(async () =>
        Promise.reject(new CdsError("invalidValue", 'Mục tiêu "abc" không hợp lệ.'))
      )
    );
    expect(e.message).toBe('Mục tiêu "abc" không hợp lệ.');
    expect(e.cause).toBeUndefined();
    expect(consoleError).not.toHaveBeenCalled();
  });

  test("a CdsError after a write: its message, then what was written", async () => {
    const e = await failure(
      guarded(async (writes) => {
        await writes.track("Tình hình nộp Q3-2025", async () => {});
        await writes.track("Chi tiết Q3-2025", async () => {});
        throw new CdsError(
          "invalidValue",
          'Trang "X" có dòng chỉ tiêu bị lặp (16): hãy xóa dòng thừa rồi bấm lại.'
        );
      })
    );
    expect(e.message).toBe(
      'Trang "X" có dòng chỉ tiêu bị lặp (16): hãy xóa dòng thừa rồi bấm lại. Đã ghi xong: trang “Tình hình nộp Q3-2025”, “Chi tiết Q3-2025”; phần còn lại chưa được ghi.'
    );
  });

  test("a refused write after another: the workbook's 'nothing written' is of its own write, replaced by what was", async () => {
    const refusal =
      'Trang "C" đang được bảo vệ: hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi bấm lại. Chưa có gì được ghi.';
    const e = await failure(
      guarded(async (writes) => {
        await writes.track("A", async () => {});
        await writes.track("C", () => Promise.reject(protectedSheet("C")));
      })
    );
    expect(e.message).toBe(
      'Trang "C" đang được bảo vệ: hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi bấm lại. Đã ghi xong: trang “A”; phần còn lại chưa được ghi.'
    );
    // the first write refused: the message as it is
    const alone = await failure(
      guarded((writes) => writes.track("C", () => Promise.reject(protectedSheet("C"))))
    );
    expect(alone.message).toBe(refusal);
  });

  test("what was written is decided on the workbook's flag, never on a message's words", async () => {
    // a refusal in other words, before anything was written: still nothing written
    const reworded = new WorkbookError("protected", "Trang C bị khoá.", { wroteNothing: true });
    const before = await failure(guarded((w) => w.track("C", () => Promise.reject(reworded))));
    expect(before.message).toBe("Trang C bị khoá. Chưa có gì được ghi.");
    const after = await failure(
      guarded(async (w) => {
        await w.track("A", async () => {});
        await w.track("C", () => Promise.reject(reworded));
      })
    );
    expect(after.message).toBe(
      "Trang C bị khoá. Đã ghi xong: trang “A”; phần còn lại chưa được ghi."
    );
    // a failure part-way whose text happens to end like a refusal: the sheet may have been written in part
    const lookalike = new WorkbookError("failed", "Excel báo: Chưa có gì được ghi.");
    const partial = await failure(guarded((w) => w.track("C", () => Promise.reject(lookalike))));
    expect(partial.message).toBe(
      "Excel báo: Chưa có gì được ghi. Trang “C” có thể đã được ghi một phần; ngoài ra chưa có gì được ghi."
    );
  });

  test("a UserError goes through untouched", async () => {
    const mine = new UserError("Hãy nhập tên đơn vị báo cáo.");
    await expect(guarded(async () => Promise.reject(mine))).rejects.toBe(mine);
  });
});

/** A workbook whose n-th sheet write fails with a bug, after the ones before it were written. */
class FailingWorkbook extends MemoryWorkbook {
  readonly written: string[] = [];
  failAt = Infinity;

  override async writeSheet(spec: SheetSpec, options?: WriteSheetOptions) {
    if (this.written.length + 1 >= this.failAt) throw new TypeError(`cannot write ${spec.name}`);
    const result = await super.writeSheet(spec, options);
    this.written.push(spec.name);
    return result;
  }
}

describe("the use cases tell guarded what they wrote", () => {
  test("the city consolidation failing at its third sheet names the two written, which are in the workbook", async () => {
    const wb = new FailingWorkbook();
    await generateSheet(wb, B);
    await generateSheet(wb, C);
    wb.written.length = 0;
    wb.failAt = 3;
    const e = await failure(consolidateCity(wb, { period: PERIOD }));
    expect(wb.written).toHaveLength(2);
    const [status, breakdown] = wb.written;
    expect(e.cause).toBeInstanceOf(TypeError);
    const city = (e.cause as Error).message.replace("cannot write ", "");
    expect(e.message).toBe(
      `Đã xảy ra lỗi không mong đợi. Đã ghi xong: trang “${status}”, “${breakdown}”; trang “${city}” có thể đã được ghi một phần; phần còn lại chưa được ghi. Lỗi: cannot write ${city}`
    );
    const names = (await wb.readHeads()).map((h) => h.name);
    expect(names).toEqual(expect.arrayContaining([status, breakdown]));
  });

  test("Generate failing at its only write says the sheet may be written in part, nothing else", async () => {
    const wb = new FailingWorkbook();
    wb.failAt = 1;
    const e = await failure(generateSheet(wb, B));
    expect(e.message).toMatch(
      /^Đã xảy ra lỗi không mong đợi\. Trang “[^”]+” có thể đã được ghi một phần; ngoài ra chưa có gì được ghi\. Lỗi: cannot write /
    );
  });
});

describe("the catch-alls keep programming errors", () => {
  const head = (level: unknown): CellValue[][] => {
    const rows: CellValue[][] = Array.from({ length: 5 }, () => Array<CellValue>(8).fill(null));
    rows[1][COL.title] = "Phường Bến Thành";
    rows[2][COL.id] = level as CellValue;
    rows[3][COL.id] = periodCode(PERIOD);
    return rows;
  };

  test("a level that cannot be read is null; a cell that breaks the reader is a bug, not an unreadable level", () => {
    expect(headParams(head("không rõ"))).toBeNull();
    const broken = {
      toString: () => {
        throw new TypeError("broken cell");
      },
    };
    expect(() => headParams(head(broken))).toThrow(TypeError);
  });

  test("a unit sheet whose reading breaks is not skipped as unreadable: the error goes on", () => {
    const values = head("xa");
    values[0][COL.id] = SIGNATURE;
    const snapshot = {
      name: "Hỏng",
      protected: false,
      values,
      formulas: undefined,
    } as unknown as SheetSnapshot;
    expect(() => unitReports([snapshot], PERIOD)).toThrow(TypeError);
  });
});

import { check, judge, type CdsErrorCode, type Level } from "../../src/core";
import { caught } from "../support/caught";

describe("check(value, target, level)", () => {
  test.each<[unknown, unknown, Level | undefined, string]>([
    // ≥ is met on the line, > is not
    [0.6, "≥ 60%", undefined, "Đạt"],
    [0.5999, "≥ 60%", undefined, "Chưa đạt"],
    [0.1, "> 10%", undefined, "Chưa đạt"],
    [0.1001, "> 10%", undefined, "Đạt"],
    [0.085, "> 8,5%", undefined, "Chưa đạt"],
    [0.0851, "> 8,5%", undefined, "Đạt"],
    ["8,5%", "> 8,5%", undefined, "Chưa đạt"],
    ["8,51%", "26", undefined, "Đạt"],
    // thresholds are decimals
    [0.143, "≥ 14,3%", undefined, "Đạt"],
    [14.3 / 100, "≥ 14,3%", undefined, "Đạt"],
    [0.1 + 0.2, "≥ 30%", undefined, "Đạt"],
    [0.1 + 0.2, "> 30%", undefined, "Chưa đạt"],
    [0.14299, "≥ 14,3%", undefined, "Chưa đạt"],
    [3 / 5, "16", undefined, "Đạt"],
    [1, "≥ 100%", undefined, "Đạt"],
    [0.999, "100%", undefined, "Chưa đạt"],
    // the words of docs/domain.md#comparators
    [0.6, "đạt 60%", undefined, "Đạt"],
    [0.6, "trên 60%", undefined, "Chưa đạt"],
    [0.35, "tối thiểu 35%", undefined, "Đạt"],
    [0.6, "là 60%", undefined, "Đạt"],
    [0.6, ">= 60%", undefined, "Đạt"],
    [0.6, "60%", undefined, "Đạt"],
    [0.6, 0.6, undefined, "Đạt"], // a target cell formatted as 60%
    ["60%", "≥ 60%", undefined, "Đạt"],
    ["60,00 %", "≥ 60%", undefined, "Đạt"],
    // ranks
    [5, "≤ 5", undefined, "Đạt"],
    [6, "1", undefined, "Chưa đạt"],
    [1, "1", undefined, "Đạt"],
    ["3", "nhóm 5", undefined, "Đạt"],
    // yes / no
    ["Có", "Có", undefined, "Đạt"],
    ["Không", "Có", undefined, "Chưa đạt"],
    ["Đã ban hành", "2", undefined, "Đạt"],
    ["Chưa ban hành", "2", undefined, "Chưa đạt"],
    ["đã triển khai", "5", undefined, "Đạt"],
    ["Chưa triển khai", "28.1", undefined, "Chưa đạt"],
    [true, "Có", undefined, "Đạt"],
    [false, "22", undefined, "Chưa đạt"],
    // a yes/no target without a row: every row's list words, Có / Không, and k/n đơn vị (numbers as numbers)
    ["Đã cung cấp", "Có", undefined, "Đạt"],
    ["chưa hoàn thành", "Có", undefined, "Chưa đạt"],
    ["3/3 đơn vị", "Có", undefined, "Đạt"],
    ["03/3", "Có", undefined, "Đạt"],
    ["3/03 đơn vị", "Có", "tp", "Đạt"],
    ["2/3 đơn vị", "Có", "tp", "Chưa đạt"],
    ["12/12 đơn vị", "Có", undefined, "Đạt"],
    // with a row: its own words
    ["Đã hoàn thành", "11", undefined, "Đạt"],
    ["Đã cung cấp", "4", "so", "Đạt"],
    ["Đã ban hành", 2, undefined, "Đạt"], // the id as a number
    // missing
    [null, "16", undefined, "Chưa có số liệu"],
    ["", "Có", undefined, "Chưa có số liệu"],
    [undefined, "≤ 5", undefined, "Chưa có số liệu"],
    // tier 18 at each level
    [0.5, "18", "so", "Đạt"],
    [0.4999, "18", "so", "Chưa đạt"],
    [0.45, "18", "huyen", "Đạt"],
    [0.4, "18", "huyen", "Đạt"],
    [0.3999, "18", "huyen", "Chưa đạt"],
    [0.35, "18", "xa", "Đạt"],
    [0.3499, "18", "xa", "Chưa đạt"],
  ])("check(%p, %p, %p) = %s", (value, target, level, verdict) => {
    expect(check(value, target, level)).toBe(verdict);
  });

  test("a figure exactly on a 'trên' threshold is not met, and the note says why", () => {
    expect(judge(0.1, "> 10%")).toEqual({
      verdict: "Chưa đạt",
      note: 'Bằng đúng ngưỡng 10,00%: mục tiêu "> 10%" đòi hỏi lớn hơn hẳn ngưỡng.',
    });
    expect(judge(0.6, "≥ 60%").note).toBe("");
  });

  test.each<[unknown, unknown, unknown, CdsErrorCode, RegExp]>([
    ["abc", "≥ 60%", undefined, "invalidValue", /^Giá trị không phải là tỷ lệ phần trăm: "abc"\.$/],
    [60, "≥ 60%", undefined, "invalidValue", /^Giá trị lớn hơn 100% \(60\)/],
    ["60", "≥ 60%", undefined, "invalidValue", /thiếu dấu %/],
    ["120%", "≥ 60%", undefined, "invalidValue", /lớn hơn 100%/],
    [-0.1, "≥ 60%", undefined, "invalidValue", /tỷ lệ âm/],
    [true, "≥ 60%", undefined, "invalidValue", /đúng\/sai/],
    [NaN, "≥ 60%", undefined, "invalidNumber", /NaN/],
    [Infinity, "> 10%", undefined, "invalidNumber", /vô cực/],
    ["Có", "≥ 60%", undefined, "invalidValue", /không phải là tỷ lệ/],
    [0.5, "Có", undefined, "invalidValue", /^Giá trị không phải là câu trả lời có\/không: 0\.5\./],
    ["có lẽ", "Có", undefined, "invalidValue", /"có lẽ"/],
    // not an answer: refused, never read as done
    [
      "Đã hủy",
      "Có",
      undefined,
      "invalidValue",
      /^Giá trị không phải là câu trả lời có\/không: "Đã hủy"\. Hãy nhập "Đã ban hành", "Đã cung cấp", "Đã triển khai", "Đã hoàn thành" hoặc "Có" \(đã thực hiện\); "Chưa ban hành", "Chưa cung cấp", "Chưa triển khai", "Chưa hoàn thành" hoặc "Không" \(chưa thực hiện\); "k\/n đơn vị" ở bảng tổng hợp; hoặc đánh dấu ô \(TRUE\/FALSE\)\.$/,
    ],
    [
      "Đã có kế hoạch nhưng chưa triển khai",
      "Có",
      undefined,
      "invalidValue",
      /"Đã có kế hoạch nhưng chưa triển khai"\. Hãy nhập/,
    ],
    [
      "Đã hủy",
      "2",
      undefined,
      "invalidValue",
      /"Đã hủy"\. Hãy nhập "Đã ban hành" hoặc "Có" \(đã thực hiện\); "Chưa ban hành" hoặc "Không" \(chưa thực hiện\); "k\/n/,
    ],
    [
      "Đã triển khai",
      "2",
      "so",
      "invalidValue",
      /Hãy nhập "Đã ban hành" hoặc "Có" \(đã thực hiện\); "Chưa ban hành" hoặc "Không" \(chưa thực hiện\); hoặc đánh dấu ô/,
    ],
    [1, "Có", undefined, "invalidValue", /câu trả lời có\/không: 1\./],
    [
      "Đã triển khai",
      2,
      undefined,
      "invalidValue",
      /"Đã triển khai"\. Hãy nhập "Đã ban hành" hoặc "Có"/,
    ],
    [0, "Có", undefined, "invalidValue", /câu trả lời có\/không: 0\./],
    [
      "3/3 đơn vị",
      "Có",
      "xa",
      "invalidValue",
      /"3\/3 đơn vị"\. Hãy nhập .*\(chưa thực hiện\); hoặc đánh dấu ô/,
    ], // a unit's row is not consolidated
    [
      "4/3 đơn vị",
      "Có",
      undefined,
      "invalidValue",
      /không phải là số đơn vị hợp lệ: "4\/3 đơn vị"/,
    ],
    ["0/0 đơn vị", "Có", undefined, "invalidValue", /không phải là số đơn vị hợp lệ/],
    ["3/3 phường", "Có", undefined, "invalidValue", /không phải là câu trả lời có\/không/],
    [0, "≤ 5", undefined, "invalidValue", /thứ hạng nguyên từ 1/],
    [2.5, "1", undefined, "invalidValue", /thứ hạng/],
    [0.5, "abc", undefined, "invalidValue", /^Mục tiêu "abc" không đọc được/],
    [0.5, "60", undefined, "invalidValue", /^Mục tiêu "60" không đọc được/],
    [0.5, "≥ 160%", undefined, "invalidValue", /vượt quá 100%/],
    [0.5, "", undefined, "invalidValue", /^Thiếu mục tiêu/],
    [0.5, null, undefined, "invalidValue", /^Thiếu mục tiêu/],
    [0.5, "99", undefined, "invalidValue", /không đọc được/],
    [0.5, 99, undefined, "invalidValue", /^Mục tiêu 99 không hợp lệ/],
    [
      0.5,
      "9.1",
      undefined,
      "notAvailable",
      /^Dòng 9\.1 là số liệu đếm, không có mục tiêu riêng\.$/,
    ],
    [0.5, "12", undefined, "notAvailable", /^Dòng 12 là dòng nhóm/],
    [0.5, "18.3", undefined, "notAvailable", /không có mục tiêu riêng/],
    [0.5, "18", undefined, "invalidValue", /^Chỉ tiêu 18 có mục tiêu theo cấp .*cấp đơn vị/],
    [0.5, "18", "tp", "notAvailable", /toàn thành phố, chỉ tiêu 18 được đánh giá theo từng cấp/],
  ])("check(%p, %p, %p) → %s", (value, target, level, code, message) => {
    const e = caught(() => check(value, target, level as Level));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
});

describe("check(value, target, level, id): a yes/no row names itself, as the sheet's verdict formula does", () => {
  test("only the row's own words are an answer (and Có/Không); every row's words without the id", () => {
    expect(check("Đã ban hành", "Có", "so", "2")).toBe("Đạt");
    expect(check("Chưa ban hành", "Có", "so", "2")).toBe("Chưa đạt");
    expect(check("Có", "Có", "so", "2")).toBe("Đạt");
    // "triển khai" answers 10, not 2: refused on row 2, as Fill refuses it
    expect(caught(() => check("Đã triển khai", "Có", "so", "2"))).toMatchObject({
      code: "invalidValue",
    });
    expect(check("Đã triển khai", "Có", "so", "10")).toBe("Đạt");
    // without the id (a formula of an older sheet, or typed by hand) any row's words are read
    expect(check("Đã triển khai", "Có", "so")).toBe("Đạt");
  });

  test("an id that is no indicator is said, not ignored", () => {
    expect(caught(() => check("Có", "Có", "so", "99"))).toMatchObject({ code: "invalidValue" });
  });
});

import {
  catalog,
  findRow,
  readCount,
  readFigure,
  readPercent,
  readRank,
  readYesNo,
  yesNoVocabulary,
  wordKey,
  type CdsErrorCode,
} from "../../src/core";
import { caught } from "../support/caught";

const row = (id: string) => findRow(id)!;

describe("readYesNo: a closed vocabulary, typed freely", () => {
  // [typed, row, expected reading or the refusal's pattern]
  test.each<[unknown, string | undefined, boolean | RegExp]>([
    // the row's list words, however typed
    ["Đã ban hành", "2", true],
    ["đã ban hành", "2", true],
    ["ĐÃ BAN HÀNH", "2", true],
    ["  Đã   ban hành ", "2", true],
    ["Đã\u00a0ban\u00a0hành", "2", true],
    ["Đã ban hành".normalize("NFD"), "2", true],
    ["Đã ban hà\u200bnh", "2", true],
    ["Chưa ban hành", "2", false],
    ["CHƯA BAN HÀNH", "2", false],
    ["Đã  triển khai", "5", true],
    ["chưa triển khai", "28.1", false],
    ["Đã cung cấp", "4", true],
    ["Đã hoàn thành", "11", true],
    ["Đã hoàn thành".normalize("NFD"), "11", true],
    ["Chưa hoàn thành", "11", false],
    // Có / Không on every row
    [" Có ", "2", true],
    ["có", "22", true],
    ["CÓ", "27", true],
    ["Không", "2", false],
    ["KHÔNG", "19", false],
    ["Không".normalize("NFD"), "10", false],
    // a checkbox
    [true, "2", true],
    [false, "2", false],
    // blank is missing, not "no"
    ["", "2", null as unknown as boolean],
    ["   ", "2", null as unknown as boolean],
    [null, "2", null as unknown as boolean],
    // everything else is refused, with the row's words
    [
      "Đã hủy",
      "2",
      /^Số liệu 2 không phải là câu trả lời có\/không: "Đã hủy"\. Hãy nhập "Đã ban hành" hoặc "Có" \(đã thực hiện\); "Chưa ban hành" hoặc "Không" \(chưa thực hiện\); hoặc đánh dấu ô \(TRUE\/FALSE\)\.$/,
    ],
    [
      "Đã có kế hoạch nhưng chưa triển khai",
      "5",
      /"Đã có kế hoạch nhưng chưa triển khai"\. Hãy nhập "Đã triển khai" hoặc "Có"/,
    ],
    ["Đang triển khai", "5", /"Đang triển khai"/],
    ["Chưa", "2", /"Chưa"/],
    ["Đã", "2", /"Đã"/],
    ["không có", "2", /"không có"/],
    ["Có.", "2", /"Có\."/],
    ["Có!", "2", /"Có!"/],
    ["Co", "2", /"Co"/], // without its diacritics it is another word
    ["Da ban hanh", "2", /"Da ban hanh"/],
    ["x", "2", /"x"/],
    ["X", "2", /"X"/],
    ["yes", "2", /"yes"/],
    ["no", "2", /"no"/],
    ["TRUE", "2", /"TRUE"/], // text, not a checkbox
    ["true", "2", /"true"/],
    ["1", "2", /"1"/],
    ["0", "2", /"0"/],
    [1, "2", /: 1\./],
    [0, "2", /: 0\./],
    ["hoàn thành", "11", /"hoàn thành"/],
    ["rồi", "2", /"rồi"/],
    ["Đã triển khai", "2", /"Đã triển khai"\. Hãy nhập "Đã ban hành" hoặc "Có"/], // another row's words
    ["Đã ban hành", "5", /"Đã ban hành"\. Hãy nhập "Đã triển khai" hoặc "Có"/],
    ["3/3 đơn vị", "2", /"3\/3 đơn vị"/], // only a consolidated row
    ["Có, Kế hoạch 12/KH-UBND", "2", /"Có, Kế hoạch 12\/KH-UBND"/],
  ])("%p on row %s → %p", (typed, id, expected) => {
    const what = `Số liệu ${id}`;
    if (expected instanceof RegExp) {
      const e = caught(() => readYesNo(typed, what, { row: id ? row(id) : undefined }));
      expect(e.code).toBe("invalidValue");
      expect(e.message).toMatch(expected);
    } else {
      expect(readYesNo(typed, what, { row: id ? row(id) : undefined })).toBe(expected);
    }
  });

  test("the tone mark may sit on either vowel of a syllable", () => {
    expect(wordKey("hoà")).toBe(wordKey("hòa"));
    expect(wordKey("thuỷ")).toBe(wordKey("thủy"));
    expect(wordKey("hoà")).not.toBe(wordKey("hoa"));
    expect(wordKey("Thạnh")).not.toBe(wordKey("Thanh"));
  });

  test("without a row: every row's words and Có / Không; the message lists them", () => {
    const { done, notDone } = yesNoVocabulary();
    expect(done).toEqual(["Đã ban hành", "Đã cung cấp", "Đã triển khai", "Đã hoàn thành", "Có"]);
    expect(notDone).toEqual([
      "Chưa ban hành",
      "Chưa cung cấp",
      "Chưa triển khai",
      "Chưa hoàn thành",
      "Không",
    ]);
    for (const w of done) expect(readYesNo(w, "Giá trị")).toBe(true);
    for (const w of notDone) expect(readYesNo(w.toUpperCase(), "Giá trị")).toBe(false);
    expect(caught(() => readYesNo("Đã hủy", "Giá trị")).message).toBe(
      'Giá trị không phải là câu trả lời có/không: "Đã hủy". Hãy nhập "Đã ban hành", "Đã cung cấp", "Đã triển khai", "Đã hoàn thành" hoặc "Có" (đã thực hiện); "Chưa ban hành", "Chưa cung cấp", "Chưa triển khai", "Chưa hoàn thành" hoặc "Không" (chưa thực hiện); hoặc đánh dấu ô (TRUE/FALSE).'
    );
  });

  test("every yes/no row accepts its own list words (the sheet's drop-down) and Có / Không", () => {
    for (const r of catalog.filter((x) => x.kind === "yesno")) {
      const { done, notDone } = yesNoVocabulary(r);
      expect(done).toHaveLength(2);
      for (const w of done) expect(readFigure(r, w)).toBe(true);
      for (const w of notDone) expect(readFigure(r, w)).toBe(false);
    }
  });

  test.each<[string, boolean | RegExp]>([
    ["3/3 đơn vị", true],
    ["03/3", true],
    ["3/03 đơn vị", true],
    ["003/3 ĐƠN VỊ", true],
    ["3 / 3 đơn vị", true],
    ["2/3 đơn vị", false],
    ["0/5 đơn vị", false],
    ["10/9 đơn vị", /không phải là số đơn vị hợp lệ: "10\/9 đơn vị"/], // 10 > 9, not compared as text
    ["0/0 đơn vị", /không phải là số đơn vị hợp lệ/],
    [
      "3/3 phường",
      /không phải là câu trả lời có\/không: "3\/3 phường"\. .*"k\/n đơn vị" ở bảng tổng hợp/,
    ],
    ["3/3/3", /không phải là câu trả lời có\/không/],
    ["-1/3 đơn vị", /không phải là câu trả lời có\/không/],
    ["1 0/10 đơn vị", /không phải là câu trả lời có\/không/],
  ])("consolidated row: %p → %p", (typed, expected) => {
    if (expected instanceof RegExp)
      expect(
        caught(() => readYesNo(typed, "Số liệu 2", { row: row("2"), consolidated: true })).message
      ).toMatch(expected);
    else
      expect(readYesNo(typed, "Số liệu 2", { row: row("2"), consolidated: true })).toBe(expected);
  });
});

describe("numbers: read whole or refused", () => {
  test.each<[unknown, number | null | [CdsErrorCode, RegExp]]>([
    ["1.234", 1234],
    ["1.234.567", 1234567],
    [" 5 ", 5],
    ["\u00a05\u202f", 5],
    ["5 \n", 5],
    ["1 2", ["invalidValue", /có khoảng trắng giữa các chữ số: "1 2"/]],
    ["1\n2", ["invalidValue", /khoảng trắng/]],
    ["1\u00a0234", ["invalidValue", /khoảng trắng/]],
    ["1.23", ["invalidValue", /phải là số nguyên \(đang là 1,23\)/]],
    ["8,5", ["invalidValue", /phải là số nguyên \(đang là 8,5\)/]],
    ["12abc", ["invalidValue", /không phải là số/]],
    ["", null],
  ])("readCount(%p)", (typed, expected) => {
    if (Array.isArray(expected)) {
      const e = caught(() => readCount(typed, "Số liệu 16.1"));
      expect([e.code, e.message]).toEqual([expected[0], expect.stringMatching(expected[1])]);
    } else expect(readCount(typed, "Số liệu 16.1")).toBe(expected);
  });

  test.each<[unknown, number | null | RegExp]>([
    ["60%", 0.6],
    ["60,25%", 0.6025],
    ["8,5%", 0.085],
    ["8.5%", 0.085], // one decimal after a dot can only be a decimal
    ["60 %", 0.6],
    ["60\u00a0%", 0.6],
    ["\u00a060%\u00a0", 0.6],
    ["100%", 1],
    ["0%", 0],
    [0.6, 0.6],
    ["1 0%", /có khoảng trắng giữa các chữ số: "1 0%"/],
    ["6 0,5%", /khoảng trắng/],
    [
      "12.345%",
      /không rõ dấu chấm là phần nghìn hay phần thập phân: "12\.345%"\. Hãy dùng dấu phẩy cho phần thập phân \(ví dụ 12,345%\)\./,
    ],
    ["1.234%", /không rõ dấu chấm/],
    ["60", /thiếu dấu %: hãy nhập 60% nếu đó là tỷ lệ phần trăm/],
    ["60%%", /không phải là tỷ lệ phần trăm/],
    ["sáu mươi %", /không phải là tỷ lệ phần trăm/],
    ["-5%", /tỷ lệ âm/],
    ["120%", /lớn hơn 100%/],
    [true, /là giá trị đúng\/sai, không phải tỷ lệ/],
    [" ", null],
  ])("readPercent(%p)", (typed, expected) => {
    if (expected instanceof RegExp)
      expect(caught(() => readPercent(typed, "Số liệu 25")).message).toMatch(expected);
    else expect(readPercent(typed, "Số liệu 25")).toBe(expected);
  });

  test.each<[unknown, number | null | RegExp]>([
    [3, 3],
    ["5 ", 5],
    ["\u00a05", 5],
    ["05", 5],
    ["1 0", /có khoảng trắng giữa các chữ số: "1 0"/],
    ["5.", /không phải là thứ hạng/],
    ["hạng 5", /không phải là thứ hạng/],
    [0, /thứ hạng nguyên từ 1/],
    [2.5, /thứ hạng nguyên từ 1/],
    [false, /đúng\/sai/],
    ["", null],
  ])("readRank(%p)", (typed, expected) => {
    if (expected instanceof RegExp)
      expect(caught(() => readRank(typed, "Số liệu 1")).message).toMatch(expected);
    else expect(readRank(typed, "Số liệu 1")).toBe(expected);
  });
});

describe("readFigure: one reader per kind of row", () => {
  test.each<[string, unknown, unknown]>([
    ["16.1", "1.234", 1234],
    ["16", "60%", 0.6], // a ratio typed in its own cell is a percentage
    ["25", "19%", 0.19],
    ["1", "3", 3],
    ["2", "đã ban hành", true],
    ["12", "anything", null], // a heading holds no figure
  ])("row %s, %p → %p", (id, typed, value) => {
    expect(readFigure(row(id), typed)).toBe(value);
  });

  test("the message names the row", () => {
    expect(caught(() => readFigure(row("16.1"), "1 2")).message).toMatch(
      /^Số liệu 16\.1 có khoảng trắng/
    );
  });
});

describe("numbers too long for a double: too large, never Infinity", () => {
  const digits = (n: number, d = "1") => d + "0".repeat(n - 1);
  test.each<[() => unknown, string, RegExp]>([
    [
      () => readCount(digits(400), "Tử số"),
      "invalidNumber",
      /^Tử số quá lớn \(số có 400 chữ số\): không tính chính xác được với số lớn hơn 9\.007\.199\.254\.740\.991\.$/,
    ],
    [
      () => readCount(`${digits(400)},5`, "Tử số"),
      "invalidNumber",
      /^Tử số quá lớn \(số có 400 chữ số\)/,
    ],
    [
      () => readCount(`-${digits(400)}`, "Tử số"),
      "invalidValue",
      /^Tử số là số âm \(số có 400 chữ số\)/,
    ],
    [
      () => readCount(digits(17), "Tử số"),
      "invalidNumber",
      /^Tử số quá lớn \(10\.000\.000\.000\.000\.000\)/,
    ],
    [() => readCount(1e300, "Tử số"), "invalidNumber", /^Tử số quá lớn \(số hơn 21 chữ số\)/],
    [
      () => readRank(digits(400), "Số liệu 1"),
      "invalidNumber",
      /^Số liệu 1 quá lớn \(số có 400 chữ số\)/,
    ],
    [
      () => readPercent(`${digits(400)}%`, "Số liệu 26"),
      "invalidValue",
      /^Số liệu 26 lớn hơn 100% \(1{1}0{38}…\)/,
    ],
  ])("case %#", (run, code, message) => {
    const e = caught(run);
    expect(e.message).toMatch(message);
    expect(e.message).not.toMatch(/Infinity/);
    expect(e.code).toBe(code as CdsErrorCode);
  });
});

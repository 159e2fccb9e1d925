import { EMPTY_SETTINGS } from "../../src/documents";
import { browserMemory, defaultForm, readStored, STORAGE_KEY } from "../../src/taskpane/formMemory";

describe("form memory", () => {
  test.each([
    [new Date(2025, 0, 15), 2025, "Q1"],
    [new Date(2025, 5, 30), 2025, "Q2"],
    [new Date(2025, 8, 1), 2025, "Q3"],
    [new Date(2026, 11, 31), 2026, "Q4"],
  ])("the default form on %s: year %i, part %s, nothing else chosen", (now, year, part) => {
    expect(defaultForm(now)).toEqual({
      unit: "",
      code: "",
      level: "so",
      year,
      part,
      valuesOnly: false,
      compare: "lastYear",
      cityCompare: false,
      document: { ...EMPTY_SETTINGS, place: "Thành phố Hồ Chí Minh" },
      deadline: "",
    });
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
    // a code stays with the name it was picked with, never alone
    [
      { unit: "Phường Bến Thành", code: "26734" },
      { unit: "Phường Bến Thành", code: "26734" },
    ],
    [{ code: "26734" }, {}],
    [
      { compare: "lastQuarter", cityCompare: true },
      { compare: "lastQuarter", cityCompare: true },
    ],
    [{ compare: "nextYear", cityCompare: "yes" }, {}],
    // the documents' settings: strings kept, anything else blank, a date that is no date dropped
    [
      { document: { agency: "Sở Y tế", number: 7, date: "2026-02-30", signerName: "Trần B" } },
      { document: { ...EMPTY_SETTINGS, agency: "Sở Y tế", signerName: "Trần B" } },
    ],
    [
      { document: { date: "2026-02-05", recipients: "A\nB" } },
      { document: { ...EMPTY_SETTINGS, date: "2026-02-05", recipients: "A\nB" } },
    ],
    [{ document: "Sở Y tế" }, {}],
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
      code: "SYT",
      level: "so",
      year: 2025,
      part: "Q3",
      valuesOnly: false,
      compare: "lastQuarter",
      cityCompare: true,
      document: { ...EMPTY_SETTINGS, agency: "Sở Y tế", number: "12" },
      deadline: "20/10/2025",
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

/**
 * Writes from a stale read (issue 15, section 4): the consolidation builds the city sheet from what it read at the
 * start; a target or a piece of evidence the analyst types on the city sheet while it runs is kept, never
 * overwritten, and the pane says which cells were kept — whenever the typing lands: before the read, between the
 * reads, between the writes, between a write's round trips.
 */
import { standardRows } from "../../src/sheets";
import { consolidateCity } from "../../src/usecases";
import { consolidatedNotice } from "../../src/taskpane/outcomeMessages";
import { OfficeWorkbook, type ExcelRunner } from "../../src/workbook/office";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { WorkbookPort } from "../../src/workbook";
import { FakeExcel, installExcelHost, type FakeSheet } from "../support/officeMock";
import { INPUTS } from "../support/unitReport";
import { A, B, B_INPUTS, C, C_INPUTS, PERIOD } from "../support/cityUnits";
import { unitSheet } from "../support/unitFiles";

const rows = standardRows();
const TARGET = `F${rows["16"]}`;
const EVIDENCE = `G${rows["2"]}`;
const TYPED = { [TARGET]: "≥ 99%", [EVIDENCE]: "Kế hoạch 2649/KH-UBND ngày 16/6/2023" };

let uninstall: () => void;
beforeAll(() => (uninstall = installExcelHost()));
afterAll(() => uninstall());

/** Three unit sheets and the city sheet of a first consolidation. */
async function workbook(): Promise<{ excel: FakeExcel; city: string }> {
  const excel = new FakeExcel();
  await unitSheet(excel, A, INPUTS);
  await unitSheet(excel, B, B_INPUTS);
  await unitSheet(excel, C, C_INPUTS);
  const out = await consolidateCity(new OfficeWorkbook(excel.run), { period: PERIOD });
  return { excel, city: out.city };
}

/** Excel.run on the fake, with `edit` run once right after the at-th sync of the runs (0: before the first run). */
function typingAfter(excel: FakeExcel, at: number, edit: () => void): ExcelRunner {
  let syncs = 0;
  if (at === 0) edit();
  return (batch) =>
    excel.run((context) =>
      batch({
        ...context,
        workbook: context.workbook,
        sync: async () => {
          await context.sync();
          if (++syncs === at) edit();
        },
      } as Excel.RequestContext)
    );
}

/** Every cell of a sheet but the notes (column E), which the consolidation writes from the target it read. */
function contents(sheet: FakeSheet): Record<string, unknown> {
  return Object.fromEntries(
    [...sheet.cells.keys()]
      .filter((address) => !address.startsWith("E"))
      .sort()
      .map((address) => [address, sheet.content(address)])
  );
}

const KEPT = [`${EVIDENCE} (minh chứng, dòng 2)`, `${TARGET} (mục tiêu, dòng 16)`];

describe("the analyst types a target and evidence on the city sheet while the consolidation runs (fake Excel)", () => {
  // The consolidation's round trips: the title blocks (2), the report ranges (2), then the status, breakdown and
  // city sheets (2 each). The analyst types right after the at-th: 0 is before it starts, 10 after it ends.
  const SYNCS = 10;
  const READ = 4; // after the 4th, the city sheet has been read

  let typedFirst: Record<string, unknown>;
  beforeAll(async () => {
    const { excel, city } = await workbook();
    excel.seed(city, TYPED);
    await consolidateCity(new OfficeWorkbook(excel.run), { period: PERIOD });
    typedFirst = contents(excel.sheet(city));
  });

  test.each(Array.from({ length: SYNCS + 1 }, (_, at) => at))(
    "typed after round trip %i: kept, and said when the consolidation had already read the sheet",
    async (at) => {
      const { excel, city } = await workbook();
      const before = excel.syncs;
      const run = typingAfter(excel, at, () => excel.seed(city, TYPED));
      const out = await consolidateCity(new OfficeWorkbook(run), { period: PERIOD });
      const sheet = excel.sheet(city);
      expect([sheet.content(TARGET), sheet.content(EVIDENCE)]).toEqual([
        TYPED[TARGET],
        TYPED[EVIDENCE],
      ]);
      expect([sheet.kind(TARGET), sheet.kind(EVIDENCE)]).toEqual(["text", "text"]);
      // the rest is what a consolidation run after the typing writes: the verdicts are live, over the kept target
      expect(contents(sheet)).toEqual(typedFirst);
      // said when the city sheet had been read and its write had not ended
      expect(out.keptOnCity).toEqual(at >= READ && at < SYNCS ? KEPT : undefined);
      if (out.keptOnCity) {
        const notice = consolidatedNotice(out).lines.join(" ");
        expect(notice).toContain(
          `Trong lúc tổng hợp, bạn đã sửa 2 ô trên trang “${city}”: ${KEPT.join(", ")}. CĐS Excel giữ nguyên những gì bạn đã nhập`
        );
      }
      // typed between the city sheet's two round trips: written back in a third
      expect(excel.syncs - before).toBe(at === SYNCS - 1 ? SYNCS + 1 : SYNCS);
    }
  );

  test("a formula typed meanwhile stays a formula, a text that starts with = stays text", async () => {
    const { excel, city } = await workbook();
    const note = `E${rows["16"]}`;
    const run = typingAfter(excel, READ, () => {
      excel.seed(city, { [note]: { formula: "=B35", value: "Tỷ lệ" } });
      excel.seed(city, { [TARGET]: "=60%" });
    });
    const out = await consolidateCity(new OfficeWorkbook(run), { period: PERIOD });
    const sheet = excel.sheet(city);
    expect([sheet.kind(note), sheet.content(note)]).toEqual(["formula", "=B35"]);
    expect([sheet.kind(TARGET), sheet.content(TARGET)]).toEqual(["text", "=60%"]);
    expect(out.keptOnCity).toEqual([`${note} (ghi chú, dòng 16)`, `${TARGET} (mục tiêu, dòng 16)`]);
  });
});

/** A port that lets the analyst type before its call number `at` (0: ensureReady, 1: readHeads…), then delegates. */
function typingBefore(port: MemoryWorkbook, at: number, edit: () => void): WorkbookPort {
  let calls = 0;
  const before = () => {
    if (calls++ === at) edit();
  };
  return {
    ensureReady: async () => (before(), port.ensureReady()),
    read: async (request) => (before(), port.read(request)),
    readHeads: async () => (before(), port.readHeads()),
    readSheets: async (names, progress) => (before(), port.readSheets(names, progress)),
    writeSheet: async (spec, options) => (before(), port.writeSheet(spec, options)),
    writeCells: async (sheet, writes, layout) => (before(), port.writeCells(sheet, writes, layout)),
    setProtection: async (sheet, protect, writes, layout) => (
      before(),
      port.setProtection(sheet, protect, writes, layout)
    ),
    select: async (sheet, address) => (before(), port.select(sheet, address)),
  };
}

describe("the same on the in-memory workbook: the analyst types before each of the consolidation's calls", () => {
  // ensureReady, readHeads, readSheets, then the status, breakdown and city writes; 6: after the last
  test.each([0, 1, 2, 3, 4, 5, 6])("typed before call %i", async (at) => {
    const wb = new MemoryWorkbook();
    for (const [params, inputs] of [
      [A, INPUTS],
      [B, B_INPUTS],
      [C, C_INPUTS],
    ] as const) {
      const { generateSheet } = await import("../../src/usecases");
      const { typeReport } = await import("../sheet/support");
      const { sheet } = await generateSheet(wb, params);
      typeReport(wb, sheet, inputs);
    }
    const { city } = await consolidateCity(wb, { period: PERIOD });
    const type = () => {
      expect(wb.type(city, TARGET, TYPED[TARGET])).toBeNull();
      expect(wb.type(city, EVIDENCE, TYPED[EVIDENCE])).toBeNull();
    };
    const port = typingBefore(wb, at, type);
    const out = await consolidateCity(port, { period: PERIOD });
    if (at === 6) type();
    expect([wb.value(city, TARGET), wb.value(city, EVIDENCE)]).toEqual([
      TYPED[TARGET],
      TYPED[EVIDENCE],
    ]);
    expect(wb.value(city, `D${rows["16"]}`)).toBe("Chưa đạt"); // judged live against the kept ≥ 99%
    expect(out.keptOnCity).toEqual(at >= 3 && at <= 5 ? KEPT : undefined);
  });
});

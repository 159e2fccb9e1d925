/**
 * Writes that half-apply. Excel applies a batch operation by operation and keeps what ran when one fails; the
 * connection may also drop before a batch is sent or after it ran. For every action that writes (Generate on a new
 * sheet and over an old one, Fill, the roster, the comparison, the consolidation the first time and again, the review
 * sheet, a reply received on a finalized sheet), every
 * `context.sync()` of it is made to fail in every mode — before its operations, after them, and after each of its
 * first k operations — then the action is run again, and the whole workbook (every cell's content and number format,
 * merges, validations, conditional formats, charts, columns, panes, page setup, styles, defined names, sheets and
 * their order, the active sheet) must be the workbook a clean run leaves. The matrix is printed at the end.
 */
import { buildSheet, COL, columnLetter, standardRows } from "../../src/sheets";
import { compareWithPrevious } from "../../src/usecases";
import { consolidateCity } from "../../src/usecases";
import { createRoster } from "../../src/usecases";
import { fillReport, generateSheet } from "../../src/usecases";
import { finalizeSheet } from "../../src/usecases";
import { createReview, receiveReply } from "../../src/usecases";
import { writeReplyWorkbook } from "../../src/formats";
import { findRow } from "../../src/core";
import { OfficeWorkbook } from "../../src/workbook/office";
import { A, B, B_INPUTS, C, C_INPUTS, PERIOD } from "../support/cityUnits";
import { FakeExcel, installExcelHost, type FaultMode } from "../support/officeMock";
import { INPUTS } from "../support/unitReport";
import { unitSheet } from "../support/unitFiles";

const rows = standardRows();

let uninstall: () => void;
beforeAll(() => (uninstall = installExcelHost()));
afterAll(() => uninstall());

interface Action {
  readonly name: string;
  /** The workbook before the action, as the analyst leaves it. */
  readonly setup: () => Promise<FakeExcel>;
  readonly run: (wb: OfficeWorkbook) => Promise<unknown>;
}

/** A unit sheet with the analyst's typing: figures, a note, a target, a cell below the table. */
async function typedSheet(excel: FakeExcel): Promise<string> {
  const ws = await unitSheet(excel, A, INPUTS);
  const below = buildSheet(A).cells.length + 2;
  excel.seed(ws.name, {
    [`E${rows["16"]}`]: "Số liệu của bộ phận một cửa",
    [`F${rows["16"]}`]: "≥ 70%",
    [`B${below}`]: "Người lập: Nguyễn Văn A",
  });
  return ws.name;
}

/** A unit sheet typed and finalized (a fixed clock): the review's starting point, on the city's side or the unit's. */
async function finalizedSheet(excel: FakeExcel): Promise<string> {
  const name = await typedSheet(excel);
  const out = await finalizeSheet(new OfficeWorkbook(excel.run), {
    params: A,
    now: () => Date.UTC(2025, 6, 10, 2, 0, 0),
  });
  if (out.kind !== "finalized") throw new Error(out.kind);
  return name;
}

/** The reply file "Nhận ý kiến" reads, made in the setup of its case. */
let replyData: Uint8Array | null = null;

const ACTIONS: readonly Action[] = [
  {
    name: "Generate, new sheet",
    setup: async () => {
      const excel = new FakeExcel();
      excel.addSheet("Ghi chú", { A1: "sổ của phòng" });
      return excel;
    },
    run: (wb) => generateSheet(wb, B),
  },
  {
    name: "Generate, rewrite",
    setup: async () => {
      const excel = new FakeExcel();
      await typedSheet(excel);
      return excel;
    },
    run: (wb) => generateSheet(wb, A),
  },
  {
    name: "Fill",
    setup: async () => {
      const excel = new FakeExcel();
      excel.activate(await typedSheet(excel));
      return excel;
    },
    run: (wb) => fillReport(wb),
  },
  {
    name: "roster",
    setup: async () => new FakeExcel(),
    run: (wb) => createRoster(wb),
  },
  {
    name: "comparison",
    setup: async () => {
      const excel = new FakeExcel();
      await unitSheet(
        excel,
        { ...A, period: { year: 2024, part: "Q3" } },
        { ...INPUTS, "16.1": 500 }
      );
      excel.activate(await typedSheet(excel));
      return excel;
    },
    run: (wb) => compareWithPrevious(wb, { params: A, mode: "lastYear" }),
  },
  {
    name: "consolidation, first",
    setup: async () => {
      const excel = new FakeExcel();
      await unitSheet(excel, A, INPUTS);
      await unitSheet(excel, B, B_INPUTS);
      await unitSheet(excel, C, C_INPUTS);
      return excel;
    },
    run: (wb) => consolidateCity(wb, { period: PERIOD }),
  },
  {
    name: "consolidation, again",
    setup: async () => {
      const excel = new FakeExcel();
      await unitSheet(excel, A, INPUTS);
      await unitSheet(excel, B, B_INPUTS);
      await unitSheet(excel, C, C_INPUTS);
      const { city } = await consolidateCity(new OfficeWorkbook(excel.run), { period: PERIOD });
      // the city's own target and evidence, typed on the city sheet
      const target = columnLetter(COL.target);
      const evidence = columnLetter(COL.evidence);
      excel.seed(city, {
        [`${target}${rows["16"]}`]: "≥ 75%",
        [`${evidence}${rows["2"]}`]: "QĐ 12/QĐ-UBND",
      });
      return excel;
    },
    run: (wb) => consolidateCity(wb, { period: PERIOD }),
  },
  {
    name: "review sheet",
    setup: async () => {
      const excel = new FakeExcel();
      await finalizedSheet(excel);
      return excel;
    },
    run: (wb) => createReview(wb, { params: A }),
  },
  {
    name: "reply received",
    setup: async () => {
      const excel = new FakeExcel();
      await finalizedSheet(excel);
      const wb = new OfficeWorkbook(excel.run);
      const { fingerprint } = await createReview(wb, { params: A });
      const comment = (id: string, text: string) => ({
        id,
        title: findRow(id)!.title,
        figure: "",
        verdict: "",
        comment: text,
      });
      replyData = await writeReplyWorkbook({
        ...A,
        version: 1,
        fingerprint,
        state: "explain",
        comments: [comment("16.1", "=Kiểm tra lại"), comment("26", "Giải trình.")],
      });
      return excel;
    },
    run: (wb) => receiveReply(wb, { file: { name: "Y kien.xlsx", data: replyData! } }),
  },
];

/**
 * Every cut point, when CDS_FULL_MATRIX=1 (about 2,500 cases, a quarter of an hour on two cores); otherwise a fixed
 * sample that `npm test` can afford: before and after the batch, after its first and last operations, after every
 * operation that adds, deletes, renames or names something (where the identity of a sheet is made or lost), and
 * sixteen points spread evenly between.
 */
const FULL = process.env.CDS_FULL_MATRIX === "1";
const SPREAD = 16;

/** Part-way points of a batch of n operations (k: after the first k), as sampled above. */
function modesOf(ops: number, labels: readonly string[]): FaultMode[] {
  const all = Array.from({ length: Math.max(0, ops - 1) }, (_, i) => i + 1);
  if (FULL) return ["before", ...all, "after"];
  const structural = all.filter((k) =>
    /add|delete|name|rename|clear|activate/i.test(labels[k - 1] ?? "")
  );
  const spread = Array.from({ length: SPREAD }, (_, i) =>
    Math.round(((i + 1) * ops) / (SPREAD + 1))
  );
  const picked = new Set([1, ops - 1, ...structural, ...spread].filter((k) => k >= 1 && k < ops));
  return ["before", ...[...picked].sort((a, b) => a - b), "after"];
}

/** Where two workbook states first differ, as a short path, or null. */
function difference(a: unknown, b: unknown, path = ""): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return `${path}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const d = difference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}/${key}`
    );
    if (d) return d;
  }
  return `${path}: differs`;
}

const matrix: { action: string; syncs: number; cases: number; passed: number; gaps: number }[] = [];

describe("a rerun after any prefix of any batch ends in the workbook of a clean run", () => {
  afterAll(() => {
    const total = matrix.reduce((n, m) => n + m.cases, 0);
    const passed = matrix.reduce((n, m) => n + m.passed, 0);
    const gaps = matrix.reduce((n, m) => n + m.gaps, 0);
    const lines = matrix.map(
      (m) =>
        `${m.action.padEnd(22)} ${String(m.syncs).padStart(3)} syncs ${String(m.cases).padStart(5)} cases ${String(m.passed).padStart(5)} passed ${m.gaps} known gap`
    );
    console.log(
      `Half-applied writes, then a rerun (actions × syncs × modes: before, after, ${FULL ? "after each k" : "after a sample of k; CDS_FULL_MATRIX=1 for each"}):\n${lines.join("\n")}\n${"total".padEnd(22)} ${String(matrix.reduce((n, m) => n + m.syncs, 0)).padStart(3)} syncs ${String(total).padStart(5)} cases ${String(passed).padStart(5)} passed ${gaps} known gap (a chart added, not yet named)`
    );
  });

  it.each(ACTIONS.map((a) => [a.name, a] as const))(
    "%s",
    async (_name, action) => {
      const base = await action.setup();
      const clean = base.clone();
      const first = clean.attempts;
      await action.run(new OfficeWorkbook(clean.run));
      const expected = clean.state();
      const log = clean.syncLog.slice(first);
      expect(log.every((s) => !s.refused)).toBe(true);

      const failures: string[] = [];
      let cases = 0;
      let gaps = 0;
      for (const [sync, { ops }] of log.entries()) {
        for (const mode of modesOf(ops, log[sync].labels)) {
          cases++;
          const excel = base.clone();
          excel.failSync(sync, mode);
          const wb = new OfficeWorkbook(excel.run);
          const cut = await action.run(wb).then(
            () => "no failure",
            () => null
          );
          const rerun = await action.run(wb).then(
            () => null,
            (e: unknown) => `rerun failed: ${e instanceof Error ? e.message : String(e)}`
          );
          // Known gap: cut right after a chart was added, before it was named, the chart stays as Excel named it,
          // and no rerun can tell it from the analyst's own charts. Everything else must be the clean run's.
          const unnamed = typeof mode === "number" && log[sync].labels[mode - 1] === "chart.add";
          if (unnamed) {
            const sheet = excel.sheets.find((s) => s.charts.some((c) => c.name === ""));
            if (sheet) sheet.charts = sheet.charts.filter((c) => c.name !== "");
          }
          const d = cut ?? rerun ?? difference(excel.state(), expected);
          if (d) failures.push(`sync ${sync + 1}, ${mode}: ${d}`);
          else if (unnamed) gaps++;
        }
      }
      matrix.push({
        action: action.name,
        syncs: log.length,
        cases,
        passed: cases - failures.length - gaps,
        // (cases = passed + known gap + failed)
        gaps,
      });
      expect(failures.slice(0, 10)).toEqual([]);
      expect(cases).toBeGreaterThan(log.length * 2 - 1);
    },
    600_000
  );
});

/**
 * Benchmarks: prints its figures. Run with `npm run bench` (builds first).
 * - bench/results.json (tracked) holds only what the same code always gives: sizes of the production build in dist/
 *   (the chunks loaded on demand by their name without the content hash), request sizes, and round trips, counted by
 *   running the task pane's use cases on the Office.js adapter over the fake Excel of the adapter tests. Run twice on
 *   the same code, it does not change.
 * - bench/timings.json (untracked, in .gitignore) holds the wall-clock timings of this run and the machine.
 */
import { execFileSync } from "child_process";
import { cpus, tmpdir } from "os";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { catalog, check, consolidate, rate, yesNoWords, type UnitReport } from "../src/core";
import type { Period, SheetParams } from "../src/core";
import { consolidateCity } from "../src/usecases";
import { fillReport, generateSheet } from "../src/usecases";
import { OfficeWorkbook } from "../src/workbook/office";
import ExcelJS from "exceljs";
import {
  SCALE_PERIOD,
  scaleSheetCells,
  scaleUnits,
  seedCityWorkbook,
} from "../test/support/cityScale";
import { hugeCellXlsx, hugeDocx } from "../test/support/hostileFiles";
import { FakeExcel, installExcelHost } from "../test/support/officeMock";
import { reportCells } from "../test/support/reportCells";

const ROOT = join(__dirname, "..", "..", ".."); // bench/out/bench → the repository
const N = 1_000_000;

function nsPerCall(run: (i: number) => unknown): number {
  let sink = 0;
  for (let i = 0; i < N / 10; i++) sink += Number(run(i) !== undefined); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) sink += Number(run(i) !== undefined);
  const ns = Number(process.hrtime.bigint() - start) / N;
  if (sink < 0) console.log(sink);
  return Math.round(ns * 10) / 10;
}

function size(file: string): number | null {
  const path = join(ROOT, "dist", file);
  return existsSync(path) ? statSync(path).size : null;
}

function gzipSize(file: string): number | null {
  const path = join(ROOT, "dist", file);
  return existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : null;
}

/** What the same code always gives: written to bench/results.json. */
const results: Record<string, number | null | Record<string, number> | Record<string, Hostile>> =
  {};
/** Wall-clock timings, which vary from run to run: written to bench/timings.json. */
const timings: Record<string, number | string> = {};
results.functions_bundle_bytes = size("functions.js");
results.functions_bundle_gzip_bytes = gzipSize("functions.js");
timings.division_ns_per_call = nsPerCall((i) => (i % 1000) / 1000);
timings.rate_ns_per_call = nsPerCall((i) => rate(i % 1000, 1000));
timings.check_ns_per_call = nsPerCall((i) => check((i % 1000) / 1000, "≥ 60%"));
timings.check_by_id_ns_per_call = nsPerCall((i) => check((i % 1000) / 1000, "16"));

/** 200 units (30 sở, 170 phường/xã), every figure filled, from a fixed seed. */
function syntheticUnits(n: number): UnitReport[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, (_, i) => {
    const inputs: Record<string, number | string> = {};
    for (const row of catalog) {
      if (row.kind === "count") inputs[row.id] = 100 + Math.floor(rnd() * 900);
      if (row.kind === "yesno") inputs[row.id] = yesNoWords(row)[rnd() < 0.8 ? 0 : 1];
    }
    for (const row of catalog)
      if (row.parts)
        inputs[row.parts.num] = Math.min(
          Number(inputs[row.parts.num]),
          Number(inputs[row.parts.den])
        );
    return { unit: `Đơn vị ${i + 1}`, level: i < 30 ? "so" : "xa", inputs };
  });
}

function medianMs(run: () => unknown, times = 15): number {
  const all: number[] = [];
  run();
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    run();
    all.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  all.sort((a, b) => a - b);
  return Math.round(all[Math.floor(times / 2)] * 100) / 100;
}

const units200 = syntheticUnits(200);
timings.consolidate_200_units_ms = medianMs(() => consolidate(units200));

/**
 * The task pane's bundle, and the chunks it loads on demand: those whose content hash its webpack runtime names
 * (city and report use cases, docx, JSZip, ExcelJS). A chunk is keyed by its file name without the content hash
 * ("city.js", or webpack's deterministic id for an unnamed one: "46.js"), so that a change in one chunk changes one
 * figure, not every key.
 */
function taskpaneSizes(): void {
  results.taskpane_bundle_bytes = size("taskpane.js");
  results.taskpane_bundle_gzip_bytes = gzipSize("taskpane.js");
  const dist = join(ROOT, "dist");
  if (!existsSync(join(dist, "taskpane.js"))) return;
  const runtime = readFileSync(join(dist, "taskpane.js"), "utf8");
  const chunks: [string, number][] = [];
  for (const file of readdirSync(dist)) {
    const m = /^(.+)\.([0-9a-f]{8})\.js$/.exec(file);
    if (m && runtime.includes(`"${m[2]}"`)) chunks.push([`${m[1]}.js`, gzipSize(file)!]);
  }
  chunks.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  results.taskpane_chunks_gzip_bytes = Object.fromEntries(chunks);
}

/** Round trips (context.sync calls) of Generate, Fill and the consolidation of 200 unit sheets. */
async function syncs(): Promise<void> {
  const uninstall = installExcelHost();
  try {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    const counted = async (run: () => Promise<unknown>) => {
      const before = excel.syncs;
      await run();
      return excel.syncs - before;
    };
    const period: Period = { year: 2025, part: "Q3" };
    const params = (u: UnitReport): SheetParams => ({ unit: u.unit, level: u.level, period });
    const [first, ...others] = units200;
    results.generate_syncs = await counted(() => generateSheet(wb, params(first)));
    excel.seed(excel.active!.name, reportCells(first.inputs));
    results.fill_syncs = await counted(() => fillReport(wb));
    for (const u of others) {
      const { sheet } = await generateSheet(wb, params(u));
      excel.seed(sheet, reportCells(u.inputs));
    }
    // What the consolidation's one big read brings back (values and formulas of every sheet), as JSON: Excel on the
    // web refuses a response over 5 MB.
    const all = await wb.readSheets((await wb.readHeads()).map((h) => h.name));
    results.consolidate_200_read_json_bytes = Buffer.byteLength(JSON.stringify(all));
    results.consolidate_syncs = await counted(() => consolidateCity(wb, { period }));
  } finally {
    uninstall();
  }
}

/**
 * The consolidation at the city's scale through the fake Excel, as strict as Excel on the web (5 MB): n unit sheets
 * with an 80-character note on every row, a 20,000-row data sheet, a stray cell at Z5000. The largest payload of any
 * round trip (request or response, non-ASCII counted escaped) must stay ≤ 4,000,000 bytes.
 */
async function cityScale(n: number): Promise<void> {
  const uninstall = installExcelHost();
  try {
    const excel = new FakeExcel();
    seedCityWorkbook(excel, n);
    const before = excel.syncs;
    const out = await consolidateCity(new OfficeWorkbook(excel.run), { period: SCALE_PERIOD });
    if (out.units !== n) throw new Error(`consolidated ${out.units} units of ${n}`);
    results[`consolidate_${n}_max_request_bytes`] = Math.max(
      excel.maxRequestBytes,
      excel.maxResponseBytes
    );
    results[`consolidate_${n}_realistic_syncs`] = excel.syncs - before;
  } finally {
    uninstall();
  }
}

/** 198 unit workbooks (.xlsx, as the units send them) picked at once: parsed and consolidated, in Node. */
async function import198(): Promise<void> {
  const files = await Promise.all(
    scaleUnits(198).map(async (params, i) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Báo cáo");
      for (const [address, seed] of Object.entries(scaleSheetCells(params, i))) {
        ws.getCell(address).value =
          seed !== null && typeof seed === "object"
            ? ({
                formula: seed.formula.slice(1),
                result: seed.value ?? undefined,
              } as ExcelJS.CellFormulaValue)
            : seed;
      }
      return { name: `BaoCao_${i + 1}.xlsx`, data: (await wb.xlsx.writeBuffer()) as ArrayBuffer };
    })
  );
  const uninstall = installExcelHost();
  try {
    const excel = new FakeExcel();
    const start = process.hrtime.bigint();
    const out = await consolidateCity(new OfficeWorkbook(excel.run), {
      period: SCALE_PERIOD,
      files,
    });
    timings.import_198_xlsx_ms = Math.round(Number(process.hrtime.bigint() - start) / 1e6);
    if (out.units !== 198)
      throw new Error(`consolidated ${out.units} units of 198: ${JSON.stringify(out.skipped)}`);
  } finally {
    uninstall();
  }
}

/** Whether a hostile file was refused, and by which message (the same on every run). */
interface Hostile {
  readonly refused: boolean;
  readonly message: string;
}

/** What reading a hostile file may cost at most, time and peak memory of the whole process. */
const HOSTILE_MAX_MS = 10_000;
const HOSTILE_MAX_BYTES = 500 * 1024 * 1024;

/**
 * The hostile files of the task pane's readers, each read in a child Node process of its own (its peak memory is
 * the process's maxRSS, Node itself included): a 1 MB .xlsx whose one cell, or one shared string, inflates to
 * 1 GiB; a .docx whose word/document.xml inflates to 300 MB, declared as such or under a lying declared size.
 */
function hostileReads(): void {
  const dir = mkdtempSync(join(tmpdir(), "cds-hostile-"));
  const files: [string, "xlsx" | "docx", string, Uint8Array][] = [
    ["xlsx_1gib_cell", "xlsx", "o-1-gib.xlsx", hugeCellXlsx(1024)],
    ["xlsx_1gib_shared_string", "xlsx", "chuoi-1-gib.xlsx", hugeCellXlsx(1024, "shared")],
    ["docx_300mb_part", "docx", "mau-300-mb.docx", hugeDocx(300)],
    ["docx_300mb_part_declared_1kb", "docx", "mau-300-mb-khai-1-kb.docx", hugeDocx(300, 1000)],
  ];
  const refusals: Record<string, Hostile> = {};
  const over: string[] = [];
  try {
    for (const [key, kind, name, data] of files) {
      const path = join(dir, name);
      writeFileSync(path, data);
      const line = execFileSync(
        process.execPath,
        [join(__dirname, "hostileRead.js"), kind, path, name],
        { encoding: "utf8", maxBuffer: 1024 * 1024 }
      );
      const out = JSON.parse(line.trim().split("\n").pop()!) as Hostile & {
        ms: number;
        maxRssBytes: number;
      };
      refusals[key] = { refused: out.refused, message: out.message };
      timings[`hostile_${key}_file_bytes`] = data.length;
      timings[`hostile_${key}_ms`] = Math.round(out.ms);
      timings[`hostile_${key}_max_rss_mb`] = Math.round(out.maxRssBytes / 1024 / 1024);
      if (!out.refused) over.push(`${key}: not refused (${out.message})`);
      if (out.ms > HOSTILE_MAX_MS) over.push(`${key}: ${Math.round(out.ms)} ms`);
      if (out.maxRssBytes > HOSTILE_MAX_BYTES)
        over.push(`${key}: ${Math.round(out.maxRssBytes / 1024 / 1024)} MB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  results.hostile_files = refusals;
  if (over.length)
    throw new Error(`hostile files over 10 s, 500 MB or not refused: ${over.join("; ")}`);
}

async function main(): Promise<void> {
  taskpaneSizes();
  hostileReads();
  await syncs();
  await cityScale(200);
  await cityScale(1000);
  await import198();
  timings.machine = `${cpus()[0]?.model ?? "?"} × ${cpus().length}, Node ${process.version}`;
  console.log("bench/results.json (the same on every run of the same code)");
  for (const [k, v] of Object.entries(results)) {
    if (typeof v !== "object" || v === null) console.log(`  ${k.padEnd(34)} ${v}`);
    else
      for (const [name, n] of Object.entries(v))
        console.log(
          typeof n === "object"
            ? `  ${k.padEnd(34)} ${name}: ${n.refused ? "refused" : "NOT refused"}: ${n.message}`
            : `  ${k.padEnd(34)} ${n}  ${name}`
        );
  }
  console.log("bench/timings.json (wall-clock, this run; not tracked)");
  for (const [k, v] of Object.entries(timings)) console.log(`  ${k.padEnd(34)} ${v}`);
  writeFileSync(join(ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(join(ROOT, "bench", "timings.json"), JSON.stringify(timings, null, 2) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

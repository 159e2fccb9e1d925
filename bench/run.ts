/**
 * Benchmarks: prints its figures and writes them to bench/results.json. Run with `npm run bench` (builds first).
 * Timings are wall-clock on this machine; sizes are of the production build in dist/.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { catalog, check, consolidate, rate, yesNoWords, type UnitReport } from "../src/core";

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

const results: Record<string, number | string | null> = {};
results.functions_bundle_bytes = size("functions.js");
results.functions_bundle_gzip_bytes = gzipSize("functions.js");
results.division_ns_per_call = nsPerCall((i) => (i % 1000) / 1000);
results.rate_ns_per_call = nsPerCall((i) => rate(i % 1000, 1000));
results.check_ns_per_call = nsPerCall((i) => check((i % 1000) / 1000, "≥ 60%"));
results.check_by_id_ns_per_call = nsPerCall((i) => check((i % 1000) / 1000, "16"));

/** 200 units (30 sở, 170 phường/xã), every figure filled, from a fixed seed. */
function syntheticUnits(n: number): UnitReport[] {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, (_, i) => {
    const inputs: Record<string, number | string> = {};
    for (const row of catalog) {
      if (row.kind === "count") inputs[row.id] = 100 + Math.floor(rnd() * 900);
      if (row.kind === "yesno") inputs[row.id] = yesNoWords(row)[rnd() < 0.8 ? 0 : 1];
    }
    for (const row of catalog) if (row.parts) inputs[row.parts.num] = Math.min(Number(inputs[row.parts.num]), Number(inputs[row.parts.den]));
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
results.consolidate_200_units_ms = medianMs(() => consolidate(units200));

const extra = join(__dirname, "extra.js");
if (existsSync(extra)) Object.assign(results, require(extra).measure(ROOT));

results.machine = `${require("os").cpus()[0]?.model ?? "?"} × ${require("os").cpus().length}, Node ${process.version}`;
for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(34)} ${v}`);
writeFileSync(join(ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");

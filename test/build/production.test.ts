/**
 * What `npm run build` puts in dist/ is what is deployed: the add-in's pages only (the preview is built apart into
 * dist-preview/ by `npm run build:preview`), no HyperFormula (GPLv3; tests and preview only), and a task pane whose
 * first load stays small. Run after `npm run build`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import { join, relative } from "path";
import { gzipSync } from "zlib";
import { tokens as fluentTable } from "@fluentui/tokens";
import { tokens as computed } from "../../src/taskpane/fluentTokens";

const DIST = join(__dirname, "..", "..", "dist");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const all = existsSync(DIST) ? files(DIST).map((f) => relative(DIST, f)) : [];

/** The local scripts a built page loads by itself, before any click (HtmlWebpackPlugin's tags). */
function pageScripts(page: string): string[] {
  const html = readFileSync(join(DIST, page), "utf8");
  // minified HTML leaves attribute values unquoted
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

const gzipBytes = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

test("dist/ holds the add-in's pages, and no preview", () => {
  expect(all).toEqual(
    expect.arrayContaining([
      "manifest.xml",
      "taskpane.html",
      "taskpane.js",
      "functions.js",
      "functions.json",
      "functions.html",
      "commands.html",
    ])
  );
  expect(all.filter((f) => /(^|\/)preview\b/i.test(f))).toEqual([]);
});

// HyperFormula's own marks: its license banner and key check, and its class names that survive minification.
const HYPERFORMULA = [
  /hyperformula/i,
  /gpl-v3/,
  /licenseKey/,
  /FunctionPlugin/,
  /\bHandsontable\b/,
];

test("no file in dist/ contains HyperFormula", () => {
  const found = all
    .filter((f) => /\.(js|html|json|txt|map)$/.test(f))
    .flatMap((f) => {
      const text = readFileSync(join(DIST, f), "utf8");
      return HYPERFORMULA.filter((mark) => mark.test(text)).map((mark) => `${f}: ${mark}`);
    });
  expect(found).toEqual([]);
});

test("the search for HyperFormula finds it where it is (the preview's build, when built)", () => {
  const preview = join(__dirname, "..", "..", "dist-preview", "preview.js");
  if (!existsSync(preview)) return; // npm test builds it; the check above does not depend on it
  const text =
    readFileSync(preview, "utf8") +
    readdirSync(join(preview, ".."))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(preview, "..", f), "utf8"))
      .join("");
  expect(HYPERFORMULA.some((mark) => mark.test(text))).toBe(true);
});

// 120,000 B gzip at most (Microsoft's React task pane template ships 166 KB for one button): the form, its buttons and
// Fluent's basic controls. The core, the workbook adapter, the city's part, the document fields, the progress bar,
// the outcome's message and its tables load when first needed.
const FIRST_LOAD_MAX_GZIP = 120_000;

test("the task pane's first load (the scripts taskpane.html loads before any click) stays small", () => {
  const scripts = pageScripts("taskpane.html");
  expect(scripts).toEqual(["taskpane.js"]); // every other chunk loads on a click
  const total = scripts.reduce((sum, f) => sum + gzipBytes(f), 0);
  expect(total).toBeLessThanOrEqual(FIRST_LOAD_MAX_GZIP);
});

test("the code the buttons need is in chunks of its own, not in taskpane.js", () => {
  const js = readFileSync(join(DIST, "taskpane.js"), "utf8");
  for (const chunk of [
    "sheet",
    "workbook",
    "outcome",
    "consolidation",
    "report",
    "cityPart",
    "documentForm",
  ]) {
    expect([chunk, all.some((f) => new RegExp(`^${chunk}\\.[0-9a-f]{8}\\.js$`).test(f))]).toEqual([
      chunk,
      true,
    ]);
  }
  expect(js).not.toContain("fui-Table"); // the outcome's tables
  expect(js).not.toContain("fui-MessageBar"); // the outcome's message
  expect(js).not.toContain("fui-ProgressBar");
  expect(js).not.toContain("fui-Textarea"); // the document fields
  // the city's part: its rows of the actions' table (a hint of one) and its fields
  expect(js).not.toContain("tệp ý kiến của mọi đơn vị");
  expect(js).not.toContain("Chọn tệp .xlsx của các đơn vị");
  // The catalog and the sheet layout (the core behind every button) are not in the first load either.
  expect(js).not.toContain("thuộc nhóm 5 địa phương đứng đầu");
  expect(js).not.toContain("CDS-SHEET/2");
});

test("Fluent's design tokens are computed from their names, and agree with Fluent's table", () => {
  // webpack.config.js puts src/taskpane/fluentTokens.ts in place of the table: same value for every token
  const names = Object.keys(fluentTable) as (keyof typeof fluentTable)[];
  expect(names.length).toBeGreaterThan(400);
  expect(names.filter((name) => computed[name] !== fluentTable[name])).toEqual([]);
  const js = readFileSync(join(DIST, "taskpane.js"), "utf8");
  expect(js.includes("var(--colorPaletteBerryForeground1)")).toBe(false); // Fluent's table is not there
});

/**
 * The built custom functions (dist/functions.js, functions.json) as older Excel loads them: ES2016 syntax, an ES2016
 * library, nothing in functions.json beyond the requirement set the manifest declares, and a small file. Run after
 * `npm run build`.
 */
import { existsSync, readFileSync, statSync } from "fs";
import { join } from "path";
import vm from "vm";
import { isCdsError } from "../../src/core";
import { impl } from "../../src/functions/impl";
import { es2016Realm, parseEs2016 } from "./es2016";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS, shared with webpack.config.js
const { cleanFunctionsJson, DROPPED_KEYS } = require("../../scripts/functions-json-plugin") as {
  cleanFunctionsJson: (text: string) => string;
  DROPPED_KEYS: string[];
};

const DIST = join(__dirname, "..", "..", "dist");
const JS = join(DIST, "functions.js");
const JSON_FILE = join(DIST, "functions.json");
const MAX_BYTES = 50 * 1024;

const built = existsSync(JS) && existsSync(JSON_FILE);
const code = built ? readFileSync(JS, "utf8") : "";

test("dist/functions.js and functions.json are built (npm test builds first)", () => {
  expect(built).toBe(true);
});

describe("ES2016 syntax", () => {
  test("the built functions.js parses as ECMAScript 2016", () => {
    expect(() => parseEs2016(code)).not.toThrow();
  });

  // The check itself: each of these is later than ES2016 and must be refused.
  test.each([
    ["optional chaining", "a?.b"],
    ["nullish coalescing", "a ?? b"],
    ["async function", "async function f() {}"],
    ["object spread", "({ ...a })"],
    ["optional catch binding", "try {} catch {}"],
    ["Unicode property escape", "/[\\p{L}]+/u"],
    ["regular expression lookbehind", "/(?<=a)b/"],
    ["dotAll flag", "/a.b/s"],
    ["numeric separator", "1_000"],
    ["class field", "class A { x = 1 }"],
  ])("refuses %s: %s", (_, snippet) => {
    expect(() => parseEs2016(snippet)).toThrow(SyntaxError);
  });

  test("accepts ES2016 itself", () => {
    expect(() =>
      parseEs2016(
        "const f = (a, ...b) => a ** 2 + `${b}`; [1].includes(1); class A extends Error {}"
      )
    ).not.toThrow();
  });
});

test(`functions.js is at most ${MAX_BYTES / 1024} KB minified`, () => {
  expect(statSync(JS).size).toBeLessThanOrEqual(MAX_BYTES);
});

// ---- running the built file where the library stops at ES2016 ----

class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
};

/** The functions the built file associates, loaded in an ES2016 realm. */
function loadBuilt(): Map<string, (...args: unknown[]) => unknown> {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    Error: FakeError,
    ErrorCode: ERROR_CODES,
  };
  const realm = es2016Realm({ CustomFunctions });
  vm.runInContext(code, realm, { filename: "functions.js" });
  return associated;
}

type Outcome = { value: unknown } | { error: string; message?: string } | { crash: string };

function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (e) {
    if (e instanceof FakeError)
      return e.message === undefined ? { error: e.code } : { error: e.code, message: e.message };
    if (isCdsError(e)) {
      const shown = e.code === "invalidValue" || e.code === "notAvailable";
      return shown
        ? { error: ERROR_CODES[e.code], message: e.message }
        : { error: ERROR_CODES[e.code] };
    }
    return { crash: String(e) };
  }
}

// Calls as analysts type them: numbers, text numbers in Vietnamese notation, percentages, yes/no words (NFC and NFD),
// blanks, wrong values, every level.
const NFD = (s: string) => s.normalize("NFD");
const CALLS: Array<[keyof typeof impl, unknown[]]> = [
  ["rate", [600, 1000]],
  ["rate", ["1.234", "2.000"]],
  ["rate", [" 12 ", 48]],
  ["rate", [5, 0]],
  ["rate", [-1, 2]],
  ["rate", [3, 2]],
  ["rate", [1.5, 2]],
  ["rate", ["abc", 2]],
  ["rate", [null, 2]],
  ["rate", ["", ""]],
  ["check", [0.6, "≥ 60%"]],
  ["check", [0.6, "> 60%"]],
  ["check", ["60%", "16"]],
  ["check", ["60,5%", "≥ 60%"]],
  ["check", [0.45, "18", "huyen"]],
  ["check", [0.45, "18", "xa"]],
  ["check", [0.45, "18", "so"]],
  ["check", [0.45, "18"]],
  ["check", [0.45, "18", "tinh"]],
  ["check", ["Có", "Có"]],
  ["check", [NFD("Không"), "Có"]],
  ["check", ["Đã ban hành", "2"]],
  ["check", [NFD("chưa ban hành"), "2"]],
  ["check", [3, "≤ 5"]],
  ["check", ["Đã ban hành", "Có", "so", "2"]],
  ["check", ["Đã triển khai", "Có", "so", "2"]],
  ["check", [null, "16", null]],
  ["check", ["có lẽ", "Có"]],
  ["check", [0.6, "khoảng 60"]],
  ["target", ["16"]],
  ["target", [16]],
  ["target", ["12.1"]],
  ["target", ["18", "so"]],
  ["target", ["18", "xa"]],
  ["target", ["99"]],
  ["target", [""]],
  ["title", ["16"]],
  ["title", ["16.1"]],
  ["title", ["29.2"]],
  ["title", ["abc"]],
  ["needed", [500, 1000, "≥ 60%"]],
  ["needed", [700, 1000, "16"]],
  ["needed", [10, 100, "> 10%"]],
  ["needed", [1, 0, "16"]],
  ["needed", [0.5, 10, "≥ 60%"]],
  ["needed", [5, 10, "18", "xa"]],
  ["change", [0.6025, 0.5705, "16", "Chưa đạt", "Đạt"]],
  ["change", [1200, 1080, "16.1"]],
  ["change", [3, 5, "1"]],
  ["change", ["2/3 đơn vị", "1/3 đơn vị", "2", "Chưa đạt", "Chưa đạt"]],
  ["change", ["", 0.5, "16"]],
  ["change", ["abc", 0.5, "16"]],
];

describe("the built functions in an ES2016 library", () => {
  const built = loadBuilt();

  test("associates the six CDS functions", () => {
    expect([...built.keys()]).toEqual(["RATE", "CHECK", "TARGET", "TITLE", "NEEDED", "CHANGE"]);
  });

  test.each(CALLS)("%s(%j) gives what the source gives", (name, args) => {
    const fn = built.get(name.toUpperCase())!;
    const got = outcome(() => fn(...args));
    expect(got).not.toHaveProperty("crash");
    expect(got).toEqual(outcome(() => (impl[name] as (...a: unknown[]) => unknown)(...args)));
  });

  test("the realm really lacks the later library (the check can fail)", () => {
    const realm = es2016Realm({});
    // (the realm's own TypeError, not this one's: match the message)
    expect(() => vm.runInContext("Object.entries({ a: 1 })", realm)).toThrow(/is not a function/);
    expect(() => vm.runInContext("'7'.padStart(2, '0')", realm)).toThrow(/is not a function/);
    expect(() => vm.runInContext("[[1]].flat()", realm)).toThrow(/is not a function/);
    expect(vm.runInContext("[1, 2].includes(2) && 2 ** 3", realm)).toBe(8); // ES2016 stays
    expect(Object.entries({ a: 1 })).toEqual([["a", 1]]); // and the test process keeps its own
  });
});

describe("functions.json asks for nothing beyond CustomFunctionsRuntime 1.3", () => {
  const json = built
    ? (JSON.parse(readFileSync(JSON_FILE, "utf8")) as Record<string, unknown>)
    : {};

  test("no allowCustomDataForDataTypeAny (a 1.4 feature; Excel 2021 LTSC is reported to crash on it)", () => {
    expect(json).not.toHaveProperty("allowCustomDataForDataTypeAny");
    expect(Object.keys(json)).toEqual(["functions"]);
  });

  test("no function asks for a later feature: no streaming, cancelable, invocation, volatile or data types", () => {
    const functions = json.functions as Array<Record<string, unknown>>;
    expect(functions).toHaveLength(6);
    for (const f of functions) {
      expect(f).not.toHaveProperty("options");
      for (const p of f.parameters as Array<Record<string, unknown>>) {
        expect(["any"]).toContain(p.type);
        expect(p).not.toHaveProperty("dimensionality");
      }
      expect(["number", "string"]).toContain((f.result as { type: string }).type);
    }
  });

  test("the build step removes the key the generator always writes, and keeps the rest", () => {
    const generated = JSON.stringify({
      allowCustomDataForDataTypeAny: true,
      functions: [{ id: "X" }],
    });
    expect(DROPPED_KEYS).toEqual(["allowCustomDataForDataTypeAny"]);
    expect(JSON.parse(cleanFunctionsJson(generated))).toEqual({ functions: [{ id: "X" }] });
  });
});

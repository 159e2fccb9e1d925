/**
 * The boundaries and the rules of hooks `npm run lint` keeps: deliberately broken probes, linted and compiled in memory
 * as if they were files of src/, must be refused (as errors) by the rule that guards them, and clean ones must pass, so
 * this test fails both ways.
 * Nothing is written into the source tree.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import * as ts from "typescript";

const repoRoot = path.resolve(__dirname, "../..");

interface Probe {
  /** Where the probe would sit, relative to the repository. */
  file: string;
  text: string;
}

interface Finding {
  ruleId: string | null;
  severity: number;
  message: string;
}

/**
 * ESLint's Node API with the project's own eslint.config.mjs, on each probe's text as if it were that file. It runs in a
 * child Node process: ESLint loads the ES-module config with import(), which Jest's module sandbox does not allow.
 */
function lintProbes(probes: Probe[]): Finding[][] {
  const script = `
    const { ESLint } = require("eslint");
    const path = require("path");
    const probes = JSON.parse(require("fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const results = [];
      for (const probe of probes) {
        const [result] = await eslint.lintText(probe.text, { filePath: path.join(process.cwd(), probe.file) });
        results.push(result.messages.map(({ ruleId, severity, message }) => ({ ruleId, severity, message })));
      }
      process.stdout.write(JSON.stringify(results));
    })().catch((error) => {
      console.error(error);
      process.exit(2);
    });
  `;
  const out = execFileSync(process.execPath, ["-e", script], {
    cwd: repoRoot,
    input: JSON.stringify(probes),
    encoding: "utf8",
  });
  return JSON.parse(out) as Finding[][];
}

const cases: { name: string; probe: Probe; rule: string | null; says?: RegExp }[] = [
  {
    name: "a core file reading document",
    probe: {
      file: "src/core/__lintprobe__.ts",
      text: "export const title = (): string => document.title;\n",
    },
    rule: "no-restricted-globals",
    says: /pure layers/,
  },
  {
    name: "a sheets file calling Excel",
    probe: {
      file: "src/sheets/unit/__lintprobe__.ts",
      text: "export const run = () => Excel.run(async (context) => context.sync());\n",
    },
    rule: "no-restricted-globals",
    says: /pure layers/,
  },
  {
    name: "a core file importing react",
    probe: {
      file: "src/core/__lintprobe__.ts",
      text: 'import { useState } from "react";\n\nexport const state = useState;\n',
    },
    rule: "no-restricted-imports",
    says: /src\/core is pure/,
  },
  {
    name: "a documents file importing React",
    probe: {
      file: "src/documents/__lintprobe__.ts",
      text: 'import { useState } from "react";\n\nexport const state = useState;\n',
    },
    rule: "no-restricted-imports",
    says: /src\/documents is pure/,
  },
  {
    name: "a core file importing ExcelJS",
    probe: {
      file: "src/core/__lintprobe__.ts",
      text: 'import ExcelJS from "exceljs";\n\nexport const book = () => new ExcelJS.Workbook();\n',
    },
    rule: "no-restricted-imports",
  },
  {
    name: "a custom function importing react",
    probe: {
      file: "src/functions/__lintprobe__.ts",
      text: 'import { createElement } from "react";\n\nexport const element = createElement;\n',
    },
    rule: "no-restricted-imports",
  },
  {
    name: "a custom function importing the task pane",
    probe: {
      file: "src/functions/__lintprobe__.ts",
      text: 'import { UserError } from "../usecases/userError";\n\nexport const error = new UserError("x");\n',
    },
    rule: "cds/layer-boundaries",
  },
  {
    name: "the task pane importing hyperformula",
    probe: {
      file: "src/taskpane/__lintprobe__.ts",
      text: 'import { HyperFormula } from "hyperformula";\n\nexport const engine = HyperFormula;\n',
    },
    rule: "no-restricted-imports",
    says: /HyperFormula/,
  },
  {
    name: "the task pane importing the preview",
    probe: {
      file: "src/taskpane/components/__lintprobe__.tsx",
      text: 'import { DEFAULT_COLUMN_PX } from "../../preview/gridModel";\n\nexport const width = DEFAULT_COLUMN_PX;\n',
    },
    rule: "cds/layer-boundaries",
  },
  {
    name: "the task pane importing the preview's in-memory workbook",
    probe: {
      file: "src/taskpane/__lintprobe__.ts",
      text: 'import { MemoryWorkbook } from "../workbook/memory/memoryWorkbook";\n\nexport const book = MemoryWorkbook;\n',
    },
    rule: "cds/layer-boundaries",
  },
  {
    name: "the download page importing hyperformula",
    probe: {
      file: "src/download/__lintprobe__.ts",
      text: 'import { HyperFormula } from "hyperformula";\n\nexport const engine = HyperFormula;\n',
    },
    rule: "no-restricted-imports",
  },
  {
    name: "a component calling a hook conditionally",
    probe: {
      file: "src/taskpane/components/__lintprobe__.tsx",
      text:
        'import { useState } from "react";\n\n' +
        "export function Probe({ named }: { named: boolean }) {\n  if (!named) return null;\n" +
        '  const [name] = useState("Quận 1");\n  return <span>{name}</span>;\n}\n',
    },
    rule: "react-hooks/rules-of-hooks",
    says: /called conditionally/,
  },
  {
    name: "a component whose effect misses a dependency",
    probe: {
      file: "src/taskpane/components/__lintprobe__.tsx",
      text:
        'import { useEffect, useState } from "react";\n\n' +
        "export function Probe({ unit }: { unit: string }) {\n" +
        '  const [title, setTitle] = useState("");\n' +
        "  useEffect(() => {\n    setTitle(`Báo cáo ${unit}`);\n  }, []);\n" +
        "  return <span>{title}</span>;\n}\n",
    },
    rule: "react-hooks/exhaustive-deps",
    says: /missing dependency: 'unit'/,
  },
  {
    name: "a preview hook (.ts) whose effect misses a dependency",
    probe: {
      file: "src/preview/__lintprobe__.ts",
      text:
        'import { useEffect, useState } from "react";\n\n' +
        "export function useProbe(sheet: string): number {\n  const [count, setCount] = useState(0);\n" +
        "  useEffect(() => {\n    setCount(sheet.length);\n  }, []);\n  return count;\n}\n",
    },
    rule: "react-hooks/exhaustive-deps",
    says: /missing dependency: 'sheet\.length'/,
  },
  {
    name: "unformatted code (Prettier, office-addin-prettier-config)",
    probe: {
      file: "src/core/__lintprobe__.ts",
      text: "export const   pair = {a:1,b:'x'}\n",
    },
    rule: "prettier/prettier",
  },
  {
    name: "an unformatted component",
    probe: {
      file: "src/taskpane/components/__lintprobe__.tsx",
      text: "export function Probe() { return <span   title='x'>{1+1}</span> }\n",
    },
    rule: "prettier/prettier",
  },
  {
    name: "an unformatted test",
    probe: { file: "test/unit/__lintprobe__.test.ts", text: "test('x',()=>{expect(1).toBe(1)})\n" },
    rule: "prettier/prettier",
  },
  {
    name: "a clean core file",
    probe: {
      file: "src/core/__lintprobe__.ts",
      text: 'import { fold } from "./text";\n\nexport const key = (name: string): string => fold(name);\n',
    },
    rule: null,
  },
  {
    name: "a clean task pane file using React and the core",
    probe: {
      file: "src/taskpane/components/__lintprobe__.tsx",
      text:
        'import { useState } from "react";\nimport { fold } from "../../core/text";\n\n' +
        'export function Probe() {\n  const [name] = useState("Quận 1");\n  return <span>{fold(name)}</span>;\n}\n',
    },
    rule: null,
  },
  {
    name: "a clean component whose effect names what it reads",
    probe: {
      file: "src/taskpane/components/__lintprobe__.tsx",
      text:
        'import { useEffect, useState } from "react";\n\n' +
        "export function Probe({ unit }: { unit: string }) {\n" +
        '  const [title, setTitle] = useState("");\n' +
        "  useEffect(() => {\n    setTitle(`Báo cáo ${unit}`);\n  }, [unit]);\n" +
        "  return <span>{title}</span>;\n}\n",
    },
    rule: null,
  },
];

/**
 * The layers' direction (docs/architecture.md): from each layer, an import of the layer just above it (or of one it
 * skips) is refused by the project's own rule, and an import of one under it passes. Each import is resolved against
 * the probe's place, so a use case folder named like a layer (src/usecases/documents) is not the layer src/documents.
 */
const layerEdges: { from: string; imports: string; refused: boolean }[] = [
  { from: "src/core/__lintprobe__.ts", imports: "../sheets", refused: true },
  { from: "src/core/__lintprobe__.ts", imports: "../taskpane/notice", refused: true },
  { from: "src/sheets/unit/__lintprobe__.ts", imports: "../../documents", refused: true },
  { from: "src/sheets/unit/__lintprobe__.ts", imports: "../../core/catalog", refused: false },
  { from: "src/documents/__lintprobe__.ts", imports: "../formats/xlsx", refused: true },
  { from: "src/documents/__lintprobe__.ts", imports: "../sheets", refused: false },
  { from: "src/formats/__lintprobe__.ts", imports: "../workbook/port", refused: true },
  { from: "src/formats/__lintprobe__.ts", imports: "../documents", refused: false },
  { from: "src/handoff/__lintprobe__.ts", imports: "../sheets", refused: true },
  { from: "src/handoff/__lintprobe__.ts", imports: "../core/text", refused: false },
  { from: "src/workbook/__lintprobe__.ts", imports: "../usecases/support", refused: true },
  {
    from: "src/workbook/office/__lintprobe__.ts",
    imports: "../memory/memoryWorkbook",
    refused: true,
  },
  { from: "src/workbook/office/__lintprobe__.ts", imports: "../port", refused: false },
  {
    from: "src/usecases/consolidation/__lintprobe__.ts",
    imports: "../../taskpane/notice",
    refused: true,
  },
  {
    from: "src/usecases/consolidation/__lintprobe__.ts",
    imports: "../../workbook/office/officeWorkbook",
    refused: true,
  },
  {
    from: "src/usecases/consolidation/__lintprobe__.ts",
    imports: "../documents/documents",
    refused: false,
  },
  {
    from: "src/usecases/consolidation/__lintprobe__.ts",
    imports: "../../workbook/port",
    refused: false,
  },
  { from: "src/taskpane/__lintprobe__.ts", imports: "../preview/gridModel", refused: true },
  {
    from: "src/taskpane/__lintprobe__.ts",
    imports: "../workbook/memory/memoryWorkbook",
    refused: true,
  },
  { from: "src/taskpane/__lintprobe__.ts", imports: "../usecases/userError", refused: false },
  { from: "src/download/__lintprobe__.ts", imports: "../taskpane/host", refused: true },
  { from: "src/download/__lintprobe__.ts", imports: "../usecases/userError", refused: true },
  { from: "src/download/__lintprobe__.ts", imports: "../handoff/offeredFile", refused: false },
  { from: "src/preview/__lintprobe__.ts", imports: "../usecases/support", refused: true },
  {
    from: "src/preview/__lintprobe__.ts",
    imports: "../workbook/memory/memoryWorkbook",
    refused: false,
  },
  {
    from: "src/workbook/memory/__lintprobe__.ts",
    imports: "../../usecases/support",
    refused: true,
  },
  { from: "src/workbook/memory/__lintprobe__.ts", imports: "../../functions/impl", refused: false },
  { from: "src/commands/__lintprobe__.ts", imports: "../core/text", refused: true },
  { from: "src/functions/__lintprobe__.ts", imports: "../sheets", refused: true },
  { from: "src/functions/__lintprobe__.ts", imports: "../core/rate", refused: false },
];
for (const edge of layerEdges) {
  const layer = (file: string) => file.split("/").slice(1, -1).join("/");
  cases.push({
    name: `src/${layer(edge.from)} importing ${edge.imports} (${edge.refused ? "refused" : "allowed"})`,
    // A re-export: the probe uses nothing, so only the boundary can speak.
    probe: { file: edge.from, text: `export * from "${edge.imports}";\n` },
    rule: edge.refused ? "cds/layer-boundaries" : null,
    says: edge.refused ? /may not import src\// : undefined,
  });
}

describe("eslint refuses what crosses a boundary of src/, breaks the rules of hooks or is not formatted", () => {
  let findings: Finding[][];
  beforeAll(() => {
    findings = lintProbes(cases.map((c) => c.probe));
  }, 60_000);

  it.each(cases.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
    const { rule, says } = cases[i];
    const errors = findings[i].filter((finding) => finding.severity === 2);
    if (rule === null) {
      expect(findings[i]).toEqual([]);
      return;
    }
    expect(errors.map((error) => error.ruleId)).toContain(rule);
    if (says) expect(errors.find((error) => error.ruleId === rule)?.message).toMatch(says);
  });
});

describe("src/core/tsconfig.json compiles the core with no DOM, Office.js or Node", () => {
  const configPath = path.join(repoRoot, "src/core/tsconfig.json");
  const probePath = path.join(repoRoot, "src/core/__tsprobe__.ts");
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath));
  let previous: ts.Program | undefined;

  /**
   * The messages about the probe (served from memory) when compiled with the core's options, and those about no file
   * (options, libraries). The core's own files are `npm run typecheck`'s.
   */
  function compile(probe: string): string[] {
    const host = ts.createCompilerHost(parsed.options);
    const isProbe = (fileName: string) => path.resolve(fileName) === probePath;
    const { getSourceFile, fileExists, readFile } = host;
    host.getSourceFile = (fileName, languageVersion, ...rest) =>
      isProbe(fileName)
        ? ts.createSourceFile(fileName, probe, languageVersion)
        : getSourceFile.call(host, fileName, languageVersion, ...rest);
    host.fileExists = (fileName) => isProbe(fileName) || fileExists.call(host, fileName);
    host.readFile = (fileName) => (isProbe(fileName) ? probe : readFile.call(host, fileName));
    const program = ts.createProgram({
      rootNames: [probePath],
      options: parsed.options,
      host,
      oldProgram: previous,
    });
    previous = program;
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || isProbe(d.file.fileName))
      .map(
        (d) =>
          `${d.file ? path.relative(repoRoot, d.file.fileName) + ": " : ""}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`
      );
  }

  it("reads the config without error, and takes only the core's files", () => {
    expect(read.error).toBeUndefined();
    expect(parsed.errors).toEqual([]);
    expect(parsed.options.lib).toEqual(["lib.es2020.d.ts"]);
    expect(parsed.options.types).toEqual([]);
    expect(parsed.fileNames.length).toBeGreaterThan(10);
    const outside = parsed.fileNames.filter(
      (f) => !path.resolve(f).startsWith(path.join(repoRoot, "src/core") + path.sep)
    );
    expect(outside).toEqual([]);
  });

  it("passes a clean probe that uses the core", () => {
    expect(
      compile(
        'import { fold } from "./text";\n\nexport const keys = new Map([["a", fold("Quận 1")]]);\n'
      )
    ).toEqual([]);
  }, 30_000);

  it("refuses document", () => {
    expect(compile("export const title = (): string => document.title;\n")).toEqual([
      expect.stringMatching(/^src\/core\/__tsprobe__\.ts: Cannot find name 'document'/),
    ]);
  }, 30_000);

  it("refuses Office.js and Node", () => {
    const messages = compile(
      "export const ready = () => Office.onReady();\nexport const home = (): string | undefined => process.env.HOME;\n"
    );
    expect(messages).toEqual([
      expect.stringMatching(/^src\/core\/__tsprobe__\.ts: Cannot find name 'Office'/),
      expect.stringMatching(/^src\/core\/__tsprobe__\.ts: Cannot find name 'process'/),
    ]);
  }, 30_000);
});

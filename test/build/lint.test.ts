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
    says: /src\/core is pure/,
  },
  {
    name: "a core file calling Excel",
    probe: {
      file: "src/core/sheet/__lintprobe__.ts",
      text: "export const run = () => Excel.run(async (context) => context.sync());\n",
    },
    rule: "no-restricted-globals",
    says: /src\/core is pure/,
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
    name: "a core file importing the task pane",
    probe: {
      file: "src/core/sheet/__lintprobe__.ts",
      text: 'import { UserError } from "../../taskpane/userError";\n\nexport const error = new UserError("x");\n',
    },
    rule: "no-restricted-imports",
    says: /src\/core is pure/,
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
      text: 'import { UserError } from "../taskpane/userError";\n\nexport const error = new UserError("x");\n',
    },
    rule: "no-restricted-imports",
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
    rule: "no-restricted-imports",
  },
  {
    name: "the task pane importing the preview's in-memory workbook",
    probe: {
      file: "src/taskpane/__lintprobe__.ts",
      text: 'import { MemoryWorkbook } from "../preview/workbook/memoryWorkbook";\n\nexport const book = MemoryWorkbook;\n',
    },
    rule: "no-restricted-imports",
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

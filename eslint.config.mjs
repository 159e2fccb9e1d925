// Used by `office-addin-lint check` (it picks up eslint.config.mjs from the project root) and by eslint.
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import path from "path";
import { fileURLToPath } from "url";
import tseslint from "typescript-eslint";

const ROOT = path.dirname(fileURLToPath(import.meta.url));

// The plugin's recommended block targets .js/.ts only; take its plugins and rules to apply them to .tsx too.
const officeAddinsBlock = officeAddins.configs.recommended.find(
  (config) => config.rules && "office-addins/no-context-sync-in-loop" in config.rules
);

// Boundaries between the layers of src/: a rule of our own resolves each import to the layer it reaches (a name alone
// would mix the layer src/documents with the use case folder src/usecases/documents); libraries are refused with
// no-restricted-imports. A later block for the same file replaces a rule's options, so each layer gets its whole list
// of libraries in one block.
const PURE = "is pure (no DOM, no Office.js, no UI, no file formats)";
const NOT_IN_ADD_IN =
  "HyperFormula (GPLv3) is for the in-browser preview and the tests only (src/workbook/memory), never in the add-in";

/**
 * The layers of src/ and what each may import of the others: core ← sheets ← documents ← formats, handoff ← workbook ←
 * usecases ← taskpane. The download page takes the hand-off and the core only; the preview the pane and the in-memory
 * workbook only; the custom functions the core only. The workbook's adapters are apart: only the pane loads the Office
 * one (lazily, through the port), only the preview and the tests the in-memory one, which runs the custom functions'
 * implementation in HyperFormula.
 */
const LAYERS = {
  core: { may: [], is: "the domain" },
  sheets: { may: ["core"], is: "the sheets as data" },
  documents: { may: ["core", "sheets"], is: "the documents' contents" },
  formats: { may: ["core", "sheets", "documents"], is: "the file formats" },
  handoff: { may: ["core"], is: "the download hand-off" },
  workbook: { may: ["core", "sheets", "formats"], is: "the workbook contract" },
  "workbook/office": {
    may: ["workbook", "core", "sheets", "formats"],
    is: "the Office.js adapter",
  },
  "workbook/memory": {
    may: ["workbook", "core", "sheets", "formats", "functions"],
    is: "the in-memory adapter",
  },
  usecases: {
    may: ["core", "sheets", "documents", "formats", "handoff", "workbook"],
    is: "the use cases",
  },
  taskpane: {
    may: [
      "core",
      "sheets",
      "documents",
      "formats",
      "handoff",
      "workbook",
      "workbook/office",
      "usecases",
    ],
    is: "the task pane",
  },
  preview: { may: ["taskpane", "workbook/memory"], is: "the preview" },
  download: { may: ["handoff", "core"], is: "the download page" },
  functions: { may: ["core"], is: "the custom functions" },
  commands: { may: [], is: "the ribbon commands" },
};

/** The layer a file of src/ is in: the longest folder of LAYERS that holds it; null outside the layers. */
function layerOf(file) {
  const inSrc = path.relative(path.join(ROOT, "src"), file).split(path.sep).join("/");
  if (inSrc.startsWith("..")) return null;
  return (
    Object.keys(LAYERS)
      .filter((layer) => inSrc === layer || inSrc.startsWith(`${layer}/`))
      .sort((x, y) => y.length - x.length)[0] ?? null
  );
}

/** Whether `layer` may import `target`: its own folders, a folder it is inside of, and what it lists. */
function mayImport(layer, target) {
  if (target === layer || target.startsWith(`${layer}/`) || layer.startsWith(`${target}/`))
    return true;
  return LAYERS[layer].may.includes(target);
}

/**
 * A rule of this project: every relative import (static, dynamic, re-export, type-only) resolved against the file
 * that makes it, and refused when it reaches a layer that the file's layer may not import.
 */
const layerBoundaries = {
  meta: {
    type: "problem",
    schema: [],
    messages: { refused: "{{from}} may not import {{to}}: {{why}}" },
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== "string" || !source.value.startsWith(".")) return;
      const to = layerOf(path.resolve(path.dirname(context.filename), source.value));
      if (!to || mayImport(from, to)) return;
      context.report({
        node,
        messageId: "refused",
        data: {
          from: `${LAYERS[from].is} (src/${from})`,
          to: `src/${to}`,
          why: "a layer imports only the layers under it (docs/architecture.md)",
        },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

/** Libraries refused by name (`paths`) and by their subpaths (`patterns`), each with the why. */
function libraries(names, why) {
  return {
    paths: names.map((name) => ({ name, message: why })),
    patterns: [{ group: names.flatMap((name) => [`${name}/*`, `${name}/**`]), message: why }],
  };
}
const UI = ["react", "react-dom", "@fluentui/react-components", "@fluentui/react-icons"];
const FILE_LIBRARIES = ["exceljs", "docx", "jszip", "fflate"];

/** Which libraries each layer may not import. */
function layerLibraries(layer) {
  const pure = ["core", "sheets", "documents"].includes(layer);
  if (pure) return [libraries([...UI, "hyperformula", ...FILE_LIBRARIES], `src/${layer} ${PURE}.`)];
  const refused = [];
  if (!["taskpane", "preview"].includes(layer)) {
    refused.push(libraries(UI, "React and Fluent UI belong to the task pane and the preview."));
  }
  if (!["preview", "workbook/memory"].includes(layer))
    refused.push(libraries(["hyperformula"], `${NOT_IN_ADD_IN}.`));
  return refused;
}

/** The no-restricted-imports options of one layer. */
function restrictedImports(layer) {
  const libs = layerLibraries(layer);
  return [
    "error",
    {
      paths: libs.flatMap((lib) => lib.paths),
      patterns: libs.flatMap((lib) => lib.patterns),
    },
  ];
}

const PURE_GLOBALS = {
  document: "no DOM; the task pane passes values in.",
  window: "no DOM; the task pane passes values in.",
  navigator: "no browser; the task pane passes values in.",
  localStorage: "no browser storage; the task pane keeps what is remembered.",
  Office: "no Office.js; the adapter in src/workbook/office talks to Excel.",
  Excel: "no Office.js; the adapter in src/workbook/office talks to Excel.",
  CustomFunctions: "no custom functions runtime; src/functions registers the functions.",
};

/** This project's own rules, one plugin object for every block that uses it. */
const CDS_PLUGIN = { rules: { "layer-boundaries": layerBoundaries } };

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-preview/**",
      "node_modules/**",
      "coverage/**",
      "bench/out/**",
      "test-results/**",
    ],
  },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  react.configs.flat["jsx-runtime"],
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx,mts,cts}"],
    plugins: officeAddinsBlock.plugins,
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: {
        ecmaFeatures: { jsx: true },
        // typescript-eslint 8.8 (pinned by eslint-plugin-office-addins) predates TypeScript 5.9.
        warnOnUnsupportedTypeScriptVersion: false,
      },
    },
    rules: {
      ...officeAddinsBlock.rules,
      // The Office.js rules fail the lint, not just warn: syncs stay constant, loads stay explicit.
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      // typescript-eslint 8.8 reads this rule's options from ESLint < 9.15 defaults; spell them out.
      "@typescript-eslint/no-unused-expressions": [
        "error",
        {
          allowShortCircuit: false,
          allowTernary: false,
          allowTaggedTemplates: false,
          enforceForJSX: false,
        },
      ],
      // Formatting is Prettier's, with Microsoft's add-in config ("prettier" in package.json): unformatted code fails.
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      // TypeScript types the props.
      "react/prop-types": "off",
    },
  },
  {
    // React's rules of hooks, and effects, memos and callbacks that name everything they read: a violation fails the
    // lint, as a stale effect or a hook called conditionally is a bug, not a style.
    files: ["**/*.{jsx,tsx}", "src/taskpane/**/*.{js,ts,tsx}", "src/preview/**/*.{js,ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // Build and tool scripts: CommonJS on Node.
    files: ["*.js", "scripts/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: Object.fromEntries(
        ["require", "module", "exports", "__dirname", "process", "console", "Buffer", "URL"].map(
          (name) => [name, "readonly"]
        )
      ),
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // One block per layer (a subfolder listed in LAYERS comes after its parent and replaces its options).
  ...Object.keys(LAYERS)
    .sort((a, b) => a.split("/").length - b.split("/").length)
    .map((layer) => ({
      files: [`src/${layer}/**/*.{js,ts,tsx}`],
      plugins: { cds: CDS_PLUGIN },
      rules: { "no-restricted-imports": restrictedImports(layer), "cds/layer-boundaries": "error" },
    })),
  {
    // The pure layers: no browser, no Office, no functions runtime; the core is also compiled on its own
    // (src/core/tsconfig.json: no DOM lib, no Office.js types).
    files: [
      "src/core/**/*.{js,ts,tsx}",
      "src/sheets/**/*.{js,ts,tsx}",
      "src/documents/**/*.{js,ts,tsx}",
    ],
    rules: {
      "no-restricted-globals": [
        "error",
        ...Object.entries(PURE_GLOBALS).map(([name, why]) => ({
          name,
          message: `the pure layers (src/core, src/sheets, src/documents): ${why}`,
        })),
      ],
    },
  }
);

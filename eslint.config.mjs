// Used by `office-addin-lint check` (it picks up eslint.config.mjs from the project root) and by eslint.
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The plugin's recommended block targets .js/.ts only; take its plugins and rules to apply them to .tsx too.
const officeAddinsBlock = officeAddins.configs.recommended.find(
  (config) => config.rules && "office-addins/no-context-sync-in-loop" in config.rules
);

// Boundaries between the folders of src/, as no-restricted-imports patterns (gitignore style, so "**/preview/**"
// catches "../preview/x" and "../../preview/x" alike). A later block for the same file replaces a rule's options,
// so each folder below gets its whole list in one block.
const PURE_CORE = "src/core is pure domain logic (no DOM, no Office.js, no UI, no file formats): ";
const NOT_IN_ADD_IN =
  "HyperFormula (GPLv3) and the preview are for the in-browser preview and the tests only, never in the add-in";
const restricted = {
  react: { name: "react", message: "React belongs to the task pane and the preview." },
  reactDom: { name: "react-dom", message: "React belongs to the task pane and the preview." },
  reactDeep: { group: ["react/*", "react-dom/*"], message: "React belongs to the task pane and the preview." },
  fluent: { group: ["@fluentui/*", "@fluentui/**"], message: "Fluent UI belongs to the task pane." },
  hyperformula: { name: "hyperformula", message: NOT_IN_ADD_IN + "." },
  hyperformulaDeep: { group: ["hyperformula/*"], message: NOT_IN_ADD_IN + "." },
  preview: { group: ["**/preview", "**/preview/**"], message: NOT_IN_ADD_IN + "." },
  taskpane: { group: ["**/taskpane", "**/taskpane/**"], message: "The custom functions do not depend on the task pane." },
};

/** The rule's options from entries of `restricted`: `name` ones go to paths, `group` ones to patterns. */
function noRestrictedImports(...entries) {
  return [
    "error",
    {
      paths: entries.filter((entry) => entry.name),
      patterns: entries.filter((entry) => entry.group),
    },
  ];
}

const coreRestricted = (what) => `${PURE_CORE}${what}`;
const CORE_GLOBALS = {
  document: "no DOM; the task pane passes values in.",
  window: "no DOM; the task pane passes values in.",
  navigator: "no browser; the task pane passes values in.",
  localStorage: "no browser storage; the task pane keeps what is remembered.",
  Office: "no Office.js; the adapter in src/taskpane/workbook talks to Excel.",
  Excel: "no Office.js; the adapter in src/taskpane/workbook talks to Excel.",
  CustomFunctions: "no custom functions runtime; src/functions registers the functions.",
};

export default tseslint.config(
  { ignores: ["dist/**", "dist-preview/**", "node_modules/**", "coverage/**", "bench/out/**", "test-results/**"] },
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
  {
    // The core: compiled on its own too (src/core/tsconfig.json: no DOM lib, no Office.js types).
    files: ["src/core/**/*.{js,ts,tsx}"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...Object.entries(CORE_GLOBALS).map(([name, why]) => ({ name, message: coreRestricted(why) })),
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "hyperformula", "exceljs", "docx", "jszip"].map((name) => ({
            name,
            message: coreRestricted(`no ${name}; the task pane, the preview and the downloads use it.`),
          })),
          patterns: [
            {
              group: ["react/*", "react-dom/*", "@fluentui/*", "@fluentui/**"],
              message: coreRestricted("no UI library."),
            },
            {
              group: ["hyperformula/*", "exceljs/*", "docx/*", "jszip/*"],
              message: coreRestricted("no spreadsheet engine and no file format library."),
            },
            {
              group: [
                "**/taskpane",
                "**/taskpane/**",
                "**/functions",
                "**/functions/**",
                "**/preview",
                "**/preview/**",
                "**/commands",
                "**/commands/**",
                "**/download",
                "**/download/**",
              ],
              message: coreRestricted("the other folders of src/ depend on the core, never the reverse."),
            },
          ],
        },
      ],
    },
  },
  {
    // The custom functions run in Excel's functions runtime: no UI, no HyperFormula, no task pane, no preview.
    files: ["src/functions/**/*.{js,ts,tsx}"],
    rules: {
      "no-restricted-imports": noRestrictedImports(
        restricted.react,
        restricted.reactDom,
        restricted.reactDeep,
        restricted.hyperformula,
        restricted.hyperformulaDeep,
        restricted.fluent,
        restricted.preview,
        restricted.taskpane
      ),
    },
  },
  {
    // The add-in's bundles: nothing of the preview, whose in-memory workbook (src/preview/workbook) is HyperFormula's
    // adapter of the workbook port.
    files: ["src/taskpane/**/*.{js,ts,tsx}", "src/commands/**/*.{js,ts,tsx}", "src/download/**/*.{js,ts,tsx}"],
    rules: {
      "no-restricted-imports": noRestrictedImports(
        restricted.hyperformula,
        restricted.hyperformulaDeep,
        restricted.preview
      ),
    },
  }
);

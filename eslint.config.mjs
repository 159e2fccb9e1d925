// Used by `office-addin-lint check` (it picks up eslint.config.mjs from the project root) and by eslint.
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";

// The plugin's recommended block targets .js/.ts only; take its plugins and rules to apply them to .tsx too.
const officeAddinsBlock = officeAddins.configs.recommended.find(
  (config) => config.rules && "office-addins/no-context-sync-in-loop" in config.rules
);

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
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
      // Formatting is not enforced by the lint: the codebase has no shared Prettier config.
      "prettier/prettier": "off",
      // TypeScript types the props.
      "react/prop-types": "off",
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
  }
);

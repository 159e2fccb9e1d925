/**
 * Test projects: `unit` (the core, the custom functions, the manifest, the pane's logic), `sheet` (the sheets through
 * the in-memory workbook, HyperFormula), `adapter` (the Office.js adapter over a strict fake Excel), `build` (what
 * `npm run build` made) and `e2e` (the built pages in headless Chromium).
 */
const tsJest = ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true, strict: true } }];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/functions/**/*.test.ts", "<rootDir>/test/manifest/**/*.test.ts"],
      moduleNameMapper: {
        "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
      },
    },
    {
      displayName: "sheet",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/sheet/**/*.test.ts"],
    },
    {
      // The Office.js adapter against a fake Excel made of office-addin-mock objects and write recorders.
      displayName: "adapter",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/adapter/**/*.test.ts"],
      moduleNameMapper: {
        "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
      },
    },
    {
      // The production build (dist/): the custom functions as older Excel loads them, what ships and its sizes.
      // Needs `npm run build` first.
      displayName: "build",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/build/**/*.test.ts"],
    },
    {
      // The built pages in headless Chromium: needs `npm run build` and Debian's chromium (or CHROMIUM_PATH).
      displayName: "e2e",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      testTimeout: 120_000,
    },
  ],
};

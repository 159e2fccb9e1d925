const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { NormalModuleReplacementPlugin } = require("webpack");
const ForbidModulesPlugin = require("./scripts/forbid-modules-plugin");
const FunctionsJsonPlugin = require("./scripts/functions-json-plugin");
const { productionBaseUrl, rewriteManifestUrls } = require("./scripts/manifest-url");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
/** What the functions compilation writes into dist/ (functionsConfig below). */
const FUNCTIONS_FILES = /^functions\.(js|json|html)$/;

// One page per entry: the bundle, its HTML template, and whether it ships in the add-in. Only pages with
// addIn: false (the in-browser preview) may use HyperFormula; they are built only by `npm run build:preview` and
// served by `npm start`, never put in dist/. The custom functions are built apart (functionsConfig).
const PAGES = [
  {
    name: "taskpane",
    entry: "./src/taskpane/index.tsx",
    template: "./src/taskpane/taskpane.html",
    addIn: true,
  },
  {
    name: "commands",
    entry: "./src/commands/commands.ts",
    template: "./src/commands/commands.html",
    addIn: true,
  },
  {
    // Opened in the analyst's browser where Excel's web view cannot download (Excel for Mac): the file comes in the
    // URL's fragment and is offered as a download (src/handoff/download.ts).
    name: "download",
    entry: "./src/download/download.ts",
    template: "./src/download/download.html",
    addIn: true,
  },
  {
    // The task pane on the in-memory workbook, beside a grid: the whole flow in a plain browser.
    name: "preview",
    entry: "./src/preview/index.tsx",
    template: "./src/preview/preview.html",
    addIn: false,
  },
];

/** HTTPS for the dev server: Office refuses add-ins served over plain http. */
async function httpsServer() {
  // scripts/start.js has just run `office-addin-dev-certs install`; asking again would only regenerate the CA.
  const alreadyInstalled = process.env.CDS_DEV_CERTS_INSTALLED === "1";
  if (!alreadyInstalled) {
    try {
      const devCerts = require("office-addin-dev-certs");
      const { ca, cert, key } = await devCerts.getHttpsServerOptions();
      return { type: "https", options: { ca, cert, key } };
    } catch (error) {
      console.warn(`office-addin-dev-certs: ${error instanceof Error ? error.message : error}`);
    }
  }
  // On Linux the CA cannot be installed without sudo, but the certificate files were still written:
  // serve them, and trust ca.crt in the browser.
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  try {
    const [ca, cert, key] = ["ca.crt", "localhost.crt", "localhost.key"].map((file) =>
      fs.readFileSync(path.join(dir, file))
    );
    console.warn(
      `Using the certificate in ~/.office-addin-dev-certs (its CA is not installed system-wide).`
    );
    return { type: "https", options: { ca, cert, key } };
  } catch {
    console.warn(
      "No usable office-addin-dev-certs certificate: falling back to a self-signed certificate."
    );
    return { type: "https" }; // webpack-dev-server generates one
  }
}

/** The TypeScript rules shared by every bundle; `target` is the ECMAScript version ts-loader emits. */
function moduleRules(target) {
  return [
    {
      // The core is pure (no Office, no DOM, no registration on import): modules a bundle does not use,
      // such as the template keys behind a barrel import, can be dropped whole even though they build
      // tables at load time.
      test: /[\\/]src[\\/](core|sheets|documents)[\\/]/,
      sideEffects: false,
    },
    {
      // The use cases and file formats run nothing on import either: usecases/index.ts re-exports every use case,
      // and a page that never calls the documents' ones must not carry docx and JSZip (about 100 KB gzip).
      test: /[\\/]src[\\/](formats|handoff|usecases)[\\/]/,
      sideEffects: false,
    },
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: [
        // TypeScript leaves regular expressions as written: where an older target cannot read a Unicode property
        // escape (\p{L}, ES2018), Babel rewrites it as plain character classes.
        ...(target ? [{ loader: "babel-loader", options: ES2016_REGEX_BABEL }] : []),
        {
          loader: "ts-loader",
          // types: `npm run typecheck`
          options: { transpileOnly: true, compilerOptions: target ? { target } : {} },
        },
      ],
    },
  ];
}

/**
 * Fluent's design tokens (`tokens.colorBrandBackground` is "var(--colorBrandBackground)") computed from their names
 * instead of Fluent's table of all 467 (src/taskpane/fluentTokens.ts): the table is read at run time by our inline
 * styles and a few of Fluent's own, and would otherwise sit in the pane's first load. Replaced before the request is
 * resolved, so that the module gets the TypeScript rule like any file of src/.
 */
function fluentTokensAsVariables() {
  const fluentTable = path.resolve(__dirname, "node_modules/@fluentui/tokens/lib/tokens");
  return new NormalModuleReplacementPlugin(/tokens(\.js)?$/, (resolveData) => {
    const target = path.resolve(resolveData.context, resolveData.request).replace(/\.js$/, "");
    if (target === fluentTable) {
      resolveData.request = path.resolve(__dirname, "src/taskpane/fluentTokens.ts");
    }
  });
}

/** Babel for the ES2016 bundle: regular expressions only, everything else is ts-loader's. */
const ES2016_REGEX_BABEL = {
  babelrc: false,
  configFile: false,
  plugins: ["@babel/plugin-transform-unicode-property-regex"],
};

/**
 * Three builds from one file:
 * - `webpack --mode production` (npm run build): the add-in as deployed, into dist/ — the pages with addIn: true
 *   and the custom functions; no preview, hence no HyperFormula.
 * - `webpack --mode production --env preview` (npm run build:preview): the preview page alone, into dist-preview/
 *   (the end-to-end test serves it beside dist/).
 * - `webpack serve` (npm start): everything, the preview included, from memory.
 * The custom functions are a compilation of their own (see functionsConfig).
 */
module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const previewOnly = Boolean(env && env.preview) && !serving;

  let manifestBaseUrl = null;
  if (production && !previewOnly) {
    const { baseUrl, warning } = productionBaseUrl(process.env.ADDIN_BASE_URL);
    if (warning) console.warn(`WARNING: ${warning}`);
    manifestBaseUrl = baseUrl;
  }

  const pages = PAGES.filter((page) => (previewOnly ? !page.addIn : page.addIn || serving));
  const common = {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    performance: { hints: false },
  };

  const app = {
    ...common,
    name: "app",
    entry: Object.fromEntries(pages.map((page) => [page.name, page.entry])),
    output: {
      path: path.resolve(__dirname, previewOnly ? "dist-preview" : "dist"),
      filename: "[name].js", // no hash: the manifest names the pages' files
      // Chunks loaded on demand (city and report use cases, docx, JSZip, ExcelJS): hashed, so that a web view's
      // cached chunk never meets a newer taskpane.js.
      chunkFilename: "[name].[contenthash:8].js",
      // Chunks sit beside the page that loads them: relative to it, without the code that finds the script's own
      // address at run time ("auto").
      publicPath: "",
      // The custom functions' files come from the other compilation: never delete them here.
      clean: previewOnly ? true : { keep: FUNCTIONS_FILES },
    },
    module: { rules: moduleRules(null) },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
          })
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...(previewOnly
            ? []
            : [
                {
                  from: "manifest.xml",
                  to: "manifest.xml",
                  transform(content) {
                    if (!manifestBaseUrl) return content;
                    return rewriteManifestUrls(content.toString("utf8"), manifestBaseUrl).text;
                  },
                },
              ]),
        ],
      }),
      new ForbidModulesPlugin({
        entries: pages.filter((page) => page.addIn).map((page) => page.name),
        packages: ["hyperformula"],
      }),
      fluentTokensAsVariables(),
    ],
    devServer: serving
      ? {
          port: Number(require("./package.json").config.dev_server_port) || 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false, // everything served is built or copied by webpack
          server: await httpsServer(),
        }
      : undefined,
  };
  if (previewOnly) return app;
  return [app, functionsConfig(common)];
};

/**
 * The custom functions, compiled apart so that they can target an older language: on Windows builds before 2403 and
 * perpetual Office through 2021, the JavaScript-only custom-functions runtime parses ECMAScript 2016 only (Microsoft's
 * answer in office-js issue 4325: "It supports ECMAScript 2016"). ts-loader emits ES2016 syntax and webpack's own
 * runtime code follows `target`. No polyfill is added: nothing documents the runtime's library beyond ES2016, so the
 * code must not call any later one (Object.entries, padStart, flat, ...); test/build/functions.test.ts runs the
 * built file with those removed, and parses it as ES2016.
 */
function functionsConfig(common) {
  return {
    ...common,
    name: "functions",
    target: ["web", "es2016"],
    entry: { functions: FUNCTIONS_SOURCE },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js", // the manifest names functions.js
      clean: false,
    },
    module: { rules: moduleRules("ES2016") },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new FunctionsJsonPlugin({ file: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new ForbidModulesPlugin({ entries: ["functions"], packages: ["hyperformula"] }),
    ],
  };
}

const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const ForbidModulesPlugin = require("./scripts/forbid-modules-plugin");
const { productionBaseUrl, rewriteManifestUrls } = require("./scripts/manifest-url");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

// One page per entry: the bundle, its HTML template, and whether it ships in the add-in. Only pages with
// addIn: false (the in-browser preview) may use HyperFormula.
const PAGES = [
  {
    name: "taskpane",
    entry: "./src/taskpane/index.tsx",
    template: "./src/taskpane/taskpane.html",
    addIn: true,
  },
  {
    name: "functions",
    entry: FUNCTIONS_SOURCE,
    template: "./src/functions/functions.html",
    addIn: true,
  },
  {
    name: "commands",
    entry: "./src/commands/commands.ts",
    template: "./src/commands/commands.html",
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

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  let manifestBaseUrl = null;
  if (production) {
    const { baseUrl, warning } = productionBaseUrl(process.env.ADDIN_BASE_URL);
    if (warning) console.warn(`WARNING: ${warning}`);
    manifestBaseUrl = baseUrl;
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: Object.fromEntries(PAGES.map((page) => [page.name, page.entry])),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js", // no hash: the manifest names functions.js
      // Chunks loaded on demand (city and report use cases, docx, JSZip, ExcelJS): hashed, so that a web view's
      // cached chunk never meets a newer taskpane.js.
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          // The core is pure (no Office, no DOM, no registration on import): modules a bundle does not use,
          // such as the template keys behind a barrel import, can be dropped whole even though they build
          // tables at load time.
          test: /[\\/]src[\\/]core[\\/]/,
          sideEffects: false,
        },
        {
          // The use cases and file formats run nothing on import either: usecases.ts re-exports the report and
          // city use cases, and a page that never calls them must not carry docx and JSZip (about 100 KB gzip).
          test: /[\\/]src[\\/]taskpane[\\/](files[\\/]|\w*[uU]secases?\w*\.ts$)/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } }, // types: `npm run typecheck`
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      ...PAGES.map(
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
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              if (!manifestBaseUrl) return content;
              return rewriteManifestUrls(content.toString("utf8"), manifestBaseUrl).text;
            },
          },
        ],
      }),
      new ForbidModulesPlugin({
        entries: PAGES.filter((page) => page.addIn).map((page) => page.name),
        packages: ["hyperformula"],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: Number(require("./package.json").config.dev_server_port) || 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false, // everything served is built or copied by webpack
          server: await httpsServer(),
        }
      : undefined,
  };
};

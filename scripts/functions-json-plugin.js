// Takes out of functions.json what custom-functions-metadata always writes but this add-in must not ask for:
// `allowCustomDataForDataTypeAny` is a CustomFunctionsRuntime 1.4 feature (data types), beyond the 1.3 the manifest
// declares, and volume-licensed Excel 2021 (LTSC) is reported to crash on it when functions take `any` arguments
// (office-js issue 4385). Every CDS function takes `any`, so that blank cells reach it as blank.

/** Keys of functions.json, at the top level, that this add-in never sends to Excel. */
const DROPPED_KEYS = ["allowCustomDataForDataTypeAny"];

/** The metadata without the dropped keys, formatted as the generator formats it. */
function cleanFunctionsJson(text) {
  const metadata = JSON.parse(text);
  for (const key of DROPPED_KEYS) delete metadata[key];
  return JSON.stringify(metadata, null, 4);
}

class FunctionsJsonPlugin {
  /** @param {{ file: string }} options the asset's name, e.g. "functions.json" */
  constructor({ file }) {
    this.file = file;
  }

  apply(compiler) {
    const name = "FunctionsJsonPlugin";
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          const asset = compilation.getAsset(this.file);
          if (!asset) {
            compilation.errors.push(new WebpackError(`${name}: no ${this.file} was generated`));
            return;
          }
          const text = cleanFunctionsJson(asset.source.source().toString());
          compilation.updateAsset(this.file, new sources.RawSource(text));
        }
      );
    });
  }
}

module.exports = FunctionsJsonPlugin;
module.exports.cleanFunctionsJson = cleanFunctionsJson;
module.exports.DROPPED_KEYS = DROPPED_KEYS;

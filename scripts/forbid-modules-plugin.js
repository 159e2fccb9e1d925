// Fails the build when a guarded entry pulls in a forbidden package, e.g. HyperFormula (GPLv3, used only
// by tests and the in-browser preview) reaching the add-in bundles through a stray import.

const path = require("path");

class ForbidModulesPlugin {
  /**
   * @param {{ entries: string[], packages: string[] }} options
   */
  constructor({ entries, packages }) {
    this.entries = entries;
    this.pattern = new RegExp(`[\\\\/]node_modules[\\\\/](${packages.join("|")})[\\\\/]`);
  }

  apply(compiler) {
    const name = "ForbidModulesPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // afterChunks: the chunk graph exists and modules are not yet concatenated.
      compilation.hooks.afterChunks.tap(name, () => {
        for (const entry of this.entries) {
          const entrypoint = compilation.entrypoints.get(entry);
          if (!entrypoint) continue;
          const found = [];
          for (const chunk of entrypoint.getEntrypointChunk().getAllReferencedChunks()) {
            for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              if (module.resource && this.pattern.test(module.resource))
                found.push(module.resource);
            }
          }
          if (found.length > 0) {
            const first = path.relative(compiler.context, found[0]);
            compilation.errors.push(
              new compiler.webpack.WebpackError(
                `${name}: entry "${entry}" must not include ${first} (and ${found.length - 1} more modules of that kind)`
              )
            );
          }
        }
      });
    });
  }
}

module.exports = ForbidModulesPlugin;

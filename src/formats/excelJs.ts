/**
 * ExcelJS, loaded on first use: it is large, and only the buttons that read or write an .xlsx file need it, so the
 * task pane's first load stays small. Every codec of this layer loads it here, into the one "exceljs" chunk.
 */
export type ExcelJsModule = typeof import("exceljs");

export async function excelJs(): Promise<ExcelJsModule> {
  // a CommonJS package: by the loader's interop, its exports arrive as the module itself or as its `default`
  const mod = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJsModule & {
    default?: ExcelJsModule;
  };
  return mod.default ?? mod;
}

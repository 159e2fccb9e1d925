/**
 * The in-memory adapter of the workbook port, backed by HyperFormula (GPLv3): for the preview and the tests only, so
 * that it never reaches the add-in's bundles; the contract's barrel (../index.ts) does not export it.
 */
export { MemoryWorkbook, type DisplayCell, type MemoryWorkbookOptions } from "./memoryWorkbook";
export { CdsFunctionsPlugin, registerCdsFunctions } from "./cdsPlugin";
// what the preview's grid draws a cell with: its A1 address, its style and validation
export * from "./cells";

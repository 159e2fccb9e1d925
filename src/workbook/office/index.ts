/**
 * The Office.js adapter of the workbook port. The pane loads it lazily (its own chunk, with the sheets it writes), so
 * the contract's barrel (../index.ts) does not export it.
 */
export { OfficeWorkbook, type ExcelRunner } from "./officeWorkbook";
export { listSource } from "./apply";

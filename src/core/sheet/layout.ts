/**
 * The standard indicator sheet, re-exported from its modules (nothing is defined here): the grid (grid.ts), the marks
 * (marks.ts), the sheet's identity (identity.ts), its body lines (body.ts), what a row's cells are (rowCells.ts), the
 * formulas (formulas.ts), the slots of kept cells (placement.ts) and buildSheet (build.ts). It keeps the path of the
 * single file they were: "core/sheet" re-exports it, and the task pane (workbook/port.ts, files/docxReport.ts) and the
 * layout snapshot test import it. The modules of src/core import from the modules themselves.
 */
export * from "./grid";
export * from "./marks";
export * from "./identity";
export * from "./body";
export * from "./rowCells";
export * from "./formulas";
export * from "./placement";
export * from "./build";
export { sheetName } from "./names";

/**
 * The file formats: the .xlsx reader of picked files with its zip bounds, the .xlsx writers (unit and reply
 * workbooks), the .docx writers and the template filler. For tests and the bench: this barrel loads docx and JSZip
 * with it, so the pane's lazily loaded chunks import the file they need directly, and keep those libraries out of
 * the first load. ExcelJS stays behind its loader (excelJs.ts) either way.
 */
export * from "./zipParts";
export * from "./xmlCheck";
export * from "./excelJs";
export * from "./xlsx";
export * from "./unitWorkbook";
export * from "./replyWorkbook";
export * from "./docxOfficial";
export * from "./docxReport";
export * from "./docxTemplate";

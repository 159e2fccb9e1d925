/**
 * Every use case of the task pane, for tests and tools. The pane itself imports sheetUsecases statically and loads
 * cityUsecases and reportUsecases on demand (lazyUsecases.ts), so that docx, JSZip and ExcelJS stay out of
 * taskpane.js.
 */
export * from "./sheetUsecases";
export * from "./cityUsecases";
export * from "./reportUsecases";

/**
 * Every use case of the task pane, for tests and tools. The pane itself loads each module on its first click, in a
 * chunk of its own (chunks.ts), so that its first load carries none of them.
 */
export * from "./sheet/sheet";
export * from "./city/city";
export * from "./compare/compare";
export * from "./roster/roster";
export * from "./blank/blank";
export * from "./documents/documents";
export * from "./cycle/cycle";

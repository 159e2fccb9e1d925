/**
 * Every use case of the task pane, for tests and tools. The pane itself loads each module on its first click, in a
 * chunk of its own (chunks.ts), so that its first load carries none of them.
 */
export * from "./sheet";
export * from "./city";
export * from "./compare";
export * from "./roster";
export * from "./blank";
export * from "./documents";
export * from "./cycle";

/**
 * Everything the use cases' layer offers, for tests and tools: each button family's use case, its pure plan and its
 * words, and what the families share. The pane never imports this barrel: it loads each family on its first click,
 * in a chunk of its own (taskpane/chunks.ts), so that its first load carries none of them.
 */
export * from "./sheet/sheet";
export * from "./sheet/plan";
export * from "./sheet/words";
export * from "./consolidation/consolidation";
export * from "./consolidation/plan";
export * from "./consolidation/reports";
export * from "./consolidation/words";
export * from "./comparison/comparison";
export * from "./comparison/plan";
export * from "./comparison/words";
export * from "./roster/roster";
export * from "./roster/plan";
export * from "./roster/words";
export * from "./blank/blank";
export * from "./blank/plan";
export * from "./blank/words";
export * from "./documents/documents";
export * from "./documents/plan";
export * from "./documents/words";
export * from "./cycle/cycle";
export * from "./cycle/plan";
export * from "./cycle/words";
export * from "./review/review";
export * from "./review/plan";
export * from "./review/words";
export * from "./support";
export * from "./pickedFiles";
export * from "./userError";
export * from "./notice";
export * from "./downloadHint";
export * from "./sha256";

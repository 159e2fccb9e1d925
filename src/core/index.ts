/**
 * The domain core, whole: what the custom functions, the sheets, the documents and the use cases use. No Office, no
 * DOM. Every module's exports, so that a caller (and a test) imports the core from here.
 */
import { rowById, defaultTargetText } from "./target";
import type { Level } from "./types";

export * from "./buttons";
export * from "./catalog";
export * from "./catalogTypes";
export * from "./check";
export * from "./comparison";
export * from "./consolidate";
export * from "./consolidateNotes";
export * from "./consolidateSums";
export * from "./editDistance";
export * from "./errors";
export * from "./evaluate";
export * from "./fingerprint";
export * from "./format";
export * from "./identity";
export * from "./levels";
export * from "./needed";
export * from "./period";
export * from "./rate";
export * from "./reportingDates";
export * from "./review";
export * from "./status";
export * from "./target";
export * from "./text";
export * from "./types";
export * from "./unitReport";
export * from "./units";
export * from "./validation";
export * from "./values";
export * from "./data/hcmcCommunes";

/** The default target text of an indicator for a level: `≥ 60%`, `> 8,5%`, `≤ 5`, `Có` (18 needs a level). */
export function defaultTarget(id: string | number, level?: Level): string {
  return defaultTargetText(rowById(id), level);
}

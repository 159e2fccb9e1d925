/**
 * The workbook contract: the port the use cases need from a workbook, the limits both adapters plan against, the
 * analyst's owned cells and the failures in the analyst's words. Not the adapters: the Office one is loaded lazily
 * (./office), the in-memory one uses HyperFormula, which must never reach the add-in's bundles (./memory).
 */
export * from "./port";
export * from "./limits";
export * from "./owned";
export * from "./failures";

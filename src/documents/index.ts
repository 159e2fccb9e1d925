/** The documents: the official layout (Nghị định 30/2020), the report's and the reminder's bodies, the template's filling. */
export * from "./officialDoc";
export * from "./settings";
export * from "./paragraph";
export * from "./statusSummary";
export * from "./reportSummary";
export * from "./reminderBody";
export * from "./template";
export * from "./templateKeys";

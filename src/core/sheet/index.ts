export * from "./a1";
export * from "./spec";
export * from "./period";
export * from "./layout";
export * from "./read";
export * from "./generate";
export * from "./fill";

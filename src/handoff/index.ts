/** The download hand-off: a file carried in a page's URL fragment, checked and offered (the pane and the download page). */
export * from "./download";
export * from "./inflate";
export * from "./offeredFile";

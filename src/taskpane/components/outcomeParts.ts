// What lazyParts.tsx loads on demand, in one chunk: the parts of the pane only an outcome shows.
export { DownloadLink } from "./DownloadLink";
export { SummaryTable } from "./SummaryTable";
export { TierTable } from "./TierTable";
export { ViolationList } from "./ViolationList";

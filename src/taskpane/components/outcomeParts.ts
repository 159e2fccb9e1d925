// What lazyParts.tsx loads on demand, in one chunk: the parts of the pane only a press and its outcome show.
export { ProgressBar } from "@fluentui/react-components";
export { DownloadLink } from "./DownloadLink";
export { ResultMessage } from "./ResultMessage";
export { SummaryTable } from "./SummaryTable";
export { TierTable } from "./TierTable";
export { ViolationList } from "./ViolationList";

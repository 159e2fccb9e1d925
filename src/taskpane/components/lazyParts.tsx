/**
 * The parts of the pane that only a press and its outcome show (the progress bar, the outcome's message, the tables,
 * the list of violations, the download link), loaded with the first press: with Fluent's ProgressBar, MessageBar,
 * Table, Badge and Link they would weigh on every opening of the pane, which shows none of them. webpack puts them in
 * one chunk of their own ("outcome").
 */
import {
  Component,
  Suspense,
  lazy,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from "react";
import { Caption1 } from "@fluentui/react-components";

type Parts = typeof import("./outcomeParts");
type PartName =
  "ProgressBar" | "ResultMessage" | "TierTable" | "SummaryTable" | "ViolationList" | "DownloadLink";

/** The chunk once fetched: from then on its parts render at once, without a Suspense pass. */
let loaded: Parts | null = null;
const parts = (): Promise<Parts> =>
  import(/* webpackChunkName: "outcome" */ "./outcomeParts").then((module) => (loaded = module));

/**
 * Fetches the chunk when a button is pressed, and before its outcome is shown, so that the message and its details
 * appear together. A failure is left to the part itself, which then says so (LazyPart).
 */
export function preloadOutcomeParts(): Promise<void> {
  return parts().then(
    () => undefined,
    () => undefined
  );
}

function part<K extends PartName>(name: K): ComponentType<ComponentProps<Parts[K]>> {
  // props pass through untouched: typed at the return, plain objects inside
  const Lazy = lazy(() =>
    parts().then((module) => ({ default: module[name] as ComponentType<object> }))
  );
  function Part(props: object) {
    const Loaded = loaded?.[name] as ComponentType<object> | undefined;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  Part.displayName = name;
  return Part as ComponentType<ComponentProps<Parts[K]>>;
}

export const ProgressBar = part("ProgressBar");
export const ResultMessage = part("ResultMessage");
export const TierTable = part("TierTable");
export const SummaryTable = part("SummaryTable");
export const ViolationList = part("ViolationList");
export const DownloadLink = part("DownloadLink");

/** The message shown in place of a part whose chunk could not be fetched (the add-in's server out of reach). */
export const PART_NOT_LOADED =
  "Không tải được phần hiển thị kết quả của CĐS Excel: hãy kiểm tra kết nối mạng rồi bấm lại nút vừa dùng.";

interface BoundaryProps {
  children: ReactNode;
  failed: ReactNode;
}

interface BoundaryState {
  failed: boolean;
}

/** Keeps a chunk that fails to load from taking the whole pane down: what shows instead is `failed`. */
class PartBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.failed : this.props.children;
  }
}

/**
 * An outcome's lazily loaded part: nothing while it loads (a fraction of a second), and if it cannot, `failed` — by
 * default a line that says so (the outcome's message stays).
 */
export function LazyPart({
  children,
  failed = <Caption1 role="alert">{PART_NOT_LOADED}</Caption1>,
}: {
  children: ReactNode;
  failed?: ReactNode;
}) {
  return (
    <PartBoundary failed={failed}>
      <Suspense fallback={null}>{children}</Suspense>
    </PartBoundary>
  );
}

/**
 * The parts of the pane that only an outcome shows (the tables, the list of violations, the download link), loaded
 * when the first outcome needs them: with Fluent's Table, Badge and Link they would weigh on every opening of the
 * pane, which shows none of them. webpack puts them in one chunk of their own ("outcome").
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
type PartName = "TierTable" | "SummaryTable" | "ViolationList" | "DownloadLink";

/** The chunk once fetched: from then on its parts render at once, without a Suspense pass. */
let loaded: Parts | null = null;
const parts = (): Promise<Parts> =>
  import(/* webpackChunkName: "outcome" */ "./outcomeParts").then((module) => (loaded = module));

/**
 * Fetches the chunk before an outcome is shown, so that its message and its details appear together. A failure is
 * left to the part itself, which then says so (LazyPart).
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

export const TierTable = part("TierTable");
export const SummaryTable = part("SummaryTable");
export const ViolationList = part("ViolationList");
export const DownloadLink = part("DownloadLink");

/** The message shown in place of a part whose chunk could not be fetched (the add-in's server out of reach). */
export const PART_NOT_LOADED =
  "Không tải được phần hiển thị kết quả của CĐS Excel: hãy kiểm tra kết nối mạng rồi bấm lại nút vừa dùng.";

interface BoundaryState {
  failed: boolean;
}

/** Keeps a chunk that fails to load from taking the whole pane down: the outcome's message stays, this says why. */
class PartBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  render() {
    if (this.state.failed) return <Caption1 role="alert">{PART_NOT_LOADED}</Caption1>;
    return this.props.children;
  }
}

/** An outcome's lazily loaded part: nothing while it loads (a fraction of a second), a message if it cannot. */
export function LazyPart({ children }: { children: ReactNode }) {
  return (
    <PartBoundary>
      <Suspense fallback={null}>{children}</Suspense>
    </PartBoundary>
  );
}

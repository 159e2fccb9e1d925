/**
 * The parts of the pane that only an outcome shows (the tables, the list of violations, the download link), loaded
 * when the first outcome needs them: with Fluent's Table, Badge and Link they would weigh on every opening of the
 * pane, which shows none of them. webpack puts them in one chunk of their own ("outcome").
 */
import { Component, Suspense, lazy, type ReactNode } from "react";
import { Caption1 } from "@fluentui/react-components";

const parts = () => import(/* webpackChunkName: "outcome" */ "./outcomeParts");

export const TierTable = lazy(() => parts().then((m) => ({ default: m.TierTable })));
export const SummaryTable = lazy(() => parts().then((m) => ({ default: m.SummaryTable })));
export const ViolationList = lazy(() => parts().then((m) => ({ default: m.ViolationList })));
export const DownloadLink = lazy(() => parts().then((m) => ({ default: m.DownloadLink })));


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

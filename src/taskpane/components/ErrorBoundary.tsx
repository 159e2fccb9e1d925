import { Component, type ErrorInfo, type ReactNode } from "react";
import { PlainNotice } from "./NoticeText";

interface State {
  error: Error | null;
}

/** A rendering bug shows a Vietnamese message instead of a blank pane (a plain one: it needs no chunk). */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("CĐS Excel:", error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <PlainNotice
        notice={{
          intent: "error",
          title: "Ngăn tác vụ gặp lỗi",
          lines: [
            `Hãy đóng rồi mở lại ngăn tác vụ; số liệu trong sổ tính không bị ảnh hưởng. Chi tiết: ${this.state.error.message}`,
          ],
        }}
      />
    );
  }
}

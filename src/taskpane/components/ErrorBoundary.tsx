import { Component, type ErrorInfo, type ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

interface State {
  error: Error | null;
}

/** A rendering bug shows a Vietnamese message instead of a blank pane. */
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
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Ngăn tác vụ gặp lỗi</MessageBarTitle>
          Hãy đóng rồi mở lại ngăn tác vụ; số liệu trong sổ tính không bị ảnh hưởng. Chi tiết:{" "}
          {this.state.error.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
}

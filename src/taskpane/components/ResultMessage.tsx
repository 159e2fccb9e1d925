import { MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { CSSProperties, ReactNode } from "react";
import type { Notice } from "../notice";

const styles = {
  body: {
    // placeholders such as [[Tylesohoaketqua...]] have no spaces: let them wrap in a narrow pane
    overflowWrap: "anywhere",
  },
  line: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
  },
  list: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
  },
  detail: {
    marginTop: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
  },
  stack: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    maxHeight: "12em",
    overflow: "auto",
    whiteSpace: "pre-wrap",
    fontFamily: tokens.fontFamilyMonospace,
  },
} satisfies Record<string, CSSProperties>;

/** The outcome of the last button, or why it could not be done; `children` go under the text (a download link). */
export function ResultMessage({ notice, children }: { notice: Notice; children?: ReactNode }) {
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      data-testid="result"
      data-intent={notice.intent}
    >
      <MessageBarBody style={styles.body}>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.lines.map((line, i) => (
          <span key={i} style={styles.line}>
            {line}
          </span>
        ))}
        {notice.lists?.map((list, i) => (
          <div key={i} data-testid="result-list">
            <span style={styles.line}>{list.label}</span>
            <ul style={styles.list}>
              {list.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
        {notice.detail && (
          <details style={styles.detail} data-testid="result-detail">
            <summary>Chi tiết kỹ thuật</summary>
            <pre style={styles.stack}>{notice.detail}</pre>
          </details>
        )}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

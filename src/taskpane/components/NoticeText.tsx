/**
 * A notice's words under its title — paragraphs, lists, the technical detail on demand — and a plain box for them.
 * Fluent's MessageBar, with its motion package, comes with the first outcome (ResultMessage, in the outcome's
 * chunk); what must speak before any click (outside Excel, a rendering bug) or without that chunk uses PlainNotice.
 */
import type { CSSProperties, ReactNode } from "react";
import { tokens } from "@fluentui/react-components";
import type { Notice, NoticeIntent } from "../notice";

const styles = {
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
  box: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    // placeholders such as [[Tylesohoaketqua...]] have no spaces: let them wrap in a narrow pane
    overflowWrap: "anywhere",
  },
  title: {
    fontWeight: tokens.fontWeightSemibold,
  },
} satisfies Record<string, CSSProperties>;

/** The colours of MessageBar's intents. */
const INTENT: Record<NoticeIntent, CSSProperties> = {
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
  },
};

/** The paragraphs, lists and detail of a notice, in order. */
export function NoticeText({ notice }: { notice: Notice }) {
  return (
    <>
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
    </>
  );
}

/** A notice in a box of its intent's colours, without Fluent's MessageBar. */
export function PlainNotice({
  notice,
  children,
  testId,
}: {
  notice: Notice;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <div
      role={notice.intent === "success" ? "status" : "alert"}
      style={{ ...styles.box, ...INTENT[notice.intent] }}
      data-testid={testId}
      data-intent={notice.intent}
    >
      <div style={styles.title}>{notice.title}</div>
      <NoticeText notice={notice} />
      {children}
    </div>
  );
}

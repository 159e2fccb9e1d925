import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Notice } from "../notice";
import { NoticeText } from "./NoticeText";

/**
 * The outcome of the last button, or why it could not be done; `children` go under the text (a download link). In
 * the outcome's chunk (lazyParts.tsx): Fluent's MessageBar and its motion are not needed before the first press.
 */
export function ResultMessage({ notice, children }: { notice: Notice; children?: ReactNode }) {
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      data-testid="result"
      data-intent={notice.intent}
    >
      <MessageBarBody style={{ overflowWrap: "anywhere" }}>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        <NoticeText notice={notice} />
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

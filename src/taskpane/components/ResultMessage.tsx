import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Notice } from "../outcomeMessages";

const useStyles = makeStyles({
  line: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
  },
});

/** The outcome of the last button, or why it could not be done. */
export function ResultMessage({ notice }: { notice: Notice }) {
  const styles = useStyles();
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      data-testid="result"
      data-intent={notice.intent}
    >
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.lines.map((line, i) => (
          <span key={i} className={styles.line}>
            {line}
          </span>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

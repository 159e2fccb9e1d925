import type { CSSProperties } from "react";
import { Caption1, tokens } from "@fluentui/react-components";
import { FUNCTION_GUIDE } from "../functionGuide";

// A native <details> rather than Fluent's Accordion: the same fold, keyboard and screen-reader behaviour from the
// browser, without the accordion and motion packages in the pane's first load.
const styles = {
  details: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  summary: {
    cursor: "pointer",
    padding: `${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    // focused, the browser's own ring shows, rounded (an inline style has no :focus-visible)
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: {
    display: "inline",
    fontSize: "inherit",
    fontWeight: "inherit",
    margin: 0,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: `0 0 ${tokens.spacingVerticalS}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
} satisfies Record<string, CSSProperties>;

/** The custom functions, folded away until asked for. */
export function FunctionGuide() {
  return (
    <details style={styles.details}>
      <summary style={styles.summary}>
        <h2 style={styles.heading}>Hàm dùng trong ô</h2>
      </summary>
      <ul style={styles.list}>
        {FUNCTION_GUIDE.map((entry) => (
          <li key={entry.formula} style={styles.item}>
            <code style={styles.formula}>{entry.formula}</code>
            <Caption1 block>{entry.summary}</Caption1>
          </li>
        ))}
      </ul>
    </details>
  );
}

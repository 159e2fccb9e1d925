/** The custom functions' summaries (chunk "functionGuide"): fetched when the guide is first unfolded. */
import type { CSSProperties } from "react";
import { Caption1, tokens } from "@fluentui/react-components";
import { FUNCTION_GUIDE } from "../functionGuide";

const styles = {
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

export function FunctionList() {
  return (
    <ul style={styles.list}>
      {FUNCTION_GUIDE.map((entry) => (
        <li key={entry.formula} style={styles.item}>
          <code style={styles.formula}>{entry.formula}</code>
          <Caption1 block>{entry.summary}</Caption1>
        </li>
      ))}
    </ul>
  );
}

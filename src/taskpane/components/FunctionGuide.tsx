import { useState, type CSSProperties } from "react";
import { tokens } from "@fluentui/react-components";
import { chunkPart } from "./chunkPart";

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
} satisfies Record<string, CSSProperties>;

// Folded on opening: its list comes when first unfolded.
const FunctionList = chunkPart(
  () =>
    import(/* webpackChunkName: "functionGuide" */ "./FunctionList").then((m) => m.FunctionList),
  "Đang tải danh sách hàm…"
);

/** The custom functions, folded away until asked for. */
export function FunctionGuide() {
  const [open, setOpen] = useState(false);
  return (
    <details style={styles.details} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary style={styles.summary}>
        <h2 style={styles.heading}>Hàm dùng trong ô</h2>
      </summary>
      {open && <FunctionList />}
    </details>
  );
}

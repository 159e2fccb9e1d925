import type { CSSProperties } from "react";
import { Button } from "@fluentui/react-components";
import { ChevronRight16Regular } from "@fluentui/react-icons/svg/chevron-right";

// one chevron, turned down when open: a second icon would only repeat its path
const OPEN: CSSProperties = { transform: "rotate(90deg)" };

// a subtle button as wide as its text wraps, its label read from the left like the text around it
const TOGGLE: CSSProperties = {
  justifyContent: "flex-start",
  textAlign: "left",
  whiteSpace: "normal",
  height: "auto",
};

/** The button that opens and closes a folded part of the pane. */
export function Disclosure({
  open,
  onToggle,
  label,
  testId,
}: {
  open: boolean;
  onToggle: () => void;
  label: string;
  testId: string;
}) {
  return (
    <Button
      style={TOGGLE}
      appearance="subtle"
      size="small"
      icon={<ChevronRight16Regular style={open ? OPEN : undefined} />}
      aria-expanded={open}
      onClick={onToggle}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}

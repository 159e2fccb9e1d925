import type { CSSProperties } from "react";
import { Button } from "@fluentui/react-components";
import { ChevronDown16Regular } from "@fluentui/react-icons/svg/chevron-down";
import { ChevronRight16Regular } from "@fluentui/react-icons/svg/chevron-right";

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
      icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
      aria-expanded={open}
      onClick={onToggle}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}

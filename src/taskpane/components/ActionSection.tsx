import type { CSSProperties } from "react";
import { Caption1, tokens } from "@fluentui/react-components";
import type { PaneAction, SectionLook } from "../actionRow";
import { ActionControl } from "./ActionControl";
import type { ActionHost, OptionViews } from "./ActionOptions";
import { Step } from "./Step";

const styles = {
  hint: {
    color: tokens.colorNeutralForeground3,
  },
} satisfies Record<string, CSSProperties>;

export interface ActionSectionProps {
  look: SectionLook;
  actions: readonly PaneAction[];
  options: OptionViews;
  host: ActionHost;
  onAction: (action: PaneAction, file?: File) => void;
}

/** A part of the pane below the unit's steps: its heading and a line on what it does, then its buttons. */
export function ActionSection({ look, actions, options, host, onAction }: ActionSectionProps) {
  const { title, intro, icon } = look;
  return (
    <Step marker={icon} title={title}>
      <Caption1 style={styles.hint}>{intro}</Caption1>
      {actions.map((a) => (
        <ActionControl key={a.id} action={a} host={host} options={options} onAction={onAction} />
      ))}
    </Step>
  );
}

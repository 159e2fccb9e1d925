import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { actionsOf, SECTIONS, type PaneAction } from "../actions";
import { ActionControl } from "./ActionControl";
import type { ActionHost } from "./ActionOptions";
import { Step } from "./Step";

const useStyles = makeStyles({
  hint: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface ActionSectionProps {
  section: "city" | "report";
  host: ActionHost;
  onAction: (action: PaneAction, file?: File) => void;
}

/** A part of the pane below the unit's steps: its heading and a line on what it does, then its buttons. */
export function ActionSection({ section, host, onAction }: ActionSectionProps) {
  const styles = useStyles();
  const { title, intro, icon: Icon } = SECTIONS[section];
  return (
    <Step marker={<Icon />} title={title}>
      <Caption1 className={styles.hint}>{intro}</Caption1>
      {actionsOf(section).map((a) => (
        <ActionControl key={a.id} action={a} host={host} onAction={onAction} />
      ))}
    </Step>
  );
}

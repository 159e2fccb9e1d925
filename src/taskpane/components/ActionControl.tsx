import type { CSSProperties } from "react";
import { Button, Caption1, tokens } from "@fluentui/react-components";
import type { PaneAction } from "../actionRow";
import { ActionOption, type ActionHost, type OptionViews } from "./ActionOptions";
import { FilePicker } from "./FilePicker";

/**
 * The second (third…) click of a double click is not another action: the browser counts the clicks of one burst in
 * the event's `detail` (0 for a key press), so no clock is needed to tell them apart.
 */
const firstClick = (event: { detail: number }) => event.detail <= 1;

export interface ActionControlProps {
  action: PaneAction;
  host: ActionHost;
  /** The fields of this part of the pane, for the options the action's row names. */
  options: OptionViews;
  /** The button was pressed (a file button: with the file picked). */
  onAction: (action: PaneAction, file?: File) => void;
}

const styles = {
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  action: {
    width: "100%",
  },
} satisfies Record<string, CSSProperties>;

/** One row of the actions' table as the pane shows it: its own fields, its button (or file button), its hint. */
export function ActionControl({ action, host, options, onAction }: ActionControlProps) {
  const Icon = action.icon;
  const common = {
    style: styles.action,
    appearance: action.primary ? ("primary" as const) : undefined,
    icon: Icon ? <Icon /> : undefined,
    disabled: host.busy,
  };
  return (
    <>
      {action.options?.map((id) => (
        <ActionOption key={id} id={id} host={host} views={options} />
      ))}
      {action.pick ? (
        <FilePicker
          {...common}
          label={action.label}
          accept={action.pick.accept}
          onPick={([file]) => onAction(action, file)}
        />
      ) : (
        <Button {...common} onClick={(event) => firstClick(event) && onAction(action)}>
          {action.label}
        </Button>
      )}
      {action.hint && <Caption1 style={styles.hint}>{action.hint}</Caption1>}
    </>
  );
}

/** Rows of the actions' table, each as an ActionControl with the fields of its part of the pane. */
export function ActionControls({
  actions,
  ...shared
}: Omit<ActionControlProps, "action"> & { actions: readonly PaneAction[] }) {
  return (
    <>
      {actions.map((a) => (
        <ActionControl key={a.id} action={a} {...shared} />
      ))}
    </>
  );
}

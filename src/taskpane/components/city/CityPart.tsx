/**
 * The city's part of the pane once opened (chunk "cityPart"): what it does, its fields and its buttons. Loaded with
 * the city's rows of the actions' table and their icons, the first time the part is opened.
 */
import { Caption1, tokens } from "@fluentui/react-components";
import type { PaneAction } from "../../actionRow";
import { CITY_ACTIONS, CITY_INTRO } from "../../cityActions";
import { ActionControls } from "../ActionControl";
import type { ActionHost } from "../ActionOptions";
import { CITY_OPTIONS } from "./cityOptions";

export interface CityPartProps {
  host: ActionHost;
  onAction: (action: PaneAction, file?: File) => void;
}

export function CityPart({ host, onAction }: CityPartProps) {
  return (
    <>
      <Caption1 style={{ color: tokens.colorNeutralForeground3 }}>{CITY_INTRO}</Caption1>
      <ActionControls
        actions={CITY_ACTIONS}
        host={host}
        options={CITY_OPTIONS}
        onAction={onAction}
      />
    </>
  );
}

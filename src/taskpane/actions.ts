/**
 * The task pane's buttons, one row each: its words, the part of the pane it stands in, the chunk it loads, the use
 * case it runs and how its outcome is told (actionRow.ts). The rows are kept per part of the pane — sheetActions.ts,
 * cityActions.ts, reportActions.ts — and each part maps over its own; a new button is one row there plus its use
 * case (in usecases/). This is the whole table, for what looks at every button at once.
 *
 * The pane's first load imports the unit's and the report's rows directly, never this file: the city's rows load
 * with the city's part (components/city/).
 */
import { BUTTONS } from "../core/buttons";
import type { PaneAction, Section } from "./actionRow";
import { CITY_ACTIONS } from "./cityActions";
import { REPORT_ACTIONS } from "./reportActions";
import { SHEET_ACTIONS } from "./sheetActions";

export type {
  ActionContext,
  Detail,
  OptionId,
  PaneAction,
  Section,
  SectionLook,
  Told,
} from "./actionRow";

const ORDER: readonly string[] = Object.keys(BUTTONS);

/** Every button of the pane, in the order of their words (BUTTONS). */
export const ACTIONS: readonly PaneAction[] = [
  ...SHEET_ACTIONS,
  ...CITY_ACTIONS,
  ...REPORT_ACTIONS,
].sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));

/** The buttons of one part of the pane, in order. */
export const actionsOf = (section: Section): readonly PaneAction[] =>
  ACTIONS.filter((a) => a.section === section);

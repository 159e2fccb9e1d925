/**
 * What a row of the actions' table is: how a button looks, and its work — the chunk it loads, the use case it runs
 * and how its outcome is told. The rows themselves are in one file per part of the pane (sheetActions.ts,
 * cityActions.ts, reportActions.ts), so that the city's rows load with the city's part only.
 *
 * Only types come from the use cases: their code is in the chunks (chunks.ts), fetched on a button's first click.
 */
import type { FluentIcon } from "@fluentui/react-icons";
import type { TierResult } from "../core/consolidate";
import { BUTTONS, type ButtonId } from "../core/buttons";
import type { PillarSummary } from "../sheets";
import type { SheetParams } from "../core";
import { CHUNKS } from "./chunks";
import type { DownloadFile } from "../handoff/download";
import type { FormValues } from "./formMemory";
import type { Notice } from "./notice";
import type * as Messages from "./outcomeMessages";
import type { PickedFile } from "../usecases/pickedFiles";
import type { FoundViolation } from "../usecases/sheet/sheet";
import type { Progress } from "../usecases/userError";
import type { WorkbookPort } from "../workbook/port";

/** The part of the pane a button stands in: its progress and outcome show right under that part. */
export type Section = "sheet" | "city" | "report";

/** A part below the unit's steps: its heading and a line on what it does. */
export interface SectionLook {
  readonly title: string;
  readonly intro: string;
  readonly icon: FluentIcon;
}

/** A form field that belongs to one button, shown just above it (components/options/). */
export type OptionId =
  "valuesOnly" | "compareMode" | "cityFiles" | "cityCompare" | "docSettings" | "deadline";

/** What an outcome shows under its message. */
export type Detail =
  | { readonly kind: "summary"; readonly summary: readonly PillarSummary[] }
  | {
      readonly kind: "violations";
      readonly sheet: string;
      readonly violations: readonly FoundViolation[];
    }
  | { readonly kind: "tiers"; readonly tiers: readonly TierResult[] }
  | { readonly kind: "download"; readonly file: DownloadFile };

/** An outcome as the pane tells it: the message, and what shows under it. */
export interface Told {
  readonly notice: Notice;
  readonly detail?: Detail;
}

/** What a button's work is given when it is pressed. */
export interface ActionContext {
  readonly port: WorkbookPort;
  /** The form's values as they were when the button was pressed. */
  readonly form: FormValues;
  /** The unit, level and period of the form. */
  readonly params: SheetParams;
  /** The .xlsx files picked in the city's part of the pane, read. */
  readonly pickedFiles: () => Promise<PickedFile[]>;
  /** The file a file button was given (absent for the others). */
  readonly file?: File;
  /** Says where the work has got to, under the button's part of the pane. */
  readonly step: Progress;
  /** The roster sheet changed: the unit field reads it again. */
  readonly rosterChanged: () => void;
}

/** Where and how a button shows. */
interface ActionLook {
  readonly id: ButtonId;
  readonly section: Section;
  /** In the unit's part of the pane: the numbered step the button stands in. */
  readonly step?: { readonly marker: number; readonly title: string };
  /** The main button of its part. */
  readonly primary?: boolean;
  readonly icon?: FluentIcon;
  /** A button that opens the file dialog: the work runs on the file picked. */
  readonly pick?: { readonly accept: string };
  /** The form fields of this button only, above it. */
  readonly options?: readonly OptionId[];
  /** A line under the button. */
  readonly hint?: string;
}

/** A row of the table: how a button looks, and its work — the chunk, the use case in it, how its outcome is told. */
interface ActionRow<M, O> extends ActionLook {
  readonly chunk: () => Promise<M>;
  readonly run: (usecases: M, context: ActionContext) => Promise<O>;
  /** Tells the outcome with the messages' module (a chunk of its own, fetched with the use case's). */
  readonly tell: (outcome: O, context: ActionContext, messages: typeof Messages) => Told;
}

export interface PaneAction extends ActionLook {
  readonly label: string;
  /** Loads the chunk, runs the use case and tells its outcome. */
  readonly perform: (context: ActionContext) => Promise<Told>;
}

/** A row of the table as the pane uses it: labelled with its button's words. */
export function action<M, O>(row: ActionRow<M, O>): PaneAction {
  const { chunk, run, tell, ...look } = row;
  return {
    ...look,
    label: BUTTONS[row.id],
    perform: async (context) => {
      const [usecases, messages] = await Promise.all([chunk(), CHUNKS.messages()]);
      return tell(await run(usecases, context), context, messages);
    },
  };
}

/** How a use case that makes a file tells it: the notice `pick` names in the messages, and the file under it. */
export function offersFile<O extends DownloadFile>(
  pick: (messages: typeof Messages) => (made: O) => Notice
): ActionRow<unknown, O>["tell"] {
  return (made, _context, messages) => ({
    notice: pick(messages)(made),
    detail: { kind: "download", file: made },
  });
}

export const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_TYPES =
  ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

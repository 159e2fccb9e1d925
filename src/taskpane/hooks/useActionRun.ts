import { useRef, useState } from "react";
import type { SheetParams } from "../../core";
import type { ActionContext, PaneAction, Section, Told } from "../actionRow";
import { CHUNKS } from "../chunks";
import { preloadOutcomeParts } from "../components/lazyParts";
import type { FormMemory, FormValues } from "../formMemory";
import { errorNotice } from "../notice";
import type { FoundViolation } from "../../usecases/sheet/sheet";
import { UserError } from "../../usecases/userError";
import type { WorkbookPort } from "../../workbook/port";

/** An outcome, under the part of the pane whose button was pressed. */
export interface Outcome extends Told {
  readonly origin: Section;
}

/** The buttons' work as the pane shows it, and what starts it. */
export interface ActionRun {
  /** The step of the work running, under its part of the pane; null when none runs. */
  readonly progress: { readonly origin: Section; readonly step: string } | null;
  /** A button pressed while another one's work ran: not run, and said so until the next press. */
  readonly notRun: { readonly origin: Section; readonly text: string } | null;
  readonly outcome: Outcome | null;
  readonly busy: boolean;
  /** Runs one button's work with the form's values; one at a time, every failure shown as a message. */
  readonly run: (action: PaneAction, file?: File) => void;
  /** Selects the cell of a violation in the list; a failure replaces the outcome's message only. */
  readonly selectViolation: (sheet: string, violation: FoundViolation) => void;
}

export interface ActionRunInput {
  readonly port: WorkbookPort;
  readonly form: FormValues;
  readonly store: FormMemory;
  /** The .xlsx files picked in the city's part. */
  readonly cityFiles: readonly File[];
  readonly rosterChanged: () => void;
}

/** The unit, level and period of the form: a unit picked from the roster carries its code, one typed is matched by name. */
export function paramsOf(form: FormValues): SheetParams {
  return {
    unit: form.unit,
    level: form.level,
    period: { year: form.year, part: form.part },
    ...(form.code ? { code: form.code } : {}),
  };
}

/** What a press that reached its button while another one's work ran says, so that nothing vanishes in silence. */
export const notRunText = (pressed: string, running: string) =>
  `Lúc bấm “${pressed}”, CĐS Excel đang thực hiện “${running}”: “${pressed}” chưa được thực hiện, hãy bấm lại khi xong.`;

export function useActionRun({
  port,
  form,
  store,
  cityFiles,
  rosterChanged,
}: ActionRunInput): ActionRun {
  const [progress, setProgress] = useState<ActionRun["progress"]>(null);
  const [notRun, setNotRun] = useState<ActionRun["notRun"]>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  /** The button whose work is running; a ref, for a press that reaches a button before it shows as disabled. */
  const running = useRef<string | null>(null);

  async function perform(action: PaneAction, file?: File) {
    const origin = action.section;
    const context: ActionContext = {
      port,
      form,
      params: paramsOf(form),
      pickedFiles: () =>
        Promise.all(cityFiles.map(async (f) => ({ name: f.name, data: await f.arrayBuffer() }))),
      ...(file ? { file } : {}),
      step: (step) => setProgress({ origin, step }),
      rosterChanged,
    };
    try {
      if (!Number.isInteger(form.year)) throw new UserError("Hãy nhập năm báo cáo, ví dụ 2025.");
      if (origin === "city" && cityFiles.length) context.step("Đang đọc các tệp đã chọn…");
      const done = await action.perform(context);
      await preloadOutcomeParts(); // the message and its details appear together
      setOutcome({ origin, ...done });
    } catch (error) {
      await preloadOutcomeParts();
      setOutcome({ origin, notice: errorNotice(error) });
    }
  }

  const run = (action: PaneAction, file?: File) => {
    if (running.current !== null) {
      setNotRun({ origin: action.section, text: notRunText(action.label, running.current) });
      return;
    }
    running.current = action.label;
    setNotRun(null);
    setOutcome(null);
    setProgress({ origin: action.section, step: "Đang chuẩn bị…" });
    store.save(form);
    void preloadOutcomeParts(); // the progress bar, then the outcome's message
    void perform(action, file).finally(() => {
      running.current = null;
      setProgress(null);
    });
  };

  const selectViolation = (sheet: string, violation: FoundViolation) => {
    void (async () => {
      try {
        const { selectCell } = await CHUNKS.sheet();
        await selectCell(port, sheet, violation.address);
      } catch (error) {
        // keep the list: only the message says what went wrong
        setOutcome((o) => o && { ...o, notice: errorNotice(error) });
      }
    })();
  };

  return { progress, notRun, outcome, busy: progress !== null, run, selectViolation };
}

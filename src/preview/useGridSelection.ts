import { useEffect, useRef, useState } from "react";
import type { WorkbookSnapshot } from "./useWorkbook";

export interface Editing {
  readonly address: string;
  /** What the editor starts from: the cell's content, or the key typed over it. */
  readonly initial: string;
  /** Opened by typing over the cell. */
  readonly typed: boolean;
}

/**
 * The grid's selection, the cell being edited and the last refusal: cleared when the sheet changes, and set from a
 * selection made through the port (the task pane's "go to the cell"), which is then brought into view.
 */
export function useGridSelection({ workbook }: WorkbookSnapshot) {
  const sheet = workbook.activeSheet;
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setSelected(null);
    setEditing(null);
    setRefusal(null);
  }, [sheet]);

  // After the reset above, which runs first when the same call also changed the sheet. Each selection is taken once,
  // when it is made: coming back to its sheet later does not select its cell again.
  const target = workbook.selection;
  const taken = useRef<typeof target>(null);
  const reveal = useRef<string | null>(null);
  useEffect(() => {
    if (target === taken.current) return;
    taken.current = target;
    if (!target || target.sheet !== sheet) return;
    setEditing(null);
    setRefusal(null);
    setSelected(target.address);
    reveal.current = target.address;
  }, [target, sheet]);
  useEffect(() => {
    if (!selected || reveal.current !== selected) return;
    reveal.current = null;
    scrollRef.current
      ?.querySelector(`td[data-cell="${selected}"]`)
      ?.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [selected]);

  return { selected, setSelected, editing, setEditing, refusal, setRefusal, scrollRef };
}

import { useEffect, useRef, type KeyboardEvent } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Validation } from "../../workbook/memory";

/** Where the selection goes after a commit, as in Excel: Enter moves down, Tab right. */
export type Move = "down" | "right" | null;

export interface CellEditorProps {
  initial: string;
  /**
   * The editor was opened by typing over the cell (`initial` is the key typed): a text box even on a list cell, as in
   * Excel, where typing over a drop-down cell types text that the validation then takes or refuses.
   */
  typed?: boolean;
  validation: Validation | null;
  /** Returns false when the workbook refused the value (the editor then stays open). */
  onCommit: (text: string, move: Move) => boolean;
  onCancel: () => void;
}

const useStyles = makeStyles({
  control: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: "60px",
    margin: 0,
    padding: "1px 3px",
    border: "none",
    outline: "none",
    font: "inherit",
    color: "#000000",
    backgroundColor: "#FFFFFF",
  },
  prompt: {
    position: "absolute",
    top: "calc(100% + 4px)",
    left: "8px",
    zIndex: 5,
    width: "220px",
    padding: "6px 8px",
    backgroundColor: "#FFFFE1",
    border: "1px solid #767676",
    boxShadow: tokens.shadow4,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
    color: "#000000",
    textAlign: "left",
    whiteSpace: "normal",
    pointerEvents: "none",
  },
  promptTitle: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * Editing one cell: a text box, or the list of a list validation (Excel's in-cell dropdown). Enter or Tab commits,
 * Escape cancels, leaving the cell commits. The validation's prompt shows beside it, as Excel's input message.
 */
export function CellEditor({ initial, typed, validation, onCommit, onCancel }: CellEditorProps) {
  const styles = useStyles();
  const done = useRef(false);
  const items = validation?.rule.type === "list" && !typed ? validation.rule.items : null;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // typing goes on after the first key, not before it
    const box = input.current;
    if (typed && box) box.setSelectionRange(box.value.length, box.value.length);
  }, [typed]);

  const commit = (text: string, move: Move) => {
    if (done.current) return;
    done.current = onCommit(text, move);
  };
  const cancel = () => {
    done.current = true;
    onCancel();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      commit(event.currentTarget.value, event.key === "Enter" ? "down" : "right");
    }
    event.stopPropagation(); // the grid's own keys (arrows, Delete) do not apply while editing
  };

  const prompt = validation && (
    <span className={styles.prompt} role="note">
      <span className={styles.promptTitle}>{validation.prompt.title}</span>
      {validation.prompt.message}
    </span>
  );

  if (items) {
    const known = items.includes(initial) || initial === "";
    return (
      <>
        <select
          className={styles.control}
          autoFocus
          defaultValue={initial}
          aria-label="Chọn giá trị"
          onChange={(e) => commit(e.currentTarget.value, null)}
          onKeyDown={onKeyDown}
          onBlur={(e) => commit(e.currentTarget.value, null)}
        >
          <option value="">(để trống)</option>
          {!known && <option value={initial}>{initial}</option>}
          {items.map((item) => (
            <option key={item} value={item}>
              {item}
            </option>
          ))}
        </select>
        {prompt}
      </>
    );
  }
  return (
    <>
      <input
        ref={input}
        className={styles.control}
        autoFocus
        defaultValue={initial}
        aria-label="Nội dung ô"
        spellCheck={false}
        onKeyDown={onKeyDown}
        onBlur={(e) => commit(e.currentTarget.value, null)}
      />
      {prompt}
    </>
  );
}

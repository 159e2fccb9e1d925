import { useId, useState, type CSSProperties, type KeyboardEvent } from "react";
import { Caption1, Field, Input, tokens } from "@fluentui/react-components";
import { LEVEL_NAMES } from "../../core/levels";
import type { Level } from "../../core/types";

/** A roster entry as the picker shows it (RosterEntry of the core, without importing the core into the first load). */
export interface UnitChoice {
  readonly code: string;
  readonly name: string;
  readonly level: Exclude<Level, "tp" | "huyen">;
}

/** The roster behind the suggestions: the workbook's roster sheet, or the official list of communes. */
export interface UnitRoster {
  readonly entries: readonly UnitChoice[];
  /** The roster sheet's name; null: the official list (communes only). */
  readonly sheet: string | null;
  readonly find: (query: string, entries: readonly UnitChoice[]) => UnitChoice[];
  readonly match: (name: string, entries: readonly UnitChoice[]) => UnitChoice | null;
}

export interface UnitPickerProps {
  readonly unit: string;
  readonly code: string;
  readonly level: Level;
  readonly roster: UnitRoster | null;
  /** The field is used: the roster is (re)loaded. */
  readonly onFocus: () => void;
  /** Typed text: the code is dropped (a code belongs to the name it was picked with). */
  readonly onType: (unit: string) => void;
  readonly onPick: (choice: UnitChoice) => void;
}

const SHOWN = 6;

const styles = {
  anchor: {
    position: "relative",
  },
  list: {
    position: "absolute",
    zIndex: 10,
    top: "100%",
    left: 0,
    right: 0,
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    padding: tokens.spacingVerticalXXS,
    listStyleType: "none",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
    maxHeight: "260px",
    overflowY: "auto",
  },
  option: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    cursor: "pointer",
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  detail: {
    color: tokens.colorNeutralForeground3,
  },
} satisfies Record<string, CSSProperties>;

/**
 * "Tên đơn vị" with suggestions from the roster as the analyst types: picking a unit fills its name, code and level.
 * A name not on the roster is allowed, with a warning that the city will not match it. A combobox (ARIA 1.2) over a
 * plain list: arrows move, Enter picks, Escape closes.
 */
export function UnitPicker({
  unit,
  code,
  level,
  roster,
  onFocus,
  onType,
  onPick,
}: UnitPickerProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const choices = roster && unit.trim() ? roster.find(unit, roster.entries).slice(0, SHOWN) : [];
  const shown =
    open &&
    choices.length > 0 &&
    !(choices.length === 1 && choices[0].code === code && choices[0].name === unit);
  // the warning: only where the roster covers the level (the official list has the communes only)
  const covered = roster && (level === "xa" || (level === "so" && roster.sheet !== null));
  const onRoster =
    !roster || !unit.trim() || code !== "" || roster.match(unit, roster.entries) !== null;
  const warning =
    covered && !onRoster
      ? `“${unit.trim()}” không có trong ${roster!.sheet ? `trang “${roster!.sheet}”` : "danh sách chính thức"}: Thành phố sẽ không đối chiếu được báo cáo này. Hãy chọn đơn vị trong danh sách gợi ý.`
      : undefined;
  const pick = (choice: UnitChoice) => {
    onPick(choice);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && choices.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (shown ? (i + 1) % choices.length : 0));
    } else if (e.key === "ArrowUp" && shown) {
      e.preventDefault();
      setActive((i) => (i - 1 + choices.length) % choices.length);
    } else if (e.key === "Enter" && shown) {
      e.preventDefault();
      pick(choices[Math.min(active, choices.length - 1)]);
    } else if (e.key === "Escape" && shown) {
      e.preventDefault();
      setOpen(false);
    }
  };
  return (
    <Field
      label="Tên đơn vị"
      required
      validationState={warning ? "warning" : "none"}
      validationMessage={warning ?? (code ? `Mã đơn vị: ${code}` : undefined)}
    >
      <div style={styles.anchor}>
        <Input
          value={unit}
          placeholder="Gõ để tìm, ví dụ: Bến Thành, Sở Y tế"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={shown ? `${listId}-${active}` : undefined}
          autoComplete="off"
          style={{ width: "100%" }}
          onFocus={() => {
            onFocus();
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          onChange={(_, data) => {
            onType(data.value);
            setOpen(true);
            setActive(0);
          }}
        />
        {shown && (
          <ul id={listId} role="listbox" aria-label="Đơn vị trong danh sách" style={styles.list}>
            {choices.map((choice, i) => (
              <li
                key={`${choice.code}|${choice.name}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                style={i === active ? { ...styles.option, ...styles.active } : styles.option}
                // the pointer moves the highlight, as in Fluent's own combobox (an inline style has no :hover)
                onMouseEnter={() => setActive(i)}
                // mousedown, not click: the input's blur would close the list before a click lands
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(choice);
                }}
              >
                <span>{choice.name}</span>
                <Caption1 style={styles.detail}>
                  Mã {choice.code} · {LEVEL_NAMES[choice.level]}
                </Caption1>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Field>
  );
}

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

/** The warning under the field: a name the city will not match, where the roster covers the level. */
export function rosterWarning(
  { unit, code, level }: Pick<UnitPickerProps, "unit" | "code" | "level">,
  roster: UnitRoster | null
): string | undefined {
  // the official list has the communes only
  const covered = roster && (level === "xa" || (level === "so" && roster.sheet !== null));
  if (!covered || !unit.trim() || code !== "" || roster.match(unit, roster.entries) !== null) {
    return undefined;
  }
  const list = roster.sheet ? `trang “${roster.sheet}”` : "danh sách chính thức";
  return `“${unit.trim()}” không có trong ${list}: Thành phố sẽ không đối chiếu được báo cáo này. Hãy chọn đơn vị trong danh sách gợi ý.`;
}

/** The suggestions' state: which show, which is highlighted, and what the keys do. */
function useSuggestions({ unit, code, roster, onPick }: UnitPickerProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const choices = roster && unit.trim() ? roster.find(unit, roster.entries).slice(0, SHOWN) : [];
  // a unit just picked is not suggested to itself
  const shown =
    open &&
    choices.length > 0 &&
    !(choices.length === 1 && choices[0].code === code && choices[0].name === unit);
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
  return { choices, shown, active, setActive, setOpen, pick, onKeyDown };
}

/** The list under the field. */
function Suggestions({
  listId,
  choices,
  active,
  onHover,
  onPick,
}: {
  listId: string;
  choices: readonly UnitChoice[];
  active: number;
  onHover: (index: number) => void;
  onPick: (choice: UnitChoice) => void;
}) {
  return (
    <ul id={listId} role="listbox" aria-label="Đơn vị trong danh sách" style={styles.list}>
      {choices.map((choice, i) => (
        <li
          key={`${choice.code}|${choice.name}`}
          id={`${listId}-${i}`}
          role="option"
          aria-selected={i === active}
          style={i === active ? { ...styles.option, ...styles.active } : styles.option}
          // the pointer moves the highlight, as in Fluent's own combobox (an inline style has no :hover)
          onMouseEnter={() => onHover(i)}
          // mousedown, not click: the input's blur would close the list before a click lands
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(choice);
          }}
        >
          <span>{choice.name}</span>
          <Caption1 style={styles.detail}>
            Mã {choice.code} · {LEVEL_NAMES[choice.level]}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Tên đơn vị" with suggestions from the roster as the analyst types: picking a unit fills its name, code and level.
 * A name not on the roster is allowed, with a warning that the city will not match it. A combobox (ARIA 1.2) over a
 * plain list: arrows move, Enter picks, Escape closes.
 */
export function UnitPicker(props: UnitPickerProps) {
  const { unit, code, roster, onFocus, onType } = props;
  const listId = useId();
  const list = useSuggestions(props);
  const warning = rosterWarning(props, roster);
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
          aria-expanded={list.shown}
          aria-controls={listId}
          aria-activedescendant={list.shown ? `${listId}-${list.active}` : undefined}
          autoComplete="off"
          style={{ width: "100%" }}
          onFocus={() => {
            onFocus();
            list.setOpen(true);
          }}
          onBlur={() => list.setOpen(false)}
          onKeyDown={list.onKeyDown}
          onChange={(_, data) => {
            onType(data.value);
            list.setOpen(true);
            list.setActive(0);
          }}
        />
        {list.shown && (
          <Suggestions
            listId={listId}
            choices={list.choices}
            active={list.active}
            onHover={list.setActive}
            onPick={list.pick}
          />
        )}
      </div>
    </Field>
  );
}

import { useMemo, type KeyboardEvent } from "react";
import { mergeClasses } from "@fluentui/react-components";
import { cell, parseCell, type MemoryWorkbook } from "../../workbook/memory";
import { editText, gridModel, type GridCell, type GridModel } from "../gridModel";
import { useGridSelection } from "../useGridSelection";
import type { WorkbookSnapshot } from "../useWorkbook";
import { CellEditor, type Move } from "./CellEditor";
import { cellStyle, ROW_HEADER_PX, useGridStyles } from "./gridStyles";

type Direction = Move | "up" | "left";
type Styles = ReturnType<typeof useGridStyles>;
type Selection = ReturnType<typeof useGridSelection>;

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/** The cell a move from `address` lands on, staying within the sheet's rows and its visible columns. */
export function moveFrom(
  address: string,
  direction: Direction,
  columns: readonly number[],
  rowCount: number
): string {
  const { col, row } = parseCell(address);
  const at = columns.indexOf(col);
  if (direction === "down") return cell(col, Math.min(row + 1, rowCount));
  if (direction === "up") return cell(col, Math.max(row - 1, 1));
  if (direction === "right") return cell(columns[Math.min(at + 1, columns.length - 1)], row);
  if (direction === "left") return cell(columns[Math.max(at - 1, 0)], row);
  return address;
}

/** What the grid does with a sheet: open the editor, write what was typed (or say why not), the keys on a cell. */
function gridActions(workbook: MemoryWorkbook, sheet: string, model: GridModel, s: Selection) {
  const columns = model.columns.filter((c) => !c.hidden).map((c) => c.index);
  const move = (address: string, direction: Direction) =>
    moveFrom(address, direction, columns, model.rows.length);
  const textAt = (address: string) => {
    const { col, row } = parseCell(address);
    return model.rows[row - 1]?.[col]?.text ?? "";
  };
  const contentOf = (address: string) => editText(workbook, sheet, address, textAt(address));
  const refuse = (address: string, refused: string | null) =>
    s.setRefusal(refused ? `Ô ${address}: ${refused}` : null);
  const startEdit = (address: string, typed?: string) => {
    s.setSelected(address);
    s.setEditing({ address, initial: typed ?? contentOf(address), typed: typed !== undefined });
  };
  const commit = (address: string, text: string, direction: Move): boolean => {
    // Unchanged: nothing to write (rewriting the shown text would round a number to its display). Compared with the
    // cell's content, not with what the editor started from: a key typed over a cell is a change even when it is
    // all that was typed.
    const refused = text !== contentOf(address) ? workbook.type(sheet, address, text) : null;
    refuse(address, refused);
    if (refused) return false;
    s.setEditing(null);
    s.setSelected(move(address, direction));
    if (direction) s.scrollRef.current?.focus({ preventScroll: true });
    return true;
  };
  const cancel = () => {
    s.setEditing(null);
    s.setRefusal(null);
    s.scrollRef.current?.focus({ preventScroll: true });
  };
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const { selected } = s;
    if (!selected || s.editing) return;
    const key = event.key;
    if (ARROWS[key] || key === "Enter" || key === "F2" || key === "Delete" || key === "Backspace")
      event.preventDefault();
    if (ARROWS[key]) s.setSelected(move(selected, ARROWS[key]));
    else if (key === "Enter" || key === "F2") startEdit(selected);
    else if (key === "Delete" || key === "Backspace")
      refuse(selected, workbook.type(sheet, selected, ""));
    else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEdit(selected, key); // typing over a selected cell replaces it, as in Excel
    }
  };
  return { contentOf, startEdit, commit, cancel, onKey };
}

type Actions = ReturnType<typeof gridActions>;

/** The name box and the formula bar above the grid. */
function FormulaBar({
  selected,
  formula,
  styles,
}: {
  selected: string | null;
  formula: string;
  styles: Styles;
}) {
  return (
    <div className={styles.formulaBar}>
      <div className={styles.nameBox} aria-label="Ô đang chọn" data-testid="name-box">
        {selected ?? ""}
      </div>
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <div
        className={styles.formula}
        aria-label="Nội dung ô"
        data-testid="formula-bar"
        title={formula}
      >
        {formula}
      </div>
    </div>
  );
}

interface RowProps {
  line: readonly GridCell[];
  /** The row's index from 0. */
  r: number;
  model: GridModel;
  workbook: MemoryWorkbook;
  sheet: string;
  selection: Selection;
  actions: Actions;
  styles: Styles;
}

/** One cell of a row: its text, or the editor while it is edited. */
function GridCellView({ c, i, ...row }: RowProps & { c: GridCell; i: number }) {
  const { line, r, model, workbook, sheet, selection, actions, styles } = row;
  if (c.covered) return null;
  if (model.columns[i].hidden) {
    // kept in the page (hidden) so tests can read the id column, as a hidden Excel column keeps its values
    return (
      <td hidden data-cell={c.address}>
        {c.text}
      </td>
    );
  }
  const { editing, selected } = selection;
  const isEditing = editing?.address === c.address;
  const above = model.rows[r - 1]?.[i];
  const before = line[i - 1];
  return (
    <td
      data-cell={c.address}
      data-error={c.kind === "error" ? "true" : undefined}
      colSpan={c.colSpan > 1 ? c.colSpan : undefined}
      rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
      className={mergeClasses(
        styles.cell,
        c.style.borders && styles.bordered,
        c.kind === "error" && styles.error,
        selected === c.address && styles.selected,
        isEditing && styles.editing
      )}
      style={cellStyle(c, !above?.style.borders, !before?.style.borders)}
      onClick={() => {
        if (!isEditing) actions.startEdit(c.address);
      }}
    >
      {isEditing ? (
        <CellEditor
          initial={editing.initial}
          typed={editing.typed}
          validation={workbook.validationAt(sheet, c.address)}
          onCommit={(text, direction) => actions.commit(c.address, text, direction)}
          onCancel={actions.cancel}
        />
      ) : (
        c.text
      )}
    </td>
  );
}

/** A row: its number, then its cells. */
function GridRow(props: RowProps) {
  const { line, r, model, selection, styles } = props;
  const rowNumber = r + 1;
  const frozenEdge = model.freezeRows > 0 && rowNumber === model.freezeRows;
  const active = selection.selected !== null && parseCell(selection.selected).row === rowNumber;
  return (
    <tr className={frozenEdge ? styles.frozenEdge : undefined}>
      <th scope="row" className={mergeClasses(styles.rowNumber, active && styles.headerActive)}>
        {rowNumber}
      </th>
      {line.map((c, i) => (
        <GridCellView key={c.address} {...props} c={c} i={i} />
      ))}
    </tr>
  );
}

/** The column letters, the selected cell's highlighted. */
function ColumnLetters({
  model,
  selected,
  styles,
}: {
  model: GridModel;
  selected: string | null;
  styles: Styles;
}) {
  const col = selected ? parseCell(selected).col : null;
  return (
    <tr>
      <th className={mergeClasses(styles.letter, styles.corner)} aria-hidden="true" />
      {model.columns.map((c) =>
        c.hidden ? null : (
          <th
            key={c.letter}
            scope="col"
            className={mergeClasses(styles.letter, col === c.index && styles.headerActive)}
          >
            {c.letter}
          </th>
        )
      )}
    </tr>
  );
}

/** The active sheet of the in-memory workbook drawn as Excel draws it; click a cell to type in it. */
export function SheetGrid({ snapshot }: { snapshot: WorkbookSnapshot }) {
  const styles = useGridStyles();
  const { workbook } = snapshot;
  const sheet = workbook.activeSheet;
  // A new snapshot stands for every change inside the workbook.
  const model = useMemo<GridModel | null>(
    () => (sheet ? gridModel(snapshot.workbook, sheet) : null),
    [snapshot, sheet]
  );
  const selection = useGridSelection(snapshot);
  if (!sheet || !model) return <div className={styles.root} />;

  const actions = gridActions(workbook, sheet, model, selection);
  const { selected, refusal, scrollRef } = selection;
  const visible = model.columns.filter((c) => !c.hidden);
  const row = { model, workbook, sheet, selection, actions, styles };
  return (
    <div className={styles.root}>
      <FormulaBar
        selected={selected}
        formula={selected ? actions.contentOf(selected) : ""}
        styles={styles}
      />
      {refusal && (
        <div className={styles.refusal} role="alert" data-testid="refusal">
          {refusal}
        </div>
      )}
      <div className={styles.scroll} ref={scrollRef} tabIndex={0} onKeyDown={actions.onKey}>
        {/* The table as wide as its columns: with an automatic width the browser would squeeze the columns (a
            fixed layout applies only to a table of a given width), unlike Excel, which keeps every width. */}
        <table
          className={styles.table}
          style={{ width: ROW_HEADER_PX + visible.reduce((sum, c) => sum + c.widthPx, 0) }}
          data-sheet={sheet}
          aria-label={`Trang ${sheet}`}
        >
          <colgroup>
            <col style={{ width: ROW_HEADER_PX }} />
            {visible.map((c) => (
              <col key={c.letter} style={{ width: c.widthPx }} />
            ))}
          </colgroup>
          <thead className={styles.head}>
            <ColumnLetters model={model} selected={selected} styles={styles} />
            {model.rows.slice(0, model.freezeRows).map((line, r) => (
              <GridRow key={r + 1} {...row} line={line} r={r} />
            ))}
          </thead>
          <tbody>
            {model.rows.slice(model.freezeRows).map((line, i) => (
              <GridRow
                key={i + 1 + model.freezeRows}
                {...row}
                line={line}
                r={i + model.freezeRows}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { cell, parseCell } from "../../workbook/memory/cells";
import type { WorkbookSnapshot } from "../useWorkbook";
import { editText, gridModel, type GridCell, type GridModel } from "../gridModel";
import { CellEditor, type Move } from "./CellEditor";

const GRIDLINE = "#E1E1E1";
const HEADER_BG = "#F3F3F3";
const EXCEL_GREEN = "#107C41";

/** The width of the row numbers' column. */
const ROW_HEADER_PX = 40;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    flexGrow: 1,
    backgroundColor: "#FFFFFF",
  },
  formulaBar: {
    display: "flex",
    alignItems: "stretch",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${GRIDLINE}`,
    backgroundColor: "#FFFFFF",
    fontSize: tokens.fontSizeBase200,
  },
  nameBox: {
    width: "72px",
    flexShrink: 0,
    padding: "2px 6px",
    border: `1px solid ${GRIDLINE}`,
    fontFamily: tokens.fontFamilyBase,
  },
  fx: {
    flexShrink: 0,
    alignSelf: "center",
    fontStyle: "italic",
    fontFamily: "Georgia, serif",
    color: tokens.colorNeutralForeground3,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  formula: {
    flexGrow: 1,
    minWidth: 0,
    padding: "2px 6px",
    border: `1px solid ${GRIDLINE}`,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    fontFamily: tokens.fontFamilyBase,
  },
  refusal: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    borderBottom: `1px solid ${tokens.colorPaletteRedBorder1}`,
    fontSize: tokens.fontSizeBase200,
  },
  scroll: {
    flexGrow: 1,
    minHeight: 0,
    overflow: "auto",
    outline: "none",
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: "Calibri, Carlito, 'Noto Sans', 'Segoe UI', Arial, sans-serif",
    fontSize: "11pt",
    lineHeight: 1.25,
    color: "#000000",
  },
  // The column letters and the frozen rows stay on top while the body scrolls, as Excel's frozen panes.
  head: {
    position: "sticky",
    top: 0,
    zIndex: 3,
  },
  letter: {
    height: "20px",
    backgroundColor: HEADER_BG,
    borderRight: `1px solid ${GRIDLINE}`,
    borderBottom: "1px solid #BDBDBD",
    color: "#444444",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    padding: 0,
  },
  rowNumber: {
    position: "sticky",
    left: 0,
    zIndex: 2,
    width: "40px",
    backgroundColor: HEADER_BG,
    borderRight: "1px solid #BDBDBD",
    borderBottom: `1px solid ${GRIDLINE}`,
    color: "#444444",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    verticalAlign: "middle",
    padding: 0,
  },
  corner: {
    left: 0,
    position: "sticky",
    zIndex: 4,
  },
  headerActive: {
    backgroundColor: "#D3F0E0",
    color: EXCEL_GREEN,
    fontWeight: tokens.fontWeightSemibold,
  },
  frozenEdge: {
    "& > td, & > th": { borderBottom: "2px solid #A6A6A6" },
  },
  cell: {
    position: "relative",
    height: "20px",
    padding: "1px 4px",
    borderRight: `1px solid ${GRIDLINE}`,
    borderBottom: `1px solid ${GRIDLINE}`,
    overflow: "hidden",
    cursor: "cell",
    backgroundColor: "#FFFFFF",
  },
  bordered: {
    borderRight: "1px solid #7F7F7F",
    borderBottom: "1px solid #7F7F7F",
  },
  selected: {
    outline: `2px solid ${EXCEL_GREEN}`,
    outlineOffset: "-2px",
  },
  editing: {
    overflow: "visible",
    padding: 0,
    zIndex: 1,
  },
  error: {
    color: "#000000",
  },
});

function alignOf(c: GridCell): CSSProperties["textAlign"] {
  if (c.style.hAlign) return c.style.hAlign.toLowerCase() as CSSProperties["textAlign"];
  if (c.kind === "number") return "right";
  if (c.kind === "error" || c.kind === "bool") return "center";
  return "left";
}

function cellStyle(c: GridCell, top: boolean, left: boolean): CSSProperties {
  const s = c.style;
  const border = s.borders ? "1px solid #7F7F7F" : undefined;
  return {
    fontWeight: s.bold ? 700 : undefined,
    fontStyle: s.italic ? "italic" : undefined,
    fontSize: s.fontSize ? `${s.fontSize}pt` : undefined,
    color: s.fontColor,
    backgroundColor: s.fill,
    textAlign: alignOf(c),
    verticalAlign: s.vAlign === "Top" ? "top" : s.vAlign === "Center" ? "middle" : "bottom",
    whiteSpace: s.wrap ? "pre-wrap" : "pre",
    overflowWrap: s.wrap ? "anywhere" : undefined,
    // a bordered range also draws its top and left edges, where the neighbours have none
    borderTop: border && top ? border : undefined,
    borderLeft: border && left ? border : undefined,
  };
}

interface Editing {
  readonly address: string;
  /** What the editor starts from: the cell's content, or the key typed over it. */
  readonly initial: string;
  /** Opened by typing over the cell. */
  readonly typed: boolean;
}

/** The active sheet of the in-memory workbook drawn as Excel draws it; click a cell to type in it. */
export function SheetGrid({ snapshot }: { snapshot: WorkbookSnapshot }) {
  const styles = useStyles();
  const { workbook } = snapshot;
  const sheet = workbook.activeSheet;
  // A new snapshot stands for every change inside the workbook.
  const model = useMemo<GridModel | null>(
    () => (sheet ? gridModel(snapshot.workbook, sheet) : null),
    [snapshot, sheet]
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setSelected(null);
    setEditing(null);
    setRefusal(null);
  }, [sheet]);

  // A cell selected through the port (the task pane's "go to the cell") becomes the grid's selection, in view, as
  // Excel shows it. After the reset above, which runs first when the same call also changed the sheet.
  // Each selection is taken once, when it is made: coming back to its sheet later does not select its cell again.
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

  if (!sheet || !model) return <div className={styles.root} />;

  const visible = model.columns.filter((c) => !c.hidden);
  const textAt = (address: string) => {
    const { col, row } = parseCell(address);
    return model.rows[row - 1]?.[col]?.text ?? "";
  };

  const contentOf = (address: string) => editText(workbook, sheet, address, textAt(address));

  const startEdit = (address: string, typed?: string) => {
    setSelected(address);
    setEditing({ address, initial: typed ?? contentOf(address), typed: typed !== undefined });
  };

  const move = (address: string, direction: Move | "up" | "left"): string => {
    const { col, row } = parseCell(address);
    const cols = visible.map((c) => c.index);
    const at = cols.indexOf(col);
    if (direction === "down") return cell(col, Math.min(row + 1, model.rows.length));
    if (direction === "up") return cell(col, Math.max(row - 1, 1));
    if (direction === "right") return cell(cols[Math.min(at + 1, cols.length - 1)], row);
    if (direction === "left") return cell(cols[Math.max(at - 1, 0)], row);
    return address;
  };

  const commit = (address: string, text: string, direction: Move): boolean => {
    // Unchanged: nothing to write (rewriting the shown text would round a number to its display). Compared with the
    // cell's content, not with what the editor started from: a key typed over a cell is a change even when it is
    // all that was typed.
    if (text !== contentOf(address)) {
      const refused = workbook.type(sheet, address, text);
      if (refused) {
        setRefusal(`Ô ${address}: ${refused}`);
        return false;
      }
    }
    setRefusal(null);
    setEditing(null);
    setSelected(move(address, direction));
    if (direction) scrollRef.current?.focus({ preventScroll: true });
    return true;
  };

  const cancel = () => {
    setEditing(null);
    setRefusal(null);
    scrollRef.current?.focus({ preventScroll: true });
  };

  const onGridKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!selected || editing) return;
    const arrows: Record<string, "up" | "down" | "left" | "right"> = {
      ArrowUp: "up",
      ArrowDown: "down",
      ArrowLeft: "left",
      ArrowRight: "right",
    };
    if (arrows[event.key]) {
      event.preventDefault();
      setSelected(move(selected, arrows[event.key]));
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      startEdit(selected);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      const refused = workbook.type(sheet, selected, "");
      setRefusal(refused ? `Ô ${selected}: ${refused}` : null);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEdit(selected, event.key); // typing over a selected cell replaces it, as in Excel
    }
  };

  const sel = selected ? parseCell(selected) : null;
  const selectedFormula = selected ? contentOf(selected) : "";

  const renderRow = (line: readonly GridCell[], r: number) => {
    const rowNumber = r + 1;
    const frozenEdge = model.freezeRows > 0 && rowNumber === model.freezeRows;
    return (
      <tr key={rowNumber} className={frozenEdge ? styles.frozenEdge : undefined}>
        <th
          scope="row"
          className={mergeClasses(styles.rowNumber, sel?.row === rowNumber && styles.headerActive)}
        >
          {rowNumber}
        </th>
        {line.map((c, i) => {
          const column = model.columns[i];
          if (c.covered) return null;
          if (column.hidden) {
            // kept in the page (hidden) so tests can read the id column, as a hidden Excel column keeps its values
            return (
              <td key={c.address} hidden data-cell={c.address}>
                {c.text}
              </td>
            );
          }
          const isEditing = editing?.address === c.address;
          const above = model.rows[r - 1]?.[i];
          const before = line[i - 1];
          return (
            <td
              key={c.address}
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
                if (!isEditing) startEdit(c.address);
              }}
            >
              {isEditing ? (
                <CellEditor
                  initial={editing.initial}
                  typed={editing.typed}
                  validation={workbook.validationAt(sheet, c.address)}
                  onCommit={(text, direction) => commit(c.address, text, direction)}
                  onCancel={cancel}
                />
              ) : (
                c.text
              )}
            </td>
          );
        })}
      </tr>
    );
  };

  const frozen = model.rows.slice(0, model.freezeRows);
  const body = model.rows.slice(model.freezeRows);

  return (
    <div className={styles.root}>
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
          title={selectedFormula}
        >
          {selectedFormula}
        </div>
      </div>
      {refusal && (
        <div className={styles.refusal} role="alert" data-testid="refusal">
          {refusal}
        </div>
      )}
      <div className={styles.scroll} ref={scrollRef} tabIndex={0} onKeyDown={onGridKey}>
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
            <tr>
              <th className={mergeClasses(styles.letter, styles.corner)} aria-hidden="true" />
              {model.columns.map((c) =>
                c.hidden ? null : (
                  <th
                    key={c.letter}
                    scope="col"
                    className={mergeClasses(
                      styles.letter,
                      sel?.col === c.index && styles.headerActive
                    )}
                  >
                    {c.letter}
                  </th>
                )
              )}
            </tr>
            {frozen.map(renderRow)}
          </thead>
          <tbody>{body.map((line, i) => renderRow(line, i + model.freezeRows))}</tbody>
        </table>
      </div>
    </div>
  );
}

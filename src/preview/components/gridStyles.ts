/** How the preview grid looks: Excel's gridlines, headers, selection, and each cell's own style. */
import type { CSSProperties } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { GridCell } from "../gridModel";

const GRIDLINE = "#E1E1E1";
const HEADER_BG = "#F3F3F3";
const EXCEL_GREEN = "#107C41";

/** The width of the row numbers' column. */
export const ROW_HEADER_PX = 40;

export const useGridStyles = makeStyles({
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

export function cellStyle(c: GridCell, top: boolean, left: boolean): CSSProperties {
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

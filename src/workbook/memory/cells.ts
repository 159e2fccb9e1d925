/**
 * What the preview's grid needs to show the in-memory workbook's cells: A1 addresses, and the styles and validations
 * a cell carries. The preview imports the pane and this adapter only (docs/architecture.md).
 */
export {
  cell,
  columnLetter,
  parseCell,
  parseRange,
  type CellStyle,
  type Validation,
} from "../../sheets";

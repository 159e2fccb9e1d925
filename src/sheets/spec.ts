/**
 * A sheet as data: what to write, where, and how it looks. The core describes it; the workbook adapters (Office.js,
 * in-memory) only move it. Ranges are A1 references within the sheet ("C8:C12").
 */

/** The most characters a cell holds (Excel's specifications and limits); Excel refuses a longer text. */
export const CELL_TEXT_LIMIT = 32_767;

/** What a cell holds. Text is always written as text, even when it starts with "=", "+", "-" or "@". */
export type CellContent =
  | { readonly text: string }
  | { readonly number: number }
  | { readonly bool: boolean }
  | { readonly formula: string }
  | { readonly blank: true };

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string; // "#RRGGBB"
  readonly fill?: string; // "#RRGGBB"
  readonly wrap?: boolean;
  readonly hAlign?: "Left" | "Center" | "Right";
  readonly vAlign?: "Top" | "Center" | "Bottom";
  /** An Excel number format code in invariant (en-US) form; Excel shows it in the user's locale. */
  readonly numberFormat?: string;
  /** false: the cell stays editable when the sheet is protected. */
  readonly locked?: boolean;
  /** Thin borders around and inside the range. */
  readonly borders?: boolean;
}

export type ValidationRule =
  | { readonly type: "wholeNumber"; readonly min: number; readonly max?: number }
  | { readonly type: "decimal"; readonly min: number; readonly max: number }
  | {
      readonly type: "list";
      readonly items: readonly string[];
      /**
       * Where Excel reads the items from, an absolute range of the same sheet holding them ("$F$2:$F$3"). Needed when
       * an item holds a comma: Excel splits an inline list on commas, whatever the locale.
       */
      readonly source?: string;
    };

export interface Validation {
  readonly range: string;
  readonly rule: ValidationRule;
  /** Shown when the cell is selected. */
  readonly prompt: { readonly title: string; readonly message: string };
  /** Shown when a value breaks the rule (and the value is refused). */
  readonly error: { readonly title: string; readonly message: string };
}

/** Colours the cells of a range whose value equals a text (verdicts). */
export interface ConditionalFormat {
  readonly range: string;
  readonly equals: string;
  readonly fill: string;
  readonly fontColor: string;
}

export interface SheetSpec {
  readonly name: string;
  /** Workbook-level name registered over the sheet's table: finds the sheet again after a rename. */
  readonly key: string;
  /** The whole area the sheet uses, "A1:H95": cleared before writing. */
  readonly area: string;
  /** Cell contents, row by row from A1, as wide as the area. */
  readonly cells: readonly (readonly CellContent[])[];
  /** Column widths in points, and hidden columns. */
  readonly columns: readonly { readonly width: number; readonly hidden?: boolean }[];
  /** Applied in order; later ones win. */
  readonly styles: readonly { readonly range: string; readonly style: CellStyle }[];
  readonly merges: readonly string[];
  readonly validations: readonly Validation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** Rows above the table body that stay on screen (the title block and the header). */
  readonly freezeRows: number;
  readonly print: {
    readonly orientation: "Landscape" | "Portrait";
    readonly paper: "A4";
    /** Rows repeated at the top of every printed page, "$6:$6". */
    readonly titleRows: string;
    readonly fitToWidth: boolean;
  };
  /** Excel charts over ranges of the sheet. */
  readonly charts?: readonly ChartSpec[];
  /** A range with the header row on top to put Excel's filter buttons on (Data › Filter). */
  readonly autoFilter?: string;
  /**
   * A cell written last, after everything else: a sheet where it does not hold this content was not written whole
   * (Excel keeps the first operations of a batch that fails part-way).
   */
  readonly seal?: CellWrite;
}

/** A chart made with Excel's own charts: series in the columns of `source`, categories in its first column. */
export interface ChartSpec {
  readonly type: "ColumnStacked" | "ColumnClustered" | "BarStacked";
  /** The data with its header row and its category column, "J6:M12". */
  readonly source: string;
  readonly title: string;
  /** Where the chart stands: "J14:P32". */
  readonly anchor: string;
  /** Series colours, in the order of the source's columns after the first. */
  readonly colors?: readonly string[];
}

/** One cell to write during a fill: its address ("D20") and content, plus a number format where it matters. */
export interface CellWrite {
  readonly address: string;
  readonly content: CellContent;
  readonly numberFormat?: string;
}

/** How cells written beside a sheet's table look: styles over ranges, widths of whole columns (by index). */
export interface CellsLayout {
  readonly styles?: readonly { readonly range: string; readonly style: CellStyle }[];
  readonly columns?: readonly { readonly index: number; readonly width: number }[];
}

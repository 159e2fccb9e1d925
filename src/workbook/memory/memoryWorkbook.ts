/**
 * The in-memory workbook: a real second adapter of the port, backed by HyperFormula with the CDS functions of the
 * core registered. It powers the preview page (the task pane on a machine without Excel) and the sheet tests.
 *
 * HyperFormula is GPLv3: this module is for tests and the preview page only, never the production add-in bundle.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { formatNumber, formatPercent } from "../../core/format";
import {
  parseCell,
  parseRange,
  type CellContent,
  type CellStyle,
  type CellWrite,
  type CellsLayout,
  type ChartSpec,
  type ConditionalFormat,
  type SheetSnapshot,
  type SheetSpec,
  type Validation,
} from "../../sheets";
import { type CellValue } from "../../core";
import { NUMBER_FORMATS } from "../../sheets/styles";
import { FAILURES, protectedSheet, textTooLong } from "../failures";
import { longText, payloadBytes, READ_BATCH_BYTES, specCells } from "../limits";
import { HEAD_COLUMNS, HEAD_ROWS, MAX_READ_ROWS, WorkbookError, type WorkbookPort } from "../port";
// the port's two sides: what a read asks and gives, what a sheet's write takes and gives back
import type { ReadExtent, ReadRequest, ReadResult, SheetHead } from "../port";
import type { WriteSheetOptions, WriteSheetResult } from "../port";
import { changedOwned, withCells, type OwnedCells } from "../owned";
import { CdsFunctionsPlugin, registerCdsFunctions } from "./cdsPlugin";

registerCdsFunctions();

interface SheetMeta {
  protected: boolean;
  styles: Map<string, CellStyle>; // "r,c" (0-based) → merged style
  validations: Validation[];
  conditionalFormats: ConditionalFormat[];
  merges: string[];
  columns: { width: number; hidden?: boolean }[];
  freezeRows: number;
  print?: SheetSpec["print"];
  autoFilter?: string;
  charts?: ChartSpec[];
}

export interface MemoryWorkbookOptions {
  /** false: behave as a page opened outside Excel (ensureReady fails with "noHost"). */
  readonly host?: boolean;
  /** false: behave as an Excel whose API lacks the requirement set. */
  readonly apiSupported?: boolean;
  /**
   * false: behave as an Excel without custom functions (=CDS.* is #NAME?, Excel's own functions only; text compared
   * with accents, as Excel does). The port then says so, and Generate writes the plain kind of sheet.
   */
  readonly customFunctions?: boolean;
}

/** A cell as the preview grid shows it. */
export interface DisplayCell {
  readonly text: string;
  readonly style: CellStyle;
  readonly error: boolean;
}

const key = (row: number, col: number) => `${row},${col}`;

/** Excel's default column width in points (8.43 characters of Calibri 11). */
const DEFAULT_COLUMN_WIDTH = 48;

function eachCell(range: string, fn: (row0: number, col: number) => void): void {
  const { start, end } = parseRange(range);
  for (let r = start.row; r <= end.row; r++)
    for (let c = start.col; c <= end.col; c++) fn(r - 1, c);
}

/** What HyperFormula is given for a cell content: text behind an apostrophe, so that "=…" stays text. */
function raw(content: CellContent): string | number | boolean | null {
  if ("text" in content) return `'${content.text}`;
  if ("number" in content) return content.number;
  if ("bool" in content) return content.bool;
  if ("formula" in content) return content.formula;
  return null;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly hf: HyperFormula;
  /** Whether =CDS.* computes here (see MemoryWorkbookOptions.customFunctions). */
  readonly runsCustomFunctions: boolean;
  /** Round trips, counted as the Office adapter counts its syncs. */
  roundTrips = 0;
  private readonly meta = new Map<number, SheetMeta>();
  private readonly keys = new Map<string, number>();
  private activeId: number | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: MemoryWorkbookOptions = {}) {
    // no smart rounding: values come back as computed, as Excel keeps them
    this.hf =
      options.customFunctions === false
        ? HyperFormula.buildEmpty({
            licenseKey: "gpl-v3",
            smartRounding: false,
            accentSensitive: true,
            functionPlugins: HyperFormula.getAllFunctionPlugins().filter(
              (p) => p !== CdsFunctionsPlugin
            ),
          })
        : HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    this.runsCustomFunctions = options.customFunctions !== false;
  }

  /** Called after every change (the preview grid re-renders). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  async ensureReady(): Promise<void> {
    if (this.options.host === false) {
      throw new WorkbookError("noHost", FAILURES.noHost);
    }
    if (this.options.apiSupported === false) {
      throw new WorkbookError("apiMissing", FAILURES.apiMissing);
    }
  }

  // ---- the port ----

  async customFunctions(): Promise<boolean> {
    return this.runsCustomFunctions;
  }

  async read(request: ReadRequest): Promise<ReadResult> {
    this.roundTrips++;
    const extent = request.extent ?? "report";
    const byKey: Record<string, SheetSnapshot | null> = {};
    for (const k of request.keys ?? []) {
      const id = this.keys.get(k);
      byKey[k] =
        id !== undefined && this.hf.doesSheetExist(this.hf.getSheetName(id) ?? "")
          ? this.snapshot(id, extent)
          : null;
    }
    const byName: Record<string, SheetSnapshot | null> = {};
    for (const n of request.names ?? []) {
      const id = this.hf.getSheetId(n);
      byName[n] = id === undefined ? null : this.snapshot(id, extent);
    }
    return {
      sheetNames: this.sheetNames(),
      byKey,
      byName,
      active:
        request.active && this.activeId !== null ? this.snapshot(this.activeId, extent) : null,
    };
  }

  async readHeads(): Promise<SheetHead[]> {
    this.roundTrips += 2; // as the Office adapter: the names, then the title blocks
    return this.hf.getSheetNames().map((name) => {
      const id = this.hf.getSheetId(name)!;
      const values = Array.from({ length: HEAD_ROWS }, (_, r) =>
        Array.from({ length: HEAD_COLUMNS }, (_, c) =>
          plain(this.hf.getCellValue({ sheet: id, row: r, col: c }))
        )
      );
      return { name, protected: this.metaOf(id).protected, values, blank: this.isBlank(id) };
    });
  }

  /**
   * Round trips as the Office adapter counts them when its estimates are right: one for the extents, then one per
   * batch of report ranges under READ_BATCH_BYTES (measured here, as Excel on the web would count them).
   */
  async readSheets(
    names: readonly string[],
    progress: (done: number, total: number) => void = () => {}
  ): Promise<SheetSnapshot[]> {
    this.roundTrips++;
    const ids = [
      ...new Set(
        names.map((n) => this.hf.getSheetId(n)).filter((id): id is number => id !== undefined)
      ),
    ];
    const snapshots = ids.map((id) => this.snapshot(id, "report"));
    let batch = 0;
    let done = 0;
    const finish = () => {
      if (batch > 0) {
        this.roundTrips++;
        progress(done, snapshots.length);
      }
      batch = 0;
    };
    for (const snapshot of snapshots) {
      const bytes = payloadBytes(snapshot.values) + payloadBytes(snapshot.formulas);
      if (batch > 0 && batch + bytes > READ_BATCH_BYTES) finish();
      batch += bytes;
      done++;
    }
    finish();
    return snapshots;
  }

  async writeSheet(spec: SheetSpec, options: WriteSheetOptions = {}): Promise<WriteSheetResult> {
    const tooLong = textTooLong(options.replace ?? spec.name, longText(specCells(spec)));
    if (tooLong) throw tooLong;
    this.roundTrips += 2; // as the Office adapter: a look, then the write
    let id: number;
    let kept: Record<string, CellContent> = {};
    if (options.replace !== undefined) {
      const existing = this.hf.getSheetId(options.replace);
      if (existing === undefined)
        throw new WorkbookError("notFound", FAILURES.notFound(options.replace), {
          wroteNothing: true,
        });
      id = existing;
      this.guard(id);
      kept = this.typedSince(existing, options.owned);
      spec = withCells(spec, kept);
      if (options.replace !== spec.name && !this.hf.doesSheetExist(spec.name))
        this.hf.renameSheet(id, spec.name);
    } else if (this.hf.doesSheetExist(spec.name)) {
      // a blank sheet of that name (an Excel write cut after its add) is taken over, as the Office adapter does
      id = this.hf.getSheetId(spec.name)!;
      if (!this.isBlank(id))
        throw new WorkbookError("failed", FAILURES.nameTaken(spec.name), { wroteNothing: true });
      this.guard(id);
    } else {
      id = this.hf.getSheetId(this.hf.addSheet(spec.name))!;
    }
    const { end } = parseRange(spec.area);
    const rows = Math.max(end.row, options.clearRows ?? 0);
    this.hf.batch(() => {
      // clear the area, then write the block
      const blank = Array.from({ length: rows }, () =>
        Array.from({ length: end.col + 1 }, () => null)
      );
      this.hf.setCellContents({ sheet: id, row: 0, col: 0 }, blank);
      this.hf.setCellContents(
        { sheet: id, row: 0, col: 0 },
        spec.cells.map((r) => r.map(raw))
      );
      if (spec.seal) {
        const { col, row } = parseCell(spec.seal.address);
        this.hf.setCellContents({ sheet: id, row: row - 1, col }, [[raw(spec.seal.content)]]);
      }
    });
    const styles = new Map<string, CellStyle>();
    for (const { range, style } of spec.styles) {
      eachCell(range, (r, c) => styles.set(key(r, c), { ...styles.get(key(r, c)), ...style }));
    }
    this.meta.set(id, {
      protected: false,
      styles,
      validations: [...spec.validations],
      conditionalFormats: [...spec.conditionalFormats],
      merges: [...spec.merges],
      columns: [...spec.columns],
      freezeRows: spec.freezeRows,
      print: spec.print,
      autoFilter: spec.autoFilter,
      charts: [...(spec.charts ?? [])],
    });
    this.keys.set(spec.key, id);
    this.activeId = id;
    this.changed();
    return { kept: Object.keys(kept) };
  }

  /** The analyst's cells (WriteSheetOptions.owned) typed since the read, with what they hold now. */
  private typedSince(id: number, owned: OwnedCells | undefined): Record<string, CellContent> {
    if (!owned) return {};
    return changedOwned(owned, (address) => {
      const { col, row } = parseCell(address);
      const at = { sheet: id, row: row - 1, col };
      const value = plain(this.hf.getCellValue(at));
      return { formula: this.hf.getCellFormula(at) ?? value, value };
    });
  }

  async writeCells(
    sheet: string,
    writes: readonly CellWrite[],
    layout: CellsLayout = {}
  ): Promise<void> {
    const tooLong = textTooLong(sheet, longText(writes));
    if (tooLong) throw tooLong;
    this.roundTrips++;
    const id = this.idOf(sheet);
    this.guard(id);
    const meta = this.metaOf(id);
    this.hf.batch(() => {
      for (const w of writes) {
        const { col, row } = parseCell(w.address);
        if (w.numberFormat)
          meta.styles.set(key(row - 1, col), {
            ...meta.styles.get(key(row - 1, col)),
            numberFormat: w.numberFormat,
          });
        this.hf.setCellContents({ sheet: id, row: row - 1, col }, [[raw(w.content)]]);
      }
    });
    for (const { range, style } of layout.styles ?? []) {
      eachCell(range, (r, c) =>
        meta.styles.set(key(r, c), { ...meta.styles.get(key(r, c)), ...style })
      );
    }
    for (const { index, width } of layout.columns ?? []) {
      while (meta.columns.length <= index) meta.columns.push({ width: DEFAULT_COLUMN_WIDTH });
      meta.columns[index] = { ...meta.columns[index], width };
    }
    this.changed();
  }

  async setProtection(
    sheet: string,
    protect: boolean,
    writes: readonly CellWrite[],
    layout: CellsLayout = {}
  ): Promise<void> {
    const id = this.idOf(sheet);
    const meta = this.metaOf(id);
    if (protect && meta.protected)
      throw new WorkbookError("failed", `Trang "${sheet}" đã được bảo vệ.`, { wroteNothing: true });
    if (!protect) meta.protected = false;
    const trips = this.roundTrips;
    await this.writeCells(sheet, writes, { styles: layout.styles });
    this.roundTrips = trips + 1;
    if (protect) meta.protected = true;
    this.changed();
  }

  async select(sheet: string, address: string): Promise<void> {
    this.roundTrips++;
    this.activeId = this.idOf(sheet);
    this.selection = { sheet, address };
    this.changed();
  }

  /** The last selection made through the port. */
  selection: { sheet: string; address: string } | null = null;

  // ---- what a person does in Excel (preview and tests) ----

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  get activeSheet(): string | null {
    return this.activeId === null ? null : (this.hf.getSheetName(this.activeId) ?? null);
  }

  activate(sheet: string): void {
    this.activeId = this.idOf(sheet);
    this.changed();
  }

  addSheet(name: string): void {
    this.activeId = this.hf.getSheetId(this.hf.addSheet(name))!;
    this.changed();
  }

  renameSheet(from: string, to: string): void {
    this.hf.renameSheet(this.idOf(from), to);
    this.changed();
  }

  /** Deletes whole rows (1-based, inclusive), as a person selecting rows and pressing Delete. */
  deleteRows(sheet: string, first: number, count = 1): void {
    this.hf.removeRows(this.idOf(sheet), [first - 1, count]);
    this.changed();
  }

  protect(sheet: string, on = true): void {
    this.metaOf(this.idOf(sheet)).protected = on;
    this.changed();
  }

  /**
   * Types into a cell as a person does in Excel: "=…" is a formula, "60%" or "60,5%" a percentage, "1.234" a number
   * with Vietnamese thousands, anything else text. A value that breaks the cell's data validation is refused, with
   * the validation's message (Excel's "Stop" alert); a protected sheet refuses locked cells.
   */
  type(sheet: string, address: string, input: string): string | null {
    const id = this.idOf(sheet);
    const meta = this.metaOf(id);
    const { col, row } = parseCell(address);
    const style = meta.styles.get(key(row - 1, col)) ?? {};
    if (meta.protected && style.locked !== false) return "Ô này đang được bảo vệ: không sửa được.";
    const t = input.trim();
    let value: string | number | boolean | null;
    if (t === "") value = null;
    else if (style.numberFormat === NUMBER_FORMATS.text) value = `'${input}`;
    else if (t.startsWith("=")) value = t;
    else if (/^-?\d+([.,]\d+)?\s*%$/.test(t))
      value = Number(t.replace(/\s*%$/, "").replace(",", ".")) / 100;
    else if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) value = Number(t.replace(/\./g, ""));
    else if (/^-?\d+(,\d+)?$/.test(t)) value = Number(t.replace(",", "."));
    else value = `'${input}`;
    const rule = meta.validations.find((v) => inRange(v.range, row, col));
    if (rule && value !== null && !(typeof value === "string" && value.startsWith("="))) {
      if (!passes(rule, value)) return `${rule.error.title}: ${rule.error.message}`;
    }
    this.hf.setCellContents({ sheet: id, row: row - 1, col }, [[value]]);
    this.changed();
    return null;
  }

  /** Pastes a value into a cell: like typing, but data validation does not stop it (as in Excel). */
  paste(sheet: string, address: string, input: string): void {
    const meta = this.metaOf(this.idOf(sheet));
    const rules = meta.validations;
    meta.validations = [];
    try {
      const refused = this.type(sheet, address, input);
      if (refused) throw new WorkbookError("protected", refused);
    } finally {
      meta.validations = rules;
    }
  }

  /** A cell's computed value (errors as their text, "#N/A"). */
  value(sheet: string, address: string): CellValue {
    const { col, row } = parseCell(address);
    return plain(this.hf.getCellValue({ sheet: this.idOf(sheet), row: row - 1, col }));
  }

  /** A cell's formula, or null. */
  formula(sheet: string, address: string): string | null {
    const { col, row } = parseCell(address);
    return this.hf.getCellFormula({ sheet: this.idOf(sheet), row: row - 1, col }) ?? null;
  }

  styleAt(sheet: string, address: string): CellStyle {
    const { col, row } = parseCell(address);
    return this.metaOf(this.idOf(sheet)).styles.get(key(row - 1, col)) ?? {};
  }

  layoutOf(sheet: string): Readonly<SheetMeta> {
    return this.metaOf(this.idOf(sheet));
  }

  /** The sheet as the grid shows it: Vietnamese number text per the cell's format, verdict colours applied. */
  display(sheet: string): DisplayCell[][] {
    const id = this.idOf(sheet);
    const meta = this.metaOf(id);
    const size = this.hf.getSheetDimensions(id);
    const out: DisplayCell[][] = [];
    for (let r = 0; r < size.height; r++) {
      const line: DisplayCell[] = [];
      for (let c = 0; c < size.width; c++) {
        const v = this.hf.getCellValue({ sheet: id, row: r, col: c });
        let style = meta.styles.get(key(r, c)) ?? {};
        const cf = meta.conditionalFormats.find(
          (f) => inRange(f.range, r + 1, c) && v === f.equals
        );
        if (cf) style = { ...style, fill: cf.fill, fontColor: cf.fontColor };
        line.push({
          text: show(v, style.numberFormat),
          style,
          error: v instanceof DetailedCellError,
        });
      }
      out.push(line);
    }
    return out;
  }

  /** The validation of a cell, if any (the grid offers a list's items as a dropdown). */
  validationAt(sheet: string, address: string): Validation | null {
    const { col, row } = parseCell(address);
    return (
      this.metaOf(this.idOf(sheet)).validations.find((v) => inRange(v.range, row, col)) ?? null
    );
  }

  // ---- inside ----

  private idOf(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new WorkbookError("notFound", FAILURES.notFound(sheet));
    return id;
  }

  private metaOf(id: number): SheetMeta {
    let m = this.meta.get(id);
    if (!m) {
      m = {
        protected: false,
        styles: new Map(),
        validations: [],
        conditionalFormats: [],
        merges: [],
        columns: [],
        freezeRows: 0,
      };
      this.meta.set(id, m);
    }
    return m;
  }

  /** No cell of the sheet holds a value. */
  private isBlank(id: number): boolean {
    return this.hf.getSheetValues(id).every((line) => line.every((v) => plain(v) === null));
  }

  private guard(id: number): void {
    if (this.metaOf(id).protected) {
      throw protectedSheet(this.hf.getSheetName(id) ?? "");
    }
  }

  /**
   * A sheet as the Office adapter reads it: from A1 to the last row and column with content, within A:H for the report
   * range, and never beyond MAX_READ_ROWS rows.
   */
  private snapshot(id: number, extent: ReadExtent = "used"): SheetSnapshot {
    const allValues = this.hf.getSheetValues(id).map((r) => r.map(plain));
    const serialized = this.hf.getSheetSerialized(id);
    const allFormulas = serialized.map((r, i) =>
      r.map((v, c) =>
        typeof v === "string" && v.startsWith("=") ? v : (allValues[i]?.[c] ?? null)
      )
    );
    const maxCols = extent === "report" ? HEAD_COLUMNS : Infinity;
    // An empty sheet reads as A1 alone, as Excel's used range of a blank sheet.
    let rows = 1;
    let cols = 1;
    allFormulas.forEach((line, r) => {
      if (r >= MAX_READ_ROWS) return;
      line.forEach((f, c) => {
        if (c >= maxCols || (f === null && (allValues[r]?.[c] ?? null) === null)) return;
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      });
    });
    const cut = (grid: CellValue[][]) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => grid[r]?.[c] ?? null)
      );
    const values = cut(allValues);
    const formulas = cut(allFormulas);
    return {
      name: this.hf.getSheetName(id)!,
      protected: this.metaOf(id).protected,
      values,
      formulas,
    };
  }
}

function plain(v: unknown): CellValue {
  if (v instanceof DetailedCellError) return v.value;
  if (v === undefined) return null;
  return v as CellValue;
}

function inRange(range: string, row: number, col: number): boolean {
  const { start, end } = parseRange(range);
  return row >= start.row && row <= end.row && col >= start.col && col <= end.col;
}

function passes(v: Validation, value: string | number | boolean): boolean {
  const rule = v.rule;
  if (rule.type === "list")
    return typeof value === "string" && rule.items.includes(value.replace(/^'/, ""));
  if (typeof value !== "number") return false;
  if (rule.type === "wholeNumber" && !Number.isInteger(value)) return false;
  return value >= rule.min && (rule.max === undefined || value <= rule.max);
}

function show(v: unknown, format: string | undefined): string {
  if (v instanceof DetailedCellError) return v.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    if (format === NUMBER_FORMATS.percent) return formatPercent(v);
    if (format === NUMBER_FORMATS.count || format === NUMBER_FORMATS.rank) return formatNumber(v);
    return formatNumber(v, Math.min(6, (String(v).split(".")[1] ?? "").length));
  }
  return String(v);
}

/**
 * A fake Excel for the Office.js adapter: `new OfficeWorkbook(excel.run)` runs every batch against it, so whole use
 * cases (Generate, then figures typed by seeding cells, then Fill, then the consolidation) run end to end on it.
 * Used by the adapter tests and by the benchmarks (so it needs no jest).
 *
 * office-addin-mock's OfficeMockObject models a fixed tree of objects; the adapter creates proxies on the fly
 * (getItemOrNullObject, getRange, getUsedRangeOrNullObject…). So the objects the adapter loads and reads (worksheets, ranges)
 * are OfficeMockObjects made when the adapter asks for them, and keep the mock's rules: a property is readable only
 * once loaded and synced, else it reads as office-addin-mock's error text. The objects it writes through are
 * recorders that accept only the properties and methods the adapter uses, queue each write, and apply the queue to a
 * small workbook model at `context.sync()`, in order, as Excel does: a failing operation ends the batch, the ones
 * after it never run. What was written is what later reads see.
 *
 * As strict as Excel on the web about size: at every `context.sync()` it measures the request (what was queued: the
 * values written, one small entry per call and per load) and the response (the JSON of every value loaded, with
 * every character outside ASCII escaped as \uXXXX, the worst case), and refuses the whole batch, as Excel on the web
 * does, when either is over 5 MB (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded) or when a range
 * read covers more than 5,000,000 cells (RangeExceedsLimit). The largest request and response are recorded.
 *
 * The model's one assumption about Excel: what is written to a cell formatted "@" is stored as text; elsewhere a
 * string starting with "=", "+", "-" or "@" becomes a formula. It has no calculation engine: a formula written here
 * reads back with an empty value, unless a test seeds the value Excel would have calculated.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter, parseRange } from "../../src/sheets";
import { type CellValue } from "../../src/core";
import type { ExcelRunner } from "../../src/workbook/office";

/** A broken expectation of the mock about how the adapter calls it. */
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(`mock: ${message}`);
}

// ---- the workbook model ----

export type Stored =
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "bool"; readonly value: boolean }
  | {
      readonly kind: "formula";
      readonly formula: string;
      readonly value: CellValue;
    };

export interface FakeCell {
  content?: Stored;
  numberFormat: string;
}

/** One write Excel received, in order: where, what, and the value. */
export interface Write {
  readonly address: string;
  readonly path: string;
  readonly value: unknown;
}

export interface FakeChart {
  name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  readonly props: Record<string, unknown>;
}

export class FakeSheet {
  protected = false;
  readonly cells = new Map<string, FakeCell>();
  readonly writes: Write[] = [];
  merges: string[] = [];
  validations = new Map<string, Record<string, unknown>>();
  conditionalFormats: {
    address: string;
    type: string;
    props: Record<string, unknown>;
  }[] = [];
  charts: FakeChart[] = [];
  readonly columns = new Map<string, { width?: number; hidden?: boolean }>();
  freezeRows: number | null = null;
  /** The range of the sheet's filter buttons (worksheet.autoFilter, ExcelApi 1.9). */
  autoFilter: string | null = null;
  readonly page: Record<string, unknown> = {};
  selection: string | null = null;

  constructor(public name: string) {}

  cell(address: string): FakeCell {
    let c = this.cells.get(address);
    if (!c) {
      c = { numberFormat: "General" };
      this.cells.set(address, c);
    }
    return c;
  }

  /** What a cell holds: its text, number or boolean, or its formula. */
  content(address: string): string | number | boolean | null {
    const c = this.cells.get(address)?.content;
    if (!c) return null;
    return c.kind === "formula" ? c.formula : c.value;
  }

  /**
   * The words the list validation of a range offers, as real Excel reads its source: the cells of a range source, or
   * an inline source split on commas whatever the locale (office-js #2128, "by design"): "Sở, ban, ngành" is three.
   */
  offered(range: string): string[] {
    const rule = this.validations.get(range)?.rule as { list?: { source?: unknown } } | undefined;
    const source = rule?.list?.source;
    if (typeof source !== "string") throw new Error(`mock: no list validation at ${range}`);
    if (!source.startsWith("=")) return source.split(",").map((item) => item.trim());
    const words: string[] = [];
    eachCell(source.slice(1).replace(/\$/g, ""), (a) => words.push(String(this.content(a) ?? "")));
    return words;
  }

  kind(address: string): Stored["kind"] | null {
    return this.cells.get(address)?.content?.kind ?? null;
  }

  /** The last value written to a style property of exactly this range. */
  style(address: string, path: string): unknown {
    const found = this.writes.filter((w) => w.address === address && w.path === path);
    return found.length ? found[found.length - 1].value : undefined;
  }
}

export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), {
    name: "RichApi.Error",
    code,
    debugInfo: { code, message },
  });
}

/** Excel on the web's limits ("Resource limits and performance optimization for Office Add-ins": 5 MB, 5,000,000 cells). */
export const PAYLOAD_LIMIT = 5_000_000;
export const CELL_LIMIT = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** The most characters a cell holds (Excel's specifications and limits): a longer text is refused. */
export const CELL_TEXT_LIMIT = 32_767;
export const TEXT_TOO_LONG = "The argument is invalid or missing or has an incorrect format.";
/**
 * A sync made to fail, as a lost connection or an operation Excel refuses mid-batch does: "before" (nothing of the
 * batch runs), "after" (all of it runs, the answer is lost) or a number k (its first k operations run, then it fails).
 */
export type FaultMode = "before" | "after" | number;
export const FAULT_MESSAGE = "The request failed (fault injected by the test).";
/** What one call, one object or one load adds to a request besides the values it carries. */
const CALL_BYTES = 40;

export const REQUEST_TOO_LARGE =
  "The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.";
export const RESPONSE_TOO_LARGE =
  "The response payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.";
export const RANGE_TOO_LARGE =
  "The cell count in the range has exceeded the maximum supported number. See the Resource limits and performance optimization for Office Add-ins article for more information.";

/** A value's size as JSON with every non-ASCII character escaped as \uXXXX (six bytes): the worst case. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) bytes += json.charCodeAt(i) > 0x7f ? 6 : 1;
  return bytes;
}

/** "B2:D5", "A:H" (whole columns), "1:2000" (whole rows) or "C7" as 1-based rows and 0-based columns. */
function rectOf(address: string): {
  top: number;
  bottom: number;
  left: number;
  right: number;
} {
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (cols) {
    const { start } = parseRange(`${cols[1]}1`);
    const { start: end } = parseRange(`${cols[2]}1`);
    return { top: 1, bottom: MAX_ROWS, left: start.col, right: end.col };
  }
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows)
    return {
      top: Number(rows[1]),
      bottom: Number(rows[2]),
      left: 0,
      right: MAX_COLS - 1,
    };
  const { start, end } = parseRange(address);
  return { top: start.row, bottom: end.row, left: start.col, right: end.col };
}

export const PROTECTED_MESSAGE =
  "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.";

function eachCell(address: string, fn: (address: string, r: number, c: number) => void): void {
  const { start, end } = parseRange(address);
  for (let r = start.row; r <= end.row; r++) {
    for (let c = start.col; c <= end.col; c++)
      fn(`${columnLetter(c)}${r}`, r - start.row, c - start.col);
  }
}

function overlaps(a: string, b: string): boolean {
  const x = parseRange(a);
  const y = parseRange(b);
  return (
    x.start.row <= y.end.row &&
    y.start.row <= x.end.row &&
    x.start.col <= y.end.col &&
    y.start.col <= x.end.col
  );
}

/** A cell as Excel stores what it is given. */
function enter(input: unknown, numberFormat: string): Stored | undefined {
  if (input === "" || input === null || input === undefined) return undefined;
  if (numberFormat === "@") return { kind: "text", value: String(input) };
  if (typeof input === "number") return { kind: "number", value: input };
  if (typeof input === "boolean") return { kind: "bool", value: input };
  const s = String(input);
  if (/^[=+\-@]/.test(s))
    return {
      kind: "formula",
      formula: s.startsWith("=") ? s : `=${s}`,
      value: null,
    };
  if (/^-?\d+(\.\d+)?$/.test(s)) return { kind: "number", value: Number(s) };
  return { kind: "text", value: s };
}

/** The smallest range within rect holding every cell of the sheet that has a value, or null. */
function usedWithin(
  sheet: FakeSheet,
  rect: { top: number; bottom: number; left: number; right: number }
): string | null {
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = -1;
  for (const [address, c] of sheet.cells) {
    if (!c.content) continue;
    const { start } = parseRange(address);
    if (
      start.row < rect.top ||
      start.row > rect.bottom ||
      start.col < rect.left ||
      start.col > rect.right
    )
      continue;
    top = Math.min(top, start.row);
    bottom = Math.max(bottom, start.row);
    left = Math.min(left, start.col);
    right = Math.max(right, start.col);
  }
  return bottom === 0 ? null : `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}

/** The values (or formulas) of a rectangle as Excel returns them: "" where a cell is empty. */
function gridOf(
  sheet: FakeSheet,
  rect: { top: number; bottom: number; left: number; right: number },
  what: "values" | "formulas"
): CellValue[][] {
  const grid: CellValue[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: CellValue[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const content = sheet.cells.get(`${columnLetter(c)}${r}`)?.content;
      const value = content ? (content.value ?? "") : "";
      line.push(what === "formulas" && content?.kind === "formula" ? content.formula : value);
    }
    grid.push(line);
  }
  return grid;
}

// ---- the fake Excel: a request context over the model ----

const INFO = Symbol("range info");
type LoadArgument = Parameters<OfficeMockObject["load"]>[0];
type Handle = { resolve(): FakeSheet };

/**
 * A write-only proxy: only the listed properties can be set and the listed methods called; anything else throws, so a
 * call the model does not know cannot pass unnoticed.
 */
function recorder(
  props: readonly string[],
  methods: Record<string, (...args: never[]) => unknown>,
  onSet: (path: string, value: unknown) => void,
  info?: unknown,
  prefix = ""
): unknown {
  const known = [...props, ...Object.keys(methods)];
  return new Proxy(
    {},
    {
      get(_target, key) {
        if (key === INFO) return info;
        if (typeof key !== "string") return undefined;
        const path = prefix + key;
        if (path in methods) return methods[path];
        if (known.some((p) => p.startsWith(`${path}.`)))
          return recorder(props, methods, onSet, info, `${path}.`);
        throw new Error(`mock: reading ${path} is not modeled (write-only proxy)`);
      },
      set(_target, key, value) {
        const path = prefix + String(key);
        if (!props.includes(path)) throw new Error(`mock: setting ${path} is not modeled`);
        onSet(path, value);
        return true;
      },
    }
  );
}

/** The style properties a write log holds (not contents, number formats, or actions such as clear). */
const STYLE_PATH = /^(format\.(?!autofitRows)|columnHidden|dataValidation\.(?!clear))/;

const RANGE_PROPS = [
  "formulas",
  "numberFormat",
  "columnHidden",
  "format.font.bold",
  "format.font.italic",
  "format.font.size",
  "format.font.color",
  "format.fill.color",
  "format.wrapText",
  "format.horizontalAlignment",
  "format.verticalAlignment",
  "format.protection.locked",
  "format.columnWidth",
  "dataValidation.ignoreBlanks",
  "dataValidation.rule",
  "dataValidation.prompt",
  "dataValidation.errorAlert",
];

/** A cell as a test seeds it: a value as stored (a string stays text), or a formula with the value Excel shows. */
export type Seed = CellValue | { readonly formula: string; readonly value?: CellValue };

function stored(seed: Seed): Stored | undefined {
  if (seed === null || seed === "") return undefined;
  if (typeof seed === "object")
    return {
      kind: "formula",
      formula: seed.formula,
      value: seed.value ?? null,
    };
  if (typeof seed === "string") return { kind: "text", value: seed };
  if (typeof seed === "number") return { kind: "number", value: seed };
  return { kind: "bool", value: seed };
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<
    string,
    { sheet: FakeSheet | null; address: string; comment?: string }
  >();
  active: FakeSheet | null = null;
  /** Completed syncs, over every batch. */
  syncs = 0;
  /** The largest request and response of any sync (refused ones included), in bytes. */
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  /** Syncs refused as too large. */
  refusals = 0;
  /** Every sync attempted: its request and response sizes, and whether Excel refused it. */
  readonly syncLog: {
    request: number;
    response: number;
    refused: boolean;
    ops: number;
    /** The labels of its operations, in order (see op). */
    labels: string[];
  }[] = [];
  /** Syncs attempted, over every batch: what `failSync` counts from. */
  attempts = 0;
  private fault: { sync: number; mode: FaultMode } | null = null;
  /** The size of what the current batch has queued and loaded since its last sync. */
  private requestBytes = 0;
  private responseBytes = 0;
  private tooManyCells = false;
  private queue: (() => void)[] = [];
  /** What each queued operation is, where a test needs to know ("chart.add"): "" otherwise. */
  private labels: string[] = [];
  private afterSync: (() => void)[] = [];
  /** The objects loaded in the current batch: a sync answers their loads. */
  private proxies: OfficeMockObject[] = [];
  readonly context: { workbook: unknown; sync: () => Promise<void> };

  constructor() {
    this.context = {
      workbook: { worksheets: this.worksheets(), names: this.namedItems() },
      sync: () => this.sync(),
    };
  }

  /**
   * Excel.run on this fake: `new OfficeWorkbook(excel.run)`. Each run starts clean, as a new request context does:
   * what an earlier run queued without syncing is dropped, and its objects are no longer answered.
   */
  readonly run: ExcelRunner = (batch) => {
    this.queue = [];
    this.labels = [];
    this.afterSync = [];
    this.proxies = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.tooManyCells = false;
    return batch(this.context as unknown as Excel.RequestContext);
  };

  /** Adds a sheet with cells as seeded (the first sheet added is the active one). */
  addSheet(name: string, cells: Record<string, Seed> = {}): FakeSheet {
    check(!this.find(name), `a sheet "${name}" already exists`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    this.active ??= sheet;
    this.seed(name, cells);
    return sheet;
  }

  /**
   * Sets cells of a sheet as the analyst leaves them (typed, pasted, or cleared with null), keeping their number
   * formats. Seeds are stored as given: "600" stays text, 600 is a number.
   */
  seed(name: string, cells: Record<string, Seed>): FakeSheet {
    const sheet = this.sheet(name);
    for (const [address, v] of Object.entries(cells)) sheet.cell(address).content = stored(v);
    return sheet;
  }

  /** The analyst clicks a sheet's tab. */
  activate(name: string): FakeSheet {
    this.active = this.sheet(name);
    return this.active;
  }

  /**
   * The whole workbook as plain data, for comparing two workbooks: the sheets in order with every cell (content and
   * number format), merges, validations, conditional formats, charts, columns, panes, filter, page setup and the last
   * value written to each style property of each range; the defined names; the active sheet.
   */
  state(): unknown {
    const sorted = <T>(entries: [string, T][]) => entries.sort(([a], [b]) => (a < b ? -1 : 1));
    return {
      sheets: this.sheets.map((sheet) => {
        const styles = new Map<string, unknown>();
        for (const w of sheet.writes)
          if (STYLE_PATH.test(w.path)) styles.set(`${w.address} ${w.path}`, w.value);
        return {
          name: sheet.name,
          protected: sheet.protected,
          cells: sorted(
            [...sheet.cells]
              .filter(([, c]) => c.content || c.numberFormat !== "General")
              .map(([a, c]): [string, unknown] => [a, [c.content, c.numberFormat]])
          ),
          merges: [...sheet.merges].sort(),
          validations: sorted([...sheet.validations]),
          conditionalFormats: sheet.conditionalFormats,
          charts: sheet.charts,
          columns: sorted([...sheet.columns]),
          freezeRows: sheet.freezeRows,
          autoFilter: sheet.autoFilter,
          page: sheet.page,
          styles: sorted([...styles]),
        };
      }),
      names: sorted(
        [...this.names].map(([key, n]): [string, unknown] => [
          key,
          { sheet: n.sheet?.name ?? null, address: n.address, comment: n.comment },
        ])
      ),
      active: this.active?.name ?? null,
    };
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  private find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /**
   * Makes the sync `after` syncs from now fail (0: the next one), in `mode`: before its operations, after them, or
   * after its first k operations. Once: the syncs after it run as usual.
   */
  failSync(after: number, mode: FaultMode): void {
    check(typeof mode !== "number" || (Number.isInteger(mode) && mode >= 0), `fault mode ${mode}`);
    this.fault = { sync: this.attempts + after, mode };
  }

  private async sync(): Promise<void> {
    const attempt = this.attempts++;
    const fault = this.fault?.sync === attempt ? this.fault : null;
    if (fault) this.fault = null;
    const request = this.requestBytes;
    const response = this.responseBytes;
    const tooManyCells = this.tooManyCells;
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.tooManyCells = false;
    this.maxRequestBytes = Math.max(this.maxRequestBytes, request);
    this.maxResponseBytes = Math.max(this.maxResponseBytes, response);
    const refusal = tooManyCells
      ? officeError("RangeExceedsLimit", RANGE_TOO_LARGE)
      : request > PAYLOAD_LIMIT
        ? officeError("RequestPayloadSizeLimitExceeded", REQUEST_TOO_LARGE)
        : response > PAYLOAD_LIMIT
          ? officeError("ResponsePayloadSizeLimitExceeded", RESPONSE_TOO_LARGE)
          : null;
    this.syncLog.push({
      request,
      response,
      refused: refusal !== null,
      ops: this.queue.length,
      labels: this.labels.splice(0),
    });
    if (refusal || fault?.mode === "before") {
      // Excel refuses the whole batch: nothing queued runs, nothing loaded is answered.
      this.queue = [];
      this.afterSync = [];
      this.proxies = [];
      if (refusal) this.refusals++;
      throw refusal ?? officeError("GeneralException", FAULT_MESSAGE);
    }
    const ops = this.queue.splice(0);
    const after = this.afterSync.splice(0);
    const ran = typeof fault?.mode === "number" ? Math.min(fault.mode, ops.length) : ops.length;
    for (const op of ops.slice(0, ran)) op(); // the first that throws ends the batch: the rest never runs
    if (fault) {
      // Excel kept what ran (no rollback); the answer never comes
      this.proxies = [];
      throw officeError("GeneralException", FAULT_MESSAGE);
    }
    for (const f of after) f();
    for (const proxy of this.proxies) await OfficeMockObject.prototype.sync.call(proxy);
    this.syncs++;
  }

  private op(fn: () => void, bytes = 0, label = ""): void {
    this.requestBytes += CALL_BYTES + bytes;
    this.queue.push(fn);
    this.labels.push(label);
  }

  /** A copy of the workbook as it stands (its model only: no log, no sync counts), to run the same case again. */
  clone(): FakeExcel {
    const copy = new FakeExcel();
    const bySheet = new Map<FakeSheet, FakeSheet>();
    for (const sheet of this.sheets) {
      const c = new FakeSheet(sheet.name);
      c.protected = sheet.protected;
      for (const [a, cell] of sheet.cells) c.cells.set(a, { ...cell });
      c.writes.push(...sheet.writes);
      c.merges = [...sheet.merges];
      for (const [a, v] of sheet.validations) c.validations.set(a, { ...v });
      c.conditionalFormats = sheet.conditionalFormats.map((f) => ({ ...f, props: { ...f.props } }));
      c.charts = sheet.charts.map((ch) => ({ ...ch, props: { ...ch.props } }));
      for (const [k, v] of sheet.columns) c.columns.set(k, { ...v });
      c.freezeRows = sheet.freezeRows;
      c.autoFilter = sheet.autoFilter;
      Object.assign(c.page, sheet.page);
      c.selection = sheet.selection;
      copy.sheets.push(c);
      bySheet.set(sheet, c);
    }
    for (const [key, n] of this.names)
      copy.names.set(key, { ...n, sheet: n.sheet ? (bySheet.get(n.sheet) ?? null) : null });
    copy.active = this.active ? (bySheet.get(this.active) ?? null) : null;
    return copy;
  }

  /** Counts a load in the request, and what it brings back in the response. */
  private loaded(what: string, response: number): void {
    this.requestBytes += CALL_BYTES + what.length;
    this.responseBytes += response;
  }

  /** The model answers loads with its state when the proxy is made: reads queued after writes are not modeled. */
  private noPendingWrites(): void {
    if (this.queue.length)
      throw new Error("mock: a read queued after writes in one batch is not modeled");
  }

  private isNull(target: object, isNull: boolean): void {
    const madeAt = this.syncs;
    Object.defineProperty(target, "isNullObject", {
      get: () => {
        if (this.syncs <= madeAt) throw new Error("mock: isNullObject read before context.sync()");
        return isNull;
      },
    });
  }

  // -- what the adapter reads --

  /** A worksheet to load: name, protection, its ranges, its charts. */
  private readSheet(sheet: FakeSheet | null): OfficeMockObject {
    this.noPendingWrites();
    let chartsLoaded = false;
    const proxy: OfficeMockObject = new OfficeMockObject({
      name: sheet?.name,
      protection: { protected: sheet?.protected },
      charts: {
        load: (what: string) => {
          check(what === "items/name", `charts.load("${what}")`);
          this.afterSync.push(() => (chartsLoaded = true));
        },
      },
      getRange: (address: string) => this.readRange(sheet, address),
      getUsedRangeOrNullObject: (valuesOnly: boolean) => {
        check(valuesOnly === true, "worksheet.getUsedRangeOrNullObject(valuesOnly) not true");
        const used = sheet ? usedWithin(sheet, rectOf(`1:${MAX_ROWS}`)) : null;
        return used ? this.readRange(sheet, used) : this.readRange(sheet, "A1", true);
      },
    });
    Object.defineProperty(proxy.charts, "items", {
      get: () => {
        if (!chartsLoaded) throw new Error("mock: charts.items read before load and sync");
        return (sheet?.charts ?? []).map((chart) => ({
          name: chart.name,
          delete: () =>
            this.op(() => {
              sheet!.charts = sheet!.charts.filter((c) => c !== chart);
            }),
        }));
      },
    });
    const load = proxy.load.bind(proxy);
    proxy.load = (what: LoadArgument) => {
      this.loaded(String(what), CALL_BYTES + jsonBytes(sheet?.name ?? ""));
      return load(what);
    };
    this.isNull(proxy, sheet === null);
    this.proxies.push(proxy);
    return proxy;
  }

  /**
   * A range of a sheet to read: its values and formulas (computed when loaded, from the model as it is then), its
   * position, and the used range within it (getUsedRangeOrNullObject: the cells with a value, or a null object).
   */
  private readRange(sheet: FakeSheet | null, address: string, isNull = false): OfficeMockObject {
    this.noPendingWrites();
    const rect = rectOf(address);
    const proxy: OfficeMockObject = new OfficeMockObject({
      values: "",
      formulas: "",
      rowIndex: rect.top - 1,
      columnIndex: rect.left,
      rowCount: rect.bottom - rect.top + 1,
      columnCount: rect.right - rect.left + 1,
      getUsedRangeOrNullObject: (valuesOnly: boolean) => {
        check(valuesOnly === true, "getUsedRangeOrNullObject(valuesOnly) not true");
        const used = sheet ? usedWithin(sheet, rect) : null;
        return used ? this.readRange(sheet, used) : this.readRange(sheet, "A1", true);
      },
    });
    this.requestBytes += CALL_BYTES + address.length;
    const load = proxy.load.bind(proxy);
    proxy.load = (what: LoadArgument) => {
      this.noPendingWrites();
      check(typeof what === "string", "a range loaded without naming its properties");
      let response = 0;
      for (const prop of (what as string).replace(/\s/g, "").split(",")) {
        if (prop === "values" || prop === "formulas") {
          const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
          if (cells > CELL_LIMIT || !sheet) {
            this.tooManyCells ||= cells > CELL_LIMIT;
            continue;
          }
          const grid = gridOf(sheet, rect, prop);
          (proxy as unknown as { setValue(name: string, value: unknown): void }).setValue(
            prop,
            grid
          );
          response += jsonBytes(grid);
        } else {
          check(
            ["rowIndex", "columnIndex", "rowCount", "columnCount"].includes(prop),
            `range.load("${prop}")`
          );
          response += CALL_BYTES;
        }
      }
      this.loaded(what as string, response);
      return load(what);
    };
    this.isNull(proxy, isNull);
    this.proxies.push(proxy);
    return proxy;
  }

  private worksheets(): unknown {
    let loaded: OfficeMockObject[] | null = null;
    const collection = {
      load: (what: string) => {
        check(what === "items/name", `worksheets.load("${what}")`);
        this.noPendingWrites();
        this.afterSync.push(() => {
          loaded = this.sheets.map((s) => {
            const proxy = this.readSheet(s);
            proxy.load("name");
            return proxy;
          });
        });
      },
      get items() {
        if (!loaded) throw new Error("mock: worksheets.items read before load and sync");
        return loaded;
      },
      getItemOrNullObject: (name: string) => this.readSheet(this.find(name) ?? null),
      getActiveWorksheet: () => this.readSheet(this.active),
      getItem: (name: string) => {
        let found: FakeSheet | undefined;
        return this.writeSheet({
          resolve: () => {
            found ??= this.find(name);
            if (!found) throw officeError("ItemNotFound", `The requested resource doesn't exist.`);
            return found;
          },
        });
      },
      add: (name: string) => {
        let made: FakeSheet | undefined;
        this.op(() => {
          if (this.find(name))
            throw officeError(
              "ItemAlreadyExists",
              "A resource with the same name or identifier already exists."
            );
          made = new FakeSheet(name);
          this.sheets.push(made);
        });
        return this.writeSheet({ resolve: () => made! });
      },
    };
    return collection;
  }

  private namedItems(): unknown {
    return {
      getItem: (key: string) => ({
        delete: () =>
          this.op(() => {
            if (!this.names.has(key))
              throw officeError("ItemNotFound", "The requested resource doesn't exist.");
            this.names.delete(key);
          }),
      }),
      getItemOrNullObject: (key: string) => {
        const named = this.names.get(key);
        const item = {
          getRangeOrNullObject: () => ({
            worksheet: this.readSheet(named?.sheet ?? null),
          }),
          delete: () =>
            this.op(() => {
              if (!this.names.has(key))
                throw officeError("ItemNotFound", "The requested resource doesn't exist.");
              this.names.delete(key);
            }),
        };
        this.isNull(item, named === undefined);
        return item;
      },
      add: (key: string, range: unknown, comment?: string) => {
        const { handle, address } = (range as { [INFO]: { handle: Handle; address: string } })[
          INFO
        ];
        this.op(() => {
          if (this.names.has(key))
            throw officeError(
              "ItemAlreadyExists",
              "A resource with the same name or identifier already exists."
            );
          this.names.set(key, { sheet: handle.resolve(), address, comment });
        });
      },
    };
  }

  // -- what the adapter writes --

  private guarded(handle: Handle): FakeSheet {
    const sheet = handle.resolve();
    if (sheet.protected) throw officeError("AccessDenied", PROTECTED_MESSAGE);
    return sheet;
  }

  private writeSheet(handle: Handle): unknown {
    const rename = (name: string) =>
      this.op(() => {
        const sheet = handle.resolve();
        const other = this.find(name);
        if (other && other !== sheet)
          throw officeError("InvalidArgument", "That name is already taken.");
        sheet.name = name;
      });
    return {
      set name(name: string) {
        rename(name);
      },
      getRange: (address: string) => this.range(handle, address),
      activate: () => this.op(() => (this.active = handle.resolve())),
      // worksheet.protection (ExcelApi 1.2): protect without a password; protecting a protected sheet fails as Excel
      // does, unprotecting an unprotected one does nothing
      protection: {
        protect: (options?: unknown, password?: unknown) => {
          check(
            options === undefined && password === undefined,
            "protection.protect() with no password"
          );
          this.op(() => {
            const sheet = handle.resolve();
            if (sheet.protected)
              throw officeError("InvalidOperation", "The sheet is already protected.");
            sheet.protected = true;
          });
        },
        unprotect: (password?: unknown) => {
          check(password === undefined, "protection.unprotect() with no password");
          this.op(() => (handle.resolve().protected = false));
        },
      },
      freezePanes: {
        freezeRows: (n: number) => this.op(() => (this.guarded(handle).freezeRows = n)),
        unfreeze: () => this.op(() => (this.guarded(handle).freezeRows = 0)),
      },
      autoFilter: {
        apply: (range: unknown) =>
          this.op(() => {
            const info =
              typeof range === "string"
                ? { address: range }
                : ((range as Record<symbol, unknown>)[INFO] as { address: string } | undefined);
            check(info !== undefined, "autoFilter.apply(range) with a range of this workbook");
            this.guarded(handle).autoFilter = info!.address;
          }),
      },
      pageLayout: recorder(
        ["orientation", "paperSize", "zoom"],
        {
          setPrintTitleRows: (rows: string) =>
            this.op(() => (this.guarded(handle).page.titleRows = rows)),
        },
        (path, value) => this.op(() => (this.guarded(handle).page[path] = value))
      ),
      charts: {
        getItem: (name: string) => ({
          delete: () =>
            this.op(() => {
              const sheet = this.guarded(handle);
              const chart = sheet.charts.find((c) => c.name === name);
              if (!chart)
                throw officeError("ItemNotFound", "The requested resource doesn't exist.");
              sheet.charts = sheet.charts.filter((c) => c !== chart);
            }),
        }),
        add: (type: string, source: unknown, seriesBy: string) => {
          const chart: FakeChart = {
            name: "",
            type,
            source: (source as { [INFO]: { address: string } })[INFO].address,
            seriesBy,
            props: {},
          };
          this.op(() => this.guarded(handle).charts.push(chart), 0, "chart.add");
          const set = (path: string, value: unknown) => this.op(() => (chart.props[path] = value));
          return recorder(
            ["name", "title.text"],
            {
              setPosition: (from: string, to: string) => set("position", `${from}:${to}`),
              "series.getItemAt": (i: number) =>
                recorder(
                  [],
                  {
                    "format.fill.setSolidColor": (color: string) => set(`series${i}.color`, color),
                  },
                  () => undefined
                ),
            },
            (path, value) =>
              path === "name"
                ? this.op(() => (chart.name = value as string), 0, "chart.name")
                : set(path, value)
          );
        },
      },
    };
  }

  private range(handle: Handle, address: string): unknown {
    const column = /^([A-Z]+):\1$/.exec(address);
    const log = (sheet: FakeSheet, path: string, value?: unknown) =>
      sheet.writes.push({ address, path, value });
    const grid = (value: unknown): unknown[][] => {
      const { start, end } = parseRange(address);
      const g = value as unknown[][];
      if (
        g.length !== end.row - start.row + 1 ||
        g.some((row) => row.length !== end.col - start.col + 1)
      ) {
        throw officeError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
        );
      }
      return g;
    };
    const write = (path: string, value: unknown) =>
      this.op(
        () => {
          const sheet = this.guarded(handle);
          log(sheet, path, value);
          if (column) {
            const col = sheet.columns.get(column[1]) ?? {};
            if (path === "format.columnWidth") col.width = value as number;
            else if (path === "columnHidden") col.hidden = value as boolean;
            else throw new Error(`mock: ${path} on a whole column is not modeled`);
            sheet.columns.set(column[1], col);
          } else if (path === "numberFormat") {
            const g = grid(value);
            eachCell(address, (a, r, c) => (sheet.cell(a).numberFormat = g[r][c] as string));
          } else if (path === "formulas") {
            const g = grid(value);
            if (
              g.some((row) => row.some((v) => typeof v === "string" && v.length > CELL_TEXT_LIMIT))
            )
              throw officeError("InvalidArgument", TEXT_TOO_LONG);
            eachCell(address, (a, r, c) => {
              const cell = sheet.cell(a);
              cell.content = enter(g[r][c], cell.numberFormat);
            });
          } else if (path.startsWith("dataValidation.")) {
            const v = sheet.validations.get(address) ?? {};
            v[path.slice("dataValidation.".length)] = value;
            sheet.validations.set(address, v);
          }
        },
        address.length + path.length + jsonBytes(value)
      );
    const act = (path: string, fn: (sheet: FakeSheet) => void) => () =>
      this.op(() => {
        const sheet = this.guarded(handle);
        log(sheet, path);
        fn(sheet);
      });
    return recorder(
      RANGE_PROPS,
      {
        clear: (applyTo: string) =>
          this.op(() => {
            const sheet = this.guarded(handle);
            check(["All", "Contents", "Formats"].includes(applyTo), `clear("${applyTo}")`);
            log(sheet, "clear", applyTo);
            eachCell(address, (a) => {
              const cell = sheet.cells.get(a);
              if (!cell) return;
              if (applyTo !== "Formats") cell.content = undefined;
              if (applyTo !== "Contents") cell.numberFormat = "General";
              if (!cell.content && cell.numberFormat === "General") sheet.cells.delete(a);
            });
          }),
        unmerge: act("unmerge", (s) => (s.merges = s.merges.filter((m) => !overlaps(m, address)))),
        merge: (across: boolean) =>
          this.op(() => {
            const sheet = this.guarded(handle);
            log(sheet, "merge", across);
            sheet.merges.push(address);
          }),
        select: () => this.op(() => (handle.resolve().selection = address)),
        "format.autofitRows": act("format.autofitRows", () => undefined),
        "dataValidation.clear": act("dataValidation.clear", (s) => {
          for (const key of [...s.validations.keys()])
            if (overlaps(key, address)) s.validations.delete(key);
        }),
        "conditionalFormats.clearAll": act("conditionalFormats.clearAll", (s) => {
          s.conditionalFormats = s.conditionalFormats.filter((f) => !overlaps(f.address, address));
        }),
        "conditionalFormats.add": (type: string) => {
          const format = {
            address,
            type,
            props: {} as Record<string, unknown>,
          };
          this.op(() => this.guarded(handle).conditionalFormats.push(format));
          return recorder(
            ["cellValue.format.fill.color", "cellValue.format.font.color", "cellValue.rule"],
            {},
            (path, value) => this.op(() => (format.props[path] = value))
          );
        },
        "format.borders.getItem": (edge: string) =>
          recorder(["style", "weight"], {}, (path, value) =>
            write(`format.borders.${edge}.${path}`, value)
          ),
      },
      write,
      { handle, address }
    );
  }
}

/**
 * Office as the task pane finds it inside Excel with ExcelApi 1.9, for the adapter's ensureReady. Returns the
 * function that takes it away again.
 */
export function installExcelHost(): () => void {
  const global = globalThis as { Office?: unknown; Excel?: unknown };
  const saved = { Office: global.Office, Excel: global.Excel };
  global.Excel = {};
  global.Office = {
    context: {
      host: "Excel",
      requirements: {
        isSetSupported: (set: string, version: string) => set === "ExcelApi" && version === "1.9",
      },
    },
  };
  return () => {
    for (const key of ["Office", "Excel"] as const) {
      if (saved[key] === undefined) delete global[key];
      else global[key] = saved[key];
    }
  };
}

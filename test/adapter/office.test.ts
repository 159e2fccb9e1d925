/**
 * The Office.js adapter against a fake Excel built for it.
 *
 * office-addin-mock's OfficeMockObject models a fixed tree of objects; the adapter creates proxies on the fly
 * (getItemOrNullObject, getRange, getBoundingRect…). So the objects the adapter loads and reads (worksheets, ranges)
 * are OfficeMockObjects made when the adapter asks for them, and keep the mock's rules: a property is readable only
 * once loaded and synced, else it reads as office-addin-mock's error text. The objects it writes through are
 * recorders that accept only the properties and methods the adapter uses, queue each write, and apply the queue to a
 * small workbook model at `context.sync()`, in order, as Excel does: a failing operation ends the batch, the ones
 * after it never run.
 *
 * The model's one assumption about Excel: what is written to a cell formatted "@" is stored as text; elsewhere a
 * string starting with "=", "+", "-" or "@" becomes a formula. It has no calculation engine: a formula written here
 * reads back with an empty value.
 */
import { OfficeMockObject } from "office-addin-mock";
import { catalog } from "../../src/core/catalog";
import {
  buildSheet,
  columnLetter,
  HEADERS,
  parseRange,
  SIGNATURE,
  standardRows,
  TITLE,
  verdictFormula,
  type CellValue,
  type SheetParams,
  type SheetSpec,
} from "../../src/core/sheet";
import { OfficeWorkbook } from "../../src/taskpane/workbook/office";
import { WorkbookError } from "../../src/taskpane/workbook/port";

// ---- the workbook model ----

type Stored =
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "formula"; readonly formula: string; readonly value: CellValue };

interface FakeCell {
  content?: Stored;
  numberFormat: string;
}

/** One write Excel received, in order: where, what, and the value. */
interface Write {
  readonly address: string;
  readonly path: string;
  readonly value: unknown;
}

interface FakeChart {
  name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  readonly props: Record<string, unknown>;
}

class FakeSheet {
  protected = false;
  readonly cells = new Map<string, FakeCell>();
  readonly writes: Write[] = [];
  merges: string[] = [];
  validations = new Map<string, Record<string, unknown>>();
  conditionalFormats: { address: string; type: string; props: Record<string, unknown> }[] = [];
  charts: FakeChart[] = [];
  readonly columns = new Map<string, { width?: number; hidden?: boolean }>();
  freezeRows: number | null = null;
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

  kind(address: string): Stored["kind"] | null {
    return this.cells.get(address)?.content?.kind ?? null;
  }

  /** The last value written to a style property of exactly this range. */
  style(address: string, path: string): unknown {
    const found = this.writes.filter((w) => w.address === address && w.path === path);
    return found.length ? found[found.length - 1].value : undefined;
  }
}

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), {
    name: "RichApi.Error",
    code,
    debugInfo: { code, message },
  });
}

const PROTECTED_MESSAGE =
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
    return { kind: "formula", formula: s.startsWith("=") ? s : `=${s}`, value: null };
  if (/^-?\d+(\.\d+)?$/.test(s)) return { kind: "number", value: Number(s) };
  return { kind: "text", value: s };
}

// ---- the fake Excel: a request context over the model ----

const INFO = Symbol("range info");
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

class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<
    string,
    { sheet: FakeSheet | null; address: string; comment?: string }
  >();
  active: FakeSheet | null = null;
  /** Completed syncs. */
  syncs = 0;
  private queue: (() => void)[] = [];
  private afterSync: (() => void)[] = [];
  private readonly proxies: OfficeMockObject[] = [];
  readonly context: { workbook: unknown; sync: () => Promise<void> };

  constructor() {
    this.context = {
      workbook: { worksheets: this.worksheets(), names: this.namedItems() },
      sync: () => this.sync(),
    };
  }

  /** The adapter, running its batches against this fake. */
  port(): OfficeWorkbook {
    return new OfficeWorkbook((batch) => batch(this.context as unknown as Excel.RequestContext));
  }

  addSheet(
    name: string,
    cells: Record<string, CellValue | { formula: string; value: CellValue }> = {}
  ): FakeSheet {
    const sheet = new FakeSheet(name);
    for (const [address, v] of Object.entries(cells)) {
      const c = sheet.cell(address);
      if (v !== null && typeof v === "object")
        c.content = { kind: "formula", formula: v.formula, value: v.value };
      else c.content = enter(v, typeof v === "string" ? "@" : "General");
    }
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  private find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private async sync(): Promise<void> {
    const ops = this.queue.splice(0);
    const after = this.afterSync.splice(0);
    for (const op of ops) op(); // the first that throws ends the batch: the rest never runs
    for (const f of after) f();
    for (const proxy of this.proxies) await OfficeMockObject.prototype.sync.call(proxy);
    this.syncs++;
  }

  private op(fn: () => void): void {
    this.queue.push(fn);
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

  /** A worksheet to load: name, protection, its used range from A1, its charts. */
  private readSheet(sheet: FakeSheet | null): OfficeMockObject {
    this.noPendingWrites();
    let chartsLoaded = false;
    const proxy: OfficeMockObject = new OfficeMockObject({
      name: sheet?.name,
      protection: { protected: sheet?.protected },
      charts: {
        load: (what: string) => {
          expect(what).toBe("items/name");
          this.afterSync.push(() => (chartsLoaded = true));
        },
      },
      getRange: (address: string) => {
        expect(address).toBe("A1");
        return {
          getBoundingRect: (other: { usedOf: FakeSheet | null; valuesOnly: boolean }) => {
            expect(other.usedOf).toBe(sheet);
            expect(other.valuesOnly).toBe(true);
            return this.usedRange(sheet);
          },
        };
      },
      getUsedRange: (valuesOnly: boolean) => ({ usedOf: sheet, valuesOnly }),
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
    this.isNull(proxy, sheet === null);
    this.proxies.push(proxy);
    return proxy;
  }

  /** A1 to the last cell with a value, as values and formulas ("" where empty). */
  private usedRange(sheet: FakeSheet | null): OfficeMockObject {
    let values: CellValue[][] | undefined;
    let formulas: CellValue[][] | undefined;
    if (sheet) {
      let rows = 1;
      let cols = 1;
      for (const [address, c] of sheet.cells) {
        if (!c.content) continue;
        const { start } = parseRange(address);
        rows = Math.max(rows, start.row);
        cols = Math.max(cols, start.col + 1);
      }
      values = [];
      formulas = [];
      for (let r = 1; r <= rows; r++) {
        const v: CellValue[] = [];
        const f: CellValue[] = [];
        for (let c = 0; c < cols; c++) {
          const content = sheet.cells.get(`${columnLetter(c)}${r}`)?.content;
          const value = content ? (content.value ?? "") : "";
          v.push(value);
          f.push(content?.kind === "formula" ? content.formula : value);
        }
        values.push(v);
        formulas.push(f);
      }
    }
    const proxy = new OfficeMockObject({ values, formulas });
    this.proxies.push(proxy);
    return proxy;
  }

  private worksheets(): unknown {
    let loaded: OfficeMockObject[] | null = null;
    const collection = {
      load: (what: string) => {
        expect(what).toBe("items/name");
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
      getItemOrNullObject: (key: string) => {
        const named = this.names.get(key);
        const item = {
          getRangeOrNullObject: () => ({ worksheet: this.readSheet(named?.sheet ?? null) }),
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
      freezePanes: {
        freezeRows: (n: number) => this.op(() => (this.guarded(handle).freezeRows = n)),
        unfreeze: () => this.op(() => (this.guarded(handle).freezeRows = 0)),
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
        add: (type: string, source: unknown, seriesBy: string) => {
          const chart: FakeChart = {
            name: "",
            type,
            source: (source as { [INFO]: { address: string } })[INFO].address,
            seriesBy,
            props: {},
          };
          this.op(() => this.guarded(handle).charts.push(chart));
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
              path === "name" ? this.op(() => (chart.name = value as string)) : set(path, value)
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
      this.op(() => {
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
          eachCell(address, (a, r, c) => {
            const cell = sheet.cell(a);
            cell.content = enter(g[r][c], cell.numberFormat);
          });
        } else if (path.startsWith("dataValidation.")) {
          const v = sheet.validations.get(address) ?? {};
          v[path.slice("dataValidation.".length)] = value;
          sheet.validations.set(address, v);
        }
      });
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
            expect(applyTo).toBe("All");
            log(sheet, "clear", applyTo);
            eachCell(address, (a) => sheet.cells.delete(a));
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
          const format = { address, type, props: {} as Record<string, unknown> };
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

// ---- tests ----

const PARAMS: SheetParams = {
  unit: "Sở Khoa học và Công nghệ",
  level: "so",
  period: { year: 2025, part: "Q3" },
};

function lastRow(spec: SheetSpec): number {
  return parseRange(spec.area).end.row;
}

/** The spec with its body written twice: twice as many rows, for the constant-sync check. */
function doubled(spec: SheetSpec): SheetSpec {
  const cells = [...spec.cells, ...spec.cells.slice(6)];
  return { ...structuredClone(spec), cells, area: `A1:H${cells.length}` };
}

async function failure(p: Promise<unknown>): Promise<WorkbookError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookError);
    return e as WorkbookError;
  }
  throw new Error("expected a WorkbookError");
}

describe("writeSheet", () => {
  const spec = buildSheet(PARAMS);
  const rows = standardRows();

  it("writes the standard sheet: title, header, formulas, rules, key, in two round trips", async () => {
    const excel = new FakeExcel();
    const sync = jest.spyOn(excel.context, "sync");
    await excel.port().writeSheet(spec);
    expect(sync).toHaveBeenCalledTimes(2);

    const ws = excel.sheet(spec.name);
    expect(ws.content("A1")).toBe(TITLE);
    expect(ws.content("H1")).toBe(SIGNATURE);
    expect(HEADERS.map((_, c) => ws.content(`${columnLetter(c)}6`))).toEqual([
      "STT",
      "Chỉ tiêu",
      "Số liệu tổng hợp",
      "Đánh giá",
      "Ghi chú",
      "Mục tiêu",
      "Minh chứng",
      "Mã",
    ]);
    expect(HEADERS.map((_, c) => ws.kind(`${columnLetter(c)}6`))).toEqual(Array(8).fill("text"));

    const ratio = catalog.find((r) => r.kind === "ratio" && r.parts)!;
    const r = rows[ratio.id];
    expect(ws.kind(`C${r}`)).toBe("formula");
    expect(ws.content(`C${r}`)).toBe(
      `=CDS.RATE(C${rows[ratio.parts!.num]},C${rows[ratio.parts!.den]})`
    );
    expect(ws.cell(`C${r}`).numberFormat).toBe("0.00%");
    expect(ws.content(`D${r}`)).toBe(verdictFormula(r, "so"));
    expect(ws.content(`D${r}`)).toBe(
      `=IF(ISNA(C${r}),"Chưa có số liệu",IFERROR(CDS.CHECK(C${r},F${r},"so"),""))`
    );
    // the id and the target stay text: "9.1" is not a number, "≥ 100%" not a percentage
    expect(ws.kind(`H${r}`)).toBe("text");
    expect(ws.content(`F${r}`)).toBe("≥ 100%");
    expect(ws.kind(`F${r}`)).toBe("text");

    // cleared first, then number formats before contents, one operation each over the whole block
    const block = `A1:H${lastRow(spec)}`;
    expect(ws.writes.filter((w) => w.address === block).map((w) => w.path)).toEqual([
      "clear",
      "unmerge",
      "dataValidation.clear",
      "conditionalFormats.clearAll",
      "numberFormat",
      "formulas",
      "format.verticalAlignment",
      "format.autofitRows",
    ]);

    // validations, with their prompt and a Stop alert
    expect(ws.validations.size).toBe(spec.validations.length);
    for (const v of spec.validations) {
      const got = ws.validations.get(v.range)!;
      expect(got.prompt).toEqual({
        showPrompt: true,
        title: v.prompt.title,
        message: v.prompt.message,
      });
      expect(got.errorAlert).toEqual({
        showAlert: true,
        style: "Stop",
        title: v.error.title,
        message: v.error.message,
      });
      expect(got.ignoreBlanks).toBe(true);
    }
    const count = spec.validations.find((v) => v.rule.type === "wholeNumber" && v.rule.min === 0)!;
    expect(ws.validations.get(count.range)!.rule).toEqual({
      wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    const percent = spec.validations.find((v) => v.rule.type === "decimal")!;
    expect(ws.validations.get(percent.range)!.rule).toEqual({
      decimal: { formula1: 0, formula2: 1, operator: "Between" },
    });
    const list = spec.validations.find((v) => v.rule.type === "list")!;
    const items = list.rule.type === "list" ? list.rule.items : [];
    expect(ws.validations.get(list.range)!.rule).toEqual({
      list: { inCellDropDown: true, source: items.join(",") },
    });

    // the verdict colours, the text quoted as a formula
    const verdicts = `D7:D${lastRow(spec)}`;
    expect(
      ws.conditionalFormats.map((f) => [
        f.address,
        f.type,
        (f.props["cellValue.rule"] as { formula1: string }).formula1,
      ])
    ).toEqual([
      [verdicts, "CellValue", '="Đạt"'],
      [verdicts, "CellValue", '="Chưa đạt"'],
      [verdicts, "CellValue", '="Chưa có số liệu"'],
    ]);
    expect(ws.conditionalFormats[0].props).toMatchObject({
      "cellValue.format.fill.color": "#C6EFCE",
      "cellValue.format.font.color": "#006100",
      "cellValue.rule": { operator: "EqualTo" },
    });

    // styles, merges, columns, panes, print
    expect(ws.style("A1:G1", "format.font.bold")).toBe(true);
    expect(ws.style("A1:G1", "format.font.size")).toBe(14);
    expect(ws.style("A6:G6", "format.fill.color")).toBe("#1F4E79");
    expect(ws.style("A6:G6", "format.borders.EdgeTop.style")).toBe("Continuous");
    expect(ws.style("A6:G6", "format.borders.InsideVertical.weight")).toBe("Thin");
    expect(ws.style("A6:G6", "format.borders.InsideHorizontal.style")).toBeUndefined(); // one row: no inside edge
    expect(ws.style(`E7:E${lastRow(spec)}`, "format.protection.locked")).toBe(false);
    expect(ws.merges).toEqual(["A1:G1"]);
    expect(ws.columns.get("B")).toEqual({ width: 330, hidden: false });
    expect(ws.columns.get("H")).toEqual({ width: 40, hidden: true });
    expect(ws.freezeRows).toBe(6);
    expect(ws.page).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      titleRows: "$6:$6",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });

    // the key over the area, and the sheet active
    expect(excel.names.get(spec.key)).toMatchObject({ sheet: ws, address: spec.area });
    expect(excel.active).toBe(ws);
  });

  it("takes the same number of round trips for twice as many rows", async () => {
    const big = doubled(spec);
    expect(big.cells.length).toBeGreaterThan(1.8 * spec.cells.length);
    const excel = new FakeExcel();
    const sync = jest.spyOn(excel.context, "sync");
    await excel.port().writeSheet(big);
    expect(sync).toHaveBeenCalledTimes(2);
    const id = big.cells[big.cells.length - 1][7];
    expect(excel.sheet(big.name).content(`H${big.cells.length}`)).toBe(
      "text" in id ? id.text : null
    );
    expect(excel.names.get(big.key)?.address).toBe(big.area);
  });

  it("rewrites a renamed sheet: back to its name, rows beyond cleared, the key moved, the analyst's charts kept", async () => {
    const excel = new FakeExcel();
    await excel.port().writeSheet(spec);
    const ws = excel.sheet(spec.name);
    ws.name = "Báo cáo của tôi";
    ws.cell(`B${lastRow(spec) + 3}`).content = { kind: "text", value: "dòng thêm tay" };
    ws.charts.push({
      name: "Biểu đồ của tôi",
      type: "Pie",
      source: "C7:C9",
      seriesBy: "Columns",
      props: {},
    });
    ws.charts.push({
      name: "CDS_chart_1",
      type: "ColumnStacked",
      source: "J6:M12",
      seriesBy: "Columns",
      props: {},
    });
    excel.addSheet("Trang khác", { A1: "giữ nguyên" });

    const sync = jest.spyOn(excel.context, "sync");
    await excel
      .port()
      .writeSheet(spec, { replace: "Báo cáo của tôi", clearRows: lastRow(spec) + 3 });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(ws.name).toBe(spec.name);
    expect(ws.content(`B${lastRow(spec) + 3}`)).toBeNull();
    expect(ws.content("A1")).toBe(TITLE);
    expect(ws.charts.map((c) => c.name)).toEqual(["Biểu đồ của tôi"]);
    expect(excel.names.get(spec.key)).toMatchObject({ sheet: ws, address: spec.area });
    expect(excel.sheets.map((s) => s.name)).toEqual([spec.name, "Trang khác"]);
    expect(excel.sheet("Trang khác").content("A1")).toBe("giữ nguyên");
  });

  it("keeps a typed text as text where the column's format is General", async () => {
    const r = rows["9"];
    const excel = new FakeExcel();
    await excel
      .port()
      .writeSheet(buildSheet(PARAMS, { verdicts: { "9": { text: "+ đạt một phần" } } }));
    const ws = excel.sheet(spec.name);
    expect([ws.kind(`D${r}`), ws.content(`D${r}`), ws.cell(`D${r}`).numberFormat]).toEqual([
      "text",
      "+ đạt một phần",
      "@",
    ]);
    expect(ws.cell(`D${r + 1}`).numberFormat).toBe("General");
  });

  it("adds the spec's charts, named so that a rewrite replaces them", async () => {
    const excel = new FakeExcel();
    const withChart: SheetSpec = {
      ...spec,
      charts: [
        {
          type: "ColumnStacked",
          source: "J6:M12",
          title: "Kết quả chỉ tiêu theo trụ cột — Quý III năm 2025",
          anchor: "J14:O32",
          colors: ["#2E7D32", "#C62828"],
        },
      ],
    };
    const sync = jest.spyOn(excel.context, "sync");
    await excel.port().writeSheet(withChart);
    await excel.port().writeSheet(withChart, { replace: spec.name });
    expect(sync).toHaveBeenCalledTimes(4);
    expect(excel.sheet(spec.name).charts).toEqual([
      {
        name: "CDS_chart_1",
        type: "ColumnStacked",
        source: "J6:M12",
        seriesBy: "Columns",
        props: {
          "title.text": "Kết quả chỉ tiêu theo trụ cột — Quý III năm 2025",
          position: "J14:O32",
          "series0.color": "#2E7D32",
          "series1.color": "#C62828",
        },
      },
    ]);
  });

  it("keeps the sheet's name when another sheet holds the standard one", async () => {
    const excel = new FakeExcel();
    excel.addSheet(spec.name, { A1: "trang của người khác" });
    excel.addSheet("Bản cũ");
    await excel.port().writeSheet(spec, { replace: "Bản cũ" });
    expect(excel.sheet("Bản cũ").content("A1")).toBe(TITLE);
    expect(excel.sheet(spec.name).content("A1")).toBe("trang của người khác");
  });

  it("refuses a protected sheet before writing anything", async () => {
    const excel = new FakeExcel();
    const ws = excel.addSheet(spec.name, { A1: "cũ" });
    ws.protected = true;
    const sync = jest.spyOn(excel.context, "sync");
    const e = await failure(excel.port().writeSheet(spec, { replace: spec.name }));
    expect(e.code).toBe("protected");
    expect(e.message).toContain("đang được bảo vệ");
    expect(e.message).toContain("Xem lại → Bỏ bảo vệ trang tính");
    expect(sync).toHaveBeenCalledTimes(1);
    expect(ws.writes).toEqual([]);
    expect(ws.content("A1")).toBe("cũ");
    expect(excel.names.size).toBe(0);
  });

  it("turns Excel's protection error at sync into a 'protected' WorkbookError with Excel's message", async () => {
    const excel = new FakeExcel();
    const ws = excel.addSheet(spec.name, { A1: "cũ" });
    const real = excel.context.sync;
    const sync = jest.spyOn(excel.context, "sync");
    // protected between the two round trips (by a co-author, say): Excel refuses the writes
    sync.mockImplementationOnce(async () => {
      await real();
      ws.protected = true;
    });
    const e = await failure(excel.port().writeSheet(spec, { replace: spec.name }));
    expect(e.code).toBe("protected");
    expect(e.message).toContain("bảo vệ");
    expect(e.message).toContain(PROTECTED_MESSAGE);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(ws.content("A1")).toBe("cũ");
    expect(excel.names.size).toBe(0);
  });

  it("fails with 'notFound' when the sheet to rewrite is gone, and 'failed' when the new name is taken", async () => {
    const excel = new FakeExcel();
    expect((await failure(excel.port().writeSheet(spec, { replace: "Không có" }))).code).toBe(
      "notFound"
    );
    excel.addSheet(spec.name);
    const taken = await failure(excel.port().writeSheet(spec));
    expect(taken.code).toBe("failed");
    expect(taken.message).toContain(`Đã có trang tên "${spec.name}"`);
  });
});

describe("read", () => {
  function seeded(): FakeExcel {
    const excel = new FakeExcel();
    excel.addSheet("Ghi chú", { A1: "xin chào" });
    const unit = excel.addSheet("CĐS 2025-Q3 Sở KH&CN", {
      A1: TITLE,
      H1: SIGNATURE,
      C9: 12,
      C10: { formula: "=CDS.RATE(C11,C12)", value: "#N/A" },
      D10: "Đạt",
    });
    unit.protected = true;
    excel.names.set("CDS_sokhcn_2025Q3", { sheet: unit, address: "A1:H95" });
    excel.names.set("CDS_daxoa_2025Q3", { sheet: null, address: "#REF!" });
    excel.active = unit;
    return excel;
  }

  it("reads sheets by key, by name and the active one in one round trip; null where missing", async () => {
    const excel = seeded();
    const sync = jest.spyOn(excel.context, "sync");
    const result = await excel.port().read({
      keys: ["CDS_sokhcn_2025Q3", "CDS_khong_co", "CDS_daxoa_2025Q3"],
      names: ["Ghi chú", "Không có"],
      active: true,
    });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(result.sheetNames).toEqual(["Ghi chú", "CĐS 2025-Q3 Sở KH&CN"]);
    const unit = result.byKey["CDS_sokhcn_2025Q3"]!;
    expect(unit.name).toBe("CĐS 2025-Q3 Sở KH&CN");
    expect(unit.protected).toBe(true);
    expect(unit.values).toHaveLength(10);
    expect(unit.values[0][0]).toBe(TITLE);
    expect(unit.values[0][7]).toBe(SIGNATURE);
    expect(unit.values[0][1]).toBeNull(); // "" comes back as null
    expect(unit.values[8][2]).toBe(12);
    expect(unit.values[9][2]).toBe("#N/A");
    expect(unit.formulas[9][2]).toBe("=CDS.RATE(C11,C12)");
    expect(unit.formulas[9][3]).toBe("Đạt");
    expect(result.byKey["CDS_khong_co"]).toBeNull();
    expect(result.byKey["CDS_daxoa_2025Q3"]).toBeNull();
    expect(result.byName["Ghi chú"]).toEqual({
      name: "Ghi chú",
      protected: false,
      values: [["xin chào"]],
      formulas: [["xin chào"]],
    });
    expect(result.byName["Không có"]).toBeNull();
    expect(result.active?.name).toBe("CĐS 2025-Q3 Sở KH&CN");
  });

  it("reads an empty sheet as A1 alone", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Trống");
    const result = await excel.port().read({ names: ["Trống"] });
    expect(result.byName["Trống"]).toEqual({
      name: "Trống",
      protected: false,
      values: [[null]],
      formulas: [[null]],
    });
  });

  it("reads every sheet in two round trips, whatever their number", async () => {
    for (const n of [2, 6]) {
      const excel = new FakeExcel();
      for (let i = 1; i <= n; i++) excel.addSheet(`Trang ${i}`, { B2: i });
      const sync = jest.spyOn(excel.context, "sync");
      const all = await excel.port().readAll();
      expect(sync).toHaveBeenCalledTimes(2);
      expect(all.map((s) => s.name)).toEqual(Array.from({ length: n }, (_, i) => `Trang ${i + 1}`));
      expect(all[n - 1].values).toEqual([
        [null, null],
        [null, n],
      ]);
    }
  });
});

describe("writeCells", () => {
  it("keeps text as text, number format first, in one round trip", async () => {
    const excel = new FakeExcel();
    const ws = excel.addSheet("Báo cáo");
    const sync = jest.spyOn(excel.context, "sync");
    await excel.port().writeCells("Báo cáo", [
      { address: "E7", content: { text: "=SUM(A1:A3)" }, numberFormat: "@" },
      { address: "E8", content: { text: "+84 912" } },
      { address: "E9", content: { text: "-5" } },
      { address: "E10", content: { text: "@abc" }, numberFormat: "General" },
      { address: "C7", content: { formula: "=CDS.RATE(C8,C9)" } },
      { address: "C8", content: { number: 12 }, numberFormat: "#,##0" },
      {
        address: "D7",
        content: { formula: '=IF(ISNA(C7),"Chưa có số liệu","")' },
        numberFormat: "@",
      },
      { address: "H5", content: { blank: true }, numberFormat: "@" },
    ]);
    expect(sync).toHaveBeenCalledTimes(1);
    for (const [address, text] of [
      ["E7", "=SUM(A1:A3)"],
      ["E8", "+84 912"],
      ["E9", "-5"],
      ["E10", "@abc"],
    ]) {
      expect([address, ws.kind(address), ws.content(address)]).toEqual([address, "text", text]);
      const paths = ws.writes.filter((w) => w.address === address).map((w) => [w.path, w.value]);
      expect(paths).toEqual([
        ["numberFormat", [["@"]]],
        ["formulas", [[text]]],
      ]);
    }
    expect(ws.kind("C7")).toBe("formula");
    expect(ws.content("C8")).toBe(12);
    expect(ws.cell("C8").numberFormat).toBe("#,##0");
    // a formula never goes into a "@" cell: it would stay text
    expect(ws.kind("D7")).toBe("formula");
    expect(ws.cell("D7").numberFormat).toBe("General");
    expect(ws.content("H5")).toBeNull();
    expect(ws.cell("H5").numberFormat).toBe("@");
  });

  it("reports Excel's refusal on a protected sheet as 'protected', never as success", async () => {
    const excel = new FakeExcel();
    const ws = excel.addSheet("Báo cáo", { E7: "cũ" });
    ws.protected = true;
    const done = jest.fn();
    const e = await failure(
      excel
        .port()
        .writeCells("Báo cáo", [{ address: "E7", content: { text: "mới" } }])
        .then(done)
    );
    expect(done).not.toHaveBeenCalled();
    expect(e.code).toBe("protected");
    expect(e.message).toMatch(
      /^Excel không cho ghi vào trang "Báo cáo" vì trang hoặc ô đang được bảo vệ/
    );
    expect(e.message).toContain(PROTECTED_MESSAGE);
    expect(ws.content("E7")).toBe("cũ");
  });

  it("turns any other Excel error into 'failed' with Excel's message", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Báo cáo");
    jest
      .spyOn(excel.context, "sync")
      .mockRejectedValueOnce(officeError("GeneralException", "Something went wrong."));
    const e = await failure(
      excel.port().writeCells("Báo cáo", [{ address: "A1", content: { number: 1 } }])
    );
    expect(e.code).toBe("failed");
    expect(e.message).toBe("Excel không thực hiện được thao tác: Something went wrong.");
  });

  it("fails with 'notFound' for a sheet that is gone", async () => {
    const excel = new FakeExcel();
    const e = await failure(
      excel.port().writeCells("Đã xoá", [{ address: "A1", content: { number: 1 } }])
    );
    expect(e.code).toBe("notFound");
    expect(e.message).toContain('Không tìm thấy trang "Đã xoá"');
  });
});

describe("select", () => {
  it("activates the sheet and selects the range in one round trip", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Trang 1");
    const ws = excel.addSheet("Báo cáo");
    const sync = jest.spyOn(excel.context, "sync");
    await excel.port().select("Báo cáo", "C20");
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.active).toBe(ws);
    expect(ws.selection).toBe("C20");
  });
});

describe("ensureReady", () => {
  const global = globalThis as { Office?: unknown; Excel?: unknown };
  afterEach(() => {
    delete global.Office;
    delete global.Excel;
  });

  function host(name: string, supported: boolean): void {
    global.Excel = {};
    global.Office = {
      context: {
        host: name,
        requirements: {
          isSetSupported: (set: string, version: string) => {
            expect([set, version]).toEqual(["ExcelApi", "1.9"]);
            return supported;
          },
        },
      },
    };
  }

  it("fails with 'noHost' outside Excel", async () => {
    const port = new FakeExcel().port();
    const none = await failure(port.ensureReady());
    expect(none.code).toBe("noHost");
    expect(none.message).toBe(
      "Không tìm thấy Excel: hãy mở bổ trợ CĐS Excel từ trong Excel (máy tính hoặc Excel trên web)."
    );
    host("Word", true);
    expect((await failure(port.ensureReady())).code).toBe("noHost");
  });

  it("fails with 'apiMissing' when ExcelApi 1.9 is not supported", async () => {
    host("Excel", false);
    const e = await failure(new FakeExcel().port().ensureReady());
    expect(e.code).toBe("apiMissing");
    expect(e.message).toBe(
      "Phiên bản Excel này chưa hỗ trợ ExcelApi 1.9 mà CĐS Excel cần: hãy cập nhật Office hoặc dùng Excel trên web."
    );
  });

  it("passes in Excel with ExcelApi 1.9", async () => {
    host("Excel", true);
    await expect(new FakeExcel().port().ensureReady()).resolves.toBeUndefined();
  });
});

/**
 * The Excel workbook adapter (src/workbook/office/, with the sheet model it writes), loaded on the first button
 * that needs Excel rather than with the pane: the pane opens with its form only. Every port method is asynchronous, so
 * waiting for the chunk is one more await inside it.
 */
import { load } from "./chunks";
import type { OfficeWorkbook } from "../workbook/office/officeWorkbook";
import type { WorkbookPort } from "../workbook/port";

export class LazyOfficeWorkbook implements WorkbookPort {
  private loading: Promise<OfficeWorkbook> | null = null;

  /**
   * @param load the adapter's module; tests pass their own
   * @param customFunctions whether this Excel runs the add-in's custom functions (host.ts finds out)
   */
  constructor(
    private readonly load: () => Promise<{
      OfficeWorkbook: new (run?: undefined, customFunctions?: () => boolean) => OfficeWorkbook;
    }> = () => import(/* webpackChunkName: "workbook" */ "../workbook/office/officeWorkbook"),
    private readonly customFunctionsHere: () => boolean = () => true
  ) {}

  /**
   * The adapter, fetched once. A fetch that fails is said plainly (the error kept as the cause); anything else is the
   * error it is. Either way the next click tries again.
   */
  private workbook(): Promise<OfficeWorkbook> {
    if (!this.loading) {
      this.loading = load(this.load).then(
        (module) => new module.OfficeWorkbook(undefined, this.customFunctionsHere),
        (error: unknown) => {
          this.loading = null;
          throw error;
        }
      );
    }
    return this.loading;
  }

  async ensureReady(...args: Parameters<WorkbookPort["ensureReady"]>) {
    return (await this.workbook()).ensureReady(...args);
  }
  async read(...args: Parameters<WorkbookPort["read"]>) {
    return (await this.workbook()).read(...args);
  }
  async readHeads(...args: Parameters<WorkbookPort["readHeads"]>) {
    return (await this.workbook()).readHeads(...args);
  }
  async readSheets(...args: Parameters<WorkbookPort["readSheets"]>) {
    return (await this.workbook()).readSheets(...args);
  }
  async writeSheet(...args: Parameters<WorkbookPort["writeSheet"]>) {
    return (await this.workbook()).writeSheet(...args);
  }
  async writeCells(...args: Parameters<WorkbookPort["writeCells"]>) {
    return (await this.workbook()).writeCells(...args);
  }
  async setProtection(...args: Parameters<WorkbookPort["setProtection"]>) {
    return (await this.workbook()).setProtection(...args);
  }
  async select(...args: Parameters<WorkbookPort["select"]>) {
    return (await this.workbook()).select(...args);
  }
  async customFunctions() {
    return (await this.workbook()).customFunctions();
  }
}

/**
 * Whether this Excel runs the custom functions (host.ts), asked as the manifest asks, and handed to the use cases
 * through the workbook adapter: where they are missing, Generate writes the plain kind of sheet and says so.
 */
import { PLAIN_SIGNATURE, SIGNATURE, sheetName } from "../../src/sheets";
import { CUSTOM_FUNCTIONS_RUNTIME, customFunctionsAvailable } from "../../src/taskpane/host";
import { LazyOfficeWorkbook } from "../../src/taskpane/lazyWorkbook";
import { generatedNotice } from "../../src/taskpane/outcomeMessages";
import { generateSheet } from "../../src/usecases";
import { OfficeWorkbook } from "../../src/workbook/office";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { A } from "../support/cityUnits";

function installOffice(supported: (name: string, version?: string) => boolean | undefined) {
  (globalThis as Record<string, unknown>).Office = {
    context: { requirements: { isSetSupported: supported } },
  };
}
afterEach(() => delete (globalThis as Record<string, unknown>).Office);

describe("customFunctionsAvailable", () => {
  test("yes where Excel has the runtime the manifest asks for", () => {
    const asked: unknown[] = [];
    installOffice((name, version) => (asked.push([name, version]), true));
    expect(customFunctionsAvailable()).toBe(true);
    expect(asked).toEqual([["CustomFunctionsRuntime", CUSTOM_FUNCTIONS_RUNTIME]]);
  });

  test("no where it lacks it, cannot say, or there is no Office", () => {
    installOffice((name, version) => name === "CustomFunctionsRuntime" && version === "1.1");
    expect(customFunctionsAvailable()).toBe(false);
    installOffice(() => undefined);
    expect(customFunctionsAvailable()).toBe(false);
    delete (globalThis as Record<string, unknown>).Office;
    expect(customFunctionsAvailable()).toBe(false);
  });

  test("the lazy adapter hands the answer to the adapter it loads", async () => {
    const made: Array<(() => boolean) | undefined> = [];
    class Probe extends OfficeWorkbook {
      constructor(run?: undefined, cf?: () => boolean) {
        super(run, cf);
        made.push(cf);
      }
    }
    const port = new LazyOfficeWorkbook(
      async () => ({ OfficeWorkbook: Probe }),
      () => false
    );
    expect(await port.customFunctions()).toBe(false);
    expect(made).toHaveLength(1);
  });
});

describe("the in-memory workbook, with and without custom functions", () => {
  test("with them (the preview's default): the CDS kind, nothing said about it", async () => {
    const wb = new MemoryWorkbook();
    const out = await generateSheet(wb, A);
    expect(out.kind).toBeUndefined();
    expect(wb.value(sheetName(A), "H1")).toBe(SIGNATURE);
    expect(generatedNotice(out).lines.join(" ")).not.toMatch(/CDS\.\*/);
  });

  test("without them: the plain kind, and the pane says which kind it wrote", async () => {
    const wb = new MemoryWorkbook({ customFunctions: false });
    const out = await generateSheet(wb, A);
    expect(out.kind).toBe("plain");
    expect(wb.value(sheetName(A), "H1")).toBe(PLAIN_SIGNATURE);
    expect(generatedNotice(out).lines.join(" ")).toMatch(
      /Excel này không chạy được hàm CDS\.\*: bảng dùng công thức Excel thông thường/
    );
  });
});

/** How the adapter reaches Excel: one batch per Excel.run, its errors in the analyst's words. */
import { translate } from "./errors";

/** Runs a batch against a request context: Excel.run in Excel, a mock context in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Runs a batch; an error Excel raises at sync becomes a WorkbookError with Excel's own message in it. */
export async function batch<T>(
  run: ExcelRunner,
  sheet: string | undefined,
  body: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  try {
    return await run(body);
  } catch (error) {
    throw translate(error, sheet);
  }
}

/** Excel's errors as the analyst reads them: our failures (failures.ts), with Excel's own message kept. */
import { FAILURES } from "../failures";
import { isTooLarge } from "../limits";
import { WorkbookError } from "../port";

/** A failure as the analyst reads it; `row`: the one row a refused request held (its long cells are the cause). */
export function translate(error: unknown, sheet: string | undefined, row?: number): WorkbookError {
  if (error instanceof WorkbookError) return error;
  if (isTooLarge(error)) {
    const excel = error instanceof Error ? error.message : String(error);
    return new WorkbookError("failed", FAILURES.tooLarge(sheet, excel, row), { tooLarge: true });
  }
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const excel = error instanceof Error ? error.message : String(error);
  const refusedByProtection =
    code === "AccessDenied" || (code === "InvalidOperation" && /protect|bảo vệ/i.test(excel));
  if (refusedByProtection) return new WorkbookError("protected", FAILURES.refused(sheet, excel));
  if (code === "ItemNotFound" && sheet !== undefined) {
    return new WorkbookError("notFound", `${FAILURES.notFound(sheet)} Excel báo: ${excel}`);
  }
  return new WorkbookError("failed", FAILURES.failed(excel));
}

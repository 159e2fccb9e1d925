/**
 * The city and report use cases, loaded when a button first needs them. They carry docx, JSZip and ExcelJS (about
 * 100 KB gzip): webpack puts them in chunks of their own, so the task pane opens without them.
 */
import { UserError } from "./userError";

/** A chunk that cannot be fetched (the add-in's server out of reach) is said plainly; a later click retries. */
async function load<T>(chunk: () => Promise<T>): Promise<T> {
  try {
    return await chunk();
  } catch {
    throw new UserError(
      "Không tải được chức năng này của CĐS Excel: hãy kiểm tra kết nối mạng rồi bấm lại."
    );
  }
}

// Generate and Fill: the catalog, the sheet layout and the rules, fetched on the first click like the others, so that
// the pane opens with its form only.
export const loadSheetUsecases = () =>
  load(() => import(/* webpackChunkName: "sheet" */ "./sheetUsecases"));

export const loadCityUsecases = () =>
  load(() => import(/* webpackChunkName: "city" */ "./cityUsecases"));

export const loadReportUsecases = () =>
  load(() => import(/* webpackChunkName: "report" */ "./reportUsecases"));

/**
 * The city and report use cases, loaded when a button first needs them. They carry docx, JSZip and ExcelJS (about
 * 100 KB gzip): webpack puts them in chunks of their own, so the task pane opens without them.
 */
import { UserError } from "./userError";

/**
 * Whether a failed import() is the chunk's fetch failing: webpack's ChunkLoadError ("Loading chunk 3 failed.", "Loading CSS chunk …"), or a
 * browser's native dynamic import ("Failed to fetch dynamically imported module: …").
 */
export function isChunkLoadError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name === "ChunkLoadError") return true;
  return (
    typeof message === "string" &&
    (/Loading (CSS )?chunk/.test(message) ||
      message.includes("Failed to fetch dynamically imported module"))
  );
}

/**
 * A chunk that cannot be fetched (the add-in's server out of reach) is said plainly, with the fetch's error as the
 * cause; a later click retries. Any other failure (a module that throws as it loads) is a bug: it goes on as it is.
 */
export async function load<T>(chunk: () => Promise<T>): Promise<T> {
  try {
    return await chunk();
  } catch (error) {
    if (!isChunkLoadError(error)) throw error;
    throw new UserError(
      "Không tải được chức năng này của CĐS Excel: hãy kiểm tra kết nối mạng rồi bấm lại.",
      error
    );
  }
}

// Generate and Fill: the catalog, the sheet layout and the rules, fetched on the first click like the others, so that
// the pane opens with its form only.
export const loadSheetUsecases = () =>
  load(() => import(/* webpackChunkName: "sheet" */ "./usecases/sheet"));

export const loadCityUsecases = () =>
  load(() => import(/* webpackChunkName: "city" */ "./usecases/city"));

export const loadReportUsecases = () =>
  load(() => import(/* webpackChunkName: "report" */ "./usecases/documents"));

// The roster: the unit picker's suggestions and "Tạo danh sách đơn vị", fetched when the unit field is first used.
export const loadRosterUsecases = () =>
  load(() => import(/* webpackChunkName: "roster" */ "./usecases/roster"));

// "So sánh với kỳ trước" on a unit sheet.
export const loadCompareUsecases = () =>
  load(() => import(/* webpackChunkName: "compare" */ "./usecases/compare"));

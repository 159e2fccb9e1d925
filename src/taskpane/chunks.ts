/**
 * Loading the use cases on demand: the chunks, and what a chunk that cannot be fetched says.
 */
import { UserError } from "../usecases/userError";

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

/**
 * The chunks of the use cases, each fetched on the first click that needs it (the actions' table names which), so
 * that the pane opens with its form only: the sheet's (the catalog, the layout, the rules and the checks), the
 * city's and the comparison's (ExcelJS, to read picked .xlsx files), the roster's (also behind the unit field's
 * suggestions), the blank workbooks' (ExcelJS and JSZip), the documents' (docx and JSZip), and the outcomes' messages.
 */
export const CHUNKS = {
  sheet: () => load(() => import(/* webpackChunkName: "sheet" */ "../usecases/sheet/sheet")),
  consolidation: () =>
    load(
      () =>
        import(/* webpackChunkName: "consolidation" */ "../usecases/consolidation/consolidation")
    ),
  comparison: () =>
    load(() => import(/* webpackChunkName: "comparison" */ "../usecases/comparison/comparison")),
  roster: () => load(() => import(/* webpackChunkName: "roster" */ "../usecases/roster/roster")),
  blank: () => load(() => import(/* webpackChunkName: "blank" */ "../usecases/blank/blank")),
  documents: () =>
    load(() => import(/* webpackChunkName: "report" */ "../usecases/documents/documents")),
  cycle: () => load(() => import(/* webpackChunkName: "cycle" */ "../usecases/cycle/cycle")),
  /** The city's review: its reply files (ExcelJS). */
  review: () => load(() => import(/* webpackChunkName: "review" */ "../usecases/review/review")),
  /** How each outcome is told (the failure notice stays in the first load: notice.ts). */
  messages: () => load(() => import(/* webpackChunkName: "messages" */ "./outcomeMessages")),
} as const;

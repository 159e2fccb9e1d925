/**
 * The download page: opened in the analyst's browser by the task pane where Excel's web view cannot download (Excel
 * for Mac), with the file in the URL's fragment. It rebuilds the file, checks it against the size and CRC it was sent
 * with, and offers it as an ordinary download under its own name. Nothing is sent anywhere.
 *
 * The page is on the add-in's own address and anyone can write a link to it: it downloads only what the add-in makes
 * (offeredFile.ts: a .docx or .xlsx without macros, by content and by name, under a clean name) and refuses anything
 * else, saying why, with no download at all.
 */
import { mimeType, readFileFragment, shownSize, type DownloadFile } from "../handoff/download";
import { checkOffered } from "../handoff/offeredFile";

export interface PageOutcome {
  readonly file: DownloadFile | null;
  readonly href: string | null;
}

/** Fills the page from `win.location.hash`; starts the download once. */
export function startDownloadPage(win: Window): PageOutcome {
  const doc = win.document;
  const status = doc.getElementById("status");
  const link = doc.getElementById("file-link") as HTMLAnchorElement | null;
  if (!status || !link) throw new Error("download.html has no #status or #file-link");

  const fragment = readFileFragment(win.location.hash);
  const read = fragment.ok ? checkOffered(fragment.file) : fragment;
  // The file stays in this page only: the address bar (and a reload or a shared link) no longer carries it.
  try {
    win.history.replaceState(null, "", win.location.pathname + win.location.search);
  } catch {
    // a page without history (a test frame): nothing to clear
  }
  if (!read.ok) {
    status.dataset.state = "error";
    status.textContent = read.message;
    link.hidden = true;
    return { file: null, href: null };
  }

  const { file } = read;
  const href = URL.createObjectURL(
    new Blob([new Uint8Array(file.data)], { type: mimeType(file.fileName) })
  );
  link.href = href;
  link.download = file.fileName;
  link.textContent = `Tải tệp ${file.fileName}`;
  link.hidden = false;
  status.dataset.state = "ready";
  status.textContent =
    `Tệp ${file.fileName} (${shownSize(file.data.length)}) do CĐS Excel tạo đang được tải về. ` +
    "Nếu trình duyệt chưa tải, bấm nút bên dưới. Sau khi tải xong có thể đóng trang này.";
  doc.title = `CĐS Excel — ${file.fileName}`;
  link.click();
  return { file, href };
}

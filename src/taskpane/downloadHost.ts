// Which download a made file can use here: asked by the outcome's download link, so kept out of host.ts and the
// pane's first load.
import type { DownloadHost } from "../handoff/download";

/**
 * Whether the pane's web view can download a made file itself, and if not, how the file reaches the browser
 * (download.ts). Excel for Mac and iPad (Office.context.platform Mac, iOS) run add-ins in a WKWebView that ignores
 * downloads; elsewhere, and outside Office (the preview), the page's own download works.
 */
export function downloadHost(): DownloadHost {
  try {
    if (typeof Office === "undefined" || !Office.context) return { kind: "browser" };
    const platform = String(Office.context.platform ?? Office.context.diagnostics?.platform ?? "");
    const blocking = [Office.PlatformType?.Mac ?? "Mac", Office.PlatformType?.iOS ?? "iOS"].map(
      String
    );
    if (!blocking.includes(platform)) return { kind: "browser" };
    const ui = Office.context.ui;
    const supported =
      typeof ui?.openBrowserWindow === "function" &&
      Office.context.requirements?.isSetSupported?.("OpenBrowserWindowApi", "1.1") !== false;
    return supported
      ? { kind: "external", open: (url) => ui.openBrowserWindow(url) }
      : { kind: "blocked" };
  } catch {
    return { kind: "browser" };
  }
}

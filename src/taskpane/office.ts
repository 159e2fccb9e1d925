// Everything the task pane needs to know about Office.js lives here, so components stay host-agnostic.

/** Where the task pane is running. */
export type HostStatus =
  | { kind: "excel" }
  /** Office.js did not load, or the page was opened in a plain browser. */
  | { kind: "no-office" }
  /** Another Office application (the manifest only targets Excel, so this is unexpected). */
  | { kind: "other"; host: string };

// Outside Office, Office.onReady resolves with host null in about half a second; the timeout only
// guards against it never resolving, so the page never stays blank.
const READY_TIMEOUT_MS = 10_000;

/** Waits for Office.js and reports the host. Never rejects. */
export async function waitForHost(): Promise<HostStatus> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { kind: "no-office" };
  }
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS));
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (info === null || !info.host) return { kind: "no-office" };
    if (info.host === Office.HostType.Excel) return { kind: "excel" };
    return { kind: "other", host: String(info.host) };
  } catch {
    return { kind: "no-office" };
  }
}

// Everything the task pane needs to know about Office.js lives here, so components stay host-agnostic.

import { readStored, type FormMemory } from "./formMemory";

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

const SETTINGS_KEY = "cdsExcel.form";

/**
 * In Excel the workbook remembers its own form (a workbook usually holds one unit's reports), so reopening it brings
 * back its unit and period; a workbook that has none starts from what this computer remembered last.
 */
export function workbookMemory(fallback: FormMemory): FormMemory {
  return {
    load() {
      try {
        return {
          ...fallback.load(),
          ...readStored(Office.context.document.settings.get(SETTINGS_KEY)),
        };
      } catch {
        return fallback.load();
      }
    },
    save(values) {
      fallback.save(values);
      try {
        const settings = Office.context.document.settings;
        settings.set(SETTINGS_KEY, values);
        // Saved with the workbook; a failure only means the next session starts from the fallback.
        settings.saveAsync(() => undefined);
      } catch {
        // no document settings in this host
      }
    },
  };
}

/** The custom-functions runtime the manifest asks for (its VersionOverrides' Requirements): below it, no CDS.*. */
export const CUSTOM_FUNCTIONS_RUNTIME = "1.3";

/**
 * Whether this Excel runs the add-in's custom functions: the requirement set the manifest declares for them
 * (Microsoft 365 builds 1903–2007, Mac 16.24–16.39, retail perpetual Office before 2311 and iPad lack it, and Excel
 * then drops the functions). Where it cannot be told, no: the plain sheet computes everywhere.
 */
export function customFunctionsAvailable(): boolean {
  try {
    return (
      Office.context.requirements.isSetSupported(
        "CustomFunctionsRuntime",
        CUSTOM_FUNCTIONS_RUNTIME
      ) === true
    );
  } catch {
    return false;
  }
}

/**
 * "Danh sách đơn vị": the city's roster sheet, created on request with the 168 official communes, and read back for
 * the unit picker and the status of who reported. The roster is found by its signature (F1), whatever its name.
 */
import {
  buildRosterSheet,
  isRosterSealed,
  officialRoster,
  readRosterSheet,
  rebuildRosterSheet,
} from "../../sheets";
import { type RosterEntry } from "../../core";
import { guarded, protectedError, type Progress } from "../support";
import type { WorkbookPort } from "../../workbook/port";
import { newRosterName, rosterHead } from "./plan";

export { rosterHead } from "./plan";

export interface RosterOutcome {
  readonly sheet: string;
  /** The roster existed: it was shown, not rewritten (the city's additions are never overwritten). */
  readonly existed: boolean;
  readonly entries: number;
}

/** Creates the roster sheet, or shows the one the workbook has. Two round trips to create it. */
export function createRoster(
  port: WorkbookPort,
  progress: Progress = () => {}
): Promise<RosterOutcome> {
  return guarded(async (writes) => {
    await port.ensureReady();
    progress("Đang đọc các trang trong sổ tính…");
    const heads = await port.readHeads();
    const existing = rosterHead(heads);
    if (existing) {
      const [snapshot] = await port.readSheets([existing.name]);
      const entries = snapshot ? readRosterSheet(snapshot).entries.length : 0;
      if (!snapshot || isRosterSealed(existing.values)) {
        await port.select(existing.name, "A5");
        return { sheet: existing.name, existed: true, entries };
      }
      // its writing stopped part-way: written again, its lines kept
      if (existing.protected) throw protectedError(existing.name);
      progress("Đang ghi lại danh sách đơn vị…");
      const spec = { ...rebuildRosterSheet(snapshot), name: existing.name };
      await writes.track(existing.name, () =>
        port.writeSheet(spec, { replace: existing.name, clearRows: snapshot.values.length })
      );
      return { sheet: existing.name, existed: false, entries };
    }
    const spec = buildRosterSheet();
    const name = newRosterName(heads);
    progress("Đang ghi danh sách đơn vị…");
    await writes.track(name, () => port.writeSheet({ ...spec, name }));
    return { sheet: name, existed: false, entries: officialRoster().length };
  });
}

export interface LoadedRoster {
  /** The roster sheet's entries, or the official list when the workbook has no roster sheet. */
  readonly entries: readonly RosterEntry[];
  /** The roster sheet's name; null: the official list. */
  readonly sheet: string | null;
  /** Lines of the roster sheet that cannot be used, with their cell. */
  readonly problems: readonly { readonly address: string; readonly message: string }[];
}

/** The roster for the unit picker: the workbook's roster sheet if it has one, else the official list. */
export function loadRoster(port: WorkbookPort): Promise<LoadedRoster> {
  return guarded(async () => {
    await port.ensureReady();
    const head = rosterHead(await port.readHeads());
    if (!head) return { entries: officialRoster(), sheet: null, problems: [] };
    const [snapshot] = await port.readSheets([head.name]);
    const read = snapshot ? readRosterSheet(snapshot) : { entries: [], problems: [] };
    return { entries: read.entries, sheet: head.name, problems: read.problems };
  });
}

/** What the unit picker needs of the core, in the roster's chunk. */
export { findUnits, matchUnit } from "../../core/units";
export { officialRoster } from "../../sheets";

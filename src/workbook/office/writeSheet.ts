/**
 * A sheet's write: a look, then the writes. The look reads what decides the writing (is the sheet there and
 * unprotected, is its standard name free or held by a blank sheet, does the key name exist: a name cannot be deleted
 * blind, nor a sheet renamed onto a taken name), so that a refusal comes before anything is written. The writes are
 * one round trip, or a few when the contents are over WRITE_BATCH_BYTES (bands of rows, see writeSteps). The analyst's
 * cells (options.owned) are loaded in the look and again in the first write, before any of its writes: one typed
 * since the read keeps its content; one typed between the look and the writes is written back in one more round trip.
 */
import type { CellContent, SheetSpec } from "../../sheets";
import { FAILURES, protectedSheet, textTooLong } from "../failures";
import { groupSteps, isTooLarge, longText, specCells } from "../limits";
import { changedOwned, withCells, type OwnedCells } from "../owned";
import { WorkbookError, type WriteSheetOptions, type WriteSheetResult } from "../port";
import { isOwnChart } from "./apply";
import { plain, writeCell } from "./cells";
import { translate } from "./errors";
import { batch, type ExcelRunner } from "./run";
import { writeSteps, type WriteLook, type WriteStep } from "./writePlan";

export async function writeSheet(
  run: ExcelRunner,
  spec: SheetSpec,
  options: WriteSheetOptions
): Promise<WriteSheetResult> {
  const tooLong = textTooLong(options.replace ?? spec.name, longText(specCells(spec)));
  if (tooLong) throw tooLong;
  const look = await lookBeforeWriting(run, spec, options);
  const first = look.typed;
  const groups = groupSteps(
    writeSteps(withCells(spec, first.changed), options.clearRows ?? 0, look)
  );
  const typedMeanwhile = await writeGroups(run, spec, look, groups);
  if (Object.keys(typedMeanwhile).length) {
    const written = look.rename ? spec.name : (look.sheet ?? spec.name);
    await batch(run, written, async (context) => {
      restoreCells(context.workbook.worksheets.getItem(written), typedMeanwhile);
      await context.sync();
    });
  }
  return { kept: [...new Set([...Object.keys(first.changed), ...Object.keys(typedMeanwhile)])] };
}

/** A sheet as the look saw it. */
interface SheetSeen {
  readonly name: string;
  readonly protected: boolean;
  /** The names of its charts (not looked at for the holder of the name when a sheet is replaced). */
  readonly charts: readonly string[];
  /** Whether no cell holds a value (looked at for the holder of the name when adding, false otherwise). */
  readonly blank: boolean;
}

/** What the look saw: the sheet to replace (undefined: none asked for; null: gone), the holder of the name. */
interface Seen {
  readonly existing: SheetSeen | null | undefined;
  readonly holder: SheetSeen | null;
  readonly oldKey: boolean;
}

type Owned = ReturnType<typeof queueOwned>;

/** The look's round trip: what it loads, then the decision over what it saw (see decideLook). */
function lookBeforeWriting(
  run: ExcelRunner,
  spec: SheetSpec,
  options: WriteSheetOptions
): Promise<WriteLook & { typed: ReturnType<Owned> }> {
  const { replace } = options;
  return batch(run, replace ?? spec.name, async (context) => {
    const { worksheets, names } = context.workbook;
    const existing = replace !== undefined ? worksheets.getItemOrNullObject(replace) : null;
    existing?.load("name, protection/protected");
    existing?.charts.load("items/name");
    const holder = worksheets.getItemOrNullObject(spec.name);
    holder.load("name, protection/protected");
    // adding: the sheet that holds the name is taken over when it is blank (a write cut after its add)
    const holderUsed = existing ? null : holder.getUsedRangeOrNullObject(true);
    holderUsed?.load("rowIndex");
    if (!existing) holder.charts.load("items/name");
    const oldKey = names.getItemOrNullObject(spec.key);
    const owned = queueOwned(existing, options.owned);
    await context.sync();

    const seen = (sheet: Excel.Worksheet, used: Excel.Range | null): SheetSeen | null =>
      sheet.isNullObject
        ? null
        : {
            name: sheet.name,
            protected: sheet.protection.protected,
            charts: sheet.charts.items.map((chart) => chart.name),
            blank: used ? used.isNullObject : false,
          };
    const look = decideLook(spec, replace, {
      existing: existing ? seen(existing, null) : undefined,
      holder: existing ? seenName(holder) : seen(holder, holderUsed),
      oldKey: !oldKey.isNullObject,
    });
    return { ...look, typed: owned() };
  });
}

/** The holder of the name when a sheet is replaced: only its name and protection were loaded. */
function seenName(sheet: Excel.Worksheet): SheetSeen | null {
  if (sheet.isNullObject) return null;
  return { name: sheet.name, protected: sheet.protection.protected, charts: [], blank: false };
}

/**
 * Where the write goes, decided over what the look saw: the sheet replaced, or a blank sheet holding the standard name
 * taken over, or a new sheet. A refusal here comes before anything is written.
 */
function decideLook(spec: SheetSpec, replace: string | undefined, seen: Seen): WriteLook {
  const { existing, holder } = seen;
  if (existing === null) {
    throw new WorkbookError("notFound", FAILURES.notFound(replace!), { wroteNothing: true });
  }
  if (existing && existing.protected) throw protectedSheet(existing.name);
  let target: SheetSeen | null = existing ?? null;
  if (existing === undefined && holder) {
    if (!holder.blank || holder.charts.length > 0) {
      throw new WorkbookError("failed", FAILURES.nameTaken(holder.name), { wroteNothing: true });
    }
    if (holder.protected) throw protectedSheet(holder.name);
    target = holder;
  }
  return {
    sheet: target ? target.name : null,
    // the standard name, when no other sheet holds it (names compare without case in Excel)
    rename:
      target !== null &&
      target.name !== spec.name &&
      (holder === null || holder.name === target.name),
    charts: (target?.charts ?? []).filter(isOwnChart),
    oldKey: seen.oldKey,
  };
}

/**
 * The writes, group by group, the first adding the sheet when there is none. Returns the owned cells typed between
 * the look and the first write (loaded in that write before any of its writes).
 */
async function writeGroups(
  run: ExcelRunner,
  spec: SheetSpec,
  look: WriteLook & { typed: ReturnType<Owned> },
  groups: readonly WriteStep[][]
): Promise<Record<string, CellContent>> {
  const name = look.sheet ?? spec.name;
  let late: Owned | null = null;
  const writeGroup = (group: readonly WriteStep[], add: boolean) =>
    batch(run, name, async (context) => {
      const { worksheets } = context.workbook;
      const sheet = add ? worksheets.add(spec.name) : worksheets.getItem(name);
      // loaded before any write of the first batch: a cell typed since the look
      if (!late)
        late = queueOwned(
          look.sheet === null ? null : worksheets.getItemOrNullObject(name),
          look.typed.seen
        );
      for (const step of group) step.queue(sheet, context);
      try {
        await context.sync();
      } catch (error) {
        // one row alone over the limit: its long cells are the cause
        const rows = group.length === 1 ? group[0].rows : undefined;
        if (isTooLarge(error) && rows && rows[0] === rows[1]) throw translate(error, name, rows[0]);
        throw error;
      }
    });
  let add = look.sheet === null;
  for (const group of groups) {
    await writeGroup(group, add);
    add = false;
  }
  return late ? (late as Owned)().changed : {};
}

/**
 * Queues the loads of the analyst's cells of the sheet to rewrite (WriteSheetOptions.owned). After the sync, the
 * function returned gives those that hold something else than `owned` says (typed since), with what they hold now,
 * and what every owned cell held at the sync. writeSheet calls it twice: in its first round trip, against the read the
 * spec was built from; in its second, queued before the writes, against the first — a cell typed between the two
 * round trips is then written back as typed, in a third (rare) round trip.
 */
function queueOwned(
  sheet: Excel.Worksheet | null,
  owned: OwnedCells | undefined
): () => { changed: Record<string, CellContent>; seen: OwnedCells } {
  if (!sheet || !owned) return () => ({ changed: {}, seen: { cells: {} } });
  const ranges = new Map(
    Object.keys(owned.cells).map((address) => {
      const loaded = sheet.getRange(address);
      loaded.load("values, formulas");
      return [address, loaded] as const;
    })
  );
  return () => {
    const now = (address: string) => {
      const loaded = ranges.get(address)!;
      return { formula: plain(loaded.formulas)[0][0], value: plain(loaded.values)[0][0] };
    };
    const seen = Object.fromEntries([...ranges.keys()].map((a) => [a, now(a).formula]));
    return { changed: changedOwned(owned, now), seen: { cells: seen } };
  };
}

/** Writes cells back as the analyst left them (see queueOwned): their content, text staying text. */
function restoreCells(sheet: Excel.Worksheet, cells: Record<string, CellContent>): void {
  for (const [address, content] of Object.entries(cells)) {
    writeCell(sheet.getRange(address), content, undefined);
  }
}

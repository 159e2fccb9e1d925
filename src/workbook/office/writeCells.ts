/** Cells written into a sheet that is there: a fill's cells, or a protection's change with the cells it writes. */
import type { CellsLayout, CellWrite } from "../../sheets";
import { textTooLong } from "../failures";
import { groupSteps, longText } from "../limits";
import { applyStyle } from "./apply";
import { writeCell } from "./cells";
import { batch, type ExcelRunner } from "./run";
import { cellSteps, type WriteStep } from "./writePlan";

/**
 * One round trip, or a few when the texts written are over WRITE_BATCH_BYTES; each cell's number format goes with
 * its content, the layout in the last request.
 */
export async function writeCells(
  run: ExcelRunner,
  sheet: string,
  writes: readonly CellWrite[],
  layout: CellsLayout
): Promise<void> {
  const tooLong = textTooLong(sheet, longText(writes));
  if (tooLong) throw tooLong;
  const writeGroup = (group: WriteStep[]) =>
    batch(run, sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (const step of group) step.queue(ws, context);
      await context.sync();
    });
  for (const group of groupSteps(cellSteps(writes, layout))) await writeGroup(group);
}

/** One round trip: unprotects, writes, protects, as asked. */
export async function setProtection(
  run: ExcelRunner,
  sheet: string,
  protect: boolean,
  writes: readonly CellWrite[],
  layout: CellsLayout
): Promise<void> {
  const tooLong = textTooLong(sheet, longText(writes));
  if (tooLong) throw tooLong;
  await batch(run, sheet, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    if (!protect) ws.protection.unprotect();
    for (const write of writes)
      writeCell(ws.getRange(write.address), write.content, write.numberFormat);
    for (const { range, style } of layout.styles ?? [])
      applyStyle(ws.getRange(range), range, style);
    if (protect) ws.protection.protect();
    await context.sync();
  });
}

/**
 * The one reader of the .xlsx files an analyst picks: the city's units' workbooks for the consolidation, a previous
 * period's workbook for the comparison. Each file's CĐS unit sheets, named "file: sheet"; a file that cannot be read,
 * or holds no unit sheet, is named with why and the others are still read.
 */
import { isUnitSheet, type SheetSnapshot } from "../sheets";
import { readXlsx } from "../formats/xlsx";
import type { Progress } from "./userError";

export interface PickedFile {
  readonly name: string;
  readonly data: ArrayBuffer;
}

export interface Skipped {
  readonly source: string;
  readonly reason: string;
}

export interface PickedSheets {
  /** The unit sheets of every readable file, in the order picked, each named "file: sheet". */
  readonly sheets: readonly SheetSnapshot[];
  /** The files not taken, and why. */
  readonly skipped: readonly Skipped[];
}

export const NO_UNIT_SHEET =
  "tệp không có bảng chỉ tiêu CĐS nào (không phải tệp báo cáo của đơn vị)";

/** "file: sheet", whether the reader named the sheet "file › sheet" or by its own name. */
export function sourceName(file: string, sheet: string): string {
  const own = sheet.startsWith(`${file} › `) ? sheet.slice(file.length + 3) : sheet;
  return `${file}: ${own}`;
}

/** Reads the files in order; with `enough`, stops after the first file that holds a sheet it accepts. */
export async function readPickedFiles(
  files: readonly PickedFile[],
  progress: Progress = () => {},
  enough?: (sheet: SheetSnapshot) => boolean
): Promise<PickedSheets> {
  const sheets: SheetSnapshot[] = [];
  const skipped: Skipped[] = [];
  for (const [i, f] of files.entries()) {
    progress(`Đang đọc tệp ${i + 1}/${files.length}: ${f.name}…`);
    let read: SheetSnapshot[];
    try {
      read = await readXlsx(f.data, f.name);
    } catch (e) {
      // a file from disk can fail in any way (not a zip, not a workbook, cut short): skipped, with the reader's reason
      skipped.push({ source: f.name, reason: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const units = read.filter(isUnitSheet);
    if (!units.length) {
      skipped.push({ source: f.name, reason: NO_UNIT_SHEET });
      continue;
    }
    // the file's name before the sheet's: the status sheet and the comparison say where each report came from
    const named = units.map((s) => ({ ...s, name: sourceName(f.name, s.name) }));
    sheets.push(...named);
    if (enough && named.some(enough)) break;
  }
  return { sheets, skipped };
}

/**
 * The sheets and files not taken, with why, as lines to follow a message ("" when none): a refusal that says no
 * unit was found must still say why each one was left out. At most `max` lines, then how many more.
 */
export function skippedLines(skipped: readonly Skipped[], max = 10): string {
  if (!skipped.length) return "";
  const lines = skipped.slice(0, max).map((s) => `\n• ${s.source}: ${s.reason}`);
  if (skipped.length > max) lines.push(`\n• và ${skipped.length - max} trang, tệp khác`);
  return `\nĐã bỏ qua ${skipped.length} trang, tệp:${lines.join("")}`;
}

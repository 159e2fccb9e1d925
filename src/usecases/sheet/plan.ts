/**
 * The unit sheet's buttons decided, pure over what was read: the name a new sheet takes (and who holds the usual
 * one), and the violations of a sheet with the cell to select for each. The sheet itself is planned in the sheets'
 * layer (planGenerate, planFill).
 */
import { validate, type Violation } from "../../core/validation";
import {
  freeSheetName,
  headParams,
  isUnitHead,
  sameSheetName,
  sheetInputs,
  sheetName,
  type UnitSheet,
} from "../../sheets";
import { type SheetParams } from "../../core";
import type { FoundSheet } from "../support";

export interface FoundViolation extends Violation {
  /** The cell to select: the figure or the evidence of the row. */
  readonly address: string;
}

/**
 * Every violation of the validation rules on a sheet, with the cell to select. The city sheet answers its yes/no rows
 * "k/n đơn vị" (consolidated).
 */
export function foundViolations(
  sheet: UnitSheet,
  consolidated = sheet.params?.level === "tp"
): FoundViolation[] {
  const { inputs, evidence } = sheetInputs(sheet);
  return validate(inputs, evidence, { consolidated }).map((v) => ({
    ...v,
    address:
      v.cell === "evidence" ? sheet.rows[v.row].evidence.address : sheet.rows[v.row].figure.address,
  }));
}

/**
 * The name of the sheet Generate writes: a sheet the analyst renamed keeps its name; a new one takes a name that no
 * sheet has — a blank sheet (a write cut right after adding it) holds nothing, so its name is free and it is taken
 * over. When the usual name was taken, which sheet has it and whose it is.
 */
export function generatedName(
  params: SheetParams,
  found: FoundSheet
): { name: string; nameTaken?: { name: string; by: string | null } } {
  if (found.snapshot) return { name: found.snapshot.name };
  const taken = found.heads?.filter((h) => !h.blank).map((h) => h.name) ?? found.sheetNames;
  const name = freeSheetName(params, taken);
  const usual = sheetName(params);
  if (name === usual) return { name };
  const holder = found.heads?.find((h) => sameSheetName(h.name, usual));
  const by = holder && isUnitHead(holder.values) ? (headParams(holder.values)?.unit ?? null) : null;
  return { name, nameTaken: { name: holder?.name ?? usual, by } };
}

/**
 * The report documents: placeholders filled in the active sheet or in a .docx template, the report exported as .docx.
 * Each reads in one round trip. This chunk carries docx and JSZip: only these buttons load it.
 */
import type { TemplateFill } from "../../documents/template";
import { cityParams, isUnitSheet, readUnitSheet, shownResults } from "../../sheets";
import { periodCode, sheetKey, type SheetParams } from "../../core";
import { EMPTY_SETTINGS, type DocumentSettings } from "../../documents/settings";
import { reportSummary } from "../../documents/reportSummary";
import { reminderBody } from "../../documents/reminderBody";
import { readSheetChanges } from "../../sheets/comparison";
import { periodText, type Period } from "../../core/period";
import {
  isStatusHead,
  readStatusEntries,
  statusSheetName,
  type StatusEntry,
} from "../../sheets/statusSheet";
import { BUTTONS } from "../../core/buttons";
import { fold } from "../../core/text";
import { fillDocxTemplate } from "../../formats/docxTemplate";
import { reminderDocx, reportDocx } from "../../formats/docxReport";
import {
  checkParams,
  currentSheet,
  guarded,
  protectedError,
  sheetOf,
  UserError,
  type Progress,
} from "../support";
import type { WorkbookPort } from "../../workbook/port";
import type { SheetSnapshot } from "../../sheets/unit/read";
import { planTemplateFill } from "./plan";

/** What a fill of the active sheet's placeholders did: the template fill's counts, where, and from which sheet. */
export interface TemplateOutcome extends Omit<TemplateFill, "text"> {
  readonly sheet: string;
  readonly source: string;
  readonly cells: number;
}

export interface DocumentOutcome {
  readonly fileName: string;
  readonly data: Uint8Array;
}

/** The params whose sheet a report is made from: the city's when the pane is set to the whole city. */
function sourceParams(params: SheetParams): SheetParams {
  return params.level === "tp" ? cityParams(params.period) : params;
}

function fileStem(p: SheetParams): string {
  return `BaoCao_CDS_${periodCode(p.period)}_${fold(p.unit)
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "")}`;
}

/**
 * "Điền mẫu báo cáo" in Excel: the placeholders of the active sheet (the official table pasted into Excel) are
 * replaced by the figures, verdicts and notes of the unit's (or the city's) CĐS sheet, as that sheet shows them.
 */
export function fillTemplateInSheet(
  port: WorkbookPort,
  input: { readonly params: SheetParams },
  progress: Progress = () => {}
): Promise<TemplateOutcome> {
  return guarded(async (written) => {
    await port.ensureReady();
    const params = sourceParams(checkParams(input.params));
    const key = sheetKey(params);
    progress("Đang đọc mẫu báo cáo…");
    const read = await port.read({ active: true, keys: [key], extent: "used" });
    const template = read.active;
    if (!template || isUnitSheet(template)) {
      throw new UserError(
        "Hãy chọn trang có mẫu báo cáo (các ô chứa [[...]]) rồi bấm lại; trang đang chọn là bảng chỉ tiêu."
      );
    }
    // the unit's sheet by the identity written in it, never by a name that another unit's sheet may hold
    const source = await sheetOf(port, params, read.byKey[key]);
    if (!source)
      throw new UserError(
        `Chưa có bảng chỉ tiêu của "${params.unit}" cho kỳ này: hãy tạo (hoặc tổng hợp) trước.`
      );
    if (template.protected) throw protectedError(template.name);
    const plan = planTemplateFill(template, shownResults(readUnitSheet(source)));
    progress("Đang điền mẫu báo cáo…");
    await written.track(template.name, () => port.writeCells(template.name, plan.writes));
    return {
      sheet: template.name,
      source: source.name,
      cells: plan.writes.length,
      resolved: plan.resolved,
      unresolved: plan.unresolved,
      approximate: plan.approximate,
    };
  });
}

/** The CĐS sheet a document is made from (the active one, or the pane's unit's or the city's) and its results. */
async function reportSource(
  port: WorkbookPort,
  params: SheetParams | undefined,
  progress: Progress
) {
  await port.ensureReady();
  progress("Đang đọc bảng chỉ tiêu…");
  const sheet = readUnitSheet(await currentSheet(port, params && sourceParams(params)));
  return { sheet, results: shownResults(sheet) };
}

/** A .docx template picked from disk, filled from the current CĐS sheet, offered back as a download. */
export function fillDocx(
  port: WorkbookPort,
  input: {
    readonly params?: SheetParams;
    readonly file: { readonly name: string; readonly data: ArrayBuffer };
  },
  progress: Progress = () => {}
): Promise<DocumentOutcome & Omit<TemplateOutcome, "sheet" | "cells">> {
  return guarded(async () => {
    const { sheet, results } = await reportSource(port, input.params, progress);
    progress(`Đang điền mẫu ${input.file.name}…`);
    let filled;
    try {
      filled = await fillDocxTemplate(input.file.data, results, input.file.name);
    } catch (e) {
      // kept broad: fillDocxTemplate refuses a file that is not a usable .docx with a plain Error, the analyst's message
      throw new UserError(e instanceof Error ? e.message : String(e));
    }
    const stem = input.file.name.replace(/\.docx$/i, "");
    return {
      fileName: `${stem}_da_dien.docx`,
      data: filled.data,
      source: sheet.name,
      resolved: filled.resolved,
      unresolved: filled.unresolved,
      approximate: filled.approximate,
    };
  });
}

/**
 * The status sheet of a period ("Tình hình nộp"), as the consolidation wrote it: found by its name, else by its title
 * in A1 (a sheet renamed); null when there is none. `read` is what a read by its name already gave.
 */
async function statusOf(
  port: WorkbookPort,
  period: Period,
  byName: SheetSnapshot | null | undefined
): Promise<StatusEntry[] | null> {
  if (byName && isStatusHead(byName.values, period)) return readStatusEntries(byName.values);
  const head = (await port.readHeads()).find((h) => isStatusHead(h.values, period));
  if (!head) return null;
  const [sheet] = await port.readSheets([head.name]);
  return sheet ? readStatusEntries(sheet.values) : null;
}

/**
 * "Xuất báo cáo (.docx)": the current CĐS sheet as the official report — the written summary of its figures (with
 * the comparison its columns I and J hold, and for the city who has reported, from the status sheet), then the table
 * as its appendix — under the header and signature typed once in the pane.
 */
export function exportReport(
  port: WorkbookPort,
  input: { readonly params?: SheetParams; readonly settings?: DocumentSettings } = {},
  progress: Progress = () => {}
): Promise<DocumentOutcome> {
  return guarded(async () => {
    const { sheet, results } = await reportSource(port, input.params, progress);
    const params = sheet.params!;
    // the comparison's columns stand right of the report range; the city's status sheet is read with them
    const status = statusSheetName(params.period);
    const names = params.level === "tp" ? [sheet.name, status] : [sheet.name];
    const wide = await port.read({ names, extent: "used" });
    const snapshot = wide.byName[sheet.name];
    const changes = snapshot ? readSheetChanges(sheet, snapshot) : null;
    const entries =
      params.level === "tp" ? await statusOf(port, params.period, wide.byName[status]) : null;
    const summary = reportSummary({
      unit: params.unit,
      level: params.level,
      period: params.period,
      shown: results,
      changes,
      status: entries,
    });
    progress("Đang tạo tệp Word…");
    const data = await reportDocx({
      params,
      shown: results,
      summary,
      settings: input.settings ?? EMPTY_SETTINGS,
    });
    return { fileName: `${fileStem(params)}.docx`, data };
  });
}

export interface ReminderOutcome extends DocumentOutcome {
  /** How many units the letter names: not reported, reported in part. */
  readonly notSubmitted: number;
  readonly incomplete: number;
}

/**
 * "Công văn đôn đốc": a letter to the units that have not reported, or reported with rows missing, for the period of
 * the pane, as the status sheet of the last consolidation lists them, by tier.
 */
export function reminderLetter(
  port: WorkbookPort,
  input: { readonly period: Period; readonly settings?: DocumentSettings },
  progress: Progress = () => {}
): Promise<ReminderOutcome> {
  return guarded(async () => {
    await port.ensureReady();
    progress("Đang đọc trang tình hình nộp báo cáo…");
    const name = statusSheetName(input.period);
    const read = await port.read({ names: [name], extent: "used" });
    const entries = await statusOf(port, input.period, read.byName[name]);
    if (!entries)
      throw new UserError(
        `Chưa có trang “${name}” (tình hình nộp báo cáo ${periodText(input.period)}): hãy bấm “${BUTTONS.consolidate}” trước.`
      );
    const body = reminderBody(entries, input.period);
    if (!body.count)
      throw new UserError(
        `Theo trang “${name}”, mọi đơn vị trong danh sách đã nộp đủ báo cáo ${periodText(input.period)}: không có đơn vị nào cần đôn đốc.`
      );
    progress("Đang tạo công văn…");
    const data = await reminderDocx(body, input.settings ?? EMPTY_SETTINGS, "");
    const units = body.tiers.flatMap((t) => t.units);
    return {
      fileName: `CongVan_DonDoc_CDS_${periodCode(input.period)}.docx`,
      data,
      notSubmitted: units.filter((u) => !u.incomplete).length,
      incomplete: units.filter((u) => u.incomplete).length,
    };
  });
}

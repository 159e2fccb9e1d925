import { catalog } from "../catalog";
import type { Results, RowResult } from "../evaluate";
import { formatNumber, formatPercent } from "../format";
import { VERDICTS, type Verdict } from "../types";
import { checkComplete } from "./fill";
import { splitNote, type UnitSheet } from "./read";

const WORDS = new Set<string>(Object.values(VERDICTS));

/**
 * A sheet's rows as the sheet shows them — figure, verdict, notes (the analyst's and the add-in's) — for the report
 * documents made from it: the report says what the sheet says.
 */
export function shownResults(sheet: UnitSheet): Results {
  checkComplete(sheet);
  const out: Record<string, RowResult> = {};
  for (const row of catalog) {
    const r = sheet.rows[row.id];
    const v = r.figure.value;
    const isError = typeof v === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(v.trim());
    let text = "";
    if (typeof v === "number") text = row.kind === "ratio" || row.kind === "percent" ? formatPercent(v) : formatNumber(v);
    else if (typeof v === "string" && !isError) text = v.trim();
    else if (typeof v === "boolean") text = v ? "Có" : "Không";
    const d = typeof r.verdict.value === "string" ? r.verdict.value.trim() : "";
    const { analyst, auto } = splitNote(String(r.note.value ?? ""));
    const note = [analyst, auto].filter(Boolean).join(" ");
    out[row.id] = {
      id: row.id,
      kind: row.kind,
      value: typeof v === "number" || typeof v === "boolean" ? v : null,
      text,
      verdict: WORDS.has(d) ? (d as Verdict) : null,
      note,
      target: r.target.value === null ? null : String(r.target.value),
      invalid: isError,
    };
  }
  return out;
}

/**
 * The fingerprint of a unit's report (docs/sheets.md#finalization-stamp): a canonical text of everything the unit
 * reports — who (unit, code, level, period) and, row by row, the figure, the target and the evidence — and its
 * SHA-256. Formatting, the add-in's notes and the verdicts are not in it: they are not what the unit reports.
 *
 * The core has no crypto: the caller passes SHA-256 in (Web Crypto's `crypto.subtle.digest` in the pane).
 */

/** SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits. */
export type Sha256 = (text: string) => Promise<string>;

/** How many hex digits of the fingerprint the sheets show. */
export const SHORT_FINGERPRINT = 12;

export interface ReportContent {
  readonly unit: string;
  readonly code?: string;
  readonly level: string;
  /** The period's code: "2025-Q1". */
  readonly period: string;
  readonly rows: readonly {
    readonly id: string;
    readonly figure: CellValue;
    readonly target: CellValue;
    readonly evidence: CellValue;
  }[];
}

/** A cell's value as the fingerprint takes it: numbers as numbers, text in NFC without outer spaces, blank as "". */
function canonical(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Object.is(v, -0) ? 0 : v;
  if (typeof v === "boolean") return v;
  return v.normalize("NFC").trim();
}

/** The canonical text: one JSON line for the identity, then one per row in catalog-id order. */
export function fingerprintText(content: ReportContent): string {
  const head = JSON.stringify([
    "cds-fingerprint/1",
    canonical(content.unit).toString().replace(/\s+/g, " "),
    canonical(content.code ?? ""),
    content.level,
    content.period,
  ]);
  const rows = [...content.rows]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) =>
      JSON.stringify([r.id, canonical(r.figure), canonical(r.target), canonical(r.evidence)])
    );
  return [head, ...rows].join("\n");
}

/** The fingerprint: SHA-256 of the canonical text, 64 hex digits. */
export async function fingerprint(content: ReportContent, sha256: Sha256): Promise<string> {
  const hex = (await sha256(fingerprintText(content))).toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error("SHA-256 gave no 64 hex digits");
  return hex;
}

/** The digits the sheets show: the first SHORT_FINGERPRINT. */
export const shortFingerprint = (hex: string) => hex.slice(0, SHORT_FINGERPRINT);
import type { CellValue } from "./types";

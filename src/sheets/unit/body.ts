/** The body of the standard sheet: its lines in order (pillar headings and catalog rows) and their row numbers. */
import { catalog, pillars, type CatalogRow } from "../../core/catalog";
import type { PillarId } from "../../core/types";
import { FIRST_BODY_ROW } from "./grid";

export type BodyLine = { readonly pillar: PillarId } | { readonly row: CatalogRow };

/** The body in sheet order: a heading row before each pillar that has one, then its rows. */
export function bodyLines(): BodyLine[] {
  const lines: BodyLine[] = [];
  let pillar: PillarId | null = null;
  for (const row of catalog) {
    if (row.pillar !== pillar) {
      pillar = row.pillar;
      if (pillars.find((p) => p.id === pillar)!.heading) lines.push({ pillar });
    }
    lines.push({ row });
  }
  return lines;
}

/** Sheet row number (1-based) of every catalog row in a freshly generated sheet. */
export function standardRows(): Record<string, number> {
  const rows: Record<string, number> = {};
  bodyLines().forEach((line, i) => {
    if ("row" in line) rows[line.row.id] = FIRST_BODY_ROW + i;
  });
  return rows;
}

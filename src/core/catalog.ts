/** The official template's rows and pillars (catalogData.ts), their shapes (catalogTypes.ts), and lookups over them. */
import { catalog } from "./data/catalogData";
import type { CatalogRow } from "./catalogTypes";

export { catalog, pillars } from "./data/catalogData";
export type {
  CatalogRow,
  Pillar,
  PlainRow,
  RatioParts,
  RatioRow,
  TieredTarget,
} from "./catalogTypes";

const byId = new Map(catalog.map((row) => [row.id, row]));

/** The row with that id ("16", "9.1"), or undefined. */
export function findRow(id: string): CatalogRow | undefined {
  return byId.get(id);
}

/** The sub-rows of an indicator, in template order. */
export function childrenOf(id: string): CatalogRow[] {
  return catalog.filter((row) => row.parent === id);
}

const VERBS = ["Ban hành", "Triển khai", "Cung cấp", "Hoàn thành"];

/** The words for done / not done of a yes/no row, from the verb its title starts with ("Đã ban hành"). */
export function yesNoWords(row: CatalogRow): readonly [string, string] {
  const verb = VERBS.find((v) => row.title.startsWith(v)) ?? "Thực hiện";
  const lower = verb.toLowerCase();
  return [`Đã ${lower}`, `Chưa ${lower}`];
}

/** Whether the figure cell of a row is written by the add-in (a formula) rather than typed. */
export function isComputed(row: CatalogRow): boolean {
  return row.kind === "ratio" || row.sameAs !== undefined;
}

/**
 * Whether a row's figure is typed by the analyst: counts, percentages, ranks and yes/no answers, unless the row is the
 * same quantity as another (`sameAs`). A ratio is computed from its parts; a heading has no figure.
 */
export function isInput(row: CatalogRow): boolean {
  return row.kind !== "ratio" && row.kind !== "group" && row.sameAs === undefined;
}

/** Whether a row has a verdict cell. */
export function hasVerdict(row: CatalogRow): boolean {
  return row.target !== null;
}

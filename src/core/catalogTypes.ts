/** The shapes of the template's rows and pillars (the data is in catalogData.ts, the lookups in catalog.ts). */
import type { Kind, Level, PillarId } from "./types";

/** A target that depends on the unit's level (indicator 18). */
export type TieredTarget = Readonly<Record<Exclude<Level, "tp">, string>>;

/** The rows of the sheet that hold a ratio's numerator and denominator. */
export interface RatioParts {
  readonly num: string;
  readonly den: string;
}

interface RowFields {
  /** "1" … "41" for indicators, "9.1" … "39.1" for sub-rows. */
  readonly id: string;
  /** The indicator a sub-row belongs to. */
  readonly parent: string | null;
  readonly pillar: PillarId;
  /** The default target as text ("≥ 60%", "> 8,5%", "≤ 5", "Có"), tiered for 18; null where there is none. */
  readonly target: string | TieredTarget | null;
  /** The Vietnamese text of the row as the official template has it (9.1 and 9.2: docs/domain.md#defect-1). */
  readonly title: string;
  /** Row 22.1: the number of units for which that indicator holds. */
  readonly countsUnitsOf?: string;
  /** Row 18.2 is the same quantity as 17.2 under another key (docs/domain.md#defect-3): one input serves both. */
  readonly sameAs?: string;
}

/** A ratio: computed from the rows that hold its numerator and denominator. */
export interface RatioRow extends RowFields {
  readonly kind: "ratio";
  readonly parts: RatioParts;
}

/** Any other row: typed (count, percent, rank, yes/no) or a heading (group); it has no parts. */
export interface PlainRow extends RowFields {
  readonly kind: Exclude<Kind, "ratio">;
  readonly parts?: undefined;
}

/** A row of the template; `parts` is there exactly on a ratio. */
export type CatalogRow = RatioRow | PlainRow;

export interface Pillar {
  readonly id: PillarId;
  readonly title: string;
  /** Whether the template has a heading row for it (row 1 comes before the first heading). */
  readonly heading: boolean;
}

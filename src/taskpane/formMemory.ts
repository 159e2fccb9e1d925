/**
 * The task pane form's values, and where they are remembered between sessions so the analyst need not retype the
 * unit, level and period. Storage is injected: the browser's localStorage here, the workbook's settings in Excel
 * (host.ts).
 */
import { LEVELS } from "../core/levels";
import { EMPTY_SETTINGS, readSettings, type DocumentSettings } from "../documents/settings";
import { PERIOD_PARTS, isReportYear, type PeriodPart } from "../core/period";
import type { Level } from "../core/types";

export interface FormValues {
  readonly unit: string;
  /** The unit's code when it was picked from the roster; "" when typed. */
  readonly code: string;
  readonly level: Level;
  readonly year: number;
  readonly part: PeriodPart;
  /** "Thay công thức bằng giá trị": fill with plain values, for readers without the add-in. */
  readonly valuesOnly: boolean;
  /** The period compared with: the same period of last year, or the quarter before. */
  readonly compare: ComparisonChoice;
  /** Whether "Tổng hợp toàn thành phố" adds the comparison with that period. */
  readonly cityCompare: boolean;
  /** The official documents' header and signature, typed once (kept in the workbook in Excel). */
  readonly document: DocumentSettings;
  /** The deadline the city set for the period, as typed ("20/04/2025"); "" when none is typed. */
  readonly deadline: string;
}

export type ComparisonChoice = "lastYear" | "lastQuarter";
export const COMPARE_CHOICES: readonly {
  readonly mode: ComparisonChoice;
  readonly label: string;
}[] = [
  { mode: "lastYear", label: "Cùng kỳ năm trước" },
  { mode: "lastQuarter", label: "Quý trước" },
];

export interface FormMemory {
  /** What was remembered; fields never saved, or no longer valid, are absent. */
  load(): Partial<FormValues>;
  save(values: FormValues): void;
}

export const STORAGE_KEY = "cds-excel.form";

/** The form before anything is remembered: this year and its current quarter, as a report is made in its quarter. */
export function defaultForm(now: Date = new Date()): FormValues {
  const quarter = Math.floor(now.getMonth() / 3) + 1;
  return {
    unit: "",
    code: "",
    level: "so",
    year: now.getFullYear(),
    part: `Q${quarter}` as PeriodPart,
    valuesOnly: false,
    compare: "lastYear",
    cityCompare: false,
    document: { ...EMPTY_SETTINGS, place: DEFAULT_PLACE },
    deadline: "",
  };
}

/** Where the city's bodies sit: the date line's place until the analyst types another (a commune types its own). */
export const DEFAULT_PLACE = "Thành phố Hồ Chí Minh";

/** Keeps only the fields of a stored object that are still valid (storage may hold anything, or an older shape). */
export function readStored(raw: unknown): Partial<FormValues> {
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: { -readonly [K in keyof FormValues]?: FormValues[K] } = {};
  if (typeof r.unit === "string") out.unit = r.unit;
  // a code belongs to the name it was picked with
  if (typeof r.code === "string" && typeof r.unit === "string") out.code = r.code;
  if (typeof r.level === "string" && (LEVELS as readonly string[]).includes(r.level))
    out.level = r.level as Level;
  if (isReportYear(r.year)) out.year = r.year;
  if (typeof r.part === "string" && PERIOD_PARTS.some((p) => p.part === r.part))
    out.part = r.part as PeriodPart;
  if (typeof r.valuesOnly === "boolean") out.valuesOnly = r.valuesOnly;
  if (COMPARE_CHOICES.some((c) => c.mode === r.compare))
    out.compare = r.compare as ComparisonChoice;
  if (typeof r.cityCompare === "boolean") out.cityCompare = r.cityCompare;
  if (typeof r.document === "object" && r.document !== null)
    out.document = readSettings(r.document);
  if (typeof r.deadline === "string") out.deadline = r.deadline;
  return out;
}

/** Remembers the form in localStorage; a browser that refuses storage (private mode, policy) only forgets. */
export function browserMemory(
  storage: Pick<Storage, "getItem" | "setItem"> | null = safeLocalStorage()
): FormMemory {
  return {
    load() {
      try {
        const text = storage?.getItem(STORAGE_KEY);
        return text ? readStored(JSON.parse(text)) : {};
      } catch {
        return {};
      }
    },
    save(values) {
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(values));
      } catch {
        // storage full or refused: the form still works, it just will not be remembered
      }
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // reading localStorage itself throws when storage is blocked
  }
}

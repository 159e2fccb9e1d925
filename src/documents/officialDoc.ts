/**
 * The words of an official document's header and signature that the analyst types once (docs/domain.md#typed-once):
 * agency names, the number and its ký hiệu, place and date, recipients, the signer. A blank field prints
 * as the decree's blank — room to write by hand — never as "undefined".
 */

export interface DocumentSettings {
  /** Tên cơ quan chủ quản ("Ủy ban nhân dân Thành phố Hồ Chí Minh"); blank when the issuing body has none. */
  readonly parentAgency: string;
  /** Tên cơ quan ban hành ("Sở Khoa học và Công nghệ"). */
  readonly agency: string;
  /** The report's ký hiệu after the number: "BC-SKHCN". */
  readonly reportSymbol: string;
  /** The reminder letter's ký hiệu: "SKHCN-CĐS" (a công văn has no type abbreviation). */
  readonly letterSymbol: string;
  /** The document's number as the văn thư gives it: "15"; blank until then. */
  readonly number: string;
  /** The place of the date line: the official name of the administrative unit where the body sits. */
  readonly place: string;
  /** The date as yyyy-mm-dd; blank until the document is signed. */
  readonly date: string;
  /** Kính gửi: one recipient a line. */
  readonly recipients: string;
  /** The signer's authority line ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"); blank when the head signs. */
  readonly authority: string;
  /** The signer's title ("PHÓ GIÁM ĐỐC"). */
  readonly signerTitle: string;
  readonly signerName: string;
  /** The drafting unit's abbreviation, after "Lưu: VT," in Nơi nhận. */
  readonly drafter: string;
}

export const SETTING_FIELDS = [
  "parentAgency",
  "agency",
  "reportSymbol",
  "letterSymbol",
  "number",
  "place",
  "date",
  "recipients",
  "authority",
  "signerTitle",
  "signerName",
  "drafter",
] as const satisfies readonly (keyof DocumentSettings)[];

/** The longest a field may be: a pasted page is not a header. */
export const SETTING_MAX_LENGTH = 1000;

export const EMPTY_SETTINGS: DocumentSettings = {
  parentAgency: "",
  agency: "",
  reportSymbol: "",
  letterSymbol: "",
  number: "",
  place: "",
  date: "",
  recipients: "",
  authority: "",
  signerTitle: "",
  signerName: "",
  drafter: "",
};

/** Keeps the string fields of a stored object (storage may hold anything, or an older shape); others are blank. */
export function readSettings(raw: unknown): DocumentSettings {
  if (typeof raw !== "object" || raw === null) return EMPTY_SETTINGS;
  const r = raw as Record<string, unknown>;
  const out: Record<string, string> = { ...EMPTY_SETTINGS };
  for (const f of SETTING_FIELDS) {
    const v = r[f];
    if (typeof v === "string") out[f] = v.slice(0, SETTING_MAX_LENGTH);
  }
  if (!isIsoDate(out.date)) out.date = "";
  return out as unknown as DocumentSettings;
}

const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** Capitals as the header writes agency names and titles (Vietnamese letters included). */
export const capitals = (s: string) => clean(s).toLocaleUpperCase("vi");

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The date's day, month, year; null when blank or not a date. */
function dateParts(iso: string): { d: number; m: number; y: number } | null {
  if (!isIsoDate(iso)) return null;
  const [y, m, d] = iso.split("-").map(Number);
  return { d, m, y };
}

/** The blank a number is written in by hand. */
const NUMBER_BLANK = "\u00a0".repeat(6);

/**
 * The number as the decree writes it: below 10 with a leading 0 ("05"); a number that is not digits stays as typed;
 * blank, room for the văn thư to write it.
 */
export function documentNumber(number: string): string {
  const n = clean(number);
  if (!n) return NUMBER_BLANK;
  return /^\d$/.test(n) ? `0${n}` : n;
}

/** The ký hiệu in capitals without spaces; a blank is the decree's dots. */
export function documentSymbol(symbol: string, fallback: string): string {
  const s = capitals(symbol).replace(/\s+/g, "");
  return s || fallback;
}

/** "Số: 15/BC-SKHCN", "Số:      /BC-…" */
export function numberLine(settings: DocumentSettings, kind: "report" | "letter"): string {
  const symbol =
    kind === "report"
      ? documentSymbol(settings.reportSymbol, "BC-…")
      : documentSymbol(settings.letterSymbol, "…-…");
  return `Số: ${documentNumber(settings.number)}/${symbol}`;
}

/**
 * "Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026": days below 10 and the months 1 and 2 with a leading 0, the
 * other months as they are ("tháng 3", "tháng 12"). A blank date leaves the decree's room to write it.
 */
export function placeDateLine(settings: DocumentSettings): string {
  const place = clean(settings.place) || "…………";
  const p = dateParts(settings.date);
  if (!p) return `${place}, ngày\u00a0\u00a0\u00a0\u00a0 tháng\u00a0\u00a0\u00a0\u00a0 năm 20…`;
  const day = p.d < 10 ? `0${p.d}` : String(p.d);
  const month = p.m <= 2 ? `0${p.m}` : String(p.m);
  return `${place}, ngày ${day} tháng ${month} năm ${p.y}`;
}

/** The date as an appendix's "(Kèm theo … ngày 05/02/2026 …)" writes it; the blank "…/…/20…". */
export function shortDate(settings: DocumentSettings): string {
  const p = dateParts(settings.date);
  if (!p) return "\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0/20…";
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${two(p.d)}/${two(p.m)}/${p.y}`;
}

/** The recipients typed one a line, blanks dropped. */
export function recipientList(settings: DocumentSettings): string[] {
  return settings.recipients
    .split(/\r?\n/)
    .map((l) =>
      clean(l)
        .replace(/^[-–•]\s*/, "")
        .replace(/[;.,]+$/, "")
    )
    .filter(Boolean);
}

/**
 * Kính gửi's lines: one recipient on the line of "Kính gửi:", ending with "."; several one a line, "-" first, ";"
 * after each and "." after the last. No recipient: room to write one.
 */
export function kinhGui(recipients: readonly string[]): { first: string; lines: string[] } {
  if (!recipients.length) return { first: "Kính gửi: ………………………………", lines: [] };
  if (recipients.length === 1) return { first: `Kính gửi: ${recipients[0]}.`, lines: [] };
  return {
    first: "Kính gửi:",
    lines: recipients.map((r, i) => `- ${r}${i === recipients.length - 1 ? "." : ";"}`),
  };
}

/** Nơi nhận's list: "- Như trên;" (when there is a Kính gửi), the others, "- Lưu: VT, <drafter>." */
export function noiNhan(settings: DocumentSettings, others: readonly string[] = []): string[] {
  const drafter = capitals(settings.drafter).replace(/\s+/g, "") || "…";
  return ["- Như trên;", ...others.map((o) => `- ${o};`), `- Lưu: VT, ${drafter}.`];
}

/** The signature block's lines: authority and title in capitals, then the name as typed (no academic titles added). */
export function signature(settings: DocumentSettings): {
  authority: string;
  title: string;
  name: string;
} {
  return {
    authority: capitals(settings.authority),
    title: capitals(settings.signerTitle) || "……………",
    name: clean(settings.signerName),
  };
}

/**
 * The words of an official document's header and signature that the analyst types once (docs/domain.md#typed-once):
 * agency names, the number and its ký hiệu, place and date, recipients, the signer. A blank field prints
 * as the decree's blank — room to write by hand — never as "undefined". A module of its own: the task pane's form
 * keeps these fields from its first load, which must not carry the lines the documents are written with
 * (officialDoc.ts).
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

/** Whether a text is a real date written yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The lines of an official document's header and signature, written from the words the analyst typed once
 * (settings.ts): the number and its ký hiệu, the place and date, recipients, Nơi nhận, the signer. A blank field
 * prints as the decree's blank — room to write by hand — never as "undefined".
 */
import { isIsoDate, type DocumentSettings } from "./settings";

const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** Capitals as the header writes agency names and titles (Vietnamese letters included). */
export const capitals = (s: string) => clean(s).toLocaleUpperCase("vi");

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

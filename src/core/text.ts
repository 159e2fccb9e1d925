/** Folds Vietnamese text for matching words: no diacritics (đ → d), lower case, single spaces. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Blank: an empty cell (null/undefined) or text with nothing but spaces. */
export function isBlank(value: unknown): value is null | undefined | "" {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** Shows a user's value inside a message: text in quotes, cut when long. */
export function quote(value: unknown): string {
  if (typeof value === "string") {
    const t = value.length > 40 ? value.slice(0, 39) + "…" : value;
    return `"${t}"`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  // a range of cells, never its values run together ("0.6,0.7,0.8,0.9")
  if (Array.isArray(value)) return `(một vùng ${value.length} dòng, không phải một ô)`;
  return String(value);
}

/** Shows a list inside a message: its first `max` items, then "…" when there are more. */
export function shortList(items: readonly string[], max = 6): string {
  return items.slice(0, max).join(", ") + (items.length > max ? ", …" : "");
}

// The five Vietnamese tone marks (grave, acute, tilde, hook above, dot below) as NFD combining marks. The vowel
// marks (circumflex, breve, horn) and đ are letters of their own and stay.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/**
 * Characters that show nothing, or show as something they are not: controls, format characters (the bidi overrides
 * and isolates, zero-width spaces and joiners, the byte-order mark, the soft hyphen), lone surrogates, private use,
 * line and paragraph separators, and the invisible fillers that are letters by category. Unit names drop them; a file
 * name that holds one is refused (the download page), and messages show them as code points.
 */
export const HIDDEN_CHARS =
  /\u034f|\u17b4|\u17b5|[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}\u115f\u1160\u2800\u3164\uffa0]/gu;

/** Whitespace that HIDDEN_CHARS would drop but a reader sees as a space: tabs, line breaks, line separators. */
const BREAKS = /[\t\n\v\f\r\u2028\u2029]/g;

/**
 * A text without the characters that show nothing (HIDDEN_CHARS) and with every whitespace character a plain space:
 * what a reader sees. "Phường\u200B Bến Thành" is "Phường Bến Thành"; a pasted tab or line break is a space.
 */
export function visibleText(text: string): string {
  return text.replace(BREAKS, " ").replace(HIDDEN_CHARS, "").replace(/\s/g, " ");
}

/**
 * A key for comparing Vietnamese words as a reader sees them: case, spacing (non-breaking, repeated, around), the
 * Unicode form (NFC/NFD), invisible characters and the place of the tone mark inside a syllable ("hoà" / "hòa") do
 * not matter; the letters and the tone itself do ("Thạnh An" is not "Thanh An").
 */
export function wordKey(text: string): string {
  return visibleText(text.normalize("NFD"))
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\p{L}\p{M}]+/gu, (syllable) => {
      const tones = syllable.match(TONES) ?? [];
      return syllable.replace(TONES, "").normalize("NFC") + tones.join("");
    });
}

/**
 * The identity of a reporting unit from its name: wordKey, and punctuation is a space, a number is its value, a
 * number glued to letters is a word of its own ("P.1", "P 1", "p1" and "Phường 01"'s "01" read alike).
 */
export function unitKey(name: string): string {
  return wordKey(name)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .replace(/(\p{N})(?=\p{L})|(\p{L}[\p{M}]*)(?=\p{N})/gu, "$1$2 ")
    .replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, ""))
    .replace(/\s+/g, " ")
    .trim();
}

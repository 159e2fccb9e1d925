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
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Shows a user's value inside a message: text in quotes, cut when long. */
export function quote(value: unknown): string {
  if (typeof value === "string") {
    const t = value.length > 40 ? value.slice(0, 39) + "…" : value;
    return `"${t}"`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

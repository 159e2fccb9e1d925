import { CdsError } from "./errors";
import { fold, isBlank, quote } from "./text";
import type { Level } from "./types";

export const LEVELS: readonly Level[] = ["so", "xa", "huyen", "tp"];

/** How each level is named to users. */
export const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  so: "Sở, ban, ngành",
  xa: "Phường, xã, đặc khu",
  huyen: "Cấp huyện (trước 7/2025)",
  tp: "Toàn thành phố",
};

const WORDS: ReadonlyArray<[RegExp, Level]> = [
  [/^(so|so ban nganh|so, ban, nganh|so ban nganh thanh pho|ban|nganh|cap so)$/, "so"],
  [/^(xa|phuong|dac khu|cap xa|phuong xa|phuong, xa|phuong, xa, dac khu|phuong xa dac khu)$/, "xa"],
  [
    /^(huyen|quan|cap huyen|quan huyen|quan, huyen|thu duc|tp thu duc|cap huyen \(truoc 7\/2025\))$/,
    "huyen",
  ],
  [/^(tp|thanh pho|toan thanh pho|cap thanh pho|tphcm|tp hcm)$/, "tp"],
];

/** Reads a level from its code ("so", "xa", "huyen", "tp") or a Vietnamese name ("Sở", "Phường", "Quận", …). */
export function parseLevel(value: unknown): Level {
  if (typeof value === "string" && !isBlank(value)) {
    const key = fold(value);
    for (const [re, level] of WORDS) if (re.test(key)) return level;
  }
  throw new CdsError(
    "invalidValue",
    `Cấp đơn vị ${quote(value)} không hợp lệ: dùng "so" (sở, ban, ngành), "xa" (phường, xã, đặc khu), "huyen" (cấp huyện) hoặc "tp" (toàn thành phố).`
  );
}

/** An optional level argument: blank means none given. */
export function optionalLevel(value: unknown): Level | undefined {
  return isBlank(value) ? undefined : parseLevel(value);
}

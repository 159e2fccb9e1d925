import type { SheetParams } from "../../src/core";

/** Three units of one quarter for the city-wide tests: a sở (the unit report fixture) and two phường. */
export const PERIOD = { year: 2025, part: "Q3" } as const;
export const A: SheetParams = { unit: "Sở Khoa học và Công nghệ", level: "so", period: PERIOD };
export const B: SheetParams = { unit: "Phường Bến Thành", level: "xa", period: PERIOD };
export const C: SheetParams = { unit: "Phường Sài Gòn", level: "xa", period: PERIOD };
export const B_INPUTS = {
  "16.1": 100,
  "16.2": 400,
  "18.1": 30,
  "17.1": 50,
  "17.2": 100,
  "2": "Chưa ban hành",
  "23.1": 2,
  "23.2": 5,
};
export const C_INPUTS = { "16.1": 300, "16.2": 300, "18.1": 40, "17.2": 100, "2": "Có" };

/**
 * The custom functions as plain functions of Excel's argument values: they read the arguments and call the core,
 * throwing CdsError. The Excel wrappers (functions.ts) and the HyperFormula plugin (tests, preview) share them, so the
 * sheet computes exactly what the core computes.
 */
import { changeBetween, check, defaultTarget, needed, optionalLevel, rate, rowById } from "../core";

export const impl = {
  rate: (a: unknown, b: unknown): number => rate(a, b),
  check: (value: unknown, target: unknown, level?: unknown, id?: unknown): string =>
    check(value, target, optionalLevel(level), id),
  target: (id: unknown, level?: unknown): string =>
    defaultTarget(rowById(id).id, optionalLevel(level)),
  title: (id: unknown): string => rowById(id).title,
  needed: (a: unknown, b: unknown, target: unknown, level?: unknown): number =>
    needed(a, b, target, optionalLevel(level)),
  change: (
    current: unknown,
    previous: unknown,
    id: unknown,
    previousVerdict?: unknown,
    currentVerdict?: unknown
  ): string => changeBetween(id, current, previous, previousVerdict, currentVerdict),
};

export type FunctionName = keyof typeof impl;

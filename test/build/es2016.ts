/**
 * What the JavaScript-only custom-functions runtime of older Excel (Windows builds before 2403, perpetual Office
 * through 2021) accepts: ECMAScript 2016, by Microsoft's own account (office-js issue 4325).
 */
import { parse } from "acorn";
import vm from "vm";

/** Throws a SyntaxError (with its position) unless `code` parses as an ES2016 script. */
export function parseEs2016(code: string): void {
  parse(code, { ecmaVersion: 2016, sourceType: "script" });
}

/**
 * Library features added after ES2016, by owner: a bundle that calls one of them breaks on an engine that stops at
 * ES2016, however modern its syntax checks look.
 */
export const LATER_LIBRARY: Record<string, string[]> = {
  Object: ["values", "entries", "getOwnPropertyDescriptors", "fromEntries", "hasOwn", "groupBy"],
  "Object.prototype": [],
  "String.prototype": [
    "padStart",
    "padEnd",
    "trimStart",
    "trimEnd",
    "matchAll",
    "replaceAll",
    "at",
    "isWellFormed",
    "toWellFormed",
  ],
  "Array.prototype": [
    "flat",
    "flatMap",
    "at",
    "findLast",
    "findLastIndex",
    "toSorted",
    "toReversed",
    "toSpliced",
    "with",
  ],
  "Promise.prototype": ["finally"],
  Promise: ["allSettled", "any", "withResolvers"],
  Map: ["groupBy"],
  "Set.prototype": [
    "union",
    "intersection",
    "difference",
    "symmetricDifference",
    "isSubsetOf",
    "isSupersetOf",
  ],
};
const LATER_GLOBALS = [
  "globalThis",
  "BigInt",
  "WeakRef",
  "FinalizationRegistry",
  "AggregateError",
  "Atomics",
  "SharedArrayBuffer",
  "Iterator",
];

/**
 * A fresh JavaScript realm with the library cut back to ES2016: the features above are deleted from its own
 * built-ins (the test process keeps its own). `globals` are added to it.
 */
export function es2016Realm(globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext({ ...globals });
  const owners = Object.keys(LATER_LIBRARY);
  const strip = `(() => {
    const table = ${JSON.stringify(LATER_LIBRARY)};
    for (const owner of ${JSON.stringify(owners)}) {
      const target = owner.split(".").reduce((o, key) => o[key], this);
      for (const name of table[owner]) delete target[name];
    }
    for (const name of ${JSON.stringify(LATER_GLOBALS)}) delete this[name];
  })();`;
  vm.runInContext(strip, context);
  return context;
}

import { CdsError } from "../../src/core";

/** The CdsError a call throws (the test fails if it throws nothing, or something else). */
export function caught(run: () => unknown): CdsError {
  try {
    run();
  } catch (e) {
    if (e instanceof CdsError) return e;
    throw e;
  }
  throw new Error("expected a CdsError");
}

/**
 * The codes are the names of `CustomFunctions.ErrorCode`, so that the custom functions can pass them to Excel
 * unchanged; the core itself knows nothing of Office.
 */
export type CdsErrorCode = "divisionByZero" | "invalidValue" | "invalidNumber" | "notAvailable";

/** A figure or an argument that cannot give a right answer; `message` says in Vietnamese what and where. */
export class CdsError extends Error {
  readonly code: CdsErrorCode;

  constructor(code: CdsErrorCode, message: string) {
    super(message);
    this.name = "CdsError";
    this.code = code;
  }
}

export function isCdsError(e: unknown): e is CdsError {
  return e instanceof CdsError;
}

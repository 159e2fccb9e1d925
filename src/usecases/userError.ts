/**
 * The failure the pane shows as it is, and the progress callback of the use cases. A module of its own, free of the
 * core: the pane's first load imports it, and must not carry the catalog and the sheet layout with it.
 */
export class UserError extends Error {
  /** The failure underneath, when there was one: kept for the console and the tests, the pane shows the message. */
  readonly cause?: unknown;

  constructor(message: string, cause?: unknown) {
    super(message);
    this.name = "UserError";
    if (cause !== undefined) this.cause = cause;
  }
}

export type Progress = (step: string) => void;

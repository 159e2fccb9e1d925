/**
 * The failure the pane shows as it is, and the progress callback of the use cases. A module of its own, free of the
 * core: the pane's first load imports it, and must not carry the catalog and the sheet layout with it.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

export type Progress = (step: string) => void;

/**
 * What a use case's words are made of: a notice of the task pane and its lists. The words live beside their use
 * cases (each family's words.ts), so this module is the use cases' and the pane only displays what it is given.
 */

export type NoticeIntent = "success" | "warning" | "error";

export interface NoticeList {
  readonly label: string;
  readonly items: readonly string[];
}

export interface Notice {
  readonly intent: NoticeIntent;
  readonly title: string;
  /** Paragraphs, in order. */
  readonly lines: readonly string[];
  /** Lists after the paragraphs: sheets skipped, placeholders left unfilled, … */
  readonly lists?: readonly NoticeList[];
  /** The original error of a failure (its stack when it has one), shown on demand for whoever fixes it. */
  readonly detail?: string;
}

/** The first `max` items, and a last one saying how many more (“và N chỗ khác”). */
export function cutList(
  items: readonly string[],
  max: number,
  rest: (n: number) => string
): string[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), rest(items.length - max)];
}

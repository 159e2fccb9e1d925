/**
 * "Điền mẫu báo cáo" in Excel decided, pure over the template sheet and the results read: every cell holding
 * [[...]] filled, and what was left unfilled or matched only approximately.
 */
import { fillTemplate, type ApproximateMatch } from "../../documents/template";
import { cell, type CellWrite, type SheetSnapshot, type ShownResults } from "../../sheets";
import { UserError } from "../support";

export interface TemplateFillPlan {
  readonly writes: CellWrite[];
  readonly resolved: number;
  readonly unresolved: string[];
  readonly approximate: ApproximateMatch[];
}

/** The cells to write (text, as "@"): a formula, or a cell without [[...]], is left alone. Refused without any. */
export function planTemplateFill(template: SheetSnapshot, results: ShownResults): TemplateFillPlan {
  const writes: CellWrite[] = [];
  let resolved = 0;
  const unresolved: string[] = [];
  const approximate: ApproximateMatch[] = [];
  template.formulas.forEach((line, r) =>
    line.forEach((raw, c) => {
      if (typeof raw !== "string" || raw.startsWith("=") || !raw.includes("[[")) return;
      const filled = fillTemplate(raw, results);
      resolved += filled.resolved;
      unresolved.push(...filled.unresolved);
      approximate.push(...filled.approximate);
      if (filled.text !== raw)
        writes.push({
          address: `${cell(c, r + 1)}`,
          content: { text: filled.text },
          numberFormat: "@",
        });
    })
  );
  if (!resolved && !unresolved.length)
    throw new UserError(`Trang "${template.name}" không có ô nào chứa [[...]] để điền.`);
  return { writes, resolved, unresolved, approximate };
}

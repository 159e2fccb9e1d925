/**
 * The edit (Levenshtein) distance the near matches use — of placeholder keys (template.ts) and of unit names
 * (units.ts) — bounded: only distances up to a limit are ever looked at, so only those are computed.
 */

/** An edit distance bounded by a cap: the distance when it is at most `cap`, else cap + 1. */
export type BoundedDistance = (a: string, b: string, cap: number) => number;

/** Levenshtein distance of a and b when it is at most `cap`, else cap + 1: only the diagonal band |i − j| ≤ cap. */
export function boundedDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  if (a.length > b.length) [a, b] = [b, a];
  const m = b.length;
  const over = cap + 1;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= cap ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - cap);
    const to = Math.min(m, i + cap);
    cur[from - 1] = from - 1 === 0 ? i : over;
    let best = cur[from - 1];
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const sub = prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const del = j <= i - 1 + cap ? prev[j] + 1 : over;
      const ins = cur[j - 1] + 1;
      const v = Math.min(sub, del, ins, over);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (to < m) cur[to + 1] = over;
    if (best > cap) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m], over);
}

import type { SameDateRule } from "../types.js";

/** A report of one date, as `reconcile` reads it. @internal */
export interface DatedReport {
  readonly index: number;
  readonly value: number;
  readonly source: string | null;
}

/**
 * The report kept among several of one date (in input order): the first source of `prefer` that
 * reported, else all of them; among the candidates, the median (the lower middle of an even
 * number, ties in input order) or the latest (listed last).
 * @internal
 */
export function keptReport<R extends DatedReport>(
  reports: readonly R[],
  prefer: readonly string[],
  rule: SameDateRule,
): { kept: R; rule: "prefer" | SameDateRule } {
  for (const source of prefer) {
    const candidates = reports.filter((r) => r.source === source);
    if (candidates.length > 0) return { kept: byRule(candidates, rule), rule: "prefer" };
  }
  return { kept: byRule(reports, rule), rule };
}

function byRule<R extends DatedReport>(reports: readonly R[], rule: SameDateRule): R {
  if (rule === "latest") return reports.at(-1) as R;
  const sorted = [...reports].sort((a, b) => a.value - b.value || a.index - b.index);
  return sorted[(sorted.length - 1) >> 1] as R;
}

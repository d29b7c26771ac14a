// Findings: what the hostile suite finds failing today, for the owners of the code to fix.
//
// - FAILING_SITES: sites (`fn[variant](argPath)`) where at least one hostile value failed when
//   last checked. Their tests still run every value but tolerate failures, so a finding does not
//   block CI while its owner fixes it. `HOSTILE_STRICT=1 npx vitest run test/hostile` turns them
//   into ordinary tests: each failure message lists the hostile values and what went wrong. Once
//   a site passes under HOSTILE_STRICT=1, delete its line here.
// - KNOWN_FINDINGS: single hostile values that fail (run: false: that cannot run at all, e.g. out of
//   memory); keyed `fn[variant](argPath) hostile label`, `*` matching anything. They show as
//   expected failures (or skipped tests) until fixed.
export interface Finding {
  readonly reason: string;
  readonly run?: false;
}

export const KNOWN_FINDINGS: Readonly<Record<string, Finding>> = {};

// Fixed since first found (kept here as the record): bare TypeErrors from revoked proxies in the
// readers and the decimal module; throwing proxies in assess, classifyEnterprise, the series
// functions, the zod parsers, fromJSON, toJSON, formatCount and checkConsistency; Infinity from
// attainment with a Decimal of 1e-9e15; out-of-memory in toJSON and formatCount for 1e+9e15;
// allocatePlan with seasonal phasing quadratic in months (414 s to 9999-12-31, now 1.5 s).
// No longer a finding: one event dated 9999-12-31 among 2021 events in cumulativeSeries[days] makes
// a daily series of 2.9 million periods (seconds, and a result of that size). That is the series
// asked for, within the bound of one entry per calendar day; a caller bounds it with options.to
// (afterTo: 'error' refuses such an event, 'exclude' drops it with a warning). It runs with the
// other calendar-end dates in calendar.huge.test.ts.
const R_TOJSON =
  "toJSON copies a date-like string it is given (onboardedAt: 2021-02-29, 2021-13-01, 0000-01-01) into its JSON without checking it is a calendar date";

export const FAILING_SITES: Readonly<Record<string, string>> = {
  "toJSON(0.onboardedAt)": R_TOJSON,
};

const patterns = Object.entries(KNOWN_FINDINGS).map(
  ([key, finding]) =>
    [new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === "*" ? ".*" : `\\${c}`))}$`), finding] as const,
);

/** The finding for a case id, if any; `*` in a key matches anything (e.g. every argument path). */
export function findingFor(id: string): Finding | undefined {
  return patterns.find(([re]) => re.test(id))?.[1];
}

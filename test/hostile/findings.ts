// Findings: what the hostile suite finds failing today, for the owners of the code to fix.
//
// - FAILING_SITES: sites (`fn[variant](argPath)`) where at least one hostile value failed when
//   last checked. Their tests still run every value but tolerate failures, so a finding does not
//   block CI while its owner fixes it. `HOSTILE_STRICT=1 npx vitest run test/hostile` turns them
//   into ordinary tests: each failure message lists the hostile values and what went wrong. Once
//   a site passes under HOSTILE_STRICT=1, delete its line here.
// - KNOWN_FINDINGS: single hostile values too slow (or too memory-hungry) to run at all; keyed
//   `fn[variant](argPath) hostile label`, `*` matching anything. They show as skipped tests.
export interface Finding {
  readonly reason: string;
  readonly run?: false;
}

const SLOW_SEASONAL = "allocatePlan with seasonal phasing over a valid but very long span takes minutes (414 s to 9999-12-31; 11 s from 0001-01-01): quadratic in the number of months";

export const KNOWN_FINDINGS: Readonly<Record<string, Finding>> = {
  "allocatePlan[seasonal](0.goal.date) 9999-12-31 (latest)": { reason: SLOW_SEASONAL, run: false },
  "allocatePlan[seasonal](0.baseline.date) 0001-01-01 (earliest)": { reason: SLOW_SEASONAL, run: false },
  "toJSON(*) Decimal 1e*9e15": { reason: "toJSON writes a Decimal of 1e+9000000000000000 (or 1e-9000000000000000) in fixed notation: a 9e15-digit string, out of memory", run: false },
  "formatCount*(0) Decimal 1e*9e15": { reason: "formatCount of a Decimal (or string) 1e+9000000000000000 runs out of memory (writes all the digits)", run: false },
  "formatCount*(0) \"1e+9000000000000000\"": { reason: "formatCount of a Decimal (or string) 1e+9000000000000000 runs out of memory (writes all the digits)", run: false },
  "cumulativeSeries[days](0.*) 9999-12-31 (latest)": { reason: "one event in 9999 makes ~2.9 million daily periods: 10 s, no bound on the output size", run: false },
};

const R_ASSESS = "assess: proxies (revoked or throwing) in options.thresholds/confidence escape as bare TypeError/Error";
const R_ATTAIN = "attainment(1, Decimal 1e-9000000000000000) returns Decimal Infinity (toDecimal accepts exponents decimal.js cannot divide by; bound them or check the result)";
const R_CLASSIFY = "classifyEnterprise: options null gives TypeError (reading 'rule'); getters and proxies on options escape unwrapped";
const R_SERIES = "cumulativeSeries/fromCounts: revoked or throwing proxies and throwing getters escape as bare errors; options.start null gives TypeError; `from` after every observation gives RangeError (Invalid typed array length)";
const R_FROMJSON = "fromJSON: a proxy whose traps throw escapes as a bare Error; a 1e6-character kind is echoed whole into the error message (1 MB message)";
const R_ZOD = "parse…/safeParse…: a proxy whose traps throw escapes from zod as a bare Error (wrap the parse in a guard)";
const R_LOCALE = "formatCount/checkConsistency: options null gives TypeError (reading 'locale'/'tolerance'); a sparse figures array gives TypeError (reading 'value'); getters and proxies escape unwrapped";
const R_TOJSON = "toJSON: passes invalid values through (NaN, ±Infinity, 2021-02-29, a fake Decimal) and lets hostile getters/proxies escape as bare errors";

export const FAILING_SITES: Readonly<Record<string, string>> = {
  "checkConsistency(0)": R_LOCALE,
  "checkConsistency(0.0)": R_LOCALE,
  "checkConsistency(0.2)": R_LOCALE,
  "checkConsistency(1)": R_LOCALE,
  "checkConsistency(1.locale)": R_LOCALE,
  "checkConsistency(1.tolerance)": R_LOCALE,
  "cumulativeSeries[days](0.0)": R_SERIES,
  "formatCount(1)": R_LOCALE,
  "formatCount(1.locale)": R_LOCALE,
  "formatCount(1.maximumFractionDigits)": R_LOCALE,
  "formatCount(1.style)": R_LOCALE,
  "formatCount[compact](1)": R_LOCALE,
  "formatCount[compact](1.locale)": R_LOCALE,
  "formatCount[compact](1.style)": R_LOCALE,
  "formatCount[full](1)": R_LOCALE,
  "formatCount[full](1.style)": R_LOCALE,
  "toJSON(0.capital)": R_TOJSON,
  "toJSON(0.onboardedAt)": R_TOJSON,
  "toJSON(0.region)": R_TOJSON,
  "toJSON(0.sector)": R_TOJSON,
};

const patterns = Object.entries(KNOWN_FINDINGS).map(
  ([key, finding]) => [new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === "*" ? ".*" : `\\${c}`))}$`), finding] as const,
);

/** The finding for a case id, if any; `*` in a key matches anything (e.g. every argument path). */
export function findingFor(id: string): Finding | undefined {
  return patterns.find(([re]) => re.test(id))?.[1];
}

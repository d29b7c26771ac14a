// The comparisons and the verdict of the ClickHouse example (run.mjs), apart from the cluster so
// that run.test.ts can check them on small series.

/** The first point where two series differ, or null when they are equal point for point. */
export function firstDifference(got, want) {
  const n = Math.max(got.length, want.length);
  for (let i = 0; i < n; i++) {
    if (JSON.stringify(got[i]) !== JSON.stringify(want[i])) {
      return { index: i, got: got[i] ?? "(none)", want: want[i] ?? "(none)" };
    }
  }
  return null;
}

/**
 * One comparison: the series from ClickHouse's counts (`got`) against the library's own pass
 * (`want`). A comparison of empty series proves nothing, so it fails.
 */
export function check(name, got, want) {
  const difference = want.length === 0 ? { index: 0, got: "(none)", want: "(none)" } : firstDifference(got, want);
  const line =
    difference === null
      ? `  equal      ${name} (${want.length} points)`
      : `  DIFFERENT  ${name}: at point ${difference.index}, ClickHouse ${JSON.stringify(difference.got)}, library ${JSON.stringify(difference.want)}`;
  return { name, equal: difference === null, line };
}

/**
 * A control: a query known to be wrong (here, a month without the zone argument) must give a
 * different series, or the comparisons could not see a difference at all.
 */
export function mustDiffer(name, got, want) {
  const difference = firstDifference(got, want);
  const line =
    difference === null
      ? `  NOT SEEN   ${name}: expected a difference, got the library's series`
      : `  differs    ${name}, as it should (first at point ${difference.index})`;
  return { name, equal: difference !== null, line };
}

/** The last line: equal only when there are checks and every one is equal. */
export function verdict(checks) {
  const different = checks.filter((c) => !c.equal).map((c) => c.name);
  if (checks.length > 0 && different.length === 0) {
    return `VERDICT: equal - the ClickHouse counts fed through fromCounts (and mergeSeries) give exactly the library's own series (${checks.length} checks passed)`;
  }
  return `VERDICT: DIFFERENT - ${checks.length === 0 ? "nothing was compared" : different.join("; ")}`;
}

/**
 * Says what failed, naming ClickHouse's own errors as such: the server's code, exception class and
 * message (for example code 279, "All connection tries failed", when a shard is down), apart from
 * anything else. ClickHouse 18.16 writes `Code: 279, e.displayText() = DB::NetException: ...,
 * e.what() = DB::NetException`, a form @clickhouse/client does not parse (it reads the later
 * `Code: 279. DB::Exception: ... (TYPE)`), so both are read here.
 */
export function describeFailure(error, step) {
  const message = String(error?.message ?? error).trim();
  const old = /^Code: (\d+), e\.displayText\(\) = ([\w:]+): ([\s\S]*?)(?:, e\.what\(\) = [\w:]+)?$/.exec(message);
  if (old) return `ClickHouse error ${old[1]} (${old[2]}) during ${step}: ${old[3].trim()}`;
  if (error?.constructor?.name === "ClickHouseError") {
    return `ClickHouse error ${error.code} (${error.type}) during ${step}: ${message}`;
  }
  return `error during ${step} (not from the ClickHouse server): ${message}`;
}

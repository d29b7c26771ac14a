// The verdict logic of the ClickHouse example (examples/clickhouse/checks.mjs) on small series, so
// that `npm test` checks it without a ClickHouse server; the example itself runs in CI against a
// two-shard cluster (`bash scripts/clickhouse/cluster.sh bash scripts/clickhouse/check.sh`).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cumulativeSeries, fromCounts, mergeSeries } from "../../src/index.js";
import { check, describeFailure, firstDifference, mustDiffer, verdict } from "./checks.mjs";

// Five events in Jakarta: 2021-04-30T20:00Z is already 1 May there (UTC+7).
const events = ["2021-04-02T03:00:00Z", "2021-04-30T20:00:00Z", "2021-05-20T00:00:00Z", "2021-07-01T00:00:00Z"];
const library = cumulativeSeries(events, { period: "month" });
// The same events counted by two shards, as rows of their GROUP BY (first days of the months).
const shard1 = fromCounts([{ period: "2021-04-01", count: 1 }], { period: "month" });
const shard2 = fromCounts(
  [
    { period: "2021-05-01", count: 2 },
    { period: "2021-07-01", count: 1 },
  ],
  { period: "month" },
);

describe("the ClickHouse example's comparisons", () => {
  it("finds the per-shard counts merged with mergeSeries equal to the library's pass", () => {
    const merged = check("per shard", mergeSeries([shard1, shard2]), library);
    expect(merged.equal).toBe(true);
    expect(merged.line).toBe("  equal      per shard (4 points)"); // 2021-04 .. 2021-07, June filled with 0
    expect(verdict([merged])).toMatch(/^VERDICT: equal - .*\(1 checks passed\)$/);
  });

  it("names the first differing point: a month counted in UTC puts the 1 May event in April", () => {
    const utc = cumulativeSeries(events, { period: "month", timeZone: "UTC" });
    const c = check("in UTC", utc, library);
    expect(c.equal).toBe(false);
    expect(firstDifference(utc, library)?.index).toBe(0);
    expect(c.line).toContain('ClickHouse {"period":"2021-04","start":"2021-04-01","end":"2021-04-30","increment":2');
    expect(verdict([check("ok", library, library), c])).toBe("VERDICT: DIFFERENT - in UTC");
    expect(mustDiffer("control", utc, library).equal).toBe(true);
    expect(mustDiffer("control", library, library).equal).toBe(false);
  });

  it("fails a shard left out, a missing tail, an empty comparison and an empty list", () => {
    expect(check("one shard", shard2, library).equal).toBe(false);
    expect(check("short", library.slice(0, 3), library).line).toContain('at point 3, ClickHouse "(none)"');
    expect(check("nothing", [], []).equal).toBe(false);
    expect(verdict([])).toBe("VERDICT: DIFFERENT - nothing was compared");
  });

  it("names ClickHouse 18.16's own error, apart from other failures", () => {
    // The message ClickHouse 18.16.1 answered through the Distributed table with shard 2 stopped.
    const stopped = new Error(
      "Code: 279, e.displayText() = DB::NetException: All connection tries failed. Log: \n\n" +
        "Code: 210, e.displayText() = DB::NetException: Connection refused (127.0.0.1:52629), e.what() = DB::NetException\n\n" +
        ", e.what() = DB::NetException",
    );
    expect(describeFailure(stopped, "counting")).toBe(
      "ClickHouse error 279 (DB::NetException) during counting: All connection tries failed. Log: \n\n" +
        "Code: 210, e.displayText() = DB::NetException: Connection refused (127.0.0.1:52629), e.what() = DB::NetException",
    );
    expect(describeFailure(new Error("connect ECONNREFUSED 127.0.0.1:8123"), "connecting")).toBe(
      "error during connecting (not from the ClickHouse server): connect ECONNREFUSED 127.0.0.1:8123",
    );
  });
});

describe("scripts/clickhouse", () => {
  it.each(["cluster.sh", "check.sh"])("%s is valid bash (bash -n; CI runs it against the cluster)", (file) => {
    const path = fileURLToPath(new URL(`../../scripts/clickhouse/${file}`, import.meta.url));
    expect(execFileSync("bash", ["-n", path], { encoding: "utf8" })).toBe("");
  });
});

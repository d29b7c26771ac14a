// Hand-off to a cluster: the DuckDB example's 10 million synthetic on-boarding events
// (examples/duckdb/events.mjs, same seed, same events), written to a ClickHouse cluster through
// a Distributed table, counted there by month in the programme's time zone, turned into series by
// `fromCounts` (and `mergeSeries` for the per-shard counts), and checked against the library's own
// pass over the same events. Exits 1 when any count differs, 2 when a step fails (a ClickHouse
// error is named as such).
//
//   npm run example:clickhouse        starts a two-shard cluster on this machine for the run
//                                      (scripts/clickhouse/cluster.sh; Debian's clickhouse-server)
//   node examples/clickhouse/run.mjs --host HOST --port HTTP_PORT --cluster NAME
//                                      an existing cluster (after `npm run build`); also from the
//                                      environment: CLICKHOUSE_HOST, CLICKHOUSE_PORT, CLICKHOUSE_CLUSTER
//
// Other options: --events N (EVENTS, default 10 000 000); --shard-urls URL,URL (CLICKHOUSE_SHARD_URLS,
// each shard's HTTP URL, by default its host from system.clusters with the entry node's HTTP
// port); --skip-load (count what the tables already hold, from an earlier run with the same N).
// CLICKHOUSE_USER and CLICKHOUSE_PASSWORD, when set, are the account (default: default, no password).
// It creates the tables of scripts/clickhouse/schema.sql on every shard (if missing) and empties
// onboarding_targets.events_local there before loading.
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ClickHouseLogLevel, createClient } from "@clickhouse/client";
import { DuckDBInstance } from "@duckdb/node-api";
import { cumulativeSeries, fromCounts, mergeSeries } from "onboarding-targets";
import { eventBatches, writeEvents } from "../duckdb/events.mjs";
import { check, describeFailure, mustDiffer, verdict } from "./checks.mjs";

const { values: args } = parseArgs({
  options: {
    host: { type: "string", default: process.env.CLICKHOUSE_HOST ?? "127.0.0.1" },
    port: { type: "string", default: process.env.CLICKHOUSE_PORT ?? "8123" },
    cluster: { type: "string", default: process.env.CLICKHOUSE_CLUSTER ?? "two_shards" },
    "shard-urls": { type: "string", default: process.env.CLICKHOUSE_SHARD_URLS ?? "" },
    events: { type: "string", default: process.env.EVENTS ?? "10000000" },
    "skip-load": { type: "boolean", default: false },
  },
});
const EVENTS = Number(args.events);
if (!Number.isSafeInteger(EVENTS) || EVENTS < 1) {
  console.error(`--events must be a whole number of events, at least 1; got ${args.events}`);
  process.exit(2);
}
const ENTRY = `http://${args.host}:${args.port}`;
const SCHEMA = new URL("../../scripts/clickhouse/schema.sql", import.meta.url);
// 64-bit counts as JSON numbers (ClickHouse quotes them by default); they stay far below 2^53.
// Progress headers keep a long insert's HTTP connection alive.
const SETTINGS = {
  output_format_json_quote_64bit_integers: 0,
  send_progress_in_http_headers: 1,
  http_headers_progress_interval_ms: "10000",
};
const seconds = (t) => (performance.now() - t) / 1000;
// The example says what failed (describeFailure); the client's own log would repeat it.
const CLIENT = {
  username: process.env.CLICKHOUSE_USER ?? "default",
  password: process.env.CLICKHOUSE_PASSWORD ?? "",
  request_timeout: 900_000,
  clickhouse_settings: SETTINGS,
  log: { level: ClickHouseLogLevel.OFF },
};
const timings = [];
const timed = async (engine, what, work) => {
  const t = performance.now();
  const result = await work();
  timings.push({ engine, what, s: seconds(t) });
  return result;
};

/** ClickHouse's count by province and period (`bucket`: toStartOfMonth, toMonday) in `zone`, from `table`. */
function countSql({ table = "onboarding_targets.events", zone = "Asia/Jakarta", bucket = "toStartOfMonth" } = {}) {
  return `SELECT
  ${bucket}(onboarded_at, '${zone}') AS period,
  toString(province) AS \`group\`,
  count() AS count
FROM ${table}
GROUP BY period, \`group\`
ORDER BY period, \`group\``;
}

// Each enterprise once, at its earliest on-boarding, across all shards.
const ENTERPRISE_SQL = `SELECT toStartOfMonth(first, 'Asia/Jakarta') AS period, count() AS count
FROM (
  SELECT enterprise_id, min(onboarded_at) AS first
  FROM onboarding_targets.events
  GROUP BY enterprise_id
)
GROUP BY period
ORDER BY period`;

// Daily, in a zone with daylight saving: 2020-2024 holds ten changes in Los Angeles, one of them
// (2020-11-01) on the first day of a month.
const DAILY_LA_SQL = `SELECT toDate(onboarded_at, 'America/Los_Angeles') AS period, count() AS count
FROM onboarding_targets.events
GROUP BY period
ORDER BY period`;

const started = performance.now();
let step = "connecting";
const dir = mkdtempSync(join(tmpdir(), "onboarding-targets-clickhouse-example-"));
const parquet = join(dir, "events.parquet");
const tsv = join(dir, "events.tsv");
const duck = await (await DuckDBInstance.create(":memory:")).connect();
await duck.run("SET TimeZone = 'UTC'");
const entry = createClient({ url: ENTRY, ...CLIENT });
const shards = [];

async function rows(client, query) {
  return (await client.query({ query, format: "JSONEachRow" })).json();
}

try {
  step = `asking ${ENTRY} for cluster ${args.cluster}`;
  const [{ version }] = await rows(entry, "SELECT version() AS version");
  const members = await rows(
    entry,
    `SELECT shard_num, host_name FROM system.clusters WHERE cluster = '${args.cluster}' AND replica_num = 1 ORDER BY shard_num`,
  );
  if (members.length === 0) throw new Error(`the server at ${ENTRY} knows no cluster named ${args.cluster}`);
  const urls = args["shard-urls"]
    ? args["shard-urls"].split(",")
    : members.map((m) => `http://${m.host_name}:${args.port}`);
  if (urls.length !== members.length)
    throw new Error(`${members.length} shards in ${args.cluster}, ${urls.length} shard URLs`);
  if (new Set(urls).size !== urls.length) {
    throw new Error(`two shards at one URL (${urls.join(", ")}): list each shard's HTTP URL with --shard-urls`);
  }
  for (const url of urls) shards.push({ url, client: createClient({ url, ...CLIENT }) });
  console.log(
    `ClickHouse ${version} at ${ENTRY}: cluster ${args.cluster} of ${members.length} shards (${urls.join(", ")})`,
  );
  if (args["skip-load"]) {
    step = "counting the events already loaded, through the Distributed table";
    const [{ held }] = await rows(entry, "SELECT count() AS held FROM onboarding_targets.events");
    if (held !== EVENTS) throw new Error(`the tables hold ${held} events, not ${EVENTS}: run without --skip-load`);
  }

  // 1. The events: written once by DuckDB, read by all three.
  step = "writing the events with DuckDB";
  await timed("events", "write Parquet (DuckDB)", () => writeEvents(duck, parquet, EVENTS));
  console.log(
    `wrote ${EVENTS.toLocaleString("en")} events to Parquet (${(statSync(parquet).size / 2 ** 20).toFixed(0)} MiB)`,
  );

  // 2. The library: the columns in memory, counted in one pass.
  step = "the library's own pass";
  const { events, groups, enterprises } = await timed("library", "load", async () => {
    for await (const batch of eventBatches(duck, parquet, Math.max(EVENTS, 1))) return batch;
  });
  const jakarta = await timed("library", "count", () =>
    cumulativeSeries(events, { period: "month", timeZone: "Asia/Jakarta", groupBy: groups }),
  );
  const [losAngeles, losAngelesWeeks, losAngelesDays] = await timed(
    "library",
    "Los Angeles: months, weeks, days",
    () => [
      cumulativeSeries(events, { period: "month", timeZone: "America/Los_Angeles", groupBy: groups }),
      cumulativeSeries(events, { period: "week", timeZone: "America/Los_Angeles", groupBy: groups }),
      cumulativeSeries(events, { period: "day", timeZone: "America/Los_Angeles" }),
    ],
  );
  const enterpriseSeries = await timed("library", "each enterprise once (Enterprise records)", () =>
    cumulativeSeries(enterpriseRecords(events, enterprises), { period: "month" }),
  );

  // 3. DuckDB, for the timings: its own table, the same count.
  step = "DuckDB's count";
  await timed("DuckDB", "load", () => duck.run(`CREATE TABLE events AS SELECT * FROM read_parquet('${parquet}')`));
  const duckRows = await timed("DuckDB", "count", async () =>
    (
      await duck.runAndReadAll(`SELECT strftime(date_trunc('month', timezone('Asia/Jakarta', onboarded_at)), '%Y-%m-%d') AS period,
  CAST(province AS VARCHAR) AS "group", count(*) AS count FROM events GROUP BY ALL`)
    ).getRowObjects(),
  );

  // 4. ClickHouse: the tables on every shard, then the events through the Distributed table.
  if (!args["skip-load"]) {
    step = "creating and emptying the tables on each shard";
    const ddl = readFileSync(SCHEMA, "utf8").replaceAll("{cluster}", args.cluster);
    for (const { client } of shards) {
      for (const query of statements(ddl)) await client.command({ query });
      await client.command({ query: "TRUNCATE TABLE onboarding_targets.events_local" });
    }
    step = "loading the events into ClickHouse";
    await timed("ClickHouse", "load: Parquet to TSV (DuckDB)", () =>
      duck.run(`COPY (SELECT event_id, enterprise_id, epoch_ms(onboarded_at) // 1000, province FROM events)
        TO '${tsv}' (FORMAT csv, DELIMITER '\t', HEADER false)`),
    );
    await timed("ClickHouse", "load: INSERT through the Distributed table", () =>
      entry.insert({
        table: "onboarding_targets.events",
        values: createReadStream(tsv),
        format: "TabSeparated",
        // Synchronous: the insert returns when every shard holds its part.
        clickhouse_settings: { insert_distributed_sync: 1 },
      }),
    );
    rmSync(tsv);
  }
  const perShard = [];
  for (const { client } of shards) {
    perShard.push((await rows(client, "SELECT count() AS n FROM onboarding_targets.events_local"))[0].n);
  }
  console.log(`ClickHouse holds ${perShard.map((n) => n.toLocaleString("en")).join(" + ")} events on its shards`);

  // 5. The counts, each turned into a series and compared with the library's.
  step = "counting through the Distributed table";
  console.log(`\nSQL (ClickHouse ${version}, through the Distributed table):\n${countSql()}\n`);
  const distributedRows = await timed("ClickHouse", "count", () => rows(entry, countSql()));
  step = "counting on each shard's local table";
  const shardSeries = await timed("ClickHouse", "each shard's local count", async () => {
    const series = [];
    for (const { client } of shards) {
      series.push(
        fromCounts(await rows(client, countSql({ table: "onboarding_targets.events_local" })), { period: "month" }),
      );
    }
    return series;
  });
  step = "counting each enterprise once";
  const enterpriseRows = await timed("ClickHouse", "each enterprise once", () => rows(entry, ENTERPRISE_SQL));
  step = "counting in America/Los_Angeles";
  const [laRows, laWeekRows, laDayRows] = await timed("ClickHouse", "Los Angeles: months, weeks, days", async () => [
    await rows(entry, countSql({ zone: "America/Los_Angeles" })),
    await rows(entry, countSql({ zone: "America/Los_Angeles", bucket: "toMonday" })),
    await rows(entry, DAILY_LA_SQL),
  ]);
  // Without the zone argument ClickHouse buckets in the column's zone (UTC here): a wrong query,
  // which the comparison must catch.
  const utcRows = await rows(entry, countSql().replace(", 'Asia/Jakarta'", ""));

  // Each ClickHouse count through fromCounts against the library's pass: [what, rows, period, library].
  const compared = [
    ["Distributed count, Asia/Jakarta, by province -> fromCounts", distributedRows, "month", jakarta],
    ["enterprises once across shards (min(onboarded_at) by enterprise_id)", enterpriseRows, "month", enterpriseSeries],
    ["Distributed count, America/Los_Angeles, by province", laRows, "month", losAngeles],
    ["Distributed count by day, America/Los_Angeles (ten DST changes)", laDayRows, "day", losAngelesDays],
    ["Distributed count by ISO week (toMonday), America/Los_Angeles", laWeekRows, "week", losAngelesWeeks],
    ["DuckDB's count -> fromCounts (the timing table's third engine)", duckRows, "month", jakarta],
  ];
  const held = perShard.reduce((a, b) => a + b, 0);
  const checks = [
    ...compared.map(([name, got, period, want]) => check(name, fromCounts(got, { period }), want)),
    check("each shard's local count -> fromCounts -> mergeSeries", mergeSeries(shardSeries), jakarta),
    mustDiffer(
      "control: toStartOfMonth(onboarded_at) without the zone",
      fromCounts(utcRows, { period: "month" }),
      jakarta,
    ),
    check("events on the shards", [held], [EVENTS]),
  ];
  const once = enterpriseSeries.at(-1).cumulative;
  const summedPerShard = (
    await Promise.all(
      shards.map(({ client }) =>
        rows(client, "SELECT uniqExact(enterprise_id) AS n FROM onboarding_targets.events_local"),
      ),
    )
  ).reduce((sum, [r]) => sum + r.n, 0);
  console.log(
    `enterprises: ${once.toLocaleString("en")} counted once; adding each shard's own count would give ${summedPerShard.toLocaleString("en")} (${(summedPerShard - once).toLocaleString("en")} on both shards)`,
  );
  console.log(`first point: ${JSON.stringify(jakarta[0])}\n`);

  console.log("timings (s):");
  for (const { engine, what, s } of timings) console.log(`  ${engine.padEnd(10)} ${what.padEnd(44)} ${s.toFixed(2)}`);
  console.log(`  whole example ${seconds(started).toFixed(1)} s`);
  console.log();
  for (const c of checks) console.log(c.line);
  console.log(verdict(checks));
  if (!checks.every((c) => c.equal)) process.exitCode = 1;
} catch (error) {
  console.error(describeFailure(error, step));
  process.exitCode = 2;
} finally {
  await Promise.all([entry, ...shards.map((s) => s.client)].map((c) => c.close()));
  duck.closeSync?.();
  rmSync(dir, { recursive: true, force: true });
}

function statements(sql) {
  return sql
    .replace(/--.*$/gm, "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}

// Enterprise records as the library counts them once each (the earliest on-boarding wins), in
// batches of a million, built from the columns as they are needed.
function* enterpriseRecords(ms, ids) {
  const size = 1_000_000;
  for (let from = 0; from < ms.length; from += size) {
    const batch = [];
    for (let i = from; i < Math.min(from + size, ms.length); i++) {
      batch.push({ id: String(ids[i]), onboardedAt: new Date(ms[i]).toISOString() });
    }
    yield batch;
  }
}

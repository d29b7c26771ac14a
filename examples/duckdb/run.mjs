// Hand-off to SQL: 10 million synthetic on-boarding events written to Parquet, counted by month
// in Asia/Jakarta by DuckDB, turned into a series by `fromCounts`, and checked against the
// library's own one pass (`cumulativeSeries` over an async iterable of batches streamed from the
// same Parquet file). Deterministic: events come from DuckDB's hash of the row number with a fixed
// seed, so every run writes the same file. Run with `npm run example:duckdb`.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { cumulativeSeries, fromCounts } from "onboarding-targets";
import { eventBatches, writeEvents } from "./events.mjs";

const EVENTS = Number(process.env.EVENTS ?? 10_000_000);
const BATCH = 1_000_000;

const dir = mkdtempSync(join(tmpdir(), "onboarding-targets-duckdb-"));
const parquet = join(dir, "events.parquet");
const seconds = (t) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

const instance = await DuckDBInstance.create(":memory:");
const db = await instance.connect();
await db.run("SET TimeZone = 'UTC'"); // the session zone plays no part below; fixed for clarity

try {
  // 1. Synthetic events (examples/duckdb/events.mjs): an id, an enterprise, an instant and a province.
  let t = performance.now();
  await writeEvents(db, parquet, EVENTS);
  console.log(
    `wrote ${EVENTS.toLocaleString("en")} events to ${parquet} (${(statSync(parquet).size / 2 ** 20).toFixed(0)} MiB) in ${seconds(t)}`,
  );

  // 2. The warehouse side: count by calendar month in Asia/Jakarta, and by province.
  const sql = `SELECT
  strftime(date_trunc('month', timezone('Asia/Jakarta', onboarded_at)), '%Y-%m-%d') AS period,
  CAST(province AS VARCHAR) AS "group",
  count(*) AS count
FROM read_parquet('events.parquet')
GROUP BY ALL
ORDER BY period, "group"`;
  console.log(`\nSQL (DuckDB ${(await db.runAndReadAll("SELECT version() AS v")).getRowObjects()[0].v}):\n${sql}\n`);
  t = performance.now();
  const reader = await db.runAndReadAll(sql.replace("'events.parquet'", `'${parquet}'`));
  const rows = reader.getRowObjects(); // count arrives as a bigint; fromCounts accepts it
  const fromSql = fromCounts(rows, { period: "month" });
  console.log(
    `DuckDB: ${rows.length} rows (period x province) in ${seconds(t)}; fromCounts -> ${fromSql.length} points`,
  );

  // 3. The library's own pass over the same file, streamed in batches of 1 million (memory stays
  //    O(periods x groups) in the library; one batch buffer is refilled by the reader).
  t = performance.now();
  const inLibrary = await cumulativeSeries(eventBatches(db, parquet, BATCH), {
    period: "month",
    timeZone: "Asia/Jakarta",
  });
  console.log(`library: cumulativeSeries over the streamed events in ${seconds(t)} -> ${inLibrary.length} points`);

  // 4. Verdict.
  const total = (series) =>
    series.filter((p) => p.period === series.at(-1).period).reduce((s, p) => s + p.cumulative, 0);
  const same = JSON.stringify(fromSql) === JSON.stringify(inLibrary);
  console.log(
    `\ntotal on-boarded: SQL ${total(fromSql).toLocaleString("en")}, library ${total(inLibrary).toLocaleString("en")}`,
  );
  console.log(`first point: ${JSON.stringify(fromSql[0])}`);
  console.log(
    same
      ? "VERDICT: equal - the SQL aggregation fed through fromCounts gives exactly the library's one-pass series"
      : "VERDICT: DIFFERENT",
  );
  if (!same || total(fromSql) !== EVENTS) process.exitCode = 1;
} finally {
  db.closeSync?.();
  rmSync(dir, { recursive: true, force: true });
}

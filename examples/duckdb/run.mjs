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

const EVENTS = Number(process.env.EVENTS ?? 10_000_000);
const SEED = 20210430;
const T0 = Date.UTC(2020, 0, 1) - 7 * 3_600_000; // 2020-01-01 00:00 in Jakarta (UTC+7)
const SPAN = Date.UTC(2025, 0, 1) - Date.UTC(2020, 0, 1); // five years, 2020-2024
const PROVINCES = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75,
  76, 81, 82, 91, 92, 93, 94, 95, 96,
];
const BATCH = 1_000_000;

const dir = mkdtempSync(join(tmpdir(), "onboarding-targets-duckdb-"));
const parquet = join(dir, "events.parquet");
const seconds = (t) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

const instance = await DuckDBInstance.create(":memory:");
const db = await instance.connect();
await db.run("SET TimeZone = 'UTC'"); // the session zone plays no part below; fixed for clarity

try {
  // 1. Synthetic events: an id, an instant (TIMESTAMPTZ, millisecond precision) and a province.
  let t = performance.now();
  await db.run(`
    COPY (
      SELECT
        i AS enterprise_id,
        to_timestamp(0) + to_milliseconds(${T0} + (hash(i, ${SEED}) % ${SPAN})::BIGINT) AS onboarded_at,
        ([${PROVINCES.join(", ")}])[1 + (hash(i, ${SEED + 1}) % ${PROVINCES.length})::INTEGER]::SMALLINT AS province
      FROM range(${EVENTS}) AS r(i)
    ) TO '${parquet}' (FORMAT parquet, COMPRESSION zstd)`);
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
  const ms = new Float64Array(BATCH);
  const province = new Uint8Array(BATCH);
  async function* batches() {
    const result = await db.stream(
      `SELECT epoch_ms(onboarded_at)::DOUBLE AS ms, province FROM read_parquet('${parquet}')`,
    );
    let n = 0;
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const msVector = chunk.getColumnVector(0);
      const provinceVector = chunk.getColumnVector(1);
      for (let i = 0; i < chunk.rowCount; i++) {
        ms[n] = msVector.getItem(i);
        province[n] = provinceVector.getItem(i);
        if (++n === BATCH) {
          yield { events: ms, groups: province };
          n = 0;
        }
      }
    }
    if (n > 0) yield { events: ms.subarray(0, n), groups: province.subarray(0, n) };
  }
  const inLibrary = await cumulativeSeries(batches(), { period: "month", timeZone: "Asia/Jakarta" });
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

// The synthetic on-boarding events of the DuckDB and ClickHouse examples, written by DuckDB to
// Parquet. Deterministic: every column comes from DuckDB's hash of the row number with a fixed
// seed, so every run writes the same events.
//
// Columns: event_id (the row number), enterprise_id (an enterprise may on-board more than once:
// ids are drawn from three quarters as many as there are events), onboarded_at (a TIMESTAMPTZ,
// millisecond precision, uniform over 2020-2024 counted from midnight in Jakarta) and province
// (one of Indonesia's 38 province codes).

const SEED = 20210430;
const T0 = Date.UTC(2020, 0, 1) - 7 * 3_600_000; // 2020-01-01 00:00 in Jakarta (UTC+7)
const SPAN = Date.UTC(2025, 0, 1) - Date.UTC(2020, 0, 1); // five years, 2020-2024
const PROVINCES = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75,
  76, 81, 82, 91, 92, 93, 94, 95, 96,
];

/** Writes `count` events to the Parquet file `path` with the DuckDB connection `db`. */
export async function writeEvents(db, path, count) {
  const enterprises = Math.max(1, Math.ceil((count * 3) / 4));
  await db.run(`
    COPY (
      SELECT
        i AS event_id,
        hash(i, ${SEED + 2}) % ${enterprises} AS enterprise_id,
        to_timestamp(0) + to_milliseconds(${T0} + (hash(i, ${SEED}) % ${SPAN})::BIGINT) AS onboarded_at,
        ([${PROVINCES.join(", ")}])[1 + (hash(i, ${SEED + 1}) % ${PROVINCES.length})::INTEGER]::SMALLINT AS province
      FROM range(${count}) AS r(i)
    ) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
}

/**
 * Streams the events of the Parquet file `path` in batches of `size` as the library takes them:
 * `{ events, groups }` with the instants as epoch milliseconds (`Float64Array`) and the province
 * codes (`Uint8Array`), plus `enterprises`, the enterprise ids (`Uint32Array`). The three buffers
 * are refilled for each batch, so memory stays that of one batch.
 */
export async function* eventBatches(db, path, size) {
  const events = new Float64Array(size);
  const groups = new Uint8Array(size);
  const enterprises = new Uint32Array(size);
  const result = await db.stream(
    `SELECT epoch_ms(onboarded_at)::DOUBLE AS ms, province, enterprise_id::UINTEGER FROM read_parquet('${path}')`,
  );
  let n = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const [ms, province, enterprise] = [0, 1, 2].map((c) => chunk.getColumnVector(c));
    for (let i = 0; i < chunk.rowCount; i++) {
      events[n] = ms.getItem(i);
      groups[n] = province.getItem(i);
      enterprises[n] = enterprise.getItem(i);
      if (++n === size) {
        yield { events, groups, enterprises };
        n = 0;
      }
    }
  }
  if (n > 0)
    yield { events: events.subarray(0, n), groups: groups.subarray(0, n), enterprises: enterprises.subarray(0, n) };
}

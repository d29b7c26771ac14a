import { describeType } from "../decimal/index.js";
import { atBoundary, atPath, fail } from "../errors/core.js";
import { at } from "../read/index.js";
import { readGroupColumn, readSeriesOptions, type SeriesSettings } from "./readSeriesOptions.js";
import { SeriesCounter } from "./seriesCounter.js";
import { seriesFromObservations } from "./seriesFromObservations.js";
import type { GroupColumn, SeriesBatch, SeriesInput, SeriesOptions, SeriesPoint } from "./types.js";

/**
 * The cumulative series of on-boardings: one point per calendar period (day, ISO week, month,
 * quarter or year) with the period's increment and the running total at its end, gaps filled
 * with zero increments.
 *
 * Input is either observations (all `cumulative`, or all `increment`) or on-boarding events:
 * `YYYY-MM-DD` dates, ISO 8601 instants with an offset or `Z`, epoch milliseconds, `Enterprise`
 * records (their `onboardedAt`), a `Float64Array` of epoch milliseconds, or a sync or async
 * iterable of batches of these (an async iterable gives a Promise). Instants become calendar
 * dates in `timeZone` (default `Asia/Jakarta`), never in the machine's zone.
 *
 * Nothing is dropped silently: events after `to` throw `out_of_range` (or, with `afterTo:
 * "exclude"`, are counted out through `onWarning`), and a falling cumulative throws
 * `decreasing_series` (or, with `decreasing: "warn"`, shows as a negative increment). Enterprise
 * records count once per `id`. The rules: [the cumulative path](../../docs/methodology.md#the-cumulative-path).
 * O(events + days × groups); for speed pass a `Float64Array` with `from` and `to`, and group by
 * an integer column.
 *
 * @category Series
 * @param input - observations, events, a `Float64Array` of epoch ms, or a (sync or async) iterable of {@link SeriesBatch}es
 * @param options - `period` (required), `timeZone`, `from`, `to`, `start`, `groupBy`, `weekStartsOn`, `afterTo`, `decreasing`, `onWarning`
 * @returns the points, in group then period order (a Promise of them for an async iterable)
 * @throws {OnboardingTargetsError} `invalid_date` / `invalid_type` at `input.<i>` (or `input.<batch>.<i>`) for an unreadable event; `invalid_enum`, `invalid_time_zone`, `invalid_date`, `invalid_option` at `options.<name>`; `out_of_range` for events after `to` (default) or outside years 0001-9999; `decreasing_series` and `duplicate_date` for cumulative observations
 * @example
 * ```ts
 * import { cumulativeSeries } from "onboarding-targets";
 * // 2021-04-30T20:00Z is already 1 May in Jakarta (UTC+7).
 * cumulativeSeries(["2021-04-02", "2021-04-30T20:00:00Z", "2021-06-15"], { period: "month" });
 * //=> [{ "period": "2021-04", "start": "2021-04-01", "end": "2021-04-30", "increment": 1, "cumulative": 1 }, { "period": "2021-05", "start": "2021-05-01", "end": "2021-05-31", "increment": 1, "cumulative": 2 }, { "period": "2021-06", "start": "2021-06-01", "end": "2021-06-30", "increment": 1, "cumulative": 3 }]
 * cumulativeSeries([{ date: "2021-04-30", value: 11_700_000 }, { date: "2021-06-30", value: 12_900_000 }], { period: "quarter", from: "2021-05-01" }).map((p) => [p.period, p.start, p.increment, p.cumulative]);
 * //=> [["2021-Q2", "2021-05-01", 1200000, 12900000]]
 * cumulativeSeries(new Float64Array([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2)]), { period: "year", groupBy: ["31", "32"] }).map((p) => `${p.group} ${p.period} ${p.cumulative}`);
 * //=> ["31 2024 1", "32 2024 1"]
 * ```
 */
export function cumulativeSeries(input: AsyncIterable<SeriesBatch>, options: SeriesOptions): Promise<SeriesPoint[]>;
export function cumulativeSeries(input: SeriesInput, options: SeriesOptions): SeriesPoint[];
export function cumulativeSeries(
  input: SeriesInput | AsyncIterable<SeriesBatch>,
  options: SeriesOptions,
): SeriesPoint[] | Promise<SeriesPoint[]> {
  const settings = atBoundary("options", () => readSeriesOptions(options));
  return atBoundary("input", () => {
    if (input instanceof Float64Array) return once(input, settings);
    if (Array.isArray(input)) {
      const first: unknown = input[0];
      const isObservation = typeof first === "object" && first !== null && "value" in first && "date" in first;
      return isObservation ? seriesFromObservations(input, settings) : once(input, settings);
    }
    if (typeof input === "object" && input !== null && Symbol.asyncIterator in input) {
      return fromAsync(input as AsyncIterable<SeriesBatch>, settings);
    }
    if (typeof input === "object" && input !== null && Symbol.iterator in input) {
      const counter = batchCounter(settings);
      let b = 0;
      for (const batch of input as Iterable<SeriesBatch>) {
        const path = at("input", b++);
        atPath(path, () => addBatch(counter, batch, path));
      }
      return counter.finish();
    }
    return fail(
      "invalid_type",
      "input",
      `expected an array, a Float64Array or an iterable of batches, got ${describeType(input)}`,
    );
  });
}

function once(events: readonly unknown[] | Float64Array, settings: SeriesSettings): SeriesPoint[] {
  const counter = new SeriesCounter(settings);
  const column = typeof settings.groupBy === "function" ? undefined : (settings.groupBy as GroupColumn | undefined);
  counter.add(events, column, "input");
  return counter.finish();
}

function batchCounter(settings: SeriesSettings): SeriesCounter {
  if (settings.groupBy !== undefined && typeof settings.groupBy !== "function") {
    fail("invalid_option", "options.groupBy", "with batches, give each batch its column as { events, groups }");
  }
  return new SeriesCounter(settings);
}

function addBatch(counter: SeriesCounter, batch: unknown, path: string): void {
  if (batch instanceof Float64Array || Array.isArray(batch)) return counter.add(batch, undefined, path);
  if (typeof batch === "object" && batch !== null && "events" in batch && "groups" in batch) {
    const { events, groups } = batch as { events: unknown; groups: unknown };
    return counter.add(events, readGroupColumn(groups, at(path, "groups")), at(path, "events"));
  }
  fail(
    "invalid_type",
    path,
    `expected a batch (an array, a Float64Array or { events, groups }), got ${describeType(batch)}`,
  );
}

async function fromAsync(input: AsyncIterable<SeriesBatch>, settings: SeriesSettings): Promise<SeriesPoint[]> {
  const counter = batchCounter(settings);
  let b = 0;
  for await (const batch of input) {
    const path = at("input", b++);
    atPath(path, () => addBatch(counter, batch, path));
  }
  return counter.finish();
}

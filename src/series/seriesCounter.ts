/**
 * The one-pass engine behind cumulativeSeries: events in, batch by batch; counts by day and
 * group; points out. Period boundaries are computed once per call (in `finish`); the hot loop
 * over a `Float64Array` in a zone with one offset over the range does one subtraction, one
 * division and one typed-array increment per event.
 * @internal
 * @module
 */
import { describeType } from "../decimal/index.js";
import { pathError, userCall, fail } from "../errors/core.js";
import { at } from "../read/index.js";
import { buildSeries, type GroupIncrements } from "./buildSeries.js";
import { DAY_MS } from "./dayClock.js";
import { DayTally } from "./dayTally.js";
import { dayToDate, periodEndDay, periodOfDay, periodStartDay } from "./periodAxis.js";
import { type ReadEvent, readPlainEvent, readWhen } from "./readEvent.js";
import { isCodeColumn, type SeriesSettings } from "./readSeriesOptions.js";
import type { GroupColumn, OnboardingEvent, SeriesPoint } from "./types.js";

const LUT_SIZE = 65_536;

/** @internal */
export class SeriesCounter {
  readonly settings: SeriesSettings;
  readonly tally: DayTally;
  /** Running index of events over all batches (passed to a groupBy function). */
  private seen = 0;
  /** Group index by integer code, for codes 0..65535 (-1: not yet seen). */
  private lut: Int32Array | undefined;
  /** Earliest local day of each enterprise id, with its group and path. */
  private readonly enterprises = new Map<string, { day: number; g: number; path: string }>();
  private readonly scratch: ReadEvent = { day: Number.NaN, ms: Number.NaN };

  constructor(settings: SeriesSettings) {
    this.settings = settings;
    const { period, weekStartsOn, fromDay } = settings;
    // With from and to fixed, count straight into periods (day -> period table built once).
    const firstPeriod = fromDay === undefined ? 0 : periodOfDay(period, fromDay, weekStartsOn);
    this.tally = new DayTally(
      settings.timeZone,
      fromDay,
      settings.toDay,
      (day) => periodOfDay(period, day, weekStartsOn) - firstPeriod,
    );
  }

  /** Index of the one group of an ungrouped series (the label "" cannot be a group key). */
  ungrouped(): number {
    return this.tally.group("");
  }

  /** Counts one batch; `column` is its parallel group column, if any; `path` names the batch. */
  add(events: unknown, column: GroupColumn | undefined, path: string): void {
    const fn = typeof this.settings.groupBy === "function" ? this.settings.groupBy : undefined;
    if (column !== undefined && fn !== undefined)
      fail("invalid_option", "options.groupBy", "give groupBy as a function or as a column, not both");
    if (!(events instanceof Float64Array) && !Array.isArray(events)) {
      fail(
        "invalid_type",
        path,
        `expected an array of events or a Float64Array of epoch milliseconds, got ${describeType(events)}`,
      );
    }
    const length = (events as ArrayLike<unknown>).length;
    if (column !== undefined && column.length !== length) {
      // A batch's own column sits beside its events: `input.<b>.groups` next to `input.<b>.events`.
      const columnPath =
        column === this.settings.groupBy ? "options.groupBy" : at(path.slice(0, path.lastIndexOf(".")), "groups");
      fail("invalid_option", columnPath, `the group column has ${column.length} entries for ${length} events`);
    }
    this.tally.reserve(length);
    if (events instanceof Float64Array && fn === undefined && (column === undefined || isCodeColumn(column))) {
      this.addColumn(events, column, path);
    } else {
      const list = events as ArrayLike<unknown>;
      for (let k = 0; k < length; k++) {
        // Not atPath: a closure and a path string per event would cost, over millions of events.
        try {
          this.addOne(list[k], k, column, fn, path);
        } catch (e) {
          throw pathError(e, at(path, k));
        }
      }
    }
    this.seen += length;
  }

  private groupOf(
    event: unknown,
    k: number,
    column: GroupColumn | undefined,
    fn: SeriesSettings["groupBy"],
    path: string,
  ): number {
    if (typeof fn === "function") {
      const key = userCall(() => fn(event as OnboardingEvent, this.seen + k));
      if (typeof key !== "string" || key.length === 0)
        fail("invalid_type", at(path, k), `groupBy returned ${describeType(key)}; expected a non-empty string`);
      return this.tally.group(key);
    }
    if (column === undefined) return this.ungrouped();
    const code = column[k] as number | string;
    if (typeof code === "string") return this.tally.group(code);
    if (code >= 0 && code < LUT_SIZE) {
      const lut = (this.lut ??= new Int32Array(LUT_SIZE).fill(-1));
      let g = lut[code] as number;
      if (g < 0) lut[code] = g = this.tally.group(String(code));
      return g;
    }
    return this.tally.group(String(code));
  }

  private addOne(
    event: unknown,
    k: number,
    column: GroupColumn | undefined,
    fn: SeriesSettings["groupBy"],
    batchPath: string,
  ): void {
    const path = at(batchPath, k);
    const r = this.scratch;
    if (typeof event === "object" && event !== null && !Array.isArray(event)) {
      this.addEnterprise(event as Record<string, unknown>, k, column, fn, path);
      return;
    }
    readPlainEvent(event, path, r);
    const g = this.groupOf(event, k, column, fn, batchPath);
    if (r.day === r.day) this.tally.addDay(r.day, g, path);
    else this.tally.addInstant(r.ms, g, path);
  }

  private addEnterprise(
    record: Record<string, unknown>,
    k: number,
    column: GroupColumn | undefined,
    fn: SeriesSettings["groupBy"],
    path: string,
  ): void {
    const id = record.id;
    if (typeof id !== "string" || id.length === 0)
      fail("invalid_type", at(path, "id"), `an enterprise needs a non-empty string id, got ${describeType(id)}`);
    const when = record.onboardedAt;
    if (when === undefined) return; // not on-boarded (yet): not an event
    if (typeof when !== "string")
      fail("invalid_date", at(path, "onboardedAt"), `expected a date or an ISO instant, got ${describeType(when)}`);
    const r = this.scratch;
    readWhen(when, at(path, "onboardedAt"), r);
    // readWhen accepts four-digit years only, so r.ms is always a valid Date instant; days outside
    // 0001-9999 fail in tally.addDay.
    const day = r.day === r.day ? r.day : this.tally.clock.localDay(r.ms);
    const g = this.groupOf(record, k, column, fn, path.slice(0, path.lastIndexOf(".")));
    const known = this.enterprises.get(id);
    // Counted once per enterprise: the earliest on-boarding day wins (the first met on a tie).
    if (known === undefined || day < known.day) this.enterprises.set(id, { day, g, path });
  }

  private addColumn(ms: Float64Array, codes: Exclude<GroupColumn, readonly string[]> | undefined, path: string): void {
    const tally = this.tally;
    const n = ms.length;
    let k = 0;
    while (k < n) {
      const off = tally.clock.fixedOffset;
      if (off === off && tally.span > 0) {
        // Fast path: one offset over every allocated day, so day index = floor((ms - s0) / day).
        const width = tally.width;
        const base = codes === undefined ? this.ungrouped() * width : 0;
        const counts = tally.counts;
        const slot = tally.slot;
        const span = tally.span;
        const s0 = tally.first * DAY_MS - off;
        k =
          codes === undefined
            ? countFlat(ms, k, counts, slot, base, s0, span)
            : countCoded(ms, codes, (this.lut ??= new Int32Array(LUT_SIZE).fill(-1)), k, counts, slot, width, s0, span);
        if (k >= n) return;
      }
      // Slow path for one event: validate, register its group, place it (may grow the tally).
      const v = ms[k] as number;
      if (!Number.isFinite(v))
        fail("invalid_date", at(path, k), `${String(v)} is not a finite number of epoch milliseconds`);
      const g = this.groupOf(v, k, codes, undefined, path);
      tally.addInstant(v, g, at(path, k));
      k++;
    }
  }

  /** Events fell after `to`: throws (`afterTo: "error"`) or reports them to `onWarning`. */
  private afterTo(): void {
    const { tally, settings } = this;
    const to = settings.toDay === undefined ? "" : dayToDate(settings.toDay);
    reportAfterTo(settings, `${tally.after} event(s) fall after to (${to})`, tally.firstAfterPath, tally.after);
  }

  /** The series: folds days into periods once, adds `start`, reports or throws for events after `to`. */
  finish(): SeriesPoint[] {
    const { tally, settings } = this;
    tally.reserve(this.enterprises.size);
    for (const e of this.enterprises.values()) tally.addDay(e.day, e.g, e.path);
    this.enterprises.clear();
    if (tally.after > 0) this.afterTo();
    if (typeof settings.start === "object") for (const label of Object.keys(settings.start)) tally.group(label);
    if (tally.labels.length === 0 && settings.groupBy === undefined) this.ungrouped();
    const grouped = !(tally.labels.length === 1 && tally.labels[0] === "");
    if (grouped && tally.labels.includes(""))
      fail("invalid_option", "input", "some batches carry groups and others do not");
    const observed = tally.observedRange();
    let lo = settings.fromDay ?? observed?.first;
    let hi = settings.toDay ?? observed?.last;
    if (lo === undefined && hi === undefined) return [];
    lo ??= hi as number;
    hi ??= Math.max(lo, observed?.last ?? lo);
    const { period, weekStartsOn } = settings;
    const firstPeriod = periodOfDay(period, lo, weekStartsOn);
    const lastPeriod = periodOfDay(period, hi, weekStartsOn);
    const groups: GroupIncrements[] = tally.labels.map((label, g) => {
      const increments = new Float64Array(lastPeriod - firstPeriod + 1);
      const row = g * tally.width;
      for (let p = firstPeriod; p <= lastPeriod; p++) {
        if (tally.bucketed) {
          increments[p - firstPeriod] = tally.cell(row + p - firstPeriod);
          continue;
        }
        const d0 = Math.max(periodStartDay(period, p, weekStartsOn), lo as number, tally.first);
        const d1 = Math.min(periodEndDay(period, p, weekStartsOn), hi as number, tally.first + tally.span - 1);
        let sum = 0;
        for (let d = d0; d <= d1; d++) sum += tally.cell(row + d - tally.first);
        increments[p - firstPeriod] = sum;
      }
      const extra =
        settings.start === undefined
          ? 0
          : typeof settings.start === "number"
            ? settings.start
            : (settings.start[label] ?? 0);
      return { label: grouped ? label : undefined, start: (tally.before[g] as number) + extra, increments };
    });
    return buildSeries(period, weekStartsOn, firstPeriod, lastPeriod, groups, {
      fromDay: settings.fromDay,
      toDay: settings.toDay,
    });
  }
}

// The two hot loops, as small module-level functions so that each keeps its own (monomorphic)
// type feedback. Each returns the index of the first event it could not place (or the length).

function countFlat(
  ms: Float64Array,
  from: number,
  counts: Uint32Array,
  slot: Int32Array,
  base: number,
  s0: number,
  span: number,
): number {
  const n = ms.length;
  let k = from;
  for (; k < n; k++) {
    const i = Math.floor(((ms[k] as number) - s0) / DAY_MS);
    if (i >= 0 && i < span) counts[base + (slot[i] as number)]++;
    else break;
  }
  return k;
}

function countCoded(
  ms: Float64Array,
  codes: Exclude<GroupColumn, readonly string[]>,
  lut: Int32Array,
  from: number,
  counts: Uint32Array,
  slot: Int32Array,
  width: number,
  s0: number,
  span: number,
): number {
  const n = ms.length;
  let k = from;
  for (; k < n; k++) {
    const g = lut[codes[k] as number] ?? -1; // codes outside 0..65535 read undefined: slow path
    const i = Math.floor(((ms[k] as number) - s0) / DAY_MS);
    if (g >= 0 && i >= 0 && i < span) counts[g * width + (slot[i] as number)]++;
    else break;
  }
  return k;
}

/**
 * Entries fell after `to`: `out_of_range` at the first one's path with `afterTo: "error"`, else an
 * `excluded_after_to` warning to `onWarning` (when given). @internal
 */
export function reportAfterTo(settings: SeriesSettings, message: string, path: string, count: number): void {
  if (settings.afterTo === "error") fail("out_of_range", path, `${message}; pass afterTo: "exclude" to leave them out`);
  const onWarning = settings.onWarning;
  if (onWarning)
    userCall(() => onWarning({ code: "excluded_after_to", path, count, message: `${message} and were left out` }));
}

/**
 * Turns epoch milliseconds into calendar days of one time zone without calling date-fns per
 * event. Over a range of UTC days it holds, per UTC day, the zone's offset at the day's start,
 * the instant of an offset change inside the day (if any) and the offset after it. The offsets
 * are read from `@date-fns/tz` `tzOffset` a few hundred times per call, not per event: a sample
 * every 7 days, then bisection to the millisecond wherever two samples differ. An offset that
 * changed and changed back within 7 days would be missed: a scan of all 418 zones of Node 20's
 * ICU, every 12 hours from 1970 to 2037, found no instant where this clock and a per-instant
 * `tzOffset` disagree (the test beside this file repeats the check on random instants).
 * @internal
 * @module
 */
import { tzOffset } from "@date-fns/tz";

/** Milliseconds in a day. @internal */
export const DAY_MS = 86_400_000;
const SAMPLE_DAYS = 7;
/** Day numbers of 0001-01-01 and 9999-12-31: the calendar range of the library. @internal */
export const MIN_DAY = -719_162;
/** @internal */
export const MAX_DAY = 2_932_896;

const offsetMs = (timeZone: string, ms: number) => tzOffset(timeZone, new Date(ms)) * 60_000;

/** @internal */
export class DayClock {
  readonly timeZone: string;
  /** First UTC day covered, and how many. */
  first = 0;
  count = 0;
  /** Per covered UTC day: offset at its start (ms), instant of a change inside it (or +Infinity), offset after. */
  private before = new Float64Array(0);
  private change = new Float64Array(0);
  private after = new Float64Array(0);
  /** The one offset of the whole covered range, or NaN when it changes inside the range. */
  fixedOffset = Number.NaN;

  constructor(timeZone: string) {
    this.timeZone = timeZone;
  }

  /** Makes the tables cover UTC days [lo, hi] (and more, doubling, so growth is amortised). */
  cover(lo: number, hi: number): void {
    if (this.count > 0 && lo >= this.first && hi < this.first + this.count) return;
    let first = lo - SAMPLE_DAYS;
    let last = hi + SAMPLE_DAYS;
    if (this.count > 0) {
      const oldLast = this.first + this.count - 1;
      first = lo < this.first ? Math.min(lo, this.first - this.count) : this.first;
      last = hi > oldLast ? Math.max(hi, oldLast + this.count) : oldLast;
    }
    first = Math.max(first, MIN_DAY - 2);
    last = Math.min(last, MAX_DAY + 2);
    this.build(first, last - first + 1);
  }

  private build(first: number, count: number): void {
    // Fills the offset tables from the zone's changes in [first, first + count) days; it runs a
    // few hundred times per call, never per event.
    const tz = this.timeZone;
    const before = new Float64Array(count);
    const change = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
    const after = new Float64Array(count);
    const t0 = first * DAY_MS;
    const startOff = offsetMs(tz, t0);
    const changes = offsetChanges(tz, t0, (first + count) * DAY_MS);
    let ci = 0;
    let current = startOff;
    let fixed = changes.length === 0;
    for (let k = 0; k < count; k++) {
      const dayStart = t0 + k * DAY_MS;
      const dayEnd = dayStart + DAY_MS;
      while (ci < changes.length && (changes[ci] as [number, number])[0] <= dayStart)
        current = (changes[ci++] as [number, number])[1];
      before[k] = current;
      after[k] = current;
      const inDay: Array<[number, number]> = [];
      while (ci < changes.length && (changes[ci] as [number, number])[0] < dayEnd)
        inDay.push(changes[ci++] as [number, number]);
      if (inDay.length === 1) {
        const [at, off] = inDay[0] as [number, number];
        change[k] = at;
        after[k] = off;
        current = off;
      } else if (inDay.length > 1) {
        // Two changes in one UTC day: mark the day so that lookups ask the zone directly.
        before[k] = Number.NaN;
        current = (inDay[inDay.length - 1] as [number, number])[1];
        fixed = false;
      }
    }
    this.first = first;
    this.count = count;
    this.before = before;
    this.change = change;
    this.after = after;
    this.fixedOffset = fixed ? startOff : Number.NaN;
  }

  /** The calendar day (day number in the zone) of instant `ms`, a finite number of milliseconds. */
  localDay(ms: number): number {
    const k0 = Math.floor(ms / DAY_MS);
    let k = k0 - this.first;
    if (k < 0 || k >= this.count) {
      this.cover(k0, k0);
      k = k0 - this.first;
    }
    const b = this.before[k] as number;
    const off = b !== b ? offsetMs(this.timeZone, ms) : ms < (this.change[k] as number) ? b : (this.after[k] as number);
    return Math.floor((ms + off) / DAY_MS);
  }
}

/**
 * The offset changes of `tz` in [t0, t1], as [instant, offset after]: located by sampling the zone
 * every {@link SAMPLE_DAYS} days, then bisecting to the first millisecond of each new offset.
 */
function offsetChanges(tz: string, t0: number, t1: number): Array<[number, number]> {
  const changes: Array<[number, number]> = [];
  let prevT = t0;
  let prevOff = offsetMs(tz, t0);
  for (let t = t0 + SAMPLE_DAYS * DAY_MS; ; t += SAMPLE_DAYS * DAY_MS) {
    const tt = Math.min(t, t1);
    const off = offsetMs(tz, tt);
    let a = prevT;
    let aOff = prevOff;
    // Find every change between a and tt: bisect to the first instant with a different offset.
    while (aOff !== off) {
      let lo = a;
      let hi = tt;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetMs(tz, mid) === aOff) lo = mid;
        else hi = mid;
      }
      const hiOff = offsetMs(tz, hi);
      changes.push([hi, hiOff]);
      a = hi;
      aOff = hiOff;
    }
    prevT = tt;
    prevOff = off;
    if (tt >= t1) break;
  }
  return changes;
}

/**
 * Integer counts of events by calendar day and group, in one flat `Uint32Array` (small, so that
 * the hot loop's increments stay in cache), spilled into a `Float64Array` (exact to 2^53) before
 * any cell could pass 2^32 - 1 and for weighted adds. The day range grows by doubling when `from`/`to`
 * leave it open; days before `from` count in `before`, days after `to` in `after`. When `from`
 * and `to` are both given, the columns are the periods themselves (a day → period table, built
 * once), so the counts are as small as the result: O(periods × groups). Otherwise they are days,
 * O(days × groups). Never O(events).
 * @internal
 * @module
 */
import { fail } from "../errors/core.js";
import { DAY_MS, DayClock, MAX_DAY, MIN_DAY } from "./dayClock.js";

/** @internal */
export class DayTally {
  readonly clock: DayClock;
  /** Fixed first and last day (`from`, `to`), or undefined when open. */
  readonly fromDay: number | undefined;
  readonly toDay: number | undefined;
  /** First allocated day and the number of allocated days. */
  first = 0;
  span = 0;
  /** Column of each allocated day: the day itself, or its period when bucketed. */
  slot = new Int32Array(0);
  /** Columns per group. */
  width = 0;
  /** True when the columns are periods (from and to fixed). */
  readonly bucketed: boolean;
  /** counts[g * width + slot[day - first]]; the total of a cell is counts + spill. */
  counts = new Uint32Array(0);
  spill: Float64Array | undefined;
  /** Unit adds since the last spill: no cell of `counts` can exceed this. */
  private pending = 0;
  groupCapacity = 1;
  /** Group labels in order of first appearance; index 0 is the only group when ungrouped. */
  readonly labels: string[] = [];
  private readonly index = new Map<string, number>();
  before: number[] = [];
  after = 0;
  firstAfterPath = "";

  /**
   * @param bucketOf - with both `fromDay` and `toDay`: the column (0, 1, ...) of each day, e.g.
   *   its period index minus the first period's; the columns must be contiguous from 0.
   */
  constructor(
    timeZone: string,
    fromDay: number | undefined,
    toDay: number | undefined,
    bucketOf?: (day: number) => number,
  ) {
    this.clock = new DayClock(timeZone);
    this.fromDay = fromDay;
    this.toDay = toDay;
    this.bucketed = bucketOf !== undefined && fromDay !== undefined && toDay !== undefined;
    if (fromDay !== undefined && toDay !== undefined) {
      if (this.bucketed && bucketOf !== undefined) {
        const slot = new Int32Array(toDay - fromDay + 1);
        for (let i = 0; i < slot.length; i++) slot[i] = bucketOf(fromDay + i);
        this.slot = slot;
        this.width = (slot[slot.length - 1] as number) + 1;
      }
      this.allocate(fromDay, toDay - fromDay + 1, 1);
    }
  }

  /** Index of group `label`, registering it on first sight. */
  group(label: string): number {
    let g = this.index.get(label);
    if (g === undefined) {
      g = this.labels.length;
      this.labels.push(label);
      this.index.set(label, g);
      this.before.push(0);
      if (g >= this.groupCapacity) this.allocate(this.first, this.span, Math.ceil(this.groupCapacity * 1.5));
    }
    return g;
  }

  private allocate(first: number, span: number, groupCapacity: number): void {
    const width = this.bucketed ? this.width : span;
    const shift = this.bucketed ? 0 : this.first - first;
    const counts = new Uint32Array(width * groupCapacity);
    const spill = this.spill === undefined ? undefined : new Float64Array(width * groupCapacity);
    if (this.span > 0) {
      const old = this.width;
      for (let g = 0; g < this.groupCapacity; g++) {
        counts.set(this.counts.subarray(g * old, (g + 1) * old), g * width + shift);
        spill?.set((this.spill as Float64Array).subarray(g * old, (g + 1) * old), g * width + shift);
      }
    }
    if (!this.bucketed) {
      const slot = new Int32Array(span);
      for (let i = 0; i < span; i++) slot[i] = i;
      this.slot = slot;
    }
    this.width = width;
    this.spill = spill;
    this.first = first;
    this.span = span;
    this.counts = counts;
    this.groupCapacity = groupCapacity;
    // The clock covers every UTC day an allocated local day can touch, so that the fast path in
    // countInstants can trust `clock.fixedOffset` for any index inside the allocation.
    if (span > 0) this.clock.cover(first - 1, first + span);
  }

  /** Counts one event on local day `day` for group `g`; `path` names it for errors. */
  addDay(day: number, g: number, path: string, n = 1): void {
    if (day < MIN_DAY || day > MAX_DAY) fail("out_of_range", path, "the event falls outside the years 0001-9999");
    if (this.fromDay !== undefined && day < this.fromDay) {
      this.before[g] = (this.before[g] as number) + n;
      return;
    }
    if (this.toDay !== undefined && day > this.toDay) {
      if (this.after === 0) this.firstAfterPath = path;
      this.after++;
      return;
    }
    let i = day - this.first;
    if (i < 0 || i >= this.span) {
      this.grow(day);
      i = day - this.first;
    }
    const k = g * this.width + (this.slot[i] as number);
    if (n === 1 && this.pending < 0xffff_ffff) {
      this.counts[k]++;
      this.pending++;
    } else {
      this.spill ??= new Float64Array(this.counts.length);
      this.spill[k] += n;
    }
  }

  /**
   * Announces `n` unit adds (a batch about to be counted by the hot loop, which writes `counts`
   * directly): moves `counts` into `spill` first if a cell could otherwise overflow.
   */
  reserve(n: number): void {
    if (this.pending + n <= 0xffff_ffff) {
      this.pending += n;
      return;
    }
    const spill = (this.spill ??= new Float64Array(this.counts.length));
    for (let k = 0; k < this.counts.length; k++) spill[k] += this.counts[k] as number;
    this.counts.fill(0);
    this.pending = n;
  }

  /** The count of cell `k` (`g * width + column`). */
  cell(k: number): number {
    return (this.counts[k] as number) + (this.spill === undefined ? 0 : (this.spill[k] as number));
  }

  /** Counts one instant (epoch milliseconds, already checked finite). */
  addInstant(ms: number, g: number, path: string): void {
    if (!(ms >= -8.64e15 && ms <= 8.64e15))
      fail("out_of_range", path, `${ms} is outside the range of JavaScript dates`);
    // Offsets are under a day, so instants a day beyond from/to need no clock to be placed.
    if (this.fromDay !== undefined && ms < (this.fromDay - 1) * DAY_MS) {
      this.before[g] = (this.before[g] as number) + 1;
      return;
    }
    if (this.toDay !== undefined && ms >= (this.toDay + 2) * DAY_MS) {
      if (this.after === 0) this.firstAfterPath = path;
      this.after++;
      return;
    }
    this.addDay(this.clock.localDay(ms), g, path);
  }

  private grow(day: number): void {
    if (this.span === 0) {
      const lo = this.fromDay ?? day - 64;
      const hi = this.toDay ?? day + 64;
      this.allocate(Math.max(lo, MIN_DAY), Math.min(hi, MAX_DAY) - Math.max(lo, MIN_DAY) + 1, this.groupCapacity);
      return;
    }
    const last = this.first + this.span - 1;
    let first = this.first;
    let end = last;
    if (day < first) first = Math.min(day, first - this.span);
    if (day > last) end = Math.max(day, last + this.span);
    if (this.fromDay !== undefined) first = Math.max(first, this.fromDay);
    if (this.toDay !== undefined) end = Math.min(end, this.toDay);
    first = Math.max(first, MIN_DAY);
    end = Math.min(end, MAX_DAY);
    this.allocate(first, end - first + 1, this.groupCapacity);
  }

  /** First and last day with a count, over all groups, or undefined when nothing was counted. */
  observedRange(): { first: number; last: number } | undefined {
    if (this.bucketed) return { first: this.fromDay as number, last: this.toDay as number };
    let lo = -1;
    let hi = -1;
    const groups = this.labels.length;
    for (let i = 0; i < this.span && lo < 0; i++)
      for (let g = 0; g < groups; g++) if (this.cell(g * this.span + i) > 0) lo = i;
    for (let i = this.span - 1; i >= 0 && hi < 0; i--)
      for (let g = 0; g < groups; g++) if (this.cell(g * this.span + i) > 0) hi = i;
    return lo < 0 ? undefined : { first: this.first + lo, last: this.first + hi };
  }
}

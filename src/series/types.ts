import type { CalendarDate } from "../periods/core.js";
import type { Enterprise, ObservationInput } from "../model/index.js";
import type { OnDecrease, Period } from "../vocabulary/index.js";

export type { Period };

/**
 * One on-boarding event: a calendar date `YYYY-MM-DD` (a whole day in the series' time zone), an
 * ISO 8601 instant with an offset or `Z` (`2021-05-01T03:00:00+07:00`), epoch milliseconds, or an
 * {@link Enterprise} record whose `onboardedAt` holds one of the first two.
 *
 * @category Series
 */
// Both are strings; the union names the two forms the summary lists (a date, an instant).
// eslint-disable-next-line @typescript-eslint/no-duplicate-type-constituents
export type OnboardingEvent = CalendarDate | string | number | Enterprise;

/**
 * A column of group codes parallel to the events, one per event: integer codes in a typed array
 * (for example province codes in a `Uint8Array`; the group label is the code as a decimal string)
 * or strings.
 *
 * @category Series
 */
export type GroupColumn =
  Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | readonly string[];

/**
 * One batch of events as read from a file or a database cursor: an array of events, a
 * `Float64Array` of epoch milliseconds, or either of them with its parallel column of groups.
 *
 * @category Series
 */
export type SeriesBatch =
  | readonly OnboardingEvent[]
  | Float64Array
  | {
      /** The events of the batch. */
      readonly events: readonly OnboardingEvent[] | Float64Array;
      /** Their groups, one per event. */
      readonly groups: GroupColumn;
    };

/**
 * What {@link cumulativeSeries} accepts synchronously: observations (all cumulative or all
 * increments), an array of events, a `Float64Array` of epoch milliseconds, or an iterable of
 * {@link SeriesBatch}es.
 *
 * @category Series
 */
export type SeriesInput =
  readonly ObservationInput[] | readonly OnboardingEvent[] | Float64Array | Iterable<SeriesBatch>;

/**
 * Something {@link cumulativeSeries} reports without throwing, because an option asked for it.
 *
 * @category Series
 */
export interface SeriesWarning {
  /** `decreasing_series`: a cumulative observation went down; `excluded_after_to`: events after `to` were left out. */
  readonly code: "decreasing_series" | "excluded_after_to";
  /** Dotted path of the (first) offending item. */
  readonly path: string;
  /** How many items the warning covers. */
  readonly count: number;
  /** Readable explanation. */
  readonly message: string;
}

/**
 * Options of {@link cumulativeSeries}.
 *
 * @category Series
 */
export interface SeriesOptions {
  /** The calendar period of each point. */
  readonly period: Period;
  /** IANA time zone in which instants become calendar dates; default `Asia/Jakarta`. */
  readonly timeZone?: string;
  /** First day of the series, `YYYY-MM-DD`; earlier events count in `start`. Default: the first event's period. */
  readonly from?: CalendarDate;
  /** Last day of the series, `YYYY-MM-DD`. Default: the last event's period. */
  readonly to?: CalendarDate;
  /** The count before `from` (added to events before `from`); per group as a record when grouped. Default 0. */
  readonly start?: number | Readonly<Record<string, number>>;
  /** Group key of each event, as a function or a column parallel to the input. */
  readonly groupBy?: ((event: OnboardingEvent, index: number) => string) | GroupColumn;
  /** First day of the week, 0 = Sunday ... 6 = Saturday; default 1 (Monday, ISO 8601). */
  readonly weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** Events after `to`: `error` (default, throws `out_of_range`) or `exclude` (left out, reported through `onWarning`). */
  readonly afterTo?: "error" | "exclude";
  /** A cumulative observation lower than an earlier one (not marked `correction`): `error` (default, `decreasing_series`) or `warn`. */
  readonly decreasing?: OnDecrease;
  /** Receives warnings asked for by `afterTo: "exclude"` and `decreasing: "warn"`. */
  readonly onWarning?: (warning: SeriesWarning) => void;
}

/**
 * One point of a cumulative series: the increment in a calendar period and the running total at
 * its end.
 *
 * @category Series
 */
export interface SeriesPoint {
  /** The group key, when the series is grouped. */
  readonly group?: string;
  /** Period label, e.g. `2021-05`, `2021-W18`, `2021-Q2`. */
  readonly period: string;
  /** First day of the period, `YYYY-MM-DD` (the `from` date when it falls inside the first period). */
  readonly start: CalendarDate;
  /** Last day of the period, `YYYY-MM-DD` (the `to` date when it falls inside the last period). */
  readonly end: CalendarDate;
  /** New on-boardings in the period (negative only for a reported decrease). */
  readonly increment: number;
  /** Running total at the end of the period. */
  readonly cumulative: number;
}

/**
 * One row of pre-aggregated counts, as a SQL `GROUP BY` returns them: the period (its label, or
 * any `YYYY-MM-DD` date inside it such as `date_trunc`'s first day), an optional group, and the
 * count.
 *
 * @category Series
 */
export interface CountRow {
  /** Period label (`2021-05`) or a `YYYY-MM-DD` date in the period. */
  readonly period: string;
  /** Group key, when grouped. */
  readonly group?: string;
  /** The count of events in the period (a non-negative safe integer). */
  readonly count: number;
}

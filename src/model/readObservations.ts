import { at, collect, readArray, readBoolean, readCount, readEnum, readObject, readString } from "../read/index.js";
import { parseCalendarDate } from "../periods/core.js";
import type { Observation, ObservationKind } from "./types.js";

/** @internal */
export const OBSERVATION_KINDS = ["cumulative", "increment"] as const satisfies readonly ObservationKind[];
const OBSERVATION_KEYS = ["date", "value", "kind", "source", "note", "correction"];

/**
 * Validates one observation and fills in `kind` (default `cumulative`); returns a new object.
 * @internal
 */
export function readObservation(input: unknown, path: string): Observation {
  const o = readObject(input, path, OBSERVATION_KEYS);
  const r: { -readonly [K in keyof Observation]?: Observation[K] } = {};
  return collect(
    [
      () => {
        parseCalendarDate(o.date, at(path, "date"));
        r.date = o.date as string;
      },
      () => (r.value = readCount(o.value, at(path, "value"))),
      () => (r.kind = o.kind === undefined ? "cumulative" : readEnum(o.kind, at(path, "kind"), OBSERVATION_KINDS)),
      () => o.source !== undefined && (r.source = readString(o.source, at(path, "source"))),
      () => o.note !== undefined && (r.note = readString(o.note, at(path, "note"), 10_000)),
      () => o.correction !== undefined && (r.correction = readBoolean(o.correction, at(path, "correction"))),
    ],
    () => ({
      date: r.date as string,
      value: r.value as number,
      kind: r.kind as ObservationKind,
      ...(r.source !== undefined && { source: r.source }),
      ...(r.note !== undefined && { note: r.note }),
      ...(r.correction !== undefined && { correction: r.correction }),
    }),
  );
}

/**
 * Validates an array of observations (any order), returning new objects in the input order.
 * @internal
 */
export function readObservations(input: unknown, path = "observations"): Observation[] {
  return readArray(input, path).map((o, i) => readObservation(o, at(path, i)));
}

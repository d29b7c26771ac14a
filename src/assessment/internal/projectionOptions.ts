import { at, readEnum } from "../../read/index.js";
import type { ProjectionSettings } from "../../projection/core.js";
import { readBass, readDamped, readOpenNumber } from "../../projection/project.js";
import { FIT_ON } from "../../vocabulary/index.js";

/** The projection options `assess` passes on to its projection (the rest it sets itself). @internal */
export const PROJECTION_OPTION_KEYS = ["fitOn", "window", "capacity", "bass", "damped"] as const;

/** The projection settings `assess` takes from its caller. @internal */
export type ProjectionChoices = Pick<ProjectionSettings, (typeof PROJECTION_OPTION_KEYS)[number]>;

/**
 * Reads `fitOn`, `window`, `capacity`, `bass` and `damped` from an options object already read at
 * `path`, with `project`'s readers, so the errors are `project`'s (`invalid_enum`,
 * `invalid_number`, `out_of_range`, `unknown_key` at `options.fitOn` and so on). The default fit is
 * on increments, the random walk with drift, whose interval holds a running total's real spread.
 * @internal
 */
export function readProjectionChoices(o: Record<string, unknown>, path: string): ProjectionChoices {
  return {
    fitOn: o.fitOn === undefined ? "increments" : readEnum(o.fitOn, at(path, "fitOn"), FIT_ON),
    window: o.window === undefined ? 3 : readOpenNumber(o.window, at(path, "window"), 0, Infinity),
    capacity: o.capacity === undefined ? undefined : readOpenNumber(o.capacity, at(path, "capacity"), 0, Infinity),
    bass: o.bass === undefined ? undefined : readBass(o.bass, at(path, "bass")),
    damped: o.damped === undefined ? undefined : readDamped(o.damped, at(path, "damped")),
  };
}

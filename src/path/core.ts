/**
 * What other folders use of the cumulative path: build it from observations (validated here,
 * once), and read it exactly. Nothing here is public.
 * @internal
 * @module
 */
export {
  cumulativePath,
  pathOfEntries,
  readPathEntries,
  type CumulativePath,
  type CumulativePathOptions,
  type PathEntry,
  type PathPoint,
} from "./cumulativePath.js";
export { type PathOptions, readPathOptions } from "./readPathOptions.js";
export { exactPosition, exactValueAt, lastIndexAtOrBefore, pointsAsOf } from "./exact.js";
export { INCREMENTS_HINT } from "./incrementsHint.js";

/**
 * The projection for other folders (assessment): the core that fits a model on an already built
 * cumulative path with already-read settings, and never validates them. `project` reads its input,
 * then calls it; `assess` calls it on the path it built once. `projectPath` takes `auto` too.
 * @module
 */
export { projectPoints, type ProjectionSettings } from "./internal/projectPoints.js";
export { projectPath, type PathProjectionSettings } from "./internal/projectPath.js";
export {
  PROJECTION_CHOICE_KEYS,
  PROJECTION_TUNING_KEYS,
  type ProjectionChoices,
  readProjectionChoices,
} from "./internal/readChoices.js";

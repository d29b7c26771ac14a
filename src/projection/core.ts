/**
 * The projection for other folders (assessment): the core that fits a model on an already built
 * cumulative path with already-read settings, and never validates them. `project` reads its input,
 * then calls it; `assess` calls it on the path it built once.
 * @module
 */
export { projectPoints, type ProjectionSettings } from "./internal/projectPoints.js";

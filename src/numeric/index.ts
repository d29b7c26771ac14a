/**
 * General numerics, below the domain: bounded non-linear least squares, the normal and Student's t
 * distributions. Nothing here knows about targets, paths or projections; the projection's fits and
 * intervals call it.
 * @module
 */
export {
  type Basis,
  bestOfStarts,
  type BoxProblem,
  type BoxSolution,
  boundsReached,
  choleskySolve,
  type CurveFit,
  inverseDiagonal,
  minimiseInBox,
  type SeparableProblem,
  separableProblem,
  standardErrors,
} from "./leastSquares.js";
export { normalCdf, normalQuantile } from "./normal.js";
export { lnGamma, regularizedIncompleteBeta, studentTCdf, studentTQuantile } from "./studentT.js";

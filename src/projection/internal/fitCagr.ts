import { type FloatPath, type Model, pathEnds } from "./model.js";

/**
 * Compound growth: the constant monthly rate `g = (y_last / y_first)^(1/months) - 1` between the
 * first and last points of the path, extrapolated as `y_o·(1+g)^h` (the CAGR extrapolation of the
 * UNSD SDG progress method, on months). The caller refuses values ≤ 0 before calling. No interval.
 * @internal
 */
export function fitCagr(path: FloatPath): Model | null {
  const ends = pathEnds(path);
  if (ends === null) return null;
  const { first, origin, span } = ends;
  const ratio = origin / first;
  const logRate = Math.log(ratio) / span; // ln(1+g)
  const g = Math.expm1(logRate);
  return {
    fittedOn: "cumulative",
    parameters: { monthlyGrowth: g, annualGrowth: Math.expm1(12 * logRate), span },
    value: (h) => origin * Math.exp(logRate * h),
    interval: () => null,
    reach: (v) => {
      if (v === origin) return 0;
      // v ≤ 0 needs no test of its own: ln(v / origin) is -Infinity or NaN, so h is never a finite h > 0.
      const h = Math.log(v / origin) / logRate;
      return h > 0 && Number.isFinite(h) ? h : "never-at-this-pace";
    },
  };
}

import type { FloatPath, Model } from "./model.js";

/**
 * Logistic growth `y = K / (1 + e^{-r(h - h0)})`, saturating at the capacity K.
 *
 * Fitting: for a given K, the logit `ln(y / (K - y)) = r·h - r·h0` is a straight line, fitted by
 * least squares on the points with `0 < y`. When K is not given it is chosen to minimise the sum
 * of squared errors of the curve itself (not of the logits): a geometric grid of 121 values of
 * `K = max(y)·(1 + u)`, u from 1e-3 to 1e3, then golden-section refinement between the grid
 * neighbours of the best. O(n) per K; about 170 evaluations. Needs 2 positive points with K
 * given, 3 when fitted. No interval.
 * @internal
 */
export function fitLogistic(path: FloatPath, capacity: number | undefined): Model | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < path.x.length; i++) {
    const v = path.y[i] as number;
    if (v > 0) {
      xs.push(path.x[i] as number);
      ys.push(v);
    }
  }
  const n = xs.length;
  const maxY = Math.max(...ys);
  if (n < (capacity === undefined ? 3 : 2)) return null;
  let K: number;
  let line: { a: number; b: number; sse: number } | null;
  if (capacity !== undefined) {
    K = capacity;
    line = logitLine(xs, ys, K);
  } else {
    const sseOf = (u: number) => logitLine(xs, ys, maxY * (1 + u))?.sse ?? Infinity;
    const logLo = Math.log(1e-3);
    const logHi = Math.log(1e3);
    const steps = 120;
    let best = 0;
    let bestSse = Infinity;
    const grid: number[] = [];
    for (let i = 0; i <= steps; i++) {
      const u = Math.exp(logLo + ((logHi - logLo) * i) / steps);
      grid.push(u);
      const s = sseOf(u);
      if (s < bestSse) {
        bestSse = s;
        best = i;
      }
    }
    let lo = Math.log(grid[Math.max(0, best - 1)] as number);
    let hi = Math.log(grid[Math.min(steps, best + 1)] as number);
    const phi = (Math.sqrt(5) - 1) / 2;
    for (let k = 0; k < 50; k++) {
      const m1 = hi - phi * (hi - lo);
      const m2 = lo + phi * (hi - lo);
      if (sseOf(Math.exp(m1)) <= sseOf(Math.exp(m2))) hi = m2;
      else lo = m1;
    }
    const uMid = Math.exp((lo + hi) / 2);
    const u = sseOf(uMid) <= bestSse ? uMid : (grid[best] as number);
    K = maxY * (1 + u);
    line = logitLine(xs, ys, K);
  }
  if (line === null) return null;
  const r = line.b;
  const h0 = -line.a / r;
  // A flat logit line (r = 0: h0 is ±Infinity or NaN): no curve to speak of. K is finite here: a
  // given capacity is a finite number and a fitted one is max(y)·(1 + u) with u ≤ 1e3.
  if (!Number.isFinite(h0)) return null;
  const value = (h: number) => K / (1 + Math.exp(-r * (h - h0)));
  return {
    fittedOn: "cumulative",
    parameters: { capacity: K, rate: r, midpoint: h0 },
    value,
    interval: () => null,
    reach: (v) => {
      const c0 = value(0);
      if (v === c0) return 0;
      const up = v > c0;
      if (up !== r > 0) return "never at this pace";
      if (v >= K) return "beyond capacity K";
      if (v <= 0) return "never at this pace";
      const h = h0 + Math.log(v / (K - v)) / r;
      return Math.max(h, 0); // finite (0 < v < K, r ≠ 0); rounding can put a value a hair past c0 at h ≤ 0
    },
  };
}

/** Least-squares line through the logits for capacity K, and the curve's SSE; null if some y ≥ K. */
function logitLine(xs: readonly number[], ys: readonly number[], K: number): { a: number; b: number; sse: number } | null {
  const n = xs.length;
  let sx = 0;
  let sz = 0;
  const zs = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const y = ys[i] as number;
    if (!(y < K)) return null;
    const z = Math.log(y / (K - y));
    zs[i] = z;
    sx += xs[i] as number;
    sz += z;
  }
  const xbar = sx / n;
  const zbar = sz / n;
  let sxx = 0;
  let sxz = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - xbar;
    sxx += dx * dx;
    sxz += dx * ((zs[i] as number) - zbar);
  }
  if (!(sxx > 0)) return null;
  const b = sxz / sxx;
  const a = zbar - b * xbar;
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const e = (ys[i] as number) - K / (1 + Math.exp(-(a + b * (xs[i] as number))));
    sse += e * e;
  }
  return Number.isFinite(sse) ? { a, b, sse } : null;
}

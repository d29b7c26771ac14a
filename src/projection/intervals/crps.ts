/**
 * Stacking by the continuous ranked probability score (`auto`): the weights of the linear pool of
 * the candidates' predictive distributions, and its widening, chosen by the CRPS of the pool on a
 * backtest.
 * @internal
 * @module
 */

/** The levels a candidate's predictive distribution is read at in the backtest: (j − ½)/M, j = 1 … M. @internal */
export const CRPS_LEVELS = 20;

/** The quantile levels of {@link CRPS_LEVELS}, ascending. @internal */
export const LEVELS: readonly number[] = Array.from({ length: CRPS_LEVELS }, (_, j) => (j + 0.5) / CRPS_LEVELS);

/** One backtest forecast of a candidate: its quantiles at {@link LEVELS} (ascending), the actual, and its horizon. @internal */
export interface QuantileForecast {
  readonly quantiles: ArrayLike<number>;
  readonly actual: number;
  readonly horizon: number;
  /** The forecast's weight in the totals (default 1): how much it counts beside the others. */
  readonly weight?: number;
}

/**
 * The share of the pool spread equally over the pooled candidates: the weights are
 * `(1 − ε)·w + ε/K`, w the stacked weights and K the candidates pooled. The stacked weights come
 * from a backtest of at most 8 origins, so they are estimates from few forecasts, and a candidate
 * that scored badly on those origins (a saturating curve before its turn) can still be the one the
 * path follows. ε = 7.5 % was chosen on the calibration report's simulated counts (2026-12-08,
 * two seeds, 200 series a family): with ε = 0 `auto` covered 76 % at 12 months on logistic counts,
 * with 5 % 81 %, with 7.5 % 88 %, with 10 % 94 % (and 97 % at 6 months). @internal
 */
export const EQUAL_SHARE = 0.075;

/** The widenings tried: 1 to {@link MAX_WIDENING} in steps of 0.05. @internal */
export const MAX_WIDENING = 4;

/**
 * The mean of |a_j − b_k| over all pairs of two ascending samples, by one merge: O(|a| + |b|).
 * @internal
 */
export function meanAbsoluteDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let bTotal = 0;
  for (let k = 0; k < b.length; k++) bTotal += b[k]!;
  // For each a_j: (count below)·a_j − (sum below) + (sum above) − (count above)·a_j.
  let below = 0;
  let belowSum = 0;
  let total = 0;
  for (let j = 0; j < a.length; j++) {
    const x = a[j]!;
    while (below < b.length && b[below]! <= x) belowSum += b[below++]!;
    total += below * x - belowSum + (bTotal - belowSum) - (b.length - below) * x;
  }
  return total / (a.length * b.length);
}

/**
 * CRPS stacking of K candidates (Yao, Vehtari, Simpson & Gelman 2018, with the CRPS as the scoring
 * rule). Each forecast is the sample of its quantiles at {@link LEVELS}, whose CRPS at y is
 * `E|X − y| − ½E|X − X'|` (Gneiting & Raftery 2007, eq. 21; twice the quantile score integrated
 * over every level, so it scores the whole distribution). For the pool Σ w_k F_k it is the
 * quadratic `Σ_k w_k a_k − ½ Σ_kl w_k w_l b_kl`, a_k = E|X_k − y|, b_kl = E|X_k − X_l'|. Each
 * forecast's CRPS is divided by the mean CRPS of the equal-weight pool over the forecasts at its
 * horizon, so that each horizon counts alike whatever its spread, and counts its `weight` (default
 * 1) over the sum of the weights; the weights of the pool minimise the total (convex on the
 * simplex, solved by Frank–Wolfe) over the candidates `pooled` allows (default all). Then the
 * widening λ ∈ [1, {@link MAX_WIDENING}] about each forecast's pooled median (the pool's quantiles `m + λ(q − m)`) of lowest total, on a
 * grid of 0.05. `forecasts[k][i]` is candidate k's forecast i, every candidate's forecast i of the
 * same actual at the same horizon. O(n·K²·M + K²·iterations).
 * @returns the weights (those below 1 % dropped, the rest renormalised, then
 *   {@link EQUAL_SHARE} of the pool spread equally over the pooled candidates), λ for those
 *   weights, and each candidate's
 *   mean scaled CRPS
 * @internal
 */
export function crpsStacking(
  forecasts: readonly (readonly QuantileForecast[])[],
  pooled?: readonly boolean[],
): {
  weights: number[];
  widening: number;
  scores: number[];
} {
  const K = forecasts.length;
  const n = forecasts[0]?.length ?? 0;
  const perA: Float64Array[] = [];
  const perB: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const ai = new Float64Array(K);
    const bi = new Float64Array(K * K);
    for (let k = 0; k < K; k++) {
      const fk = forecasts[k]![i]!;
      ai[k] = meanAbsoluteDifference(fk.quantiles, [fk.actual]);
      for (let l = k; l < K; l++) {
        const d = meanAbsoluteDifference(fk.quantiles, forecasts[l]![i]!.quantiles);
        bi[k * K + l] = d;
        bi[l * K + k] = d;
      }
    }
    perA.push(ai);
    perB.push(bi);
  }
  // Forecast i's CRPS is divided by its horizon's scale and counts weight_i / Σ weight: one divisor.
  const scale = horizonScales(forecasts, perA, perB);
  const share = forecasts[0]?.map((f) => f.weight ?? 1) ?? [];
  const weightTotal = share.reduce((t, x) => t + x, 0);
  const divisor = scale.map((s, i) => s / (share[i]! / weightTotal));
  const a = new Float64Array(K);
  const b = new Float64Array(K * K);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < K; k++) a[k]! += perA[i]![k]! / divisor[i]!;
    for (let c = 0; c < K * K; c++) b[c]! += perB[i]![c]! / divisor[i]!;
  }
  const scores = Array.from({ length: K }, (_, k) => a[k]! - 0.5 * b[k * K + k]!);
  const allowed = pooled ?? Array.from({ length: K }, () => true);
  const w = minimisePool(a, b, allowed);
  let total = 0;
  for (let k = 0; k < K; k++) if (w[k]! < 0.01) w[k] = 0;
  for (let k = 0; k < K; k++) total += w[k]!;
  const count = allowed.filter(Boolean).length;
  const weights = Array.from(w, (x, k) => (1 - EQUAL_SHARE) * (x / total) + (allowed[k] ? EQUAL_SHARE / count : 0));
  return { weights, widening: bestWidening(forecasts, divisor, weights, perB), scores };
}

/** Each forecast's divisor: the mean CRPS of the equal-weight pool over the forecasts at its horizon (1 when that is 0). */
function horizonScales(
  forecasts: readonly (readonly QuantileForecast[])[],
  perA: readonly Float64Array[],
  perB: readonly Float64Array[],
): number[] {
  const K = forecasts.length;
  const sums = new Map<number, { total: number; count: number }>();
  const horizonOf = (i: number) => forecasts[0]![i]!.horizon;
  perA.forEach((ai, i) => {
    let crps = 0;
    for (let k = 0; k < K; k++) {
      crps += ai[k]! / K;
      for (let l = 0; l < K; l++) crps -= perB[i]![k * K + l]! / (2 * K * K);
    }
    const s = sums.get(horizonOf(i)) ?? { total: 0, count: 0 };
    sums.set(horizonOf(i), { total: s.total + crps, count: s.count + 1 });
  });
  return perA.map((_, i) => {
    const s = sums.get(horizonOf(i))!;
    return s.total > 0 ? s.total / s.count : 1;
  });
}

/** Frank–Wolfe iterations of {@link minimisePool}. */
const ITERATIONS = 200;

/**
 * The weights on the simplex minimising `w·a − ½ wᵀb w` (convex there: b holds energy distances,
 * conditionally negative definite), by Frank–Wolfe with exact line search, from all the weight on
 * the candidate of lowest a_k − ½b_kk (the first of equals). O(iterations·K²).
 */
function minimisePool(a: Float64Array, b: Float64Array, pooled: readonly boolean[]): Float64Array {
  const K = a.length;
  const w = new Float64Array(K);
  let start = pooled.indexOf(true);
  for (let k = start + 1; k < K; k++)
    if (pooled[k] && a[k]! - 0.5 * b[k * K + k]! < a[start]! - 0.5 * b[start * K + start]!) start = k;
  w[start] = 1;
  const gradient = new Float64Array(K);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let k = 0; k < K; k++) {
      let bw = 0;
      for (let l = 0; l < K; l++) bw += b[k * K + l]! * w[l]!;
      gradient[k] = a[k]! - bw;
    }
    let s = start;
    for (let k = 0; k < K; k++) if (pooled[k] && gradient[k]! < gradient[s]!) s = k;
    // Toward the vertex e_s: d = e_s − w, slope g·d, curvature −dᵀb d ≥ 0.
    let slope = gradient[s]!;
    for (let k = 0; k < K; k++) slope -= gradient[k]! * w[k]!;
    if (!(slope < -1e-12)) break;
    let curvature = -b[s * K + s]!;
    for (let k = 0; k < K; k++) {
      curvature += 2 * b[s * K + k]! * w[k]!;
      for (let l = 0; l < K; l++) curvature -= b[k * K + l]! * w[k]! * w[l]!;
    }
    const step = curvature > 0 ? Math.min(1, -slope / curvature) : 1;
    for (let k = 0; k < K; k++) w[k] = (1 - step) * w[k]! + (k === s ? step : 0);
  }
  return w;
}

/** The widening λ of lowest total scaled CRPS for the pool of weights `w` (see {@link crpsStacking}). */
function bestWidening(
  forecasts: readonly (readonly QuantileForecast[])[],
  divisor: readonly number[],
  w: readonly number[],
  perB: readonly Float64Array[],
): number {
  const K = forecasts.length;
  // Per forecast: the pool as weighted sample points, its median, and its spread term ½ wᵀB w.
  const pools = divisor.map((d, i) => {
    const points: { x: number; weight: number }[] = [];
    for (let k = 0; k < K; k++) {
      if (!(w[k]! > 0)) continue;
      const q = forecasts[k]![i]!.quantiles;
      for (let j = 0; j < q.length; j++) points.push({ x: q[j]!, weight: w[k]! / q.length });
    }
    points.sort((p, r) => p.x - r.x);
    let cumulative = 0;
    let median = points[points.length - 1]?.x ?? 0;
    for (const p of points) {
      cumulative += p.weight;
      if (cumulative >= 0.5) {
        median = p.x;
        break;
      }
    }
    let spread = 0;
    for (let k = 0; k < K; k++) for (let l = 0; l < K; l++) spread += 0.5 * w[k]! * w[l]! * perB[i]![k * K + l]!;
    return { points, median, spread, actual: forecasts[0]![i]!.actual, scale: d };
  });
  let best = 1;
  let bestScore = Infinity;
  for (let step = 0; 1 + step * 0.05 <= MAX_WIDENING + 1e-9; step++) {
    const lambda = 1 + step * 0.05;
    let total = 0;
    for (const p of pools) {
      let toActual = 0;
      for (const { x, weight } of p.points)
        toActual += weight * Math.abs(p.median + lambda * (x - p.median) - p.actual);
      total += (toActual - lambda * p.spread) / p.scale;
    }
    if (total < bestScore - 1e-12 * Math.abs(total)) {
      bestScore = total;
      best = lambda;
    }
  }
  return best;
}

/**
 * The standard normal distribution, in floating point: the CDF Φ through the complementary error
 * function, computed as the regularized upper incomplete gamma function `erfc(z) = Q(½, z²)` (its
 * power series below z² = 1.5, its continued fraction by the modified Lentz method above;
 * Numerical Recipes, 3rd ed., §6.2), and the quantile by bisection on the smaller tail. No
 * statistics dependency and no fitted coefficients: relative error about 1e-15 in Φ and in either
 * tail down to 1e-300, which the tests check against scipy.
 * @internal
 * @module
 */

const SQRT_PI = Math.sqrt(Math.PI);

/**
 * P(Z > t) for t ≥ 0, with full relative precision: ½·erfc(t/√2). The factor e^{-t²/2} is taken as
 * e^{-a²/2}·e^{-(t-a)(t+a)/2} with a = t rounded to 1/16 (a² exact), so the rounding of t² or of
 * t/√2 (relative 1e-16, absolute 2e-13 in the exponent at t = 37) does not enter it.
 */
function upperTail(t: number): number {
  const z = t / Math.SQRT2;
  const x = (t * t) / 2; // z²
  const a = Math.round(t * 16) / 16;
  const weight = Math.exp((-a * a) / 2) * Math.exp((-(t - a) * (t + a)) / 2);
  if (x < 1.5) {
    // erf(z) = (2/√π)·e^{-z²}·Σ 2ⁿ z^{2n+1} / (1·3·…·(2n+1)): the series of P(½, z²).
    let term = z;
    let sum = z;
    for (let n = 1; n < 200; n++) {
      term *= (2 * x) / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return 0.5 - (weight * sum) / SQRT_PI;
  }
  // Q(½, x) = e^{-x}·x^{½}/Γ(½) · 1/(x + ½ - 1·½/(x + 5/2 - 2·3/2/(x + 9/2 - …))), modified Lentz.
  const TINY = 1e-300;
  let b = x + 0.5;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 300; i++) {
    const an = -i * (i - 0.5);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) <= Number.EPSILON) break;
  }
  return (0.5 * weight * z * h) / SQRT_PI;
}

/** Φ(t) = P(Z ≤ t) for the standard normal Z; 0 or 1 beyond |t| ≈ 38.5 (the doubles' range). */
export function normalCdf(t: number): number {
  if (Number.isNaN(t)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  // The lower tail from erfc directly keeps its relative precision.
  const tail = upperTail(Math.abs(t));
  return t < 0 ? tail : 1 - tail;
}

/**
 * The quantile z_p: the z with Φ(z) = p, for 0 < p < 1. Bisection on the smaller tail, min(p, 1 - p)
 * (exact for p ≥ ½), so far tails keep their relative precision; remembered per tail, since a
 * projection asks for the same two quantiles at every point. z_{0.975} = 1.959963984540054.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile(${p}): need 0 < p < 1`);
  if (p === 0.5) return 0;
  const tail = p < 0.5 ? p : 1 - p;
  let z = memo.get(tail);
  if (z === undefined) {
    z = bisect(tail);
    if (memo.size >= 1024) memo.clear();
    memo.set(tail, z);
  }
  return p < 0.5 ? -z : z;
}

const memo = new Map<number, number>();

/** The z ≥ 0 with P(Z > z) = tail, for 0 < tail < ½: a bracket by doubling, then halving to the last bit. */
function bisect(tail: number): number {
  let lo = 0;
  let hi = 1;
  // P(Z > 64) underflows to 0, so the doubling ends by hi = 64.
  while (upperTail(hi) > tail) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (upperTail(mid) > tail) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

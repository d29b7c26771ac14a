/**
 * Student's t distribution, in floating point: the CDF through the regularized incomplete beta
 * function (continued fraction, modified Lentz; Numerical Recipes §6.4) and the quantile by
 * safeguarded bisection on the CDF. No statistics dependency: about 60 lines, accurate to ~1e-12,
 * which is far below the uncertainty of any interval it feeds.
 *
 * Floating point on purpose: these are transcendental functions of a fitted model's error, not
 * exact quantities; decimals would only be slower.
 * @internal
 * @module
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7, n = 9). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const TINY = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/** Regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 ≤ x ≤ 1. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
  const front = Math.exp(lnFront);
  // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/**
 * P(T > |t|): ½·I_x(df/2, ½) with x = df/(df + t²) (it depends on t² only). Near t = 0, x rounds to 1 and the
 * digits of 1 - x are lost, so there the complement I_y(½, df/2) with y = t²/(df + t²) is used.
 */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  const x = df / (df + t2);
  if (x < 0.5) return 0.5 * regularizedIncompleteBeta(x, df / 2, 0.5);
  return 0.5 - 0.5 * regularizedIncompleteBeta(t2 / (df + t2), 0.5, df / 2);
}

/** P(T ≤ t) for Student's t with `df` > 0 degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  return t >= 0 ? 1 - upperTail(t, df) : upperTail(t, df);
}

/**
 * The quantile t_{p, df}: the t with P(T ≤ t) = p, for 0 < p < 1 and finite df > 0 (Student's t).
 * Bisection on the smaller tail, min(p, 1 - p), which p gives exactly (1 - p is exact for p ≥ ½),
 * so far tails keep their relative precision: about 100 halvings of a bracket found by doubling.
 * t_{0.95,10} = 1.812461, t_{0.975,5} = 2.570582.
 */
export function studentTQuantile(p: number, df: number): number {
  // df = Infinity would make every tail NaN (Infinity / Infinity) and the bisection collapse to 0.
  if (!(p > 0 && p < 1) || !(df > 0 && df < Infinity))
    throw new RangeError(`studentTQuantile(${p}, ${df}): need 0 < p < 1 and 0 < df < Infinity`);
  if (p === 0.5) return 0;
  const tail = p < 0.5 ? p : 1 - p;
  // Assessments of many targets ask for the same few quantiles: remember them (bounded).
  const key = `${tail}|${df}`;
  let t = memo.get(key);
  if (t === undefined) {
    t = bisect(tail, df);
    if (memo.size >= 1024) memo.clear();
    memo.set(key, t);
  }
  return p < 0.5 ? -t : t;
}

const memo = new Map<string, number>();

/** The t ≥ 0 with P(T > t) = tail, for 0 < tail < ½. */
function bisect(tail: number, df: number): number {
  let lo = 0;
  let hi = 1;
  // Ends by hi = 2^512 at the latest: there t·t overflows to Infinity and the tail is 0.
  while (upperTail(hi, df) > tail) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (upperTail(mid, df) > tail) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

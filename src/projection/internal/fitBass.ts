import type { FloatPath, Model } from "./model.js";

/** Bass diffusion share adopted by time t ≥ 0: `F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t})`. @internal */
export function bassF(t: number, p: number, q: number): number {
  if (!(t > 0)) return 0;
  const e = Math.exp(-(p + q) * t);
  return (1 - e) / (1 + (q / p) * e);
}

/**
 * Bass diffusion `y(h) = N0 + M·F(h - h_launch)`: the launch is the first point of the path, N0
 * its value, and M the market potential of new adopters after it (capacity K = N0 + M); p and q
 * are per month.
 *
 * Fitting when `{ p, q, M }` is not given: for fixed (p, q) the best M is linear least squares,
 * `M = Σ F·(y - N0) / Σ F²`; (p, q) minimise the sum of squared errors over a log grid (p in
 * [1e-5, 0.5], q in [1e-4, 2], 28 × 28), then a finer grid (15 × 15) around the best cell.
 * O(n) per (p, q), about 1 000 evaluations. Needs 3 points. No interval.
 * @internal
 */
export function fitBass(path: FloatPath, given: { p: number; q: number; M: number } | undefined): Model | null {
  const { x, y } = path;
  const n = x.length;
  if (n < (given === undefined ? 3 : 1)) return null;
  const launch = x[0] as number;
  const n0 = y[0] as number;
  let p: number;
  let q: number;
  let M: number;
  if (given !== undefined) {
    ({ p, q, M } = given);
  } else {
    const evaluate = (pp: number, qq: number) => {
      let sff = 0;
      let sfy = 0;
      for (let i = 1; i < n; i++) {
        const f = bassF((x[i] as number) - launch, pp, qq);
        sff += f * f;
        sfy += f * ((y[i] as number) - n0);
      }
      const m = sff > 0 ? sfy / sff : 0;
      let sse = 0;
      for (let i = 1; i < n; i++) {
        const e = (y[i] as number) - n0 - m * bassF((x[i] as number) - launch, pp, qq);
        sse += e * e;
      }
      return { m, sse };
    };
    const search = (pLo: number, pHi: number, qLo: number, qHi: number, steps: number) => {
      let best = { p: pLo, q: qLo, m: 0, sse: Infinity };
      for (let i = 0; i <= steps; i++) {
        const pp = pLo * Math.pow(pHi / pLo, i / steps);
        for (let j = 0; j <= steps; j++) {
          const qq = qLo * Math.pow(qHi / qLo, j / steps);
          const r = evaluate(pp, qq);
          if (r.m > 0 && r.sse < best.sse) best = { p: pp, q: qq, m: r.m, sse: r.sse };
        }
      }
      return best;
    };
    const coarse = search(1e-5, 0.5, 1e-4, 2, 27);
    if (!Number.isFinite(coarse.sse)) return null;
    const pStep = Math.pow(0.5 / 1e-5, 1 / 27);
    const qStep = Math.pow(2 / 1e-4, 1 / 27);
    const fine = search(coarse.p / pStep, coarse.p * pStep, coarse.q / qStep, coarse.q * qStep, 14);
    ({ p, q, m: M } = fine.sse <= coarse.sse ? fine : coarse);
  }
  const K = n0 + M;
  const value = (h: number) => n0 + M * bassF(h - launch, p, q);
  return {
    fittedOn: "cumulative",
    parameters: { p, q, M, N0: n0, capacity: K, launch },
    value,
    interval: () => null,
    reach: (v) => {
      const c0 = value(0);
      if (v === c0) return 0;
      if (v < c0) return "never at this pace";
      if (v >= K) return "beyond capacity K";
      const f = (v - n0) / M;
      const e = (1 - f) / (1 + (f * q) / p);
      const h = launch - Math.log(e) / (p + q);
      return Math.max(h, 0); // finite (c0 < v < K); rounding can put a value a hair past c0 at h ≤ 0
    },
  };
}

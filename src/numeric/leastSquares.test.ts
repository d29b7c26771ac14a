import { describe, expect, it } from "vitest";
import {
  type BoxProblem,
  boundsReached,
  choleskySolve,
  inverseDiagonal,
  minimiseInBox,
  separableProblem,
  standardErrors,
} from "./leastSquares.js";

/** A BoxProblem from residual and Jacobian functions (2 parameters), for the tests. */
function problem(
  residuals: (t: readonly number[]) => number[],
  jacobian: (t: readonly number[]) => number[][],
  lower: number[],
  upper: number[],
): BoxProblem & { calls: number } {
  const p = {
    size: lower.length,
    lower,
    upper,
    calls: 0,
    evaluate(theta: Float64Array, jtj: Float64Array | null, jtr: Float64Array | null) {
      p.calls++;
      const t = [...theta];
      const r = residuals(t);
      const sse = r.reduce((s, v) => s + v * v, 0);
      if (jtj !== null && jtr !== null) {
        const J = jacobian(t);
        const k = t.length;
        for (let a = 0; a < k; a++) {
          jtr[a] = r.reduce((s, v, i) => s + (J[i]?.[a] as number) * v, 0);
          for (let b = 0; b < k; b++)
            jtj[a * k + b] = J.reduce((s, row) => s + (row[a] as number) * (row[b] as number), 0);
        }
      }
      return Number.isFinite(sse) ? sse : Infinity;
    },
  };
  return p;
}

// Rosenbrock's function as least squares: r = (10(t1 - t0²), 1 - t0); minimum 0 at (1, 1).
const rosenbrock = (lower: number[], upper: number[]) =>
  problem(
    ([a, b]) => [10 * ((b as number) - (a as number) ** 2), 1 - (a as number)],
    ([a]) => [
      [-20 * (a as number), 10],
      [-1, 0],
    ],
    lower,
    upper,
  );

describe("minimiseInBox", () => {
  it("finds Rosenbrock's minimum (1, 1) from the classic start (-1.2, 1)", () => {
    const s = minimiseInBox(rosenbrock([-5, -5], [5, 5]), [-1.2, 1]);
    expect(s?.converged).toBe(true);
    expect(s?.theta[0]).toBeCloseTo(1, 8);
    expect(s?.theta[1]).toBeCloseTo(1, 8);
    expect(s?.sse).toBeLessThan(1e-16);
  });

  it("with t0 ≤ 0.5 ends on the face t0 = 0.5 at t1 = t0² = 0.25, SSE (1 - 0.5)² = 0.25, moving t1 along the face", () => {
    // On t0 = 0.5 the first residual vanishes at t1 = 0.25; (1 - t0)² falls as t0 rises, so the
    // constrained minimum is that corner of the parabola t1 = t0².
    const s = minimiseInBox(rosenbrock([-5, -5], [0.5, 5]), [-1.2, 1]);
    expect(s?.theta[0]).toBe(0.5);
    expect(s?.theta[1]).toBeCloseTo(0.25, 9);
    expect(s?.sse).toBeCloseTo(0.25, 12);
    expect(s?.converged).toBe(true);
  });

  it("clamps a start outside the box into it", () => {
    const p = rosenbrock([2, -5], [5, 5]);
    const s = minimiseInBox(p, [-1.2, 1]);
    // t0 ≥ 2: the best is t0 = 2, t1 = 4 (first residual 0), SSE (1 - 2)² = 1.
    expect([...(s?.theta ?? [])]).toEqual([2, expect.closeTo(4, 9)]);
    expect(s?.sse).toBeCloseTo(1, 12);
  });

  it("stops at the iteration limit and says so", () => {
    const s = minimiseInBox(rosenbrock([-5, -5], [5, 5]), [-1.2, 1], 3);
    expect(s?.iterations).toBe(3);
    expect(s?.converged).toBe(false);
    expect(s?.sse).toBeLessThan(24.2); // below the start's 4.84² + 2.2² = 24.2
  });

  it("returns null when the start cannot be evaluated, and never steps onto points that cannot", () => {
    const walled = problem(
      ([a]) => ((a as number) > 3 ? [Infinity] : [(a as number) - 4]),
      () => [[1]],
      [-10],
      [10],
    );
    expect(minimiseInBox(walled, [5])).toBeNull();
    const s = minimiseInBox(walled, [0]);
    // The minimum (4) lies behind the wall at 3: the solver creeps up to it and stays finite.
    expect(s?.theta[0]).toBeLessThanOrEqual(3);
    expect(s?.theta[0]).toBeGreaterThan(2.99);
    expect(Number.isFinite(s?.sse)).toBe(true);
  });

  it("is deterministic", () => {
    const a = minimiseInBox(rosenbrock([-5, -5], [5, 5]), [-1.2, 1]);
    const b = minimiseInBox(rosenbrock([-5, -5], [5, 5]), [-1.2, 1]);
    expect(a).toEqual(b);
  });

  it("a start at the minimum ends at once (zero gradient)", () => {
    const p = rosenbrock([-5, -5], [5, 5]);
    const s = minimiseInBox(p, [1, 1]);
    expect(s?.iterations).toBe(0);
    expect(p.calls).toBe(1);
  });
});

describe("choleskySolve and inverseDiagonal", () => {
  it("solves [[4, 2], [2, 3]] x = [2, 1]: x = (0.5, 0)", () => {
    const b = Float64Array.from([2, 1]);
    expect(choleskySolve(Float64Array.from([4, 2, 2, 3]), b, 2)).toBe(true);
    expect(b[0]).toBeCloseTo(0.5, 15);
    expect(b[1]).toBeCloseTo(0, 15);
  });

  it("refuses a matrix that is not positive definite", () => {
    expect(choleskySolve(Float64Array.from([1, 2, 2, 1]), Float64Array.from([1, 1]), 2)).toBe(false);
  });

  it("the inverse of [[4, 2], [2, 3]] is [[3, -2], [-2, 4]]/8: diagonal 0.375, 0.5", () => {
    expect([...(inverseDiagonal([4, 2, 2, 3], 2) ?? [])]).toEqual([expect.closeTo(0.375, 15), expect.closeTo(0.5, 15)]);
  });

  it("a 3 × 3: diag of inv([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]) = (3/4, 1, 3/4)", () => {
    expect([...(inverseDiagonal([2, -1, 0, -1, 2, -1, 0, -1, 2], 3) ?? [])].map((v) => Number(v.toFixed(12)))).toEqual([
      0.75, 1, 0.75,
    ]);
  });

  it.each([
    ["singular", [1, 1, 1, 1]],
    ["dependent to 1e-16", [1, 1 - 1e-16, 1 - 1e-16, 1]],
    ["a zero column", [0, 0, 0, 1]],
    ["an infinite entry", [Infinity, 0, 0, 1]],
  ])("null when %s", (_what, m) => {
    expect(inverseDiagonal(m, 2)).toBeNull();
  });
});

describe("standardErrors", () => {
  // Straight line y = b0 + b1·x on x = 0…4, y = 100, 300, 200, 500, 400 (the OLS example of
  // project.test.ts): SSE 36 000, s = sqrt(12 000) = 109.544512, Sxx = 10, x̄ = 2, and the
  // textbook se(b1) = s/sqrt(Sxx) = 34.641016, se(b0) = s·sqrt(1/n + x̄²/Sxx) = 84.852814.
  it("of a straight line are the textbook OLS ones", () => {
    // JᵀJ of the columns (1, x): [[n, Σx], [Σx, Σx²]] = [[5, 10], [10, 30]].
    const se = standardErrors(["intercept", "slope"], [5, 10, 10, 30], 36_000, 5);
    expect(se?.intercept).toBeCloseTo(84.852814, 6);
    expect(se?.slope).toBeCloseTo(34.641016, 6);
  });

  it("none without residual degrees of freedom or with a singular JᵀJ", () => {
    expect(standardErrors(["a", "b"], [5, 10, 10, 30], 1, 2)).toBeNull();
    expect(standardErrors(["a", "b"], [1, 1, 1, 1], 1, 5)).toBeNull();
    expect(standardErrors([], [], 1, 5)).toBeNull();
  });
});

describe("separableProblem", () => {
  // y ≈ a·(e^{θ0·x} + θ1·x²) over x = 0…4; the data follow a = 3, θ = (0.5, 0.2), ± 0.1.
  const x = [0, 1, 2, 3, 4];
  const y = Float64Array.from(x, (v) => 3 * (Math.exp(0.5 * v) + 0.2 * v * v) + (v % 2 === 0 ? 0.1 : -0.1));
  const basis = (t: Float64Array, g: Float64Array, d0: Float64Array | null, d1: Float64Array | null) => {
    x.forEach((v, i) => {
      const e = Math.exp((t[0] as number) * v);
      g[i] = e + (t[1] as number) * v * v;
      if (d0 !== null && d1 !== null) {
        d0[i] = v * e;
        d1[i] = v * v;
      }
    });
  };
  const box = { lower: [-2, -1], upper: [2, 1] };

  it("solves the coefficient by least squares: Σ g·y / Σ g²", () => {
    const p = separableProblem(y, basis, { lower: 0, upper: 100 }, box);
    const t = Float64Array.from([0.5, 0.2]);
    const g = x.map((v) => Math.exp(0.5 * v) + 0.2 * v * v);
    const a = g.reduce((s, v, i) => s + v * (y[i] as number), 0) / g.reduce((s, v) => s + v * v, 0);
    expect(p.coefficient(t)).toBeCloseTo(a, 12);
    const sse = p.evaluate(t, null, null);
    expect(p.lastCoefficient()).toBeCloseTo(a, 12);
    expect(sse).toBeCloseTo(
      g.reduce((s, v, i) => s + (a * v - (y[i] as number)) ** 2, 0),
      10,
    );
  });

  it("clamps the coefficient into its range, or keeps a fixed one", () => {
    const t = Float64Array.from([0.5, 0.2]);
    expect(separableProblem(y, basis, { lower: 0, upper: 2 }, box).coefficient(t)).toBe(2);
    expect(separableProblem(y, basis, { lower: 5, upper: 9 }, box).coefficient(t)).toBe(5);
    expect(separableProblem(y, basis, { fixed: 7 }, box).coefficient(t)).toBe(7);
  });

  it.each([
    ["free", { lower: 0, upper: 100 }],
    ["clamped", { lower: 0, upper: 2 }],
    ["fixed", { fixed: 2.5 }],
  ] as const)(
    "its Jᵀr is half the gradient of the reduced SSE (central differences), coefficient %s",
    (_what, coefficient) => {
      const p = separableProblem(y, basis, coefficient, box);
      const t = Float64Array.from([0.3, 0.2]);
      const jtj = new Float64Array(4);
      const jtr = new Float64Array(2);
      p.evaluate(t, jtj, jtr);
      for (let j = 0; j < 2; j++) {
        const h = 1e-6;
        const up = Float64Array.from(t);
        const down = Float64Array.from(t);
        up[j] = (up[j] as number) + h;
        down[j] = (down[j] as number) - h;
        const gradient = (p.evaluate(up, null, null) - p.evaluate(down, null, null)) / (2 * h);
        expect((jtr[j] as number) / (gradient / 2)).toBeCloseTo(1, 6);
      }
      expect(jtj[1]).toBe(jtj[2]);
      expect(jtj[0]).toBeGreaterThan(0);
    },
  );

  it("from (0, 0) stops in a local minimum, SSE 0.5354 at θ = (0.0318, 0.5306): the solver is local", () => {
    const s = minimiseInBox(separableProblem(y, basis, { lower: 0, upper: 100 }, box), [0, 0]);
    expect(s?.sse).toBeCloseTo(0.5354, 4);
    expect(s?.theta[0]).toBeCloseTo(0.0318, 4);
  });

  it("from (1, 0) reaches the global minimum, a stationary point no grid point beats", () => {
    const p = separableProblem(y, basis, { lower: 0, upper: 100 }, box);
    const s = minimiseInBox(p, [1, 0]);
    const jtj = new Float64Array(4);
    const jtr = new Float64Array(2);
    const sse = p.evaluate(s?.theta as Float64Array, jtj, jtr);
    // MINPACK's gtol measure: |J_jᵀ r| / (‖J_j‖·‖r‖).
    for (let j = 0; j < 2; j++)
      expect(Math.abs(jtr[j] as number) / Math.sqrt((jtj[3 * j] as number) * sse)).toBeLessThan(1e-8);
    // No point of a 201 × 201 grid over the box does better (the coefficient solved at each).
    let gridBest = Infinity;
    for (let i = 0; i <= 200; i++) {
      for (let j = 0; j <= 200; j++)
        gridBest = Math.min(gridBest, p.evaluate(Float64Array.from([-2 + i / 50, -1 + j / 100]), null, null));
    }
    expect(sse).toBeLessThanOrEqual(gridBest);
    expect(gridBest / sse).toBeLessThan(1.5);
  });
});

describe("boundsReached", () => {
  it("names the coordinates within 1e-9 of the box's width of a bound", () => {
    expect(boundsReached(["a", "b", "c"], [0, 5, 10 - 1e-9], [0, 0, 0], [10, 10, 10])).toEqual({
      a: "lower",
      c: "upper",
    });
    expect(boundsReached(["a"], [1e-7], [0], [10])).toEqual({});
  });
});

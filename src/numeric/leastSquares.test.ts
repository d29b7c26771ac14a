import { describe, expect, it } from "vitest";
import {
  type BoxProblem,
  bestOfStarts,
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

describe("minimiseInBox: bounds, stopping tests and failed steps", () => {
  // Linear residuals r = t - c: the minimum is c, or the nearest bound.
  const line = (c: number, lower: number[], upper: number[]) =>
    problem(
      ([t]) => [(t as number) - c],
      () => [[1]],
      lower,
      upper,
    );

  it.each([
    ["lower", 0],
    ["upper", 10],
  ])("a start on the %s bound with the descent pointing inside moves off it, to the minimum 4", (_bound, start) => {
    const s = minimiseInBox(line(4, [0], [10]), [start]);
    expect(s?.theta[0]).toBeCloseTo(4, 9);
    expect(s?.converged).toBe(true);
  });

  it("a start on the bound the descent pushes against ends there at once (the bound is the constrained minimum)", () => {
    // r = t - 3 on [0, 2]: the gradient 2(t - 3) < 0 at t = 2 pushes outward, so t is held and no parameter is free.
    const p = line(3, [0], [2]);
    const s = minimiseInBox(p, [2]);
    expect(s).toEqual({ theta: Float64Array.of(2), sse: 1, iterations: 0, converged: true });
    expect(p.calls).toBe(1);
  });

  it("a start where the gradient is zero but residuals are left ends at once, converged", () => {
    // r = (t - 1, t - 3): the least-squares t is the mean, 2, with SSE 1 + 1 = 2.
    const p = problem(
      ([t]) => [(t as number) - 1, (t as number) - 3],
      () => [[1], [1]],
      [-10],
      [10],
    );
    expect(minimiseInBox(p, [2])).toEqual({ theta: Float64Array.of(2), sse: 2, iterations: 0, converged: true });
    expect(p.calls).toBe(1);
  });

  it("moves a parameter whose gradient is not zero while another's already is: (0, 5) → (3, 5)", () => {
    const p = problem(
      ([a, b]) => [(a as number) - 3, (b as number) - 5],
      () => [
        [1, 0],
        [0, 1],
      ],
      [-10, -10],
      [10, 10],
    );
    const s = minimiseInBox(p, [0, 5]);
    expect(s?.theta[0]).toBeCloseTo(3, 9);
    expect(s?.theta[1]).toBe(5);
  });

  it("leaves a parameter the residuals do not depend on (a zero column of J) where it is, and fits the others", () => {
    const p = problem(
      ([a]) => [(a as number) - 3],
      () => [[1, 0]],
      [-10, -10],
      [10, 10],
    );
    const s = minimiseInBox(p, [0, 7]);
    expect(s?.theta[0]).toBeCloseTo(3, 9);
    expect(s?.theta[1]).toBe(7);
    expect(s?.converged).toBe(true);
  });

  it("stops when an accepted step lowers the SSE by less than 1e-15 of it, and says converged", () => {
    // r = (t² - 1, t - 3): SSE' = 0 where 2t³ - t - 3 = 0, t = 1.2896239014850610 and SSE = 3.3651275396764504
    // (mpmath 1.3.0 findroot at 30 digits). From 0.3 the solver ends on the relative-reduction test.
    const p = problem(
      ([t]) => [(t as number) ** 2 - 1, (t as number) - 3],
      ([t]) => [[2 * (t as number)], [1]],
      [-10],
      [10],
    );
    const s = minimiseInBox(p, [0.3]);
    expect(s?.converged).toBe(true);
    expect(s?.theta[0]).toBeCloseTo(1.289623901485061, 7);
    expect(s?.sse).toBeCloseTo(3.3651275396764504, 12);
  });

  // After n failed steps μ = 1e-3·2^(1 + 2 + … + n) (ν doubles each time); the first above 1e16 is
  // n = 11 (1e-3·2^66 = 7.4e16; n = 10 gives 3.6e13).
  it("when every step fails, raises the damping until μ > 1e16: 11 steps, converged, at the start", () => {
    // The sum of squares can be evaluated at the start only.
    const p = problem(
      ([t]) => ((t as number) === 0 ? [(t as number) - 4] : [Infinity]),
      () => [[1]],
      [-10],
      [10],
    );
    expect(minimiseInBox(p, [0])).toEqual({ theta: Float64Array.of(0), sse: 16, iterations: 11, converged: true });
  });

  it("when JᵀJ overflows the step cannot be solved: the same 11 steps of rising damping, converged, at the start", () => {
    // r = (1e200·t0, t1 - 5) at (1e-200, 0): SSE 1 + 25, but (JᵀJ)₀₀ = 1e400 is Infinity.
    const p = problem(
      ([a, b]) => [1e200 * (a as number), (b as number) - 5],
      () => [
        [1e200, 0],
        [0, 1],
      ],
      [-1, -10],
      [1, 10],
    );
    expect(minimiseInBox(p, [1e-200, 0])).toEqual({
      theta: Float64Array.of(1e-200, 0),
      sse: 26,
      iterations: 11,
      converged: true,
    });
  });
});

describe("bestOfStarts", () => {
  // r = (t² - 1, 0.1·(t - 1)): two local minima, near t = 1 (SSE 0) and near t = -1 (SSE about 0.04).
  const wells = () =>
    problem(
      ([t]) => [(t as number) ** 2 - 1, 0.1 * ((t as number) - 1)],
      ([t]) => [[2 * (t as number)], [0.1]],
      [-10],
      [10],
    );

  it("keeps the start whose minimum has the smallest SSE, with the steps of every start added up", () => {
    const p = wells();
    const runs = [[-0.5], [0.5], [-2]].map((s) => minimiseInBox(p, s));
    const found = bestOfStarts(p, [[-0.5], [0.5], [-2]]);
    expect(runs[1]?.sse).toBeLessThan(1e-20);
    expect(found?.best).toEqual(runs[1]);
    expect(found?.iterations).toBe(runs.reduce((sum, r) => sum + (r?.iterations ?? 0), 0));
    expect(found?.converged).toBe(true);
  });

  it("keeps only solutions the acceptance test allows, even when a refused one is better", () => {
    const p = wells();
    const found = bestOfStarts(p, [[-0.5], [0.5]], (s) => (s.theta[0] as number) < 0);
    expect(found?.best).toEqual(minimiseInBox(p, [-0.5]));
    expect(found?.best.theta[0]).toBeCloseTo(-1, 1);
  });

  it("on a tie keeps the first start's solution", () => {
    // r = t² - 1 from ±0.5: the two runs mirror each other exactly, to t = ±1 with the same SSE.
    const p = problem(
      ([t]) => [(t as number) ** 2 - 1],
      ([t]) => [[2 * (t as number)]],
      [-10],
      [10],
    );
    const found = bestOfStarts(p, [[0.5], [-0.5]]);
    expect(found?.best.sse).toBe(minimiseInBox(p, [-0.5])?.sse);
    expect(found?.best).toEqual(minimiseInBox(p, [0.5]));
  });

  it("skips starts that cannot be evaluated, and is null when no start gives an accepted solution", () => {
    const walled = problem(
      ([a]) => ((a as number) > 3 ? [Infinity] : [(a as number) - 4]),
      () => [[1]],
      [-10],
      [10],
    );
    const one = minimiseInBox(walled, [0]);
    expect(bestOfStarts(walled, [[5], [0]])).toEqual({ best: one, iterations: one?.iterations, converged: true });
    expect(bestOfStarts(walled, [[5], [6]])).toBeNull();
    expect(bestOfStarts(walled, [[0]], () => false)).toBeNull();
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

  it.each([
    ["singular (a zero pivot: 1 - 1·1)", [1, 1, 1, 1]],
    ["with an infinite pivot", [Infinity, 0, 0, 1]],
  ])("refuses a matrix %s", (_what, m) => {
    expect(choleskySolve(Float64Array.from(m), Float64Array.from([1, 1]), 2)).toBe(false);
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
    ["its inverse overflows (1 / 1e-310)", [1e-310, 0, 0, 1]],
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

  it("none when a standard error overflows", () => {
    // s² = 1e300 / (3 - 1) and [(JᵀJ)⁻¹]₀₀ = 1e10: se² = 5e309 is beyond the doubles.
    expect(standardErrors(["a"], [1e-10], 1e300, 3)).toBeNull();
    expect((standardErrors(["a"], [1e-10], 1e200, 3)?.a as number) / Math.sqrt(5e209)).toBeCloseTo(1, 12);
  });

  it("none without residual degrees of freedom or with a singular JᵀJ", () => {
    expect(standardErrors(["a", "b"], [5, 10, 10, 30], 1, 2)).toBeNull();
    // Fewer residuals than parameters with a zero SSE: s² = 0 / (1 - 2) is -0, not a standard error of 0.
    expect(standardErrors(["a", "b"], [5, 10, 10, 30], 0, 1)).toBeNull();
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

  it("takes the lower end of its range when g is zero at every point (Σ g² = 0)", () => {
    const zero = (_t: Float64Array, g: Float64Array) => g.fill(0);
    expect(separableProblem(y, zero, { lower: 1, upper: 9 }, box).coefficient(Float64Array.of(0, 0))).toBe(1);
  });

  it("its sum of squares is Infinity where the Jacobian overflows, though the residuals are finite", () => {
    // ∂g/∂θ₀ = 1e300 at every point: Σ (∂g/∂θ₀)² overflows, so no step could be solved from there.
    const steep = (t: Float64Array, g: Float64Array, d0: Float64Array | null, d1: Float64Array | null) => {
      basis(t, g, d0, d1);
      d0?.fill(1e300);
    };
    const p = separableProblem(y, steep, { lower: 0, upper: 100 }, box);
    const t = Float64Array.of(0.5, 0.2);
    expect(Number.isFinite(p.evaluate(t, null, null))).toBe(true);
    expect(p.evaluate(t, new Float64Array(4), new Float64Array(2))).toBe(Infinity);
  });

  it("its sum of squares is Infinity where only (JᵀJ)₀₀ overflows", () => {
    // ∂g/∂θ₀ = 1e160 at the last point and ∂g/∂θ₁ = 0, the coefficient fixed (no projection): Σ (∂g/∂θ₀)² = 1e320
    // overflows, every other sum is finite.
    const steepAtOne = (t: Float64Array, g: Float64Array, d0: Float64Array | null, d1: Float64Array | null) => {
      basis(t, g, d0, d1);
      d0?.fill(0).fill(1e160, 4);
      d1?.fill(0);
    };
    const p = separableProblem(y, steepAtOne, { fixed: 3 }, box);
    expect(p.evaluate(Float64Array.of(0.5, 0.2), new Float64Array(4), new Float64Array(2))).toBe(Infinity);
  });

  it("clamps the coefficient into its range, or keeps a fixed one", () => {
    const t = Float64Array.from([0.5, 0.2]);
    expect(separableProblem(y, basis, { lower: 0, upper: 2 }, box).coefficient(t)).toBe(2);
    expect(separableProblem(y, basis, { lower: 5, upper: 9 }, box).coefficient(t)).toBe(5);
    expect(separableProblem(y, basis, { fixed: 7 }, box).coefficient(t)).toBe(7);
  });

  it.each([
    ["free", { lower: 0, upper: 100 }],
    ["clamped at its upper end", { lower: 0, upper: 2 }],
    ["clamped at its lower end", { lower: 20, upper: 30 }],
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

  it("measures the tolerance on the width of the box, not on the bounds' values, and includes its ends", () => {
    // Box [10, 20]: 1e-9 of the width is 1e-8, so 10 + 1.5e-8 is inside (1e-9 of 10 + 20 would not be).
    expect(boundsReached(["a"], [10 + 1.5e-8], [10], [20])).toEqual({});
    // Exactly 1e-9 of the width from each bound: on it.
    expect(boundsReached(["a", "b"], [1e-9 * 10, 10 - 1e-9 * 10], [0, 0], [10, 10])).toEqual({
      a: "lower",
      b: "upper",
    });
  });
});

import { describe, expect, it } from "vitest";
import series from "../../scripts/reference/series.json";
import { fitBass } from "../../src/projection/methods/fitBass.js";
import { fitLogistic } from "../../src/projection/methods/fitLogistic.js";
import { project } from "../../src/projection/project.js";
import type { CalendarDate } from "../../src/periods/calendarDate.js";
import fits from "./fixtures/fits.json";
import { gridBassSse, gridLogisticSse } from "./gridSearch.js";

// Reference values: test/reference/fixtures/fits.json, written by scripts/reference/fits.py from
// the series of scripts/reference/series.json (scipy.optimize.least_squares from many starts over
// the library's search box: the global least-squares minimum; statsmodels OLS for the linear
// intervals). scripts/reference/check.sh reruns both scripts and compares them with these files.

type Method = "logistic" | "bass";
interface Observation {
  readonly date: string;
  readonly value: number;
}

/** The library's month axis, 12·year + month - 1 + day/daysInMonth, as fits.py computes it. */
function position(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return 12 * year + month - 1 + day / new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function path(observations: readonly Observation[]) {
  const origin = position(observations.at(-1)?.date as string);
  return { x: observations.map((o) => position(o.date) - origin), y: observations.map((o) => o.value) };
}

/** The fitted curve's sum of squared errors at the points each method fits, read through `valueAt`. */
function sseOf(method: Method, observations: readonly Observation[]): number {
  const p = project(observations, { method, until: "2030-12-31" });
  let sse = 0;
  observations.forEach((o, i) => {
    if (method === "bass" ? i === 0 : !(o.value > 0)) return; // bass: the launch is matched by construction; logistic: y > 0
    const e = p.valueAt(o.date as CalendarDate).value - o.value;
    sse += e * e;
  });
  return sse;
}

/** One scipy fit of fits.json: its parameters by name (capacity, rate, midpoint; p, q, M, capacity), SSE and more. */
interface Reference {
  readonly sse: number;
  readonly valueAtFar: number;
  readonly onBound: Record<string, string>;
  readonly standardErrors: Record<string, number>;
  /** Each value's half-width over the parameters whose SSE is within a relative `epsilon` of scipy's minimum. */
  readonly tolerance: { readonly epsilon: number; readonly standardErrors: Record<string, number> } & Record<
    string,
    unknown
  >;
  readonly [parameter: string]: unknown;
}
const parameter = (r: Reference, name: string) => r[name] as number;

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));

// Where scipy stops inside the flat region of its minimum depends on the machine that made the
// fixture (scripts/reference/tolerance.py); the library's value is compared with the reference at
// the larger of a fixed relative tolerance and twice that region's half-width, so that a fixture
// regenerated on another CPU asks nothing more of the library.
expect.extend({
  toBeWithinFit(received: number, expected: number, reference: Reference, name: string, group?: string, rtol = 1e-6) {
    const widths = (group === undefined ? reference.tolerance : reference.tolerance[group]) as Record<string, number>;
    // The midpoint is a date on the month axis near 0: relative to at least one month.
    const scale =
      name === "midpoint" ? Math.max(1, Math.abs(expected)) : Math.max(Math.abs(expected), Math.abs(received));
    const allowed = Math.max(rtol * scale, 2 * (widths[name] ?? 0));
    const pass = Math.abs(received - expected) <= allowed;
    return {
      pass,
      message: () => `${name}: ${received} is ${Math.abs(received - expected)} from ${expected}, allowed ${allowed}`,
    };
  },
});
declare module "vitest" {
  interface Assertion {
    toBeWithinFit(expected: number, reference: Reference, name: string, group?: string, rtol?: number): void;
  }
}

const cases = series.series.flatMap((s) => {
  const reference = fits.series.find((f) => f.name === s.name);
  if (reference === undefined) throw new Error(`no reference fit for ${s.name}`);
  return (s.methods as Method[]).map((method) => ({
    name: s.name,
    method,
    observations: s.observations,
    far: s.far as CalendarDate,
    reference: reference[method] as unknown as Reference,
  }));
});

describe("least-squares fits against scipy's global minimum", () => {
  it("covers every reference series with both methods", () => {
    expect(cases.length).toBe(30);
  });

  it.each(cases)("$name, $method: SSE ≤ 1.01 × scipy's minimum", ({ method, observations, reference }) => {
    expect(sseOf(method, observations)).toBeLessThanOrEqual(1.01 * reference.sse);
  });

  it.each(cases)(
    "$name, $method: the same minimum (parameters and value at the far date within scipy's flat region, or 1e-6)",
    ({ method, observations, far, reference }) => {
      const p = project(observations, { method, until: far });
      const names = method === "bass" ? ["p", "q", "M", "capacity"] : ["capacity", "rate", "midpoint"];
      for (const name of names)
        expect(p.parameters[name] as number, name).toBeWithinFit(parameter(reference, name), reference, name);
      expect(p.valueAt(far).value).toBeWithinFit(reference.valueAtFar, reference, "valueAtFar");
    },
  );

  it.each(cases)(
    "$name, $method: the same bounds reached and standard errors (within scipy's flat region, or 1e-4)",
    ({ method, observations, reference }) => {
      const fitted =
        method === "bass" ? fitBass(path(observations), undefined) : fitLogistic(path(observations), undefined);
      expect(fitted?.fit.onBound).toEqual(reference.onBound);
      const se = fitted?.fit.standardErrors;
      expect(se).not.toBeNull();
      for (const [name, value] of Object.entries(reference.standardErrors))
        expect(se?.[name] as number, name).toBeWithinFit(value, reference, name, "standardErrors", 1e-4);
    },
  );
});

describe("the two reproductions", () => {
  const byName = (name: string) => {
    const s = series.series.find((x) => x.name === name);
    if (s === undefined) throw new Error(name);
    return s.observations;
  };

  it("bass, month ends 2021-11 … 2022-08: p = 0.008496, q = 0.2640, M = 77 938, SSE 6 315, 80 410 at 2027-12-31", () => {
    // 0.1's grid stopped at p = 0.004079, q = 0.2333, M = 171 523 (SSE 49 778, 173 995 at 2027-12-31).
    const obs = byName("bass-reproduction");
    const p = project(obs, { method: "bass", until: "2027-12-31" });
    expect(p.parameters.p).toBeCloseTo(0.008496, 6);
    expect(p.parameters.q).toBeCloseTo(0.264, 4);
    expect(Math.round(p.parameters.M as number)).toBe(77_937);
    expect(Math.round(sseOf("bass", obs))).toBe(6315);
    expect(Math.round(p.valueAt("2027-12-31").value)).toBe(80_410);
    expect(gridBassSse(path(obs).x, path(obs).y)).toBeCloseTo(49_778, 0);
  });

  it("logistic, month ends 2021-10 … 2022-06: K = 3 977 662, r = 0.6389, SSE 2.84e10", () => {
    // 0.1's logit fit stopped at K = 3 524 051, r = 1.1005 (SSE 5.45e11).
    const obs = byName("logistic-reproduction");
    const p = project(obs, { method: "logistic", until: "2027-12-31" });
    expect(Math.round(p.parameters.capacity as number)).toBe(3_977_662);
    expect(p.parameters.rate).toBeCloseTo(0.6389, 4);
    expect(sseOf("logistic", obs) / 1e10).toBeCloseTo(2.8357, 4);
    expect(gridLogisticSse(path(obs).x, path(obs).y) / 1e11).toBeCloseTo(5.45, 2);
  });
});

describe("linear: the OLS prediction interval is statsmodels' obs_ci", () => {
  const rows = fits.series.flatMap((f) => {
    const s = series.series.find((x) => x.name === f.name);
    return "linear" in f && s !== undefined
      ? f.linear.map((row) => ({ name: f.name, observations: s.observations, ...row }))
      : [];
  });

  it("has intervals for 5 series, 2 dates and 2 confidences each", () => {
    expect(rows.length).toBe(20);
  });

  it.each(rows)("$name at $date, confidence $confidence", ({ observations, date, confidence, value, lower, upper }) => {
    const v = project(observations, {
      method: "linear",
      fitOn: "cumulative",
      until: date as CalendarDate,
      confidence,
    }).valueAt(date as CalendarDate);
    expect(relative(v.value, value)).toBeLessThan(1e-9);
    expect(relative(v.lower as number, lower)).toBeLessThan(1e-9);
    expect(relative(v.upper as number, upper)).toBeLessThan(1e-9);
  });
});

describe("never worse than 0.1's grid search", () => {
  // 150 seeded series (mulberry32, seed 2026): logistic- or Bass-shaped monthly counts with
  // lognormal noise on the increments, 5 to 36 points.
  function mulberry32(seed: number) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const random = mulberry32(2026);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const paths = Array.from({ length: 150 }, (_, k) => {
    const n = 5 + Math.floor(random() * 32);
    const x = Array.from({ length: n }, (_, i) => i - (n - 1));
    const scale = Math.pow(10, 3 + 3 * random());
    const sigma = 0.3 * random();
    const curve =
      k % 2 === 0
        ? (
            (K: number, r: number, mid: number) => (h: number) =>
              K / (1 + Math.exp(-r * (h - mid)))
          )(scale, 0.05 + 0.6 * random(), -n * random() * 1.5 + n * 0.2)
        : ((p: number, q: number) => (h: number) => {
            const t = h + n - 1;
            const e = Math.exp(-(p + q) * t);
            return 0.02 * scale + scale * ((1 - e) / (1 + (q / p) * e));
          })(0.001 + 0.05 * random(), 0.05 + 0.6 * random());
    let total = curve(x[0] as number);
    const y = [Math.round(total)];
    for (let i = 1; i < n; i++) {
      total += (curve(x[i] as number) - curve(x[i - 1] as number)) * Math.exp(sigma * normal() - (sigma * sigma) / 2);
      y.push(Math.round(total));
    }
    return { x, y };
  });

  it("bass: the least-squares SSE is at most the grid's on each of 150 series", () => {
    for (const p of paths) {
      const fitted = fitBass(p, undefined);
      expect(fitted).not.toBeNull();
      expect(fitted?.fit.sse).toBeLessThanOrEqual(gridBassSse(p.x, p.y) * (1 + 1e-9));
    }
  });

  it("logistic: the least-squares SSE is at most the grid's on each of 150 series", () => {
    for (const p of paths) {
      const fitted = fitLogistic(p, undefined);
      expect(fitted).not.toBeNull();
      expect(fitted?.fit.sse).toBeLessThanOrEqual(gridLogisticSse(p.x, p.y) * (1 + 1e-9));
    }
  });
});

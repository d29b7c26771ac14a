import { describe, expect, it } from "vitest";
import series from "../../scripts/reference/series.json";
import { cumulativeVariance } from "../../src/projection/intervals/dampedInterval.js";
import { fitDamped } from "../../src/projection/methods/fitDamped.js";
import { project } from "../../src/projection/project.js";
import damped from "./fixtures/damped.json";

// Reference values: test/reference/fixtures/damped.json, written by scripts/reference/damped.py
// from the paces (increments per month) of the series of scripts/reference/series.json and of the
// script's own extra series: statsmodels' ETSModel(error="add", trend="add", damped_trend=True)
// smoothed with fixed parameters (cross-checked there against Holt-Winters' ExponentialSmoothing),
// the MA weights of the equivalent ARIMA(1,2,2) of the total (statsmodels' arma2ma), and ETSModel's
// maximum likelihood fits from 28 starts. scripts/reference/check.sh reruns the script and compares.

interface Observation {
  readonly date: string;
  readonly value: number;
}

/** The library's month axis, 12·year + month - 1 + day/daysInMonth, as damped.py computes it. */
function position(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return 12 * year + month - 1 + day / new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function path(observations: readonly Observation[]) {
  const origin = position(observations.at(-1)?.date as string);
  return { x: observations.map((o) => position(o.date) - origin), y: observations.map((o) => o.value) };
}

const relative = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

const cases = damped.series.map((entry) => {
  const observations =
    entry.source === "series.json"
      ? series.series.find((s) => s.name === entry.name)?.observations
      : entry.observations;
  if (observations === undefined) throw new Error(`no observations for ${entry.name}`);
  return { ...entry, observations };
});
const fixed = cases.flatMap((c) => (c.fixed ?? []).map((f) => ({ name: c.name, c, f })));
const estimated = cases.flatMap((c) => (c.estimated === undefined ? [] : [{ name: c.name, c, e: c.estimated }]));

describe("damped trend with fixed parameters against statsmodels' ETSModel", () => {
  it("covers every series with three parameter sets, the 16 with 10 steps or more estimated", () => {
    expect(cases.length).toBe(20);
    expect(fixed.length).toBe(60);
    expect(estimated.length).toBe(16);
  });

  it.each(fixed)(
    "$name, α $f.alpha β $f.beta φ $f.phi: SSE, final states and totals at steps 1…24 to 1e-9",
    ({ c, f }) => {
      const model = fitDamped(
        path(c.observations),
        { alpha: f.alpha, beta: f.beta, phi: f.phi },
        { level: f.initialLevel, trend: f.initialTrend },
      );
      expect(model).not.toBeNull();
      if (model === null) return;
      expect(model.parameters.step).toBeCloseTo(c.step, 12);
      expect(relative(model.damped.sse, f.sse)).toBeLessThan(1e-9);
      expect(relative(model.parameters.level as number, f.level)).toBeLessThan(1e-9);
      expect(relative(model.parameters.trend as number, f.trend)).toBeLessThan(1e-9);
      f.totals.forEach((total, k) => {
        expect(relative(model.value((k + 1) * c.step), total), `step ${k + 1}`).toBeLessThan(1e-9);
      });
    },
  );

  it.each(fixed)(
    "$name, α $f.alpha β $f.beta φ $f.phi: variance of the total at steps 1…24 (the ARIMA(1,2,2)'s MA weights) to 1e-12",
    ({ f }) => {
      const variance = cumulativeVariance(f.alpha, f.beta, f.phi);
      f.relativeVariance.forEach((v, k) => expect(relative(variance(k + 1), v), `step ${k + 1}`).toBeLessThan(1e-12));
    },
  );
});

describe("damped trend estimated: the one-step SSE against statsmodels' best fit", () => {
  it.each(estimated)("$name: SSE ≤ 1.01 × statsmodels' best of 28 starts", ({ c, e }) => {
    const model = fitDamped(path(c.observations));
    expect(model).not.toBeNull();
    expect(model?.damped.sse).toBeLessThanOrEqual(1.01 * e.best.sse);
  });

  it.each(estimated)("$name: the parameters inside statsmodels' bounds, β ≤ α", ({ c }) => {
    const p = fitDamped(path(c.observations))?.parameters;
    const alpha = p?.alpha as number;
    expect(alpha).toBeGreaterThanOrEqual(1e-4);
    expect(alpha).toBeLessThanOrEqual(1 - 1e-4);
    expect(p?.beta).toBeGreaterThanOrEqual(1e-4 * alpha * (1 - 1e-12));
    expect(p?.beta).toBeLessThanOrEqual((1 - 1e-4) * alpha * (1 + 1e-12));
    expect(p?.phi).toBeGreaterThanOrEqual(0.8);
    expect(p?.phi).toBeLessThanOrEqual(0.98);
  });

  it("project() uses the same fit: the total at the origin is the last value and the parameters match", () => {
    const c = cases.find((s) => s.name === "damped-steady");
    if (c === undefined) throw new Error("damped-steady");
    const p = project(c.observations, { method: "damped", until: "2025-12-31" });
    const model = fitDamped(path(c.observations));
    expect(p.fittedOn).toBe("increments");
    expect(p.interval).toEqual({ kind: "state-space" });
    expect(p.parameters).toEqual(model?.parameters);
    expect(p.valueAt(c.observations.at(-1)?.date as never).value).toBe(c.observations.at(-1)?.value);
  });
});

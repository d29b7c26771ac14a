// Projection part of the benchmark: `project` with the fitted curves (`logistic`, `bass`), whose
// intervals come from a residual bootstrap (refits on resampled residuals), on 36 monthly points,
// followed by the questions a dashboard asks of it: `dateReachingRange(goal)` and
// `probabilityReaching(goal, date)`. Goal: < 50 ms for the whole, per method. The same calls on
// `linear` fitted on increments (a closed-form interval) are timed in the same rounds as the
// baseline, and the ratio printed for information; so is `project` alone (the fit, and for the
// curves the bootstrap's refits, which the points' intervals need). Deterministic data (seeded
// PRNG); CPU time, median of rounds.
import { cpu, logisticCount, median, monthEnd } from "./measure.mjs";

export function benchProjection(lib, say, rounds = 11, warmup = 3) {
  const observations = logisticCount(36, { capacity: 50_000, rate: 0.15, midpoint: 24, noise: 0.2 });
  const origin = observations.at(-1).value;
  const goal = Math.round(origin + 0.5 * (50_000 - origin)); // half-way from the origin to the true capacity
  const goalDate = monthEnd(36 + 11); // a year after the origin
  const contenders = {
    logistic: { method: "logistic" },
    bass: { method: "bass" },
    "linear on increments": { method: "linear", fitOn: "increments" },
  };
  const answers = {};
  const run = (options) => {
    const p = lib.project(observations, { ...options, until: goalDate });
    return { p, range: p.dateReachingRange(goal), probability: p.probabilityReaching(goal, goalDate) };
  };
  for (const [name, options] of Object.entries(contenders)) {
    for (let i = 0; i < warmup; i++) run(options);
    answers[name] = run(options);
  }
  // Warm calls, no collection forced between them: right after a forced full collection
  // (`gc()`, with --expose-gc) the same call is several times slower (about 80 ms, then 25 ms, then
  // back to 10-15 ms for logistic, measured 2026-12-03), which says more about V8 than about the
  // library; that first call after a collection is timed apart, for information.
  const samples = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  const fitOnly = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  const afterGc = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, options] of Object.entries(contenders)) {
      samples[name].push(cpu(() => run(options)));
      fitOnly[name].push(cpu(() => lib.project(observations, { ...options, until: goalDate })));
    }
  }
  if (globalThis.gc !== undefined) {
    for (let round = 0; round < 5; round++) {
      for (const [name, options] of Object.entries(contenders)) {
        globalThis.gc();
        afterGc[name].push(cpu(() => run(options)));
        for (let i = 0; i < warmup; i++) run(options);
      }
    }
  }
  const base = "linear on increments";
  const result = {};
  for (const name of Object.keys(contenders)) {
    const { p, range, probability } = answers[name];
    const t = median(samples[name]);
    const ratio = median(samples[name].map((x, i) => x / samples[base][i]));
    const interval = p.interval.kind === null ? `no interval (${p.interval.reason})` : p.interval.kind;
    const replicates = p.interval.replicates === undefined ? "" : `, ${p.interval.replicates} replicates`;
    const show = (e) => e.date ?? e.reason;
    say(
      `project ${name}, 36 monthly points (${interval}${replicates}) + dateReachingRange + probabilityReaching: ${t.toFixed(2)} ms (project alone ${median(fitOnly[name]).toFixed(2)} ms; ${ratio.toFixed(1)}x ${base}${afterGc[name].length > 0 ? `; first call after a forced full GC ${median(afterGc[name]).toFixed(1)} ms` : ""}); goal ${goal}: ${show(range.earliest)}..${show(range.latest)}, P(by ${goalDate}) = ${probability.probability === null ? probability.reason : probability.probability.toFixed(3)}`,
    );
    result[name] = { ms: t, ratio, interval: p.interval };
  }
  return result;
}

/** The goals of this part, as run.mjs's `goal(name, value, ok, target)` takes them. */
export function goalsOfProjection(result) {
  return ["logistic", "bass"].map((name) => {
    const { ms, interval } = result[name];
    const what = interval.kind === "residual-bootstrap" ? "bootstrap" : `${interval.kind ?? "no"} interval`;
    return [
      `project ${name} (${what}), 36 monthly points, with dateReachingRange + probabilityReaching`,
      `${ms.toFixed(1)} ms`,
      ms < 50,
      "< 50 ms",
    ];
  });
}

// `node --expose-gc bench/projection.mjs` runs this part alone on the build in dist/ (or on the
// module named by BENCH_LIB).
if (import.meta.url === `file://${process.argv[1]}`) {
  const os = await import("node:os");
  const lib = await import(process.env.BENCH_LIB ?? "../dist/index.js");
  for (const [name, value, ok, target] of goalsOfProjection(benchProjection(lib, console.log)))
    console.log(`  ${ok ? "met   " : "MISSED"} ${name}: ${value} (goal ${target})`);
  console.log(
    `load average: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")} (on ${os.availableParallelism()} CPUs)`,
  );
}

// Backtest part of the benchmark: `backtest` on 36 monthly points with its defaults (every method
// the data supports, horizons 3, 6 and 12 months), and `project` with `method: "auto"`, which runs a
// backtest of point forecasts before it projects. Baseline, timed in the same rounds: the same
// forecasts made the way a user would without `backtest`, one `project` call per origin and method
// on the observations up to the origin, then `valueAt` at each target. Deterministic data (seeded
// PRNG); CPU time, median of rounds, the ratios taken round by round.
//
// The backtest's logistic and Bass intervals come from a bootstrap of fewer replicates than
// `project`'s (see `backtest`), so the two agree exactly on every value and on the other methods'
// intervals, and closely on those two methods' intervals: the check below prints how closely, and
// the coverage each set of intervals gives on this series. The overhead goal (the backtest reads
// the input once and fits the already built path, so it should cost no more than the loop) is
// timed on the methods whose forecasts are identical both ways, intervals included. The goal on the
// backtest with intervals names its five methods (run-rate, linear, cagr, logistic, bass: the
// defaults when it was set); the default backtest, with damped too, is printed beside it.
import { cpu, logisticCount, median, monthEnd } from "./measure.mjs";

/** The backtest's forecasts, made by one `project` call per origin and method (the user's loop). */
function projectLoop(lib, observations, b, methods = b.methods) {
  const rows = [];
  for (const origin of b.origins) {
    const upTo = observations.filter((o) => o.date <= origin);
    for (const method of methods) {
      const targets = b.forecasts.filter((f) => f.origin === origin && f.method === method);
      if (targets.length === 0) continue;
      const p = lib.project(upTo, { method, until: origin });
      for (const t of targets) rows.push(p.valueAt(t.target));
    }
  }
  return rows;
}

/** Methods whose intervals come from the bootstrap, which a backtest runs with fewer replicates. */
const BOOTSTRAPPED = new Set(["logistic", "bass"]);
/** The methods of the goal on the backtest with intervals (set before `damped` joined the defaults). */
const GOAL_METHODS = ["run-rate", "linear", "cagr", "logistic", "bass"];

/**
 * Checks that the backtest and the project loop make the same forecasts: the same values always,
 * the same intervals for the methods without a bootstrap; for logistic and Bass, how far the
 * backtest's interval ends lie from project's (in half-widths of project's interval) and the
 * coverage of the actuals by each.
 */
function agreement(b, rows) {
  if (rows.length !== b.forecasts.length)
    throw new Error("backtest and the project loop disagree on the forecasts made");
  const deviations = [];
  let inBacktest = 0;
  let inProject = 0;
  let bootstrapped = 0;
  b.forecasts.forEach((f, i) => {
    const r = rows[i];
    if (r.value !== f.value)
      throw new Error(`backtest and the project loop disagree on a value (${f.method}, ${f.origin})`);
    if (!BOOTSTRAPPED.has(f.method)) {
      if (r.lower !== f.lower || r.upper !== f.upper)
        throw new Error(`backtest and the project loop disagree on an interval (${f.method}, ${f.origin})`);
      return;
    }
    if ((r.lower === null) !== (f.lower === null))
      throw new Error(`one interval is missing (${f.method}, ${f.origin})`);
    if (r.lower === null) return;
    bootstrapped++;
    const half = (r.upper - r.lower) / 2;
    if (half > 0) deviations.push(Math.max(Math.abs(f.lower - r.lower), Math.abs(f.upper - r.upper)) / half);
    if (f.lower <= f.actual && f.actual <= f.upper) inBacktest++;
    if (r.lower <= f.actual && f.actual <= r.upper) inProject++;
  });
  return { deviations: deviations.sort((x, y) => x - y), inBacktest, inProject, bootstrapped };
}

export function benchBacktest(lib, say, rounds = 7, warmup = 2) {
  const observations = logisticCount(2022, { capacity: 60_000, rate: 0.12, midpoint: 30, noise: 0.3 });
  const b = lib.backtest(observations);
  // Correctness first: the loop makes the same forecasts (the bootstrapped intervals closely).
  const agree = agreement(b, projectLoop(lib, observations, b));
  const exact = b.methods.filter((m) => !BOOTSTRAPPED.has(m));
  const bExact = lib.backtest(observations, { methods: exact });
  const rowsExact = projectLoop(lib, observations, bExact);
  const differs = (r, f) => r.value !== f.value || r.lower !== f.lower || r.upper !== f.upper;
  if (rowsExact.length !== bExact.forecasts.length || rowsExact.some((r, i) => differs(r, bExact.forecasts[i])))
    throw new Error("backtest and the project loop disagree");
  const auto = { method: "auto", until: monthEnd(47) };
  const chosen = lib.project(observations, auto).selection;
  const contenders = {
    backtest: () => lib.backtest(observations),
    goal: () => lib.backtest(observations, { methods: GOAL_METHODS }),
    loopGoal: () => projectLoop(lib, observations, b, GOAL_METHODS),
    loop: () => projectLoop(lib, observations, b),
    points: () => lib.backtest(observations, { intervals: false }),
    auto: () => lib.project(observations, auto),
    chosen: () => lib.project(observations, { ...auto, method: chosen.method }),
  };
  for (let i = 0; i < warmup; i++) for (const fn of Object.values(contenders)) fn();
  const samples = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(contenders)) {
      globalThis.gc?.();
      samples[name].push(cpu(fn));
    }
  }
  // The overhead ratio on the methods whose forecasts are identical both ways: these calls are short
  // (tens of ms, mostly the JIT's warm-up after the forced GC), so they get three times the rounds.
  const pair = { exact: [], loopExact: [] };
  for (let round = 0; round < 3 * rounds; round++) {
    globalThis.gc?.();
    pair.exact.push(cpu(() => lib.backtest(observations, { methods: exact })));
    globalThis.gc?.();
    pair.loopExact.push(cpu(() => projectLoop(lib, observations, bExact)));
  }
  Object.assign(samples, pair);
  const med = (name) => median(samples[name]);
  const result = {
    tBacktest: med("backtest"),
    tGoal: med("goal"),
    ratioGoal: median(samples.goal.map((x, i) => x / samples.loopGoal[i])),
    tLoop: med("loop"),
    tPoints: med("points"),
    tAuto: med("auto"),
    // What choosing costs: auto less the projection with the method it chose, round by round.
    tChoice: median(samples.auto.map((x, i) => x - samples.chosen[i])),
    ratio: median(samples.exact.map((x, i) => x / samples.loopExact[i])),
    ratioAll: median(samples.backtest.map((x, i) => x / samples.loop[i])),
    methods: b.methods.length,
    exact,
  };
  const d = agree.deviations;
  const at = (q) => d[Math.min(d.length - 1, Math.floor(q * d.length))];
  say(
    `backtest: 36 monthly points, ${b.methods.length} methods (${b.methods.join(", ")}), horizons ${b.horizons.join(", ")}: ${b.origins.length} origins, ${b.forecasts.length} forecasts, ${result.tBacktest.toFixed(1)} ms; the same forecasts by one project call per origin and method ${result.tLoop.toFixed(1)} ms (${result.ratioAll.toFixed(2)}x; project's logistic and bass intervals have more bootstrap replicates); without intervals (intervals: false) ${result.tPoints.toFixed(1)} ms (median CPU time of ${rounds})`,
  );
  say(
    `backtest with intervals on the goal's ${GOAL_METHODS.length} methods (${GOAL_METHODS.join(", ")}): ${result.tGoal.toFixed(1)} ms; the same forecasts by the project loop ${med("loopGoal").toFixed(1)} ms (${result.ratioGoal.toFixed(2)}x)`,
  );
  say(
    `backtest against the project loop: values identical; intervals identical for ${exact.join(", ")} (${med("exact").toFixed(1)} ms against ${med("loopExact").toFixed(1)} ms); logistic and bass: ${agree.bootstrapped} intervals, their ends ${at(0.5).toFixed(3)} (median), ${at(0.9).toFixed(3)} (9th decile), ${d[d.length - 1].toFixed(3)} (max) of project's half-width away; actuals inside ${agree.inBacktest} of them, inside project's ${agree.inProject}`,
  );
  say(
    `project method "auto", 36 monthly points, 12 months ahead: ${result.tAuto.toFixed(1)} ms, of which choosing ${result.tChoice.toFixed(1)} ms and projecting with the chosen ${chosen.method} (${chosen.reason} at ${chosen.horizon} months) the rest`,
  );
  return result;
}

/** The goals of this part, as run.mjs's `goal(name, value, ok, target)` takes them. */
export function goalsOfBacktest(r) {
  return [
    [
      `backtest without intervals, 36 monthly points, ${r.methods} methods, 3 horizons`,
      `${r.tPoints.toFixed(1)} ms`,
      r.tPoints < 200,
      "< 200 ms",
    ],
    [
      `backtest with intervals, 36 monthly points, ${GOAL_METHODS.length} methods (${GOAL_METHODS.join(", ")}), 3 horizons`,
      `${r.tGoal.toFixed(1)} ms`,
      r.tGoal < 200,
      "< 200 ms",
    ],
    [
      `backtest / per-origin project loop, ${r.exact.join(", ")} (identical forecasts; median of per-round ratios)`,
      `${r.ratio.toFixed(2)}x`,
      r.ratio <= 1.1,
      "<= 1.1x",
    ],
    [
      'project "auto", choosing the method on 36 monthly points',
      `${r.tChoice.toFixed(1)} ms`,
      r.tChoice < 100,
      "< 100 ms",
    ],
  ];
}

// `node --expose-gc bench/backtest.mjs` runs this part alone on the build in dist/ (or on the
// module named by BENCH_LIB).
if (import.meta.url === `file://${process.argv[1]}`) {
  const lib = await import(process.env.BENCH_LIB ?? "../dist/index.js");
  const r = benchBacktest(lib, console.log);
  for (const [name, value, ok, target] of goalsOfBacktest(r))
    console.log(`  ${ok ? "met   " : "MISSED"} ${name}: ${value} (goal ${target})`);
}

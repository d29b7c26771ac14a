// Backtest part of the benchmark: `backtest` on 36 monthly points with its defaults (every method
// the data supports, horizons 3, 6 and 12 months), and `project` with `method: "auto"`, which runs a
// backtest of point forecasts before it projects. Baseline, timed in the same rounds: the same
// forecasts made the way a user would without `backtest`, one `project` call per origin and method
// on the observations up to the origin, then `valueAt` at each target. The backtest reads the input
// once and fits the already built path; it should cost no more than that loop. Deterministic data
// (seeded PRNG); CPU time, median of rounds, the ratio taken round by round.
import { mulberry32 } from "./prng.mjs";

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function cpu(fn) {
  const u0 = process.cpuUsage();
  fn();
  const u = process.cpuUsage(u0);
  return (u.user + u.system) / 1000;
}

const monthEnd = (k) => new Date(Date.UTC(2022, k + 1, 0)).toISOString().slice(0, 10);

/** 36 month ends from 2022-01-31 of a running count rising along a logistic curve (K = 60 000, r = 0.12/month, midpoint month 30) with 30 % noise on the increments. */
function observationsOf(seed) {
  const rand = mulberry32(seed);
  const curve = (k) => 60_000 / (1 + Math.exp(-0.12 * (k - 30)));
  const observations = [];
  let value = Math.round(curve(0));
  for (let k = 0; k < 36; k++) {
    if (k > 0) value += Math.max(0, Math.round((curve(k) - curve(k - 1)) * (0.7 + 0.6 * rand())));
    observations.push({ date: monthEnd(k), value });
  }
  return observations;
}

/** The backtest's forecasts, made by one `project` call per origin and method (the user's loop). */
function projectLoop(lib, observations, b) {
  const rows = [];
  for (const origin of b.origins) {
    const upTo = observations.filter((o) => o.date <= origin);
    for (const method of b.methods) {
      const targets = b.forecasts.filter((f) => f.origin === origin && f.method === method);
      if (targets.length === 0) continue;
      const p = lib.project(upTo, { method, until: origin });
      for (const t of targets) rows.push(p.valueAt(t.target));
    }
  }
  return rows;
}

export function benchBacktest(lib, say, rounds = 7, warmup = 2) {
  const observations = observationsOf(2022);
  const b = lib.backtest(observations);
  // Correctness first: the loop makes the same forecasts, intervals included.
  const rows = projectLoop(lib, observations, b);
  if (
    rows.length !== b.forecasts.length ||
    rows.some((r, i) => r.value !== b.forecasts[i].value || r.lower !== b.forecasts[i].lower)
  )
    throw new Error("backtest and the project loop disagree");
  const auto = { method: "auto", until: monthEnd(47) };
  const chosen = lib.project(observations, auto).selection;
  const contenders = {
    backtest: () => lib.backtest(observations),
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
  const med = (name) => median(samples[name]);
  const result = {
    tBacktest: med("backtest"),
    tLoop: med("loop"),
    tPoints: med("points"),
    tAuto: med("auto"),
    // What choosing costs: auto less the projection with the method it chose, round by round.
    tChoice: median(samples.auto.map((x, i) => x - samples.chosen[i])),
    ratio: median(samples.backtest.map((x, i) => x / samples.loop[i])),
    methods: b.methods.length,
  };
  say(
    `backtest: 36 monthly points, ${b.methods.length} methods (${b.methods.join(", ")}), horizons ${b.horizons.join(", ")}: ${b.origins.length} origins, ${b.forecasts.length} forecasts, ${result.tBacktest.toFixed(1)} ms; the same forecasts by one project call per origin and method ${result.tLoop.toFixed(1)} ms; without intervals (intervals: false) ${result.tPoints.toFixed(1)} ms (median CPU time of ${rounds})`,
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
      "backtest with intervals (a bootstrap for logistic and bass at every origin)",
      `${r.tBacktest.toFixed(1)} ms`,
      r.tBacktest < 200,
      "< 200 ms",
    ],
    [
      "backtest / per-origin project loop (median of per-round ratios)",
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

// Long-series part of the benchmark: assess on a 10-year daily series, assessProgramme on
// 38 provinces x 17 sectors = 646 targets. Deterministic data (seeded PRNG). The line printed for
// assess says what the call computed (the projection's interval, the probability of reaching the
// goal on time, the ETA range), and times beside it, for information, the projection part alone:
// `project` on the same observations with the same questions (linear on increments,
// probabilityReaching, dateReachingRange).
import { median } from "./measure.mjs";
import { mulberry32 } from "./prng.mjs";

const DAY = 86_400_000;

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

function timeMedian(fn, runs, warmup) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const u0 = process.cpuUsage();
    fn();
    const u = process.cpuUsage(u0);
    times.push((u.user + u.system) / 1000);
  }
  return median(times);
}

export function benchAssess(lib, say) {
  // 3 650 daily cumulative observations from 2016-01-01, about 8 000 a day, towards 30 million.
  const rand = mulberry32(7);
  const start = Date.UTC(2016, 0, 1);
  const observations = [];
  let value = 0;
  for (let d = 0; d < 3650; d++) {
    value += Math.floor(6000 + rand() * 4000);
    observations.push({ date: iso(start + d * DAY), value });
  }
  const target = {
    id: "national",
    baseline: { date: "2015-12-31", value: 0 },
    goal: { date: "2026-12-31", value: 30_000_000 },
  };
  const asOf = observations.at(-1).date;
  // A dashboard's server is warm: the first calls of a fresh process also pay for V8 compiling the
  // library on background threads, which the process's CPU time counts. The median is taken after
  // 30 warm-up calls; the very first call's time is printed beside it.
  const tFirst = timeMedian(() => lib.assess(target, observations, { asOf }), 1, 0);
  const tAssess = timeMedian(() => lib.assess(target, observations, { asOf }), 21, 30);
  const a = lib.assess(target, observations, { asOf });
  const interval = a.projection?.interval?.kind ?? a.projection?.interval?.reason ?? "not reported";
  const probability = a.projection?.probabilityOnTime;
  const eta = a.eta;
  const show = (e) => (e === undefined ? "not reported" : (e.date ?? e.reason));
  say(
    `assess: 10-year daily series (${observations.length} observations), median CPU time of 21 after 30 warm-up calls: ${tAssess.toFixed(2)} ms (the first call: ${tFirst.toFixed(1)} ms); computed: ${a.projection?.method ?? "no"} projection fitted on ${a.projection?.fittedOn ?? "-"}, interval ${interval}, probabilityOnTime ${probability === undefined ? "not reported" : probability === null ? `null (${a.projection.probabilityReason})` : probability.toFixed(3)}, eta ${show(eta)} in ${show(eta.earliest)}..${show(eta.latest)}`,
  );
  // (0.1's projections had no probabilityReaching nor dateReachingRange: the projection alone is then skipped.)
  const projectionAlone = () => {
    const p = lib.project(observations, {
      method: "linear",
      fitOn: "increments",
      until: target.goal.date,
      period: "year",
      baseline: target.baseline,
    });
    p.probabilityReaching(target.goal.value, target.goal.date);
    p.dateReachingRange(target.goal.value);
  };
  const asked = lib.project(observations, { method: "run-rate", until: target.goal.date });
  const tProjection = typeof asked.probabilityReaching === "function" ? timeMedian(projectionAlone, 21, 5) : NaN;
  if (!Number.isNaN(tProjection))
    say(
      `  for information: project (linear on increments) + probabilityReaching + dateReachingRange on the same ${observations.length} observations: ${tProjection.toFixed(2)} ms (assess / that: ${(tAssess / tProjection).toFixed(1)}x)`,
    );

  // 646 leaf targets, 36 monthly cumulative observations each.
  const targets = [];
  const obs = {};
  for (let p = 0; p < 38; p++) {
    for (let s = 0; s < 17; s++) {
      const id = `p${p}-s${s}`;
      targets.push({
        id,
        baseline: { date: "2021-12-31", value: 0 },
        goal: { date: "2025-12-31", value: 100_000 },
        timeZone: "Asia/Jakarta",
        direction: "increase",
        phasing: { kind: "linear" },
      });
      let v = 0;
      obs[id] = [];
      for (let m = 0; m < 36; m++) {
        v += Math.floor(1000 + rand() * 2000);
        obs[id].push({ date: iso(Date.UTC(2022, m + 1, 1) - DAY), value: v });
      }
    }
  }
  const programme = { id: "bbi", targets, observations: obs };
  const tProgramme = timeMedian(() => lib.assessProgramme(programme, { asOf: "2024-12-31" }), 5, 1);
  say(
    `assessProgramme: ${targets.length} targets x 36 monthly observations, median CPU time of 5: ${tProgramme.toFixed(0)} ms`,
  );
  return { tAssess, tProgramme };
}

// `node bench/assess.mjs` runs this part alone on the build in dist/ (or on the module named by BENCH_LIB).
if (import.meta.url === `file://${process.argv[1]}`) {
  const os = await import("node:os");
  const lib = await import(process.env.BENCH_LIB ?? "../dist/index.js");
  const { tAssess, tProgramme } = benchAssess(lib, console.log);
  console.log(
    `  ${tAssess < 5 ? "met   " : "MISSED"} assess, 10-year daily series (3 650 points): ${tAssess.toFixed(2)} ms (goal < 5 ms)`,
  );
  console.log(
    `  ${tProgramme < 1000 ? "met   " : "MISSED"} assessProgramme, 38 x 17 = 646 targets: ${tProgramme.toFixed(0)} ms (goal < 1 s)`,
  );
  console.log(
    `load average: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")} (on ${os.availableParallelism()} CPUs)`,
  );
}

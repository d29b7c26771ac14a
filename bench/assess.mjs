// Long-series part of the benchmark: assess on a 10-year daily series, assessProgramme on
// 38 provinces x 17 sectors = 646 targets. Deterministic data (seeded PRNG).
import { mulberry32 } from "./prng.mjs";

const DAY = 86_400_000;

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

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
  const tAssess = timeMedian(() => lib.assess(target, observations, { asOf }), 21, 5);
  say(
    `assess: 10-year daily series (${observations.length} observations), median CPU time of 21: ${tAssess.toFixed(2)} ms`,
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

// Outlook part of the benchmark: assessOverTime, 36 monthly rows on 36 monthly points (a seeded
// running count along a logistic curve), against its baseline in the same run: 36 separate
// assess calls, one per date, which read the target and build the path each time.
import { cpu, logisticCount, median, monthEnd } from "./measure.mjs";

const RUNS = 15;

export function benchOutlook(lib, say) {
  const observations = logisticCount(11, { capacity: 30_000_000, rate: 0.12, midpoint: 18, noise: 0.3 });
  const target = {
    id: "outlook",
    baseline: { date: "2021-12-31", value: 3_000_000 },
    goal: { date: "2024-06-30", value: 25_000_000 },
    revisions: [{ announced: "2023-03-31", goal: { date: "2024-12-31", value: 30_000_000 } }],
  };
  const dates = Array.from({ length: 36 }, (_, k) => monthEnd(k));
  const rows = () =>
    lib.assessOverTime(target, observations, { asOf: { every: "month", from: dates[0], to: dates[35] } });
  const separate = () => dates.map((asOf) => lib.assess(target, observations, { asOf }));
  for (let i = 0; i < 3; i++) {
    rows();
    separate();
  }
  const tRows = [];
  const ratios = [];
  for (let i = 0; i < RUNS; i++) {
    const a = cpu(rows);
    const b = cpu(separate);
    tRows.push(a);
    ratios.push(b / a);
  }
  const r = rows();
  const last = r.at(-1);
  say(
    `assessOverTime: ${r.length} rows on ${observations.length} monthly points; last row ${last.asOf}: ${last.status}, chance ${last.probabilityOnTime === null ? `none (${last.probabilityReason})` : last.probabilityOnTime.toFixed(3)}, ETA ${last.eta.date}`,
  );
  const t = median(tRows);
  const ratio = median(ratios);
  say(`  ${t.toFixed(1)} ms (36 separate assess calls: ${ratio.toFixed(2)}x that)`);
  return { t, ratio };
}

export function goalsOfOutlook(r) {
  return [
    ["assessOverTime, 36 monthly rows on 36 monthly points", `${r.t.toFixed(1)} ms`, r.t < 100, "< 100 ms"],
    [
      "36 separate assess calls / assessOverTime (median of per-round ratios)",
      `${r.ratio.toFixed(2)}x`,
      r.ratio >= 1,
      ">= 1x",
    ],
  ];
}

// `node bench/outlook.mjs` runs this part alone on the build in dist/ (or on BENCH_LIB).
if (import.meta.url === `file://${process.argv[1]}`) {
  const lib = await import(process.env.BENCH_LIB ?? "../dist/index.js");
  const r = benchOutlook(lib, console.log);
  for (const [name, value, ok, target] of goalsOfOutlook(r))
    console.log(`  ${ok ? "met   " : "MISSED"} ${name}: ${value} (goal ${target})`);
}

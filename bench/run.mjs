// Benchmark of counting on-boardings: `npm run bench` (builds, then runs this file with --expose-gc).
//
// Workload: 10 million on-boarding instants spread uniformly over 5 years (2020-2024 in
// Asia/Jakarta), from a seeded PRNG, as a Float64Array of epoch milliseconds, with a parallel
// Uint8Array of 38 province codes. Month periods. Timings are medians of repeated runs after
// warm-up, hand-rolled: each run is long enough (10 ms to seconds) to time directly. The
// process's CPU time (process.cpuUsage, user + system) is the measure, because the 2-core machine
// is shared and wall time swings with the neighbours' load; wall time is printed beside it.
// The ratios and goals are printed last; a missed goal is printed as MISSED.
// With --record (`npm run bench -- --record`), the run's report, dated, is written into
// docs/benchmarks.md between the bench markers (the load average, which says nothing about the
// library, is left out).
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { TZDate } from "@date-fns/tz";
import { format, startOfMonth } from "date-fns";
import * as lib from "../dist/index.js";
import { recordBetweenMarkers } from "../scripts/record-figures.mjs";
import { mulberry32 } from "./prng.mjs";

const N = 10_000_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DATEFNS_SUBSET = 100_000; // the date-fns baseline is ~10^4 times slower: measured on a subset, scaled
const ZONE = "Asia/Jakarta";
const FROM = "2020-01-01";
const TO = "2024-12-31";
const DAY = 86_400_000;
const JAKARTA_OFFSET = 7 * 3_600_000; // WIB, no daylight saving since 1964
const T0 = Date.UTC(2020, 0, 1) - JAKARTA_OFFSET; // 2020-01-01T00:00 in Jakarta
const T1 = Date.UTC(2025, 0, 1) - JAKARTA_OFFSET;
// BPS province codes (38 provinces since 2022).
const PROVINCES = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75,
  76, 81, 82, 91, 92, 93, 94, 95, 96,
];
const MiB = 1024 * 1024;

function makeEvents(n, seed) {
  const rand = mulberry32(seed);
  const ms = new Float64Array(n);
  const province = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    ms[i] = Math.floor(T0 + rand() * (T1 - T0));
    province[i] = PROVINCES[Math.floor(rand() * PROVINCES.length)];
  }
  return { ms, province };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** CPU and wall milliseconds of one call. */
function measure(fn) {
  const u0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const u = process.cpuUsage(u0);
  return { cpu: (u.user + u.system) / 1000, wall };
}

function time(fn, runs = RUNS, warmup = 2) {
  for (let i = 0; i < warmup; i++) fn();
  const cpu = [];
  const wall = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const m = measure(fn);
    cpu.push(m.cpu);
    wall.push(m.wall);
  }
  return { ms: median(cpu), wall: median(wall) };
}

// (a) The practical floor for this one case: a day -> month lookup table over the known range,
// built once per call, then one indexed increment per event; then the running sum.
function monthTable(days) {
  const monthOfDay = new Uint8Array(days);
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2020, 0, 1) + d * DAY); // UTC arithmetic on the table, not per event
    monthOfDay[d] = (date.getUTCFullYear() - 2020) * 12 + date.getUTCMonth();
  }
  return monthOfDay;
}

function floorMonthly(ms) {
  const days = Math.round((T1 - T0) / DAY);
  const monthOfDay = monthTable(days);
  const counts = new Uint32Array(60);
  for (let i = 0; i < ms.length; i++) {
    const d = Math.floor((ms[i] - T0) / DAY);
    if (d >= 0 && d < days) counts[monthOfDay[d]]++;
  }
  const cumulative = new Float64Array(60);
  for (let i = 0, c = 0; i < 60; i++) cumulative[i] = c += counts[i];
  return cumulative;
}

function floorMonthlyGrouped(ms, province) {
  const days = Math.round((T1 - T0) / DAY);
  const monthOfDay = monthTable(days);
  const groupOf = new Int32Array(256).fill(-1);
  PROVINCES.forEach((p, i) => (groupOf[p] = i));
  const months = 60;
  const counts = new Uint32Array(PROVINCES.length * months);
  for (let i = 0; i < ms.length; i++) {
    const d = Math.floor((ms[i] - T0) / DAY);
    if (d >= 0 && d < days) counts[groupOf[province[i]] * months + monthOfDay[d]]++;
  }
  const cumulative = new Float64Array(counts.length);
  for (let g = 0; g < PROVINCES.length; g++)
    for (let i = 0, c = 0; i < months; i++) cumulative[g * months + i] = c += counts[g * months + i];
  return cumulative;
}

// (b) What a user would write with date-fns: a TZDate per event, startOfMonth, format as key.
function dateFnsMonthly(ms, province, n) {
  const counts = new Map();
  for (let i = 0; i < n; i++) {
    const d = new TZDate(ms[i], ZONE);
    const key = province ? `${province[i]}|${format(startOfMonth(d), "yyyy-MM")}` : format(startOfMonth(d), "yyyy-MM");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function machine() {
  const cpu =
    /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  let nproc = String(os.availableParallelism?.() ?? os.cpus().length);
  try {
    nproc = execSync("nproc").toString().trim();
  } catch {
    // no nproc (not Linux): keep Node's count
  }
  return `${cpu}, nproc ${nproc}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

const fmt = (x, d = 1) => x.toFixed(d);
const lines = [];
const goals = [];
const say = (s) => {
  lines.push(s);
  console.log(s);
};

say(`machine: ${machine()}`);
say(
  `workload: ${N.toLocaleString("en")} events over 5 years (${FROM}..${TO}, ${ZONE}), month periods; median of ${RUNS} runs after 2 warm-ups`,
);

const { ms, province } = makeEvents(N, 20210430);
const options = { period: "month", timeZone: ZONE, from: FROM, to: TO };

// Correctness first: the library and the floor agree.
const libFlat = lib.cumulativeSeries(ms, options);
const floorFlat = floorMonthly(ms);
if (libFlat.length !== 60 || libFlat.some((p, i) => p.cumulative !== floorFlat[i]))
  throw new Error("library and floor disagree (ungrouped)");
const libGrouped = lib.cumulativeSeries(ms, { ...options, groupBy: province });
const floorGrouped = floorMonthlyGrouped(ms, province);
const order = [...PROVINCES].sort((a, b) => a - b);
for (let g = 0; g < order.length; g++) {
  const fg = PROVINCES.indexOf(order[g]);
  for (let i = 0; i < 60; i++)
    if (libGrouped[g * 60 + i].cumulative !== floorGrouped[fg * 60 + i])
      throw new Error("library and floor disagree (grouped)");
}
say("check: library == floor, ungrouped and grouped by 38 provinces");

const rssBefore = process.memoryUsage().rss;
// Interleaved rounds (the machine is shared: neighbours' load hits every contender alike); each
// ratio is the median over rounds of the per-round ratio.
const contenders = {
  lib: () => lib.cumulativeSeries(ms, options),
  libOpen: () => lib.cumulativeSeries(ms, { period: "month", timeZone: ZONE }),
  libGrouped: () => lib.cumulativeSeries(ms, { ...options, groupBy: province }),
  floor: () => floorMonthly(ms),
  floorGrouped: () => floorMonthlyGrouped(ms, province),
};
const samples = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
const walls = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (let round = -2; round < RUNS; round++) {
  for (const [name, fn] of Object.entries(contenders)) {
    globalThis.gc?.();
    const m = measure(fn);
    if (round >= 0) {
      samples[name].push(m.cpu);
      walls[name].push(m.wall);
    }
  }
}
const med = (name) => median(samples[name]);
const wallOf = (name) => fmt(median(walls[name]));
const ratioOf = (a, b) => median(samples[a].map((x, i) => x / samples[b][i]));
const tLib = med("lib");
const tLibOpen = med("libOpen");
const tLibGrouped = med("libGrouped");
const tFloor = med("floor");
const tFloorGrouped = med("floorGrouped");
say("times: median CPU ms (median wall ms)");
say(
  `library  cumulativeSeries(Float64Array, month, from/to):   ${fmt(tLib)} ms (${wallOf("lib")})  ${fmt((tLib * 1e6) / N, 2)} ns/event`,
);
say(`library  same, no from/to (range found by growing):       ${fmt(tLibOpen)} ms (${wallOf("libOpen")})`);
say(`library  grouped by 38 provinces (Uint8Array column):     ${fmt(tLibGrouped)} ms (${wallOf("libGrouped")})`);
say(`floor    day->month table + one increment per event:      ${fmt(tFloor)} ms (${wallOf("floor")})`);
say(`floor    grouped:                                          ${fmt(tFloorGrouped)} ms (${wallOf("floorGrouped")})`);

// date-fns baseline on a subset, scaled linearly to N.
const sub = time(() => dateFnsMonthly(ms, undefined, DATEFNS_SUBSET), 3, 1).ms;
const subGrouped = time(() => dateFnsMonthly(ms, province, DATEFNS_SUBSET), 3, 1).ms;
const fmtLoad = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
const tDateFns = (sub * N) / DATEFNS_SUBSET;
const tDateFnsGrouped = (subGrouped * N) / DATEFNS_SUBSET;
say(
  `date-fns TZDate + startOfMonth + format per event: ${fmt(sub)} CPU ms for ${DATEFNS_SUBSET.toLocaleString("en")} events, scaled x${N / DATEFNS_SUBSET}: ${fmt(tDateFns / 1000)} s`,
);
say(
  `date-fns grouped: ${fmt(subGrouped)} ms for ${DATEFNS_SUBSET.toLocaleString("en")} events, scaled: ${fmt(tDateFnsGrouped / 1000)} s`,
);

// Memory: peak RSS of the process (includes the 80 MiB Float64Array and 10 MiB column), and the
// heap + ArrayBuffer growth of one library call (measured right after it, before any GC).
globalThis.gc?.();
const m0 = process.memoryUsage();
lib.cumulativeSeries(ms, { ...options, groupBy: province });
const m1 = process.memoryUsage();
const callGrowth = (m1.heapUsed + m1.arrayBuffers - (m0.heapUsed + m0.arrayBuffers)) / MiB;
say(
  `memory: one grouped call allocates ${fmt(callGrowth)} MiB (heap + ArrayBuffers, before GC); process peak RSS ${fmt(process.resourceUsage().maxRSS / 1024)} MiB (RSS before timing ${fmt(rssBefore / MiB)} MiB)`,
);

// Iterable of 1-million-event batches, as a streaming reader yields them: one buffer pair
// refilled per batch (no GC forced; heap + ArrayBuffer use sampled between batches against a
// baseline after GC). A second run allocates fresh buffers per batch, for information: its peak
// includes dead batches the producer left for the GC to collect.
let peak = 0;
function sample() {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.heapUsed + m.arrayBuffers);
}
function* batches(count, size, reuse) {
  const rand = mulberry32(1000);
  let batchMs = new Float64Array(size);
  let batchProvince = new Uint8Array(size);
  for (let b = 0; b < count; b++) {
    if (!reuse && b > 0) {
      batchMs = new Float64Array(size);
      batchProvince = new Uint8Array(size);
    }
    for (let i = 0; i < size; i++) {
      batchMs[i] = Math.floor(T0 + rand() * (T1 - T0));
      batchProvince[i] = PROVINCES[Math.floor(rand() * PROVINCES.length)];
    }
    sample();
    yield { events: batchMs, groups: batchProvince };
  }
  sample();
}
function iterableRun(reuse) {
  globalThis.gc?.();
  const base = process.memoryUsage();
  peak = base.heapUsed + base.arrayBuffers;
  const t = performance.now();
  const series = lib.cumulativeSeries(batches(10, 1_000_000, reuse), options);
  return {
    ms: performance.now() - t,
    growth: (peak - (base.heapUsed + base.arrayBuffers)) / MiB,
    points: series.length,
  };
}
const iter = iterableRun(true);
const iterFresh = iterableRun(false);
const iterGrowth = iter.growth;
say(
  `iterable: 10 batches x 1,000,000 events (grouped, one refilled 9 MiB buffer pair): ${fmt(iter.ms)} ms including generating them; ${iter.points} points; peak heap+ArrayBuffer growth ${fmt(iter.growth)} MiB (the 9 MiB batch included)`,
);
say(
  `iterable, fresh buffers per batch (info): peak growth ${fmt(iterFresh.growth)} MiB, mostly dead batches not yet collected`,
);

// Long series: assess on a 10-year daily series, assessProgramme on 38 x 17 targets.
let tAssess;
let tProgramme;
if (typeof lib.assess === "function" && typeof lib.assessProgramme === "function") {
  const { benchAssess } = await import("./assess.mjs");
  ({ tAssess, tProgramme } = benchAssess(lib, say));
} else {
  say("assess / assessProgramme: not available yet (not exported by the build); skipped");
}

// Chart: burnUpChart over 960 months, monthly-weights phasing against linear phasing.
let burnUp;
if (typeof lib.burnUpChart === "function") {
  const { benchBurnUp } = await import("./burnUp.mjs");
  burnUp = benchBurnUp(lib, say);
}

// Projection: logistic and bass (bootstrap) on 36 monthly points, with dateReachingRange and probabilityReaching.
let projectionGoals;
if (typeof lib.project === "function") {
  const { benchProjection, goalsOfProjection } = await import("./projection.mjs");
  projectionGoals = goalsOfProjection(benchProjection(lib, say));
}

// Backtest: backtest and project "auto" on 36 monthly points.
let backtestGoals;
if (typeof lib.backtest === "function") {
  const { benchBacktest, goalsOfBacktest } = await import("./backtest.mjs");
  backtestGoals = goalsOfBacktest(benchBacktest(lib, say));
}

// Outlook: assessOverTime, 36 monthly rows on 36 monthly points.
let outlookGoals;
if (typeof lib.assessOverTime === "function") {
  const { benchOutlook, goalsOfOutlook } = await import("./outlook.mjs");
  outlookGoals = goalsOfOutlook(benchOutlook(lib, say));
}

say(`load average during the run: ${fmtLoad()} (on ${os.availableParallelism?.() ?? os.cpus().length} CPUs)`);
say("");
say("ratios and goals:");
const goal = (name, value, ok, target) => {
  const line = `  ${ok ? "met   " : "MISSED"} ${name}: ${value} (goal ${target})`;
  goals.push(ok);
  say(line);
};
const rFlat = ratioOf("lib", "floor");
const rGrouped = ratioOf("libGrouped", "floorGrouped");
goal("library / floor, ungrouped (median of per-round ratios)", `${fmt(rFlat, 2)}x`, rFlat <= 1.5, "<= 1.5x");
goal("library / floor, grouped by 38 provinces", `${fmt(rGrouped, 2)}x`, rGrouped <= 1.5, "<= 1.5x");
goal("date-fns / library, ungrouped", `${fmt(tDateFns / tLib, 0)}x faster`, tDateFns / tLib >= 20, ">= 20x");
goal(
  "date-fns / library, grouped",
  `${fmt(tDateFnsGrouped / tLibGrouped, 0)}x faster`,
  tDateFnsGrouped / tLibGrouped >= 20,
  ">= 20x",
);
goal("iterable of 1M-event batches, peak heap growth", `${fmt(iterGrowth)} MiB`, iterGrowth < 64, "< 64 MiB");
say(
  `  ${iterFresh.growth < 64 ? "info  " : "info, over 64 MiB:"} the same iterable with a fresh 9 MiB batch per yield (the producer's uncollected garbage included): ${fmt(iterFresh.growth)} MiB`,
);
if (tAssess !== undefined)
  goal("assess, 10-year daily series (3 650 points)", `${fmt(tAssess, 2)} ms`, tAssess < 5, "< 5 ms");
else say("  n/a    assess, 10-year daily series: not available yet");
if (tProgramme !== undefined)
  goal("assessProgramme, 38 x 17 = 646 targets", `${fmt(tProgramme, 0)} ms`, tProgramme < 1000, "< 1 s");
else say("  n/a    assessProgramme, 646 targets: not available yet");
if (burnUp !== undefined)
  goal(
    "burnUpChart, 960 months, monthly-weights / linear phasing (median of per-round ratios)",
    `${fmt(burnUp.ratio, 2)}x`,
    burnUp.ratio <= 1.5,
    "<= 1.5x",
  );
else say("  n/a    burnUpChart, 960 months: not available yet");
if (projectionGoals !== undefined) for (const args of projectionGoals) goal(...args);
if (backtestGoals !== undefined) for (const args of backtestGoals) goal(...args);
else say("  n/a    backtest: not available yet");
if (outlookGoals !== undefined) for (const args of outlookGoals) goal(...args);
say(`${goals.filter(Boolean).length} of ${goals.length} measured goals met`);

if (process.argv.includes("--record")) {
  const date = new Date().toISOString().slice(0, 10);
  const report = lines.filter((l) => !l.startsWith("load average"));
  const body = `\nMeasured on ${date} by \`npm run bench -- --record\` (written by the run):\n\n\`\`\`text\n${report.join("\n")}\n\`\`\`\n`;
  recordBetweenMarkers(new URL("../", import.meta.url), "docs/benchmarks.md", "bench", body);
  console.log(`bench: recorded in docs/benchmarks.md (${date})`);
}

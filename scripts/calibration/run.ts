// `npm run calibration`: how honest are the library's 90 % intervals and its chance of reaching a
// goal on time, on the growth patterns users meet? For each family of scripts/calibration/families.ts
// it draws `--series` series (default 200) of 36 months, shows each call the first 24 month ends, and
// compares with the truth 1, 6 and 12 months after the 24th:
//
// - coverage: the share of series whose value lay inside the 90 % interval, per call and horizon
//   (nominal 0.90; with 200 series, sampling error about ±0.04 at two standard deviations);
// - the chance on time: `assess(...).projection.probabilityOnTime` for a goal 12 months after the
//   24th month, drawn around the series' realised 12-month gain (the gain times e^z, z ~ N(0, 0.25²)),
//   so about half the goals are reached. Its Brier score, mean (p - reached)², is shown beside the
//   base rate's, r(1 - r), and the reliability by fifths (mean chance said against share reached,
//   with the share's two-standard-error band).
//
// Flags: --series N, --seed S (default 2026), --out FILE (the figures as JSON), --paths FILE (the
// simulated series as JSON, for scripts/reference/calibration.py), --families a,b (by name prefix).
import { writeFileSync } from "node:fs";
import { assess, project, type ProjectionOptions } from "../../src/index.js";
import { seededRandom } from "../../test/support/random.js";
import { monthEnd } from "../../test/statistics/simulate.js";
import { FAMILIES, type Family } from "./families.js";

const flag = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
const SERIES = Number(flag("series") ?? 200);
const SEED = Number(flag("seed") ?? 2026);
const N = 24;
const HORIZONS = [1, 6, 12] as const;
const LONGEST = 12;
const LEVEL = 0.9;
const wanted = flag("families")?.split(",");

type Call = { readonly name: string; readonly options: Omit<ProjectionOptions, "until"> };
const callsFor = (f: Family): Call[] => [
  { name: "linear (default fitOn)", options: { method: "linear" } },
  { name: 'linear, fitOn "increments"', options: { method: "linear", fitOn: "increments" } },
  ...(f.own === "linear" ? [] : [{ name: f.own, options: { method: f.own } } as Call]),
  { name: "damped", options: { method: "damped" } },
  { name: "auto", options: { method: "auto" } },
];
const ASSESS: readonly { readonly name: string; readonly options: { readonly method?: "auto" } }[] = [
  { name: "assess (default)", options: {} },
  { name: 'assess, method "auto"', options: { method: "auto" } },
];

interface Chance {
  readonly p: number;
  readonly reached: 0 | 1;
}

function brierReport(rows: readonly Chance[], missing: number) {
  const base = rows.reduce((s, r) => s + r.reached, 0) / rows.length;
  const brier = rows.reduce((s, r) => s + (r.p - r.reached) ** 2, 0) / rows.length;
  const fifths = Array.from({ length: 5 }, (_, i) => {
    const inBin = rows.filter((r) => Math.min(4, Math.floor(r.p * 5)) === i);
    const observed = inBin.reduce((s, r) => s + r.reached, 0) / inBin.length;
    const said = inBin.reduce((s, r) => s + r.p, 0) / inBin.length;
    return {
      bin: `${i * 20}-${(i + 1) * 20} %`,
      cases: inBin.length,
      said: inBin.length === 0 ? null : said,
      reached: inBin.length === 0 ? null : observed,
      // Two standard errors of the share reached, were the chances said right.
      band: inBin.length === 0 ? null : 2 * Math.sqrt((said * (1 - said)) / inBin.length),
    };
  });
  return { cases: rows.length, missing, baseRate: base, brier, baseBrier: base * (1 - base), fifths };
}

const results: object[] = [];
const paths: object[] = [];
for (const [index, family] of FAMILIES.entries()) {
  if (wanted !== undefined && !wanted.some((w) => family.name.startsWith(w))) continue;
  const random = seededRandom(SEED + 1000 * index);
  const calls = callsFor(family);
  const inside = calls.map(() => HORIZONS.map(() => 0));
  const counted = calls.map(() => 0);
  const chances = ASSESS.map((): Chance[] => []);
  const missing = ASSESS.map(() => 0);
  const started = process.cpuUsage();
  for (let s = 0; s < SERIES; s++) {
    const path = family.draw(random, N + LONGEST);
    const observations = path.slice(0, N).map((value, k) => ({ date: monthEnd(k), value }));
    const origin = path[N - 1] as number;
    const truth = path[N - 1 + LONGEST] as number;
    const goal = Math.round(origin + Math.max(1, truth - origin) * Math.exp(random.normal(0, 0.25)));
    paths.push({ family: family.name, values: path, goal });
    calls.forEach((call, c) => {
      const p = project(observations, { ...call.options, until: monthEnd(N - 1 + LONGEST), confidence: LEVEL });
      const points = HORIZONS.map((h) => p.points.find((q) => q.date === monthEnd(N - 1 + h)));
      if (points.some((q) => q === undefined || q.lower === null || q.upper === null)) return;
      counted[c]!++;
      HORIZONS.forEach((h, i) => {
        const q = points[i]!;
        const t = path[N - 1 + h] as number;
        if (t >= (q.lower as number) && t <= (q.upper as number)) inside[c]![i]!++;
      });
    });
    const target = {
      id: "simulated",
      baseline: { date: monthEnd(0), value: path[0] as number },
      goal: { date: monthEnd(N - 1 + LONGEST), value: goal },
    };
    ASSESS.forEach((call, c) => {
      const a = assess(target, observations.slice(1), { ...call.options, asOf: monthEnd(N - 1) });
      const chance = a.projection?.probabilityOnTime ?? null;
      if (chance === null) missing[c]!++;
      else chances[c]!.push({ p: chance, reached: truth >= goal ? 1 : 0 });
    });
  }
  const cpu = process.cpuUsage(started);
  const coverage = calls.map((call, c) => ({
    call: call.name,
    series: counted[c],
    ...Object.fromEntries(HORIZONS.map((h, i) => [`h${h}`, inside[c]![i]! / Math.max(1, counted[c]!)])),
  }));
  const chance = ASSESS.map((call, c) => ({ call: call.name, ...brierReport(chances[c]!, missing[c]!) }));
  results.push({ family: family.name, series: SERIES, coverage, chance, cpuSeconds: (cpu.user + cpu.system) / 1e6 });

  const pct = (v: number | null) => (v === null ? "  -  " : `${(100 * v).toFixed(0).padStart(3)} %`);
  console.log(`\n## ${family.name}: ${SERIES} series, seed ${SEED + 1000 * index}`);
  console.log(`coverage of the ${LEVEL * 100} % interval at ${HORIZONS.join(" / ")} months:`);
  for (const row of coverage)
    console.log(
      `  ${row.call.padEnd(28)} ${HORIZONS.map((h) => pct((row as unknown as Record<string, number>)[`h${h}`] as number)).join("  ")}   (${row.series} with an interval)`,
    );
  for (const row of chance) {
    console.log(
      `  ${row.call.padEnd(28)} Brier ${row.brier.toFixed(3)} against the base rate's ${row.baseBrier.toFixed(3)} (ratio ${(row.brier / row.baseBrier).toFixed(2)}; ${row.cases} chances, ${row.missing} none)`,
    );
    console.log(
      `    said/reached by fifths: ${row.fifths.map((b) => `${b.bin}: ${pct(b.said)}/${pct(b.reached)} (n ${b.cases})`).join(", ")}`,
    );
  }
}

const out = flag("out");
if (out !== undefined) writeFileSync(out, `${JSON.stringify({ seed: SEED, series: SERIES, results }, null, 1)}\n`);
const pathsOut = flag("paths");
if (pathsOut !== undefined) writeFileSync(pathsOut, `${JSON.stringify({ observed: N, horizons: HORIZONS, paths })}\n`);

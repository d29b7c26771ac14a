// Runs every example script (and the demo) on the BUILT package in a child process and checks what
// it prints. The reference values come from docs/methodology.md (worked examples) or from the
// calculations in the comments.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const LOCK = "/tmp/build.lock";
const hasFlock = existsSync("/usr/bin/flock");

beforeAll(() => {
  if (existsSync(`${root}dist/index.js`) && existsSync(`${root}dist/index.cjs`)) return;
  const [cmd, args] = hasFlock ? ["flock", [LOCK, "npx", "tsup", "--silent"]] : ["npx", ["tsup", "--silent"]];
  execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
});

const outputs = new Map<string, string>();

/**
 * Runs `node file ...args` from the package root (once per argument list; later calls reuse the
 * output). A shared lock keeps a concurrent build from emptying dist/ meanwhile.
 */
function run(file: string, ...args: string[]): string {
  const key = [file, ...args].join(" ");
  const cached = outputs.get(key);
  if (cached !== undefined) return cached;
  const [cmd, argv] = hasFlock
    ? ["flock", ["-s", LOCK, process.execPath, file, ...args]]
    : [process.execPath, [file, ...args]];
  const out = execFileSync(cmd, argv, { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  outputs.set(key, out);
  return out;
}

const lines = (out: string) => out.split("\n").map((l) => l.trimEnd());

describe("examples/quick-start.mjs (ESM)", () => {
  it.each([
    ["2020 IKM attainment: 185 %"], // 3.7e6 / 2e6 = 1.85 (methodology: the BBI figures)
    ["months: 32"], // 2021-04-30 -> 2023-12-31 (methodology: the month axis)
    ["required per month: 571875"], // (30e6 - 11.7e6) / 32
    ["required compound growth per month: 0.029862"], // (30/11.7)^(1/32) - 1 = 0.0298624677...
    ["plan to date: 18562500"], // 11.7e6 + 12 * 571 875
    ["pace (SPI analogue): 0.7723"], // (17e6 - 11.7e6) / (18 562 500 - 11.7e6) = 5.3 / 6.8625 = 0.77231
    ["required per month now: 650000.00"], // (30e6 - 17e6) / 20 months
  ])("prints %s", (line) => {
    expect(lines(run("examples/quick-start.mjs"))).toContain(line);
  });
});

describe("examples/commonjs.cjs (require)", () => {
  it("prints the seed values through require()", () => {
    expect(lines(run("examples/commonjs.cjs"))).toEqual([
      "attainment: 1.85",
      "months 2021-04-30 -> 2023-12-31: 32",
      // 6.1e6 / 12 = 508 333.33: floors sum to 6 099 996, the 4 remainder units go to the first 4 months (ties by order).
      "first month: 2021-01 508334",
      "last month: 2021-12 508333",
      "sum: 6100000",
      "error: true out_of_range goal",
      "",
    ]);
  });
});

describe("examples/seasonal-phasing.mjs", () => {
  const out = () => lines(run("examples/seasonal-phasing.mjs"));
  it.each([
    // Weight = days in month + days among the 28 before Idul Fitri (2023-04-22: 25-31 Mar, 1-21 Apr;
    // 2024-04-10: 13-31 Mar, 1-9 Apr). Planned ≈ 2 400 000 * weight / 787, whole units by largest remainder.
    ["2023-03", 38, 115_883], // 2.4e6 * 38 / 787 = 115 883.1
    ["2023-04", 51, 155_527], // 155 527.3
    ["2024-03", 50, 152_478], // 152 477.8
    ["2024-04", 39, 118_933], // 118 932.7
    ["2024-06", 30, 91_487], // 91 486.7
  ])("plans %s with weight %d: %d", (month, weight, planned) => {
    const row = out().find((l) => l.startsWith(month));
    expect(row?.split(/\s+/)).toEqual([month, String(weight), String(planned), "100000"]);
  });
  it("sums exactly and front-loads the plan before Lebaran", () => {
    const o = out();
    expect(o).toContain("sum of weights: 787"); // 365 + 366 + 2 * 28
    expect(o).toContain("sum phased: 2400000");
    expect(o).toContain("sum linear: 2400000");
    expect(o).toContain("plan to date 2023-04-30 phased: 451334"); // 2.4e6 * (31+28+38+51) / 787 = 451 334.2
    expect(o).toContain("plan to date 2023-04-30 linear: 400000"); // 2.4e6 * 4 / 24
  });
});

describe("examples/csv-observations.mjs", () => {
  it("reads the CSV, accumulates it from the baseline and assesses the target", () => {
    const o = lines(run("examples/csv-observations.mjs"));
    expect(o[0]).toBe("read 8 rows from jawa-barat-2024.csv");
    expect(o).toContain("2024-08      17600      408400"); // 250 000 + 158 400 (sum of the CSV's increments)
    expect(o).toContain("plan to date: 416667 pace: 0.9504"); // 250 000 + 250 000 * 8/12; 158 400 / 166 666.67
    expect(o).toContain("run rate, last 3 months (per month): 17533.33"); // (408 400 - 355 800) / 3
    expect(o).toContain("required per month: 22900.00"); // 91 600 / 4
    expect(o).toContain("projected at goal date (run rate): 478533"); // 408 400 + 4 * 17 533.33
    expect(o).toContain("ETA: 2025-02-07"); // 91 600 / 17 533.33 = 5.224 months after 2024-08-31: 0.224 * 28 days into Feb
  });
});

describe("examples/regional-rollup.mjs (assessProgramme)", () => {
  // Linear plan, 6 of 12 months: plan = goal / 2. The random walk with drift (assess's default)
  // through (0, 0), (3, q1), (6, h1) months drifts h1/6 a month from h1, so it reaches 2·h1 at month
  // 12: Q = 2·h1/goal. National = the sums 0, 220 000, 452 000 -> 904 000 -> Q = 0.904.
  it.each([
    ["national", "rolled-up", "452000", "500000", "0.904", "needs-acceleration"],
    ["jawa-barat", "observed", "150000", "150000", "1.000", "on-track"], // 300 000 / 300 000
    ["jawa-timur", "observed", "118000", "125000", "0.944", "needs-acceleration"], // 236 000 / 250 000
    // 190 000 / 200 000 = 0.95 exactly (in floats too: 95 000/6·6 = 95 000), the inclusive lower edge.
    ["jawa-tengah", "observed", "95000", "100000", "0.950", "on-track"],
    ["sumatera-utara", "observed", "48000", "75000", "0.640", "needs-acceleration"], // 96 000 / 150 000
    ["sulawesi-selatan", "observed", "41000", "50000", "0.820", "needs-acceleration"], // 82 000 / 100 000
  ])("assesses %s", (...row) => {
    const line = lines(run("examples/regional-rollup.mjs")).find((l) => l.startsWith(`${row[0]} `));
    expect(line?.split(/\s+/)).toEqual(row);
  });

  it("ranks the lagging targets by shortfall against plan-to-date", () => {
    const out = lines(run("examples/regional-rollup.mjs"));
    const start = out.indexOf("lagging, largest shortfall against plan-to-date first:");
    expect(out.slice(start + 1, start + 6).map((l) => l.split(/\s+/).slice(0, 3))).toEqual([
      ["national", "48000", "9.6"], // 500 000 - 452 000; 48 000 / 500 000
      ["sumatera-utara", "27000", "36.0"], // 75 000 - 48 000; / 75 000
      ["sulawesi-selatan", "9000", "18.0"],
      ["jawa-timur", "7000", "5.6"],
      ["jawa-tengah", "5000", "5.0"],
    ]);
    expect(out.at(-2)).toMatch(/^national: perlu percepatan\. Capaian 452\.000 dari 1\.000\.000 UMKM per 30 Juni 2024/);
  });
});

describe("examples/demo.mjs", () => {
  it("tells the seed scenario as JSON with --json", () => {
    const report = JSON.parse(run("examples/demo.mjs", "--json"));
    expect(report.ikm2020).toMatchObject({
      onboarded: 3_700_000,
      target: 2_000_000,
      attainment: "1.85",
      percent: "185 %",
      status: "achieved",
    });
    expect(report.plan2021.exactMonthly).toMatch(/^508333\.3333/); // 6.1e6 / 12
    expect(report.plan2021.monthsSum).toBe(6_100_000);
    expect(report.plan2021.months.map((m: { planned: number }) => m.planned)).toEqual([
      ...Array(4).fill(508_334),
      ...Array(8).fill(508_333),
    ]);
    expect(report.plan2021).toMatchObject({ claimedYear: 6_000_000, claimShortfallYear: 100_000 });
    expect(report.goal2023.months).toBe("32");
    expect(report.goal2023.requiredAtBaseline.perMonth).toBe("571875");
    // (30/11.7)^(1/32) - 1 (methodology: the BBI figures).
    expect(report.goal2023.requiredAtBaseline.compoundMonthlyGrowth).toMatch(/^0\.02986246775081/);
    expect(report.goal2023.illustrative).toMatch(/^ILLUSTRATIVE/);
    // On the illustrative path, as of 2022-06-30: plan 11.7e6 + 14 * 571 875 = 19 706 250; pace
    // (17.9 - 11.7) / (19.70625 - 11.7) = 6.2 / 8.00625 = 0.774395; required (30e6 - 17.9e6) / 18 = 672 222.22.
    const a = report.goal2023.assessment;
    expect(a.planToDate).toBe("19706250");
    expect(Number(a.pace.ratio)).toBeCloseTo(0.774395, 6);
    expect(Number(a.required.perMonth)).toBeCloseTo(672_222.22, 2);
    // The random walk with drift (assess's default) projects 17.9 + 18·6.2/14 = 25.87 million by
    // 2023-12-31: Q = 0.774, in [0.6, 0.95).
    expect(a.status).toBe("needs-acceleration");
    expect(a.measure.value).toBeGreaterThanOrEqual(0.6);
    expect(a.measure.value).toBeLessThan(0.95);
    // How sure, from the same random walk with drift: increments 0.9, 1.3, 1.5, 1.2, 1.3 million over
    // 2, 3, 3, 3, 3 months miss μ·Δx by σ = 0.0631514 million (4 degrees of freedom), and the value
    // h months after 2022-06-30 is 17.9 + μh + t₄·σ·sqrt(h + h²/14). Recomputed with scipy's
    // Student t (an independent implementation): P(≥ 30 million at h = 18) = 0.000261019; the first
    // day ends with P ≥ 0.05, 0.5, 0.85, 0.95 are 2024-07-25, 2024-10-10, 2024-11-28, 2025-01-10.
    expect(a.projection).toMatchObject({ method: "linear", fittedOn: "increments", probabilityReason: null });
    expect(a.projection.probabilityOnTime).toBeCloseTo(0.000261019, 9);
    expect(a.eta).toEqual({ date: "2024-10-10", earliest: { date: "2024-07-25" }, latest: { date: "2025-01-10" } });
    expect(report.goal2023.dateQuantiles).toEqual([
      { probability: 0.5, date: "2024-10-10" },
      { probability: 0.85, date: "2024-11-28" },
      { probability: 0.95, date: "2025-01-10" },
    ]);
    // "3.000 lebih" against "3,7 juta": 3 700 000 / 3 000 = 1 233.3, near 1 000 (methodology: the BBI figures).
    expect(report.consistency.check.figures.map((f: { value: string }) => f.value)).toEqual(["3700000", "3000"]);
    expect(report.consistency.check.findings[0]).toMatchObject({
      kind: "magnitude-slip",
      factor: 1000,
      agreesWhenScaled: true,
    });
    expect(report.chart).toBe("demo-output/burn-up.svg");
    expect(existsSync(`${root}demo-output/burn-up.svg`)).toBe(true);
    // The random walk with drift over the 6 points (months 0, 2, 5, 8, 11, 14 of the month axis)
    // drifts (17.9 - 11.7)/14 = 0.442857 million a month from 17.9 million at month 14 and reaches
    // 25 871 428.57 at month 32 (an exact rational calculation): 4 128 571.43 short of the goal,
    // "4.13M" to three digits.
    expect(report.goal2023.gapAtGoal.kind).toBe("shortfall");
    expect(Number(report.goal2023.gapAtGoal.value)).toBeCloseTo(4_128_571.43, 1);
    expect(report.source).toBe(
      "Lampaui Target, 3,7 Juta IKM Sudah On Boarding pada 2020 (May 2021), Gerakan Nasional Bangga Buatan Indonesia (BBI)",
    );
    // What the chart marks (burnUpChart TSDoc): values 11.7M..31.2M (the band at the ETA) -> 10M..35M
    // in 5M steps; x from the baseline to 2024-11-30 (1 259 days to the ETA 2024-10-10, + 38: the
    // 12.1 million still to go take 12.1/0.442857 = 27.32 months from 2022-06-30).
    expect(report.chartMarks).toEqual({
      legend: ["Actual (cumulative)", "Plan to date", "Projection", "90% interval"],
      gapAtGoal: "Shortfall 4.13M at 31 Dec 2023",
      yAxis: [10_000_000, 35_000_000],
      xAxis: ["2021-04-30", "2024-11-30"],
    });
  });

  it("backtests the methods on the short illustrative path, and says what auto falls back to", () => {
    const b = JSON.parse(run("examples/demo.mjs", "--json")).backtest;
    // Six points with the baseline: the default first origin (the 6th point) has nothing after it.
    expect(b).toMatchObject({ defaultOrigins: 0, minPoints: 3, fitOn: "increments" });
    expect(b.origins).toEqual(["2021-09-30", "2021-12-31", "2022-03-31"]);
    expect(b.horizons).toEqual([3, 6]); // 12 months after 2021-09-30 is past the last point
    expect(b.methods).toEqual(["run-rate", "linear", "cagr", "logistic", "bass"]); // damped needs more points
    // The naive drift 6.2/14 million a month misses the steps 0.9 (2 months), 1.3, 1.5, 1.2, 1.3 (3
    // months each) by 0.014286, 0.028571, 0.171429, 0.128571, 0.028571 million: mean 74 285.71.
    expect(b.maseScale).toBeCloseTo(74_285.714, 2);
    const score = (method: string, horizon: number) =>
      b.scores.find((s: { method: string; horizon: number }) => s.method === method && s.horizon === horizon);
    // By hand: run rate (the last 3 months' increment) from 30 Sep, 31 Dec, 31 Mar: 13.9 + 1.3 = 15.2
    // against 15.4, 15.4 + 1.5 = 16.9 against 16.6, 16.6 + 1.2 = 17.8 against 17.9: errors 0.2, 0.3,
    // 0.1 million. The drift 2.2/5, 3.7/8, 4.9/11 million a month: 15.22, 16.7875, 17.93636 against
    // the same actuals; 6 months on, 16.54 against 16.6 and 18.175 against 17.9.
    expect(score("run-rate", 3)).toMatchObject({ count: 3, mae: expect.closeTo(200_000, 3) });
    expect(score("run-rate", 6)).toMatchObject({ count: 2, mae: expect.closeTo(300_000, 3) });
    expect(score("linear", 3)).toMatchObject({ count: 3, mae: expect.closeTo((180_000 + 187_500 + 36_363.64) / 3, 1) });
    expect(score("linear", 6)).toMatchObject({ count: 2, mae: expect.closeTo(167_500, 3) });
    expect(score("linear", 3).mase).toBeCloseTo(134_621.21 / 74_285.714, 4);
    expect(b.scores.map((s: { count: number }) => s.count)).toEqual([3, 2, 3, 2, 3, 2, 3, 2, 3, 2]);
    // Every score's MAE is the mean of its forecasts' errors.
    for (const s of b.scores) {
      const errors = b.forecasts
        .filter((f: { method: string; horizon: number }) => f.method === s.method && f.horizon === s.horizon)
        .map((f: { value: number; actual: number }) => Math.abs(f.actual - f.value));
      expect(errors.length).toBe(s.count);
      expect(s.mae).toBeCloseTo(errors.reduce((x: number, y: number) => x + y, 0) / errors.length, 6);
    }
    // auto's own backtest uses the defaults, which score nothing here: the random walk with drift.
    expect(b.auto).toEqual({
      method: "linear",
      fittedOn: "increments",
      selection: {
        method: "linear",
        horizon: null,
        scores: {},
        reason: "too-few-points-for-backtest",
        intervalScores: {},
        weights: { linear: 1 },
        widening: 1,
      },
    });
  });

  it.each([
    [
      "en",
      [
        "Attainment",
        "185 %",
        "571,875",
        "2.986 %",
        "(May 2021)",
        "January 2021",
        "30,000,000 (31 December 2023)",
        "shortfall 4,128,571",
        "10 October 2024",
        "25 July 2024 – 10 January 2025",
        "Chance of 30,000,000 by 31 December 2023",
        "< 1 %",
        "28 November 2024",
        "Each score rests on 2–3 forecasts",
        "1.81 *",
        "too few points for a backtest",
        "Shortfall 4.13M at 31 Dec 2023",
        "demo-output/burn-up.svg",
      ],
    ],
    [
      "id",
      [
        "Capaian",
        "185 %",
        "571.875",
        "2,986 %",
        "(Mei 2021)",
        "Januari 2021",
        "30.000.000 (31 Desember 2023)",
        "kekurangan 4.128.571",
        "10 Oktober 2024",
        "25 Juli 2024 – 10 Januari 2025",
        "Peluang mencapai 30.000.000 hingga 31 Desember 2023",
        "< 1 %",
        "28 November 2024",
        "Setiap skor hanya bertumpu pada 2–3 ramalan",
        "1,81 *",
        "titik terlalu sedikit untuk uji balik",
        "Kekurangan 4,13 jt pada 31 Des 2023",
        "demo-output/burn-up.id.svg",
      ],
    ],
  ])("prints readable tables in %s", (locale, expected) => {
    const out = run("examples/demo.mjs", "--locale", locale);
    for (const text of expected) expect(out).toContain(text);
  });

  it("speaks Bahasa Indonesia throughout with --locale id, and draws its own chart", () => {
    const out = run("examples/demo.mjs", "--locale", "id");
    // Names, sources and words of the data and the library, translated:
    for (const text of [
      "UMKM di platform digital: perlu percepatan.",
      "judul berita",
      "pejabat yang dikutip dalam artikel yang sama",
      "tren linear",
      "(bawaan)",
      "Rentang 90%",
    ]) {
      expect(out).toContain(text);
    }
    for (const english of [
      "report headline",
      "official quoted",
      "May 2021",
      "UMKM on digital platforms",
      "(default)",
      "Shortfall",
      "Written",
    ]) {
      expect(out).not.toContain(english);
    }
    expect(readFileSync(`${root}demo-output/burn-up.id.svg`, "utf8")).toContain(">Kekurangan 4,13 jt</tspan>");
  });

  it("tells the record, 2019-2024: reconciliation, the assessment as of the seed's date, the outlook to August 2024", () => {
    const r = JSON.parse(run("examples/demo.mjs", "--json")).record;
    expect(r.reports).toBe(30);
    expect(r.counters).toHaveLength(6);
    // Three dates with several reports; KemenkopUKM's kept where it reported, else the median (the lower of two).
    expect(
      r.conflicts.map((c: { date: string; kept: { source: string; value: number } }) => [
        c.date,
        c.kept.source,
        c.kept.value,
      ]),
    ).toEqual([
      ["2021-12-31", "KemenkopUKM", 16_400_000],
      ["2022-12-31", "KemenkopUKM", 20_760_000],
      ["2023-06-30", "Kominfo", 22_680_000],
    ]);
    // The 27 million of 2023-12-04 against the line from 22.81 M (2023-08-31) to 25.2 M (2023-12-31).
    expect(r.outliers).toMatchObject([{ date: "2023-12-04", value: 27_000_000, expected: 24_679_597, dropped: true }]);
    // Falls pooled to their means: (13.7 + 13.5) / 2, (20.2 + 19.95) / 2, (25.2 + 25) / 2 million.
    expect(r.adjustments.map((a: { to: number }) => a.to)).toEqual([
      13_600_000, 13_600_000, 20_075_000, 20_075_000, 25_100_000, 25_100_000,
    ]);
    // As of 31 May 2021, against 30 million by 2023: plan 11.7 + 18.3 x 5/36 million; required
    // (30 - 13.7) million over the 31 months to 2023-12-31.
    expect(r.seed.status).toBe("needs-acceleration");
    expect(r.seed.goalInForce).toMatchObject({ goal: { date: "2023-12-31" }, announced: null });
    expect(Number(r.seed.planToDate)).toBeCloseTo(11_700_000 + (18_300_000 * 5) / 36, 4);
    expect(Number(r.seed.required.perMonth)).toBeCloseTo(16_300_000 / 31, 4);
    // One row a month to August 2024; the goal moves to 2024 with the revision of 28 March 2022.
    expect(r.outlook).toHaveLength(40);
    const row = (asOf: string) => r.outlook.find((x: { asOf: string }) => x.asOf === asOf);
    expect(row("2022-02-28").goal.date).toBe("2023-12-31");
    expect(row("2022-03-31")).toMatchObject({ goal: { date: "2024-12-31" }, goalAnnounced: "2022-03-28" });
    expect(row("2024-08-31").probabilityOnTime).toBeLessThan(0.01);
    expect(r.happened).toEqual({ date: "2024-08-03", value: 25_000_000, source: "KemenkopUKM" });
    expect(r.chart).toBe("demo-output/outlook.svg");
    expect(existsSync(`${root}demo-output/outlook.svg`)).toBe(true);
  });

  it.each([
    [
      "en",
      [
        "7. The record, 2019–2024",
        "KemenkopUKM 16,400,000 (preferred source)",
        "Outlier: 27,000,000 (Kemenko Perekonomian, 4 December 2023)",
        "Goal in force: 30,000,000 UMKM by 31 December 2023, as first set.",
        "30,000,000 (31 December 2024)",
        "the minister said the 30 million would not be reached",
      ],
    ],
    [
      "id",
      [
        "7. Data sebenarnya, 2019–2024",
        "KemenkopUKM 16.400.000 (sumber diutamakan)",
        "Pencilan: 27.000.000 (Kemenko Perekonomian, 4 Desember 2023)",
        "Sasaran yang berlaku: 30.000.000 UMKM pada 31 Desember 2023, sasaran awal.",
        "30.000.000 (31 Desember 2024)",
        "menteri menyatakan 30 juta tidak akan tercapai",
        "demo-output/outlook.id.svg",
      ],
    ],
  ])("tells the record in %s", (locale, expected) => {
    const out = run("examples/demo.mjs", "--locale", locale);
    for (const text of expected) expect(out).toContain(text);
  });
});

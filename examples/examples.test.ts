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
    ["2020 IKM attainment: 185%"], // 3.7e6 / 2e6 = 1.85 (methodology: the BBI figures)
    ["months: 36"], // 2020-12-31 -> 2023-12-31 (methodology: the month axis)
    ["required per month: 508333.33"], // (30e6 - 11.7e6) / 36 = 508 333.33...
    ["required compound growth per month: 0.026501"], // (30/11.7)^(1/36) - 1 = 0.0265008574...
    ["plan to date: 17800000"], // 11.7e6 + 12 * 18.3e6 / 36
    ["pace (SPI analogue): 0.7705"], // (16.4e6 - 11.7e6) / (17.8e6 - 11.7e6) = 4.7 / 6.1 = 0.770491...
    ["required per month now: 566666.67"], // (30e6 - 16.4e6) / 24 months
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
  // The record's reports, read here as the demo reads them, for the values computed by hand below.
  const reports: { date: string; value: number; source: string }[] = JSON.parse(
    readFileSync(`${root}examples/data/umkm-digital.json`, "utf8"),
  ).observations;
  // The month axis of docs/methodology.md: pos(D) = 12·year + (month - 1) + day / daysInMonth.
  const pos = (date: string) => {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    return 12 * y + (m - 1) + d / new Date(Date.UTC(y, m, 0)).getUTCDate();
  };

  it("tells the 2020 figures and the 2021 plan as JSON with --json", () => {
    const report = JSON.parse(run("examples/demo.mjs", "--json"));
    expect(report.ikm2020).toMatchObject({
      onboarded: 3_700_000,
      target: 2_000_000,
      attainment: "1.85",
      percent: "185%", // no space before %, as the library's explanations write it
      status: "achieved",
    });
    expect(report.plan2021.exactMonthly).toMatch(/^508333\.3333/); // 6.1e6 / 12
    expect(report.plan2021.monthsSum).toBe(6_100_000);
    expect(report.plan2021.months.map((m: { planned: number }) => m.planned)).toEqual([
      ...Array(4).fill(508_334),
      ...Array(8).fill(508_333),
    ]);
    expect(report.plan2021).toMatchObject({ claimedYear: 6_000_000, claimShortfallYear: 100_000 });
    // "3.000 lebih" against "3,7 juta": 3 700 000 / 3 000 = 1 233.3, near 1 000 (methodology: the BBI figures).
    expect(report.consistency.check.figures.map((f: { value: string }) => f.value)).toEqual(["3700000", "3000"]);
    expect(report.consistency.check.findings[0]).toMatchObject({
      kind: "magnitude-slip",
      factor: 1000,
      agreesWhenScaled: true,
    });
    expect(report.source).toBe(
      "Lampaui Target, 3,7 Juta IKM Sudah On Boarding pada 2020 (May 2021), Gerakan Nasional Bangga Buatan Indonesia (BBI)",
    );
    // The illustrative path is gone: nothing synthetic is assessed.
    expect(JSON.stringify(report)).not.toMatch(/illustrative|synthetic/i);
  });

  it("reconciles the record: every conflict, the outlier and the falls", () => {
    const r = JSON.parse(run("examples/demo.mjs", "--json")).record;
    expect(r.reports).toBe(reports.length);
    expect(r.reports).toBe(30);
    expect(r.counters).toEqual([...new Set(reports.map((o) => o.source))]);
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
    const line =
      22_810_000 + (2_390_000 * (pos("2023-12-04") - pos("2023-08-31"))) / (pos("2023-12-31") - pos("2023-08-31"));
    expect(r.outliers).toMatchObject([
      { date: "2023-12-04", value: 27_000_000, expected: Math.round(line), dropped: true },
    ]);
    // Falls pooled to their means: (13.7 + 13.5) / 2, (20.2 + 19.95) / 2, (25.2 + 25) / 2 million.
    expect(r.adjustments.map((a: { to: number }) => a.to)).toEqual([
      13_600_000, 13_600_000, 20_075_000, 20_075_000, 25_100_000, 25_100_000,
    ]);
    // 30 reports on 26 dates (2021-12-31 has three, 2022-12-31 and 2023-06-30 two); 25 without the outlier.
    expect(new Set(reports.map((o) => o.date)).size).toBe(26);
    expect(r.path).toBe(25);
  });

  it("assesses the goal as of the seed's date on the reports known then, and says how sure", () => {
    const s = JSON.parse(run("examples/demo.mjs", "--json")).seed;
    // 11.7 M at 2020-12-31 to 30 M by 2023-12-31: 36 months, 18.3 M / 36 = 508 333.33 a month (the
    // 6.1 million a year of the 2021 plan), or (30 / 11.7)^(1/36) - 1 compounded.
    expect(s.goalInForce).toMatchObject({ goal: { date: "2023-12-31", value: 30_000_000 }, announced: null });
    expect(s.months).toBe("36");
    expect(Number(s.requiredAtBaseline.perMonth)).toBeCloseTo(18_300_000 / 36, 6);
    expect(Number(s.requiredAtBaseline.compoundMonthlyGrowth)).toBeCloseTo((30 / 11.7) ** (1 / 36) - 1, 12);
    // Known on 2021-05-31: the six reports dated by then. The BBI's 11.7 M of 2020-12-31 stands
    // 1.03 M above the line from 10.2 M (2020-12-03) to 12.0 M (2021-03-17) and is left out.
    const known = reports.filter((o) => o.date <= "2021-05-31");
    expect(known).toHaveLength(6);
    expect(s.known).toEqual(
      known.filter((o) => o.source !== "BBI").map(({ date, value, source }) => ({ date, value, source })),
    );
    const line =
      10_200_000 + (1_800_000 * (pos("2020-12-31") - pos("2020-12-03"))) / (pos("2021-03-17") - pos("2020-12-03"));
    expect(s.outliers).toMatchObject([{ date: "2020-12-31", source: "BBI", expected: Math.round(line) }]);
    const a = s.assessment;
    // As of 31 May 2021 (13.7 M): plan 11.7 + 18.3 x 5/36 M; pace 2 / 2.541667 M; required
    // (30 - 13.7) M over the 31 months to 2023-12-31.
    const plan = 11_700_000 + (18_300_000 * 5) / 36;
    expect(a.status).toBe("needs-acceleration");
    expect(Number(a.attainment)).toBeCloseTo(13.7 / 30, 12);
    expect(Number(a.planToDate)).toBeCloseTo(plan, 4);
    expect(Number(a.pace.ratio)).toBeCloseTo(2_000_000 / (plan - 11_700_000), 12);
    expect(Number(a.required.perMonth)).toBeCloseTo(16_300_000 / 31, 4);
    // The random walk with drift through the path 8.0, 9.4, 10.2, 11.7 (the baseline), 12.0, 13.7 M
    // (2019-12-31 to 2021-05-31, 17 months): drift μ = 5.7 M / 17 a month, so 13.7 M + 31μ at the goal
    // date, 30 M - that short. σ² = Σ (Δv - μΔx)²/Δx / 4 over the 5 steps; the chance of 30 M by the goal
    // date is the tail of Student's t with 4 degrees of freedom, whose CDF has the closed form
    // 1/2 + (3/8)·u·(1 - u²/12)·... with u = t/√(1 + t²/4) (an independent implementation).
    const path = [
      ["2019-12-31", 8_000_000],
      ["2020-09-21", 9_400_000],
      ["2020-12-03", 10_200_000],
      ["2020-12-31", 11_700_000],
      ["2021-03-17", 12_000_000],
      ["2021-05-31", 13_700_000],
    ] as const;
    const span = pos("2021-05-31") - pos("2019-12-31");
    const mu = 5_700_000 / span;
    const h = pos("2023-12-31") - pos("2021-05-31");
    const sigma = Math.sqrt(
      path.slice(1).reduce((sum, [date, value], i) => {
        const [d0, v0] = path[i] as (typeof path)[number];
        const dx = pos(date) - pos(d0);
        return sum + (value - v0 - mu * dx) ** 2 / dx;
      }, 0) / 4,
    );
    const tStat = (30_000_000 - 13_700_000 - mu * h) / (sigma * Math.sqrt(h + (h * h) / span));
    const u = tStat / Math.sqrt(1 + (tStat * tStat) / 4);
    const cdf4 = 0.5 + (3 / 8) * u * (1 - (u * u) / 12);
    expect([span, h]).toEqual([17, 31]);
    expect(a.projection).toMatchObject({ method: "linear", fittedOn: "increments", probabilityReason: null });
    expect(Number(a.projection.valueAtGoal)).toBeCloseTo(13_700_000 + mu * h, 4); // 24 094 117.65
    expect(s.gapAtGoal.kind).toBe("shortfall");
    expect(Number(s.gapAtGoal.value)).toBeCloseTo(30_000_000 - 13_700_000 - mu * h, 4); // 5 905 882.35
    expect(a.projection.probabilityOnTime).toBeCloseTo(1 - cdf4, 9); // 0.2254
    // The mean reaches 30 M after 16.3 M / μ = 48.61 months: 0.61 of June 2025, ending on the 19th.
    expect(a.eta).toMatchObject({ date: "2025-06-19", latest: { date: null, reason: "never-at-this-pace" } });
    expect(s.dateQuantiles[0]).toEqual({ probability: 0.5, date: "2025-06-19" }); // the median is the mean
    expect(a.explanation[1]).toBe("Goal in force: 30,000,000 UMKM by 31 December 2023, as first set.");
  });

  it("draws the assessment's burn-up chart, and the committed docs/burn-up.svg is the demo's", () => {
    const report = JSON.parse(run("examples/demo.mjs", "--json"));
    expect(report.chart).toBe("demo-output/burn-up.svg");
    const svg = readFileSync(`${root}demo-output/burn-up.svg`, "utf8");
    expect(readFileSync(`${root}docs/burn-up.svg`, "utf8")).toBe(svg);
    // 30 M - 24.094 M = 5.906 M to three digits; the chance under the title, as the sentences say it.
    expect(report.chartMarks.gapAtGoal).toBe("Shortfall 5.91M at 31 Dec 2023");
    expect(report.chartMarks.subtitle).toContain(
      "ETA 90% range: from 19 Dec 2022 · Chance of the goal by 31 Dec 2023: 23%",
    );
    expect(report.chartMarks.legend).toEqual(["Actual (cumulative)", "Plan to date", "Projection", "90% interval"]);
    // The chart starts at the baseline and runs past the ETA (2025-06-19).
    expect(report.chartMarks.xAxis[0]).toBe("2020-12-31");
    expect(report.chartMarks.xAxis[1] > "2025-06-19").toBe(true);
    expect(svg).toContain("Shortfall 5.91M");
  });

  it("backtests the methods on the reconciled record, and says what auto chooses then and at the end", () => {
    const b = JSON.parse(run("examples/demo.mjs", "--json")).backtest;
    // The path's 6th point is 2021-05-31 (default minPoints 6); the last origin with an actual 3
    // months later is 2023-12-31 (the next point is 2024-08-03).
    expect(b).toMatchObject({ asOf: "2024-08-31", minPoints: 6, fitOn: "increments", horizons: [3, 6, 12] });
    expect(b.origins[0]).toBe("2021-05-31");
    expect(b.origins.at(-1)).toBe("2023-12-31");
    expect(b.origins).toHaveLength(16);
    // By hand, from the last origin: the drift from 8.0 M (2019-12-31) to the reconciled 25.1 M
    // (2023-12-31) over 48 months is 356 250 a month, so 25.1 M + 3 x 356 250 at 2024-03-31, where the
    // path is flat at 25.1 M (25.1 M again on 2024-08-03).
    const last = b.forecasts.find(
      (f: { origin: string; method: string; horizon: number }) =>
        f.origin === "2023-12-31" && f.method === "linear" && f.horizon === 3,
    );
    expect(last).toMatchObject({ target: "2024-03-31", actual: 25_100_000 });
    expect(last.value).toBeCloseTo(25_100_000 + 3 * (17_100_000 / 48), 4);
    // Every score's MAE is the mean of its forecasts' errors.
    for (const s of b.scores) {
      const errors = b.forecasts
        .filter((f: { method: string; horizon: number }) => f.method === s.method && f.horizon === s.horizon)
        .map((f: { value: number; actual: number }) => Math.abs(f.actual - f.value));
      expect(errors.length).toBe(s.count);
      expect(s.mae).toBeCloseTo(errors.reduce((x: number, y: number) => x + y, 0) / errors.length, 6);
    }
    // As of the seed's date the path has 6 points: the default first origin is the last point, so
    // auto's backtest scores nothing and it falls back to the random walk with drift.
    expect(b.auto[0]).toMatchObject({
      asOf: "2021-05-31",
      method: "linear",
      fittedOn: "increments",
      selection: { reason: "too-few-points-for-backtest", horizon: null },
    });
    // At the end, auto backtests at the horizon nearest the 4 months to 2024-12-31 (the goal in force).
    expect(b.auto[1]).toMatchObject({ asOf: "2024-08-31", selection: { horizon: 6 } });
  });

  it("assesses the record every month to August 2024, against what happened", () => {
    const o = JSON.parse(run("examples/demo.mjs", "--json")).outlook;
    // One row a month from May 2021 to August 2024; the goal moves to 2024 with the revision of 28 March 2022.
    expect(o.rows).toHaveLength(40);
    const row = (asOf: string) => o.rows.find((x: { asOf: string }) => x.asOf === asOf);
    // The first row is the seed's assessment.
    expect(row("2021-05-31")).toMatchObject({ status: "needs-acceleration", current: { value: 13_700_000 } });
    expect(row("2022-02-28").goal.date).toBe("2023-12-31");
    expect(row("2022-03-31")).toMatchObject({ goal: { date: "2024-12-31" }, goalAnnounced: "2022-03-28" });
    expect(row("2024-08-31").probabilityOnTime).toBeLessThan(0.01);
    expect(o.happened).toEqual({ date: "2024-08-03", value: 25_000_000, source: "KemenkopUKM" });
    expect(o.chart).toBe("demo-output/outlook.svg");
    expect(readFileSync(`${root}docs/outlook.svg`, "utf8")).toBe(
      readFileSync(`${root}demo-output/outlook.svg`, "utf8"),
    );
  });

  it.each([
    [
      "en",
      [
        "Attainment",
        "185%",
        "98.36%",
        "(May 2021)",
        "January 2021",
        "4. The record, 2019–2024",
        "KemenkopUKM 16,400,000 (preferred source)",
        "Outlier: 27,000,000 (Kemenko Perekonomian, 4 December 2023)",
        "5. The goal as of the seed's date",
        "11,700,000 (31 December 2020)",
        "30,000,000 (31 December 2023)",
        "508,333.33",
        "Left out as an outlier then: 11,700,000 (BBI, 31 December 2020)",
        "shortfall 5,905,882",
        "19 June 2025",
        "Chance of 30,000,000 by 31 December 2023",
        "23%",
        "Goal in force: 30,000,000 UMKM by 31 December 2023, as first set.",
        "Shortfall 5.91M at 31 Dec 2023",
        "demo-output/burn-up.svg",
        "16 origins",
        "0.80 *",
        "too few points for a backtest",
        "30,000,000 (31 December 2024)",
        "the minister said the 30 million would not be reached",
        "demo-output/outlook.svg",
      ],
    ],
    [
      "id",
      [
        "Capaian",
        "185%",
        "98,36%",
        "(Mei 2021)",
        "Januari 2021",
        "4. Data sebenarnya, 2019–2024",
        "KemenkopUKM 16.400.000 (sumber diutamakan)",
        "Pencilan: 27.000.000 (Kemenko Perekonomian, 4 Desember 2023)",
        "5. Target per tanggal laporan awal",
        "11.700.000 (31 Desember 2020)",
        "30.000.000 (31 Desember 2023)",
        "508.333,33",
        "Dibuang sebagai pencilan saat itu: 11.700.000 (BBI, 31 Desember 2020)",
        "kekurangan 5.905.882",
        "19 Juni 2025",
        "Peluang mencapai 30.000.000 hingga 31 Desember 2023",
        "23%",
        "Sasaran yang berlaku: 30.000.000 UMKM pada 31 Desember 2023, sasaran awal.",
        "Kekurangan 5,91 jt pada 31 Des 2023",
        "demo-output/burn-up.id.svg",
        "16 origin",
        "0,80 *",
        "titik terlalu sedikit untuk uji balik",
        "30.000.000 (31 Desember 2024)",
        "menteri menyatakan 30 juta tidak akan tercapai",
        "demo-output/outlook.id.svg",
      ],
    ],
  ])("prints readable tables in %s", (locale, expected) => {
    const out = run("examples/demo.mjs", "--locale", locale);
    for (const text of expected) expect(out).toContain(text);
    // Nothing undefined, no NaN, and no space before "%" (the library's explanations write "45.7%").
    expect(out).not.toMatch(/NaN|undefined|Infinity|\d %/);
  });

  it("speaks Bahasa Indonesia throughout with --locale id, and draws its own charts", () => {
    const out = run("examples/demo.mjs", "--locale", "id");
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
    expect(readFileSync(`${root}demo-output/burn-up.id.svg`, "utf8")).toContain(">Kekurangan 5,91 jt</tspan>");
  });
});

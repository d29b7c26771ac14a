// The main demonstration: `npm ci && npm run demo`. It tells the seed scenario of the BBI movement
// (examples/data/bbi.json: the 2020 IKM target, the 2021 plan, the "3.000 lebih" slip) and then its
// goal, 11.7 -> 30 million UMKM on digital platforms, on the real record (examples/data/umkm-digital.json:
// published figures with their sources, the target with its March 2022 revision), using the BUILT
// package (self-reference import).
//
//   npm run demo                      English tables in the terminal
//   npm run demo -- --locale id       Bahasa Indonesia
//   npm run demo -- --json            the same report as JSON on stdout
//
// The record is reconciled (conflicts, outliers, falls), assessed as of the seed's date (31 May 2021)
// with how sure that is, drawn as a burn-up chart, used to backtest the projection methods, and
// assessed again every month to August 2024, against what happened. It writes the charts
// demo-output/burn-up.svg and demo-output/outlook.svg (burn-up.id.svg and outlook.id.svg in Bahasa
// Indonesia), rendered with the vega and vega-lite dev dependencies (scripts/render-chart.mjs).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as lib from "onboarding-targets";
import { TEXT } from "./demo-text.mjs";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const localeArg = args.includes("--locale") ? args[args.indexOf("--locale") + 1] : "en";
if (localeArg !== "en" && localeArg !== "id") {
  console.error(`--locale must be "en" or "id", not ${JSON.stringify(localeArg)}`);
  process.exit(2);
}
/** @type {"en" | "id"} */
const locale = localeArg;
const t = TEXT[locale];
const data = JSON.parse(readFileSync(new URL("./data/bbi.json", import.meta.url), "utf8"));
const outDir = new URL("../demo-output/", import.meta.url);

const { Decimal } = lib;

// ---------------------------------------------------------------------------------------------
// Number and percentage formatting for the terminal (en: 1,234.5; id: 1.234,5).
const nf = (digits) =>
  new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  });
const count = (v) => nf(0).format(Number(new Decimal(v).toDecimalPlaces(0).toString()));
const num = (v, digits = 2) => nf(digits).format(Number(new Decimal(v).toDecimalPlaces(digits).toString()));
// No space before "%", in both languages, as the library's explanations and charts write it ("185%").
const pct = (v, digits = 1) => `${num(new Decimal(v).times(100), digits)}%`;
// Fixed decimals, for columns that compare numbers ("3.80", "1.70%").
const fixed = (v, digits) =>
  new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
const dec = (v) => (v === null || v === undefined ? null : new Decimal(v).toString());
// Dates in the locale's words ("30 June 2022", "30 Juni 2022"; months "January 2021", "Januari 2021").
// The library keeps its date wording internal; Intl's UTC calendar gives the same month names.
const dateWords = (options) =>
  new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { ...options, timeZone: "UTC" });
const day = (date) =>
  dateWords({ day: "numeric", month: "long", year: "numeric" }).format(new Date(`${date}T00:00:00Z`));
const month = (yearMonth) =>
  dateWords({ month: "long", year: "numeric" }).format(new Date(`${yearMonth.slice(0, 7)}-01T00:00:00Z`));
const sourceLine = `${data.source.title} (${month(data.source.published)}), ${data.source.publisher}`;

// ---------------------------------------------------------------------------------------------
// 1. The 2020 IKM target: 3.7 million against 2 million.
const ikm = data.ikm2020;
const ikmAttainment = lib.attainment(ikm.onboarded, ikm.target);
const ikm2020 = {
  onboarded: ikm.onboarded,
  target: ikm.target,
  attainment: ikmAttainment.toString(),
  percent: pct(ikmAttainment, 0),
  status: ikmAttainment.gte(1) ? "achieved" : "short",
};

// 2. The 2021 plan: 6.1 million new UMKM, allocated per month by largest remainder.
const plan = data.plan2021;
const planGoal = plan.target.goal.value - plan.target.baseline.value;
const exactMonthly = new Decimal(planGoal).div(12);
const plan2021 = {
  goal: planGoal,
  exactMonthly: exactMonthly.toString(),
  months: lib.allocatePlan(plan.target, { period: "month" }),
  claimedMonthly: plan.claimedMonthly,
  claimedYear: plan.claimedMonthly * 12,
  claimShortfallYear: planGoal - plan.claimedMonthly * 12,
  claimShortfallMonthly: exactMonthly.minus(plan.claimedMonthly).toString(),
  claimShare: new Decimal(plan.claimedMonthly * 12).div(planGoal).toString(),
};
plan2021.monthsSum = plan2021.months.reduce((s, m) => s + m.planned, 0);

// 3. The consistency check: "3,7 juta" against "3.000 lebih".
const reported = ikm.reported.map((f) => ({ text: f.text, source: f.source[locale] }));
const checked = lib.checkConsistency(
  reported.map((f) => ({ value: f.text, source: f.source })),
  { locale },
);
const consistency = {
  figures: reported,
  check: {
    consistent: checked.consistent,
    figures: checked.figures.map((f) => ({ label: f.label, value: dec(f.value), qualifier: f.qualifier ?? null })),
    findings: checked.findings.map((f) => ({
      kind: f.kind,
      figures: f.figures,
      ratio: dec(f.ratio),
      factor: f.factor ?? null,
      agreesWhenScaled: f.agreesWhenScaled ?? null,
      explanation: f.explanation,
    })),
  },
};

// 4. The record, 2019-2024 (examples/data/umkm-digital.json): 30 published figures from six counters,
// with their sources and quotes, and the target with its March 2022 revision. Reconciled into one
// path: KemenkopUKM's figure preferred on a shared date, outliers dropped, falls pooled.
const recordData = JSON.parse(readFileSync(new URL("./data/umkm-digital.json", import.meta.url), "utf8"));
const target = { ...recordData.target, name: t.targetName };
const reconcileOptions = { prefer: ["KemenkopUKM"], outliers: "drop" };
const reconciled = lib.reconcile(recordData.observations, reconcileOptions);
const record = {
  reports: recordData.observations.length,
  counters: [...new Set(recordData.observations.map((o) => o.source))],
  reconcile: reconcileOptions,
  conflicts: reconciled.conflicts,
  adjustments: reconciled.adjustments,
  outliers: reconciled.outliers,
  path: reconciled.observations.length,
};

// 5. The goal, as the seed's report (May 2021) stood: 11.7 million at the end of 2020 to 30 million by
// the end of 2023, assessed as of 31 May 2021 on the reports known then, reconciled.
const seedDate = "2021-05-31";
const assessOptions = { asOf: seedDate, reconcile: reconcileOptions, locale };
const assessment = lib.assess(target, recordData.observations, assessOptions);
const inForce = assessment.goalInForce;
const atBaseline = lib.requiredMonthlyRate(
  { ...target, goal: inForce.goal, revisions: undefined },
  { date: target.baseline.date, value: target.baseline.value },
);
const gapAtGoal = assessment.projection
  ? new Decimal(assessment.projection.valueAtGoal).minus(inForce.goal.value)
  : null;
// The dates by which the goal is reached with 50, 85 and 95 % probability, from the predictive
// distribution of the assessment's projection (its method and fit, on the same reconciled reports).
const projection =
  assessment.projection &&
  lib.project(recordData.observations, {
    method: assessment.projection.method,
    fitOn: assessment.projection.fittedOn,
    until: inForce.goal.date,
    asOf: seedDate,
    baseline: target.baseline,
    reconcile: reconcileOptions,
  });
const seed = {
  asOf: seedDate,
  target: { baseline: target.baseline, goal: inForce.goal },
  goalInForce: inForce,
  months: lib.monthsBetween(target.baseline.date, inForce.goal.date).toString(),
  requiredAtBaseline: {
    perMonth: dec(atBaseline.perMonth),
    compoundMonthlyGrowth: dec(atBaseline.compoundMonthlyGrowth),
  },
  // What was known then, reconciled: one figure a date, with its counter; the outliers left out.
  known: assessment.reconciliation.observations.map(({ date, value, source }) => ({ date, value, source })),
  outliers: assessment.reconciliation.outliers,
  assessment: summariseAssessment(assessment),
  gapAtGoal: gapAtGoal && { kind: gapAtGoal.isNegative() ? "shortfall" : "surplus", value: gapAtGoal.abs().toString() },
  dateQuantiles: projection ? projection.dateReachingQuantiles(inForce.goal.value, [0.5, 0.85, 0.95]) : [],
};

// 6. The burn-up chart of that assessment (assessmentChart: the same projection, ETA and chance as
// its sentences), and what it marks besides the lines (read from the specification).
const chartPath = locale === "en" ? "demo-output/burn-up.svg" : `demo-output/burn-up.${locale}.svg`;
const spec = lib.assessmentChart(target, recordData.observations, assessment, {
  locale,
  title: t.chartTitle,
  reconcile: reconcileOptions,
});
const chart = await renderSvg(spec);
const layerNamed = (name) => spec.layer.find((l) => l.name === name);
const chartMarks = {
  legend: layerNamed("actual").encoding.color.scale.domain,
  gapAtGoal: layerNamed("goal_gap")?.data.values[0].label ?? null,
  subtitle: spec.title.subtitle,
  yAxis: layerNamed("actual").encoding.y.scale.domain,
  xAxis: layerNamed("actual").encoding.x.scale.domain.map(
    (d) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.date).padStart(2, "0")}`,
  ),
};

// 7. Which projection to believe: a backtest of the methods on the whole record (the reports known by
// the last month of the outlook, reconciled), fitted as the assessment fits (`linear` on increments),
// and what `method: "auto"` chooses as of the seed's date and as of that last month.
const lastDate = "2024-08-31";
const pathOptions = { baseline: target.baseline, reconcile: reconcileOptions, fitOn: "increments" };
const recordBacktest = lib.backtest(recordData.observations, { ...pathOptions, asOf: lastDate });
const withInterval = (s) =>
  recordBacktest.forecasts.filter((f) => f.method === s.method && f.horizon === s.horizon && f.lower !== null).length;
const autoAsOf = (asOf) => {
  const p = lib.project(recordData.observations, {
    ...pathOptions,
    method: "auto",
    until: lib.goalInForce(target, asOf).goal.date,
    asOf,
  });
  return { asOf, method: p.method, fittedOn: p.fittedOn, selection: p.selection };
};
const backtest = {
  asOf: lastDate,
  minPoints: recordBacktest.minPoints,
  fitOn: pathOptions.fitOn,
  origins: recordBacktest.origins,
  horizons: recordBacktest.horizons,
  methods: recordBacktest.methods,
  maseScale: recordBacktest.maseScale,
  scores: recordBacktest.scores.map((s) => ({ ...s, withInterval: withInterval(s) })),
  forecasts: recordBacktest.forecasts,
  auto: [autoAsOf(seedDate), autoAsOf(lastDate)],
};

// 8. The outlook over time: assessed again every month from the seed's date to August 2024, each month
// seeing only the reports known by then and the goal in force, against what happened.
const outlookRows = lib.assessOverTime(target, recordData.observations, {
  asOf: { every: "month", from: seedDate, to: lastDate },
  reconcile: reconcileOptions,
});
const outlookPath = locale === "en" ? "demo-output/outlook.svg" : `demo-output/outlook.${locale}.svg`;
const outlookSvg = await renderSvg(lib.outlookChart(outlookRows, { locale }), outlookPath);
const lastReport = recordData.observations.at(-1);
const outlook = {
  rows: outlookRows.map((r) => ({
    asOf: r.asOf,
    goal: r.goal,
    goalAnnounced: r.goalAnnounced,
    status: r.status,
    current: r.current,
    projected: r.projected,
    probabilityOnTime: r.probabilityOnTime,
    eta: r.eta,
  })),
  happened: { date: lastReport.date, value: lastReport.value, source: lastReport.source },
  chart: outlookSvg ? outlookPath : null,
};

const report = {
  title: t.title,
  locale,
  source: sourceLine,
  ikm2020,
  plan2021,
  consistency,
  record,
  seed,
  chart: chart ? chartPath : null,
  chartMarks,
  backtest,
  outlook,
};

if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  printReport();
}

// ---------------------------------------------------------------------------------------------
function summariseAssessment(a) {
  return {
    status: a.status,
    attainment: dec(a.attainment),
    progress: dec(a.progress),
    planToDate: dec(a.planToDate),
    pace: a.pace ? { ratio: dec(a.pace.ratio), gap: dec(a.pace.gap) } : null,
    required: a.required
      ? {
          perMonth: dec(a.required.perMonth),
          compoundMonthlyGrowth: dec(a.required.compoundMonthlyGrowth),
          months: dec(a.required.months),
        }
      : null,
    runRate: dec(a.runRate),
    // The ratio, or the reason there is none ("never-at-this-pace", ...).
    accelerationNeeded:
      a.accelerationNeeded === null
        ? null
        : a.accelerationNeeded.ratio === null
          ? { reason: a.accelerationNeeded.reason }
          : dec(a.accelerationNeeded.ratio),
    projection: a.projection
      ? {
          method: a.projection.method,
          fittedOn: a.projection.fittedOn,
          valueAtGoal: dec(a.projection.valueAtGoal),
          lower: dec(a.projection.lower),
          upper: dec(a.projection.upper),
          progressAtGoal: dec(a.projection.progressAtGoal),
          probabilityOnTime: a.projection.probabilityOnTime,
          probabilityReason: a.projection.probabilityReason,
        }
      : null,
    eta: a.eta,
    measure: { preset: a.measure.preset, name: a.measure.name, value: a.measure.value },
    explanation: a.explanation[locale],
  };
}

async function renderSvg(vlSpec, path = chartPath) {
  let svg;
  try {
    const { renderSvg: render } = await import("../scripts/render-chart.mjs");
    svg = await render(vlSpec);
  } catch (e) {
    if (e?.code === "ERR_MODULE_NOT_FOUND") return null; // vega and vega-lite are dev dependencies: without them there is no picture
    throw e;
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(new URL(path.slice("demo-output/".length), outDir), svg);
  return svg;
}

function table(rows, columns) {
  const widths = columns.map((c) => Math.max(c.label.length, ...rows.map((r) => String(r[c.key] ?? "").length)));
  const line = (cells) =>
    `  ${cells.map((cell, i) => (columns[i].align === "right" ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join("  ")}`;
  console.log(line(columns.map((c) => c.label)).trimEnd());
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(columns.map((c) => r[c.key] ?? "")).trimEnd());
}
function kv(rows) {
  table(
    rows.map(([k, v]) => ({ k, v })),
    [
      { key: "k", label: t.measure },
      { key: "v", label: t.value, align: "right" },
    ],
  );
}
/** A date estimate in words: its date, else its reason. */
function dateText(estimate) {
  return estimate.date ? day(estimate.date) : (t.reasons[estimate.reason] ?? estimate.reason);
}
/** A probability as a whole percent, as the chart writes it: "< 1%" and "> 99%" for what would round to 0 or 100. */
function chanceText(probability, reason) {
  if (probability === null) return t.reasons[reason] ?? reason ?? "-";
  const percent = Math.round(probability * 100);
  if (percent === 0 && probability > 0) return "< 1%";
  if (percent === 100 && probability < 1) return "> 99%";
  return `${num(percent, 0)}%`;
}
function heading(s) {
  console.log(`\n${s}\n${"=".repeat(s.length)}`);
}

function printReport() {
  console.log(t.title);
  console.log(`${t.source}: ${sourceLine}`);

  heading(t.ikmHeading);
  kv([
    [t.onboarded, count(ikm2020.onboarded)],
    [t.target, count(ikm2020.target)],
    [t.attainment, ikm2020.percent],
    [t.status, t.statuses[ikm2020.status] ?? ikm2020.status],
  ]);

  heading(t.planHeading);
  table(
    plan2021.months.map((m) => ({
      period: month(m.period),
      planned: count(m.planned),
      vs: num(m.planned - plan.claimedMonthly, 0),
    })),
    [
      { key: "period", label: t.month },
      { key: "planned", label: t.planned, align: "right" },
      { key: "vs", label: t.vsClaim, align: "right" },
    ],
  );
  console.log(`  ${t.sum}: ${count(plan2021.monthsSum)}`);
  console.log(`\n  ${t.quote}: "${plan.claimText}"`);
  kv([
    [t.exactMonthly, num(plan2021.exactMonthly, 2)],
    [t.claim, count(plan.claimedMonthly)],
    [t.claimYear, count(plan2021.claimedYear)],
    [t.claimShortYear, count(plan2021.claimShortfallYear)],
    [t.claimShortMonth, num(plan2021.claimShortfallMonthly, 2)],
    [t.claimShare, pct(plan2021.claimShare, 2)],
  ]);

  heading(t.consistencyHeading);
  const read = consistency.check.figures;
  table(
    reported.map((r, i) => ({
      text: `"${r.text}"`,
      parsed: count(read[i].value),
      qualifier: read[i].qualifier ? (t.qualifiers[read[i].qualifier] ?? read[i].qualifier) : "",
      source: r.source,
    })),
    [
      { key: "text", label: t.figure },
      { key: "parsed", label: t.parsed, align: "right" },
      { key: "qualifier", label: t.qualifier },
      { key: "source", label: t.source },
    ],
  );
  console.log("");
  if (consistency.check.consistent) console.log(`  ${t.consistent}`);
  for (const f of consistency.check.findings) console.log(`  ! ${t.findingKinds[f.kind] ?? f.kind}: ${f.explanation}`);

  printRecord();
  printSeed();

  heading(t.chartHeading);
  console.log(chart ? `  ${t.chartWritten}: ${chartPath}` : `  ${t.chartSkipped}`);
  kv([
    [t.chartLegend, chartMarks.legend.join(", ")],
    [t.chartGap, chartMarks.gapAtGoal ?? "-"],
    [t.chartYAxis, `${count(chartMarks.yAxis[0])} – ${count(chartMarks.yAxis[1])}`],
    [t.chartXAxis, `${day(chartMarks.xAxis[0])} – ${day(chartMarks.xAxis[1])}`],
  ]);

  printBacktest();
  printOutlook();
}

function printRecord() {
  const r = t.record;
  heading(r.heading);
  console.log(`  ${r.intro(record.reports, record.counters.join(", "))}`);
  console.log(`\n  ${r.conflictsHeading}`);
  table(
    record.conflicts.map((c) => ({
      date: day(c.date),
      reports: c.reports.map((x) => `${x.source} ${count(x.value)}`).join("; "),
      kept: `${c.kept.source} ${count(c.kept.value)} (${r.rules[c.rule]})`,
    })),
    [
      { key: "date", label: t.date },
      { key: "reports", label: r.reports },
      { key: "kept", label: r.kept },
    ],
  );
  for (const o of record.outliers)
    console.log(`\n  ${r.outlier(day(o.date), o.source, count(o.value), count(o.expected), num(o.score, 1))}`);
  console.log(`\n  ${r.adjustmentsHeading}`);
  table(
    record.adjustments.map((a) => ({
      date: day(a.date),
      source: a.source,
      from: count(a.from),
      to: count(a.to),
      amount: `${a.amount > 0 ? "+" : ""}${count(a.amount)}`,
    })),
    [
      { key: "date", label: t.date },
      { key: "source", label: r.source },
      { key: "from", label: r.reported, align: "right" },
      { key: "to", label: r.reconciled, align: "right" },
      { key: "amount", label: r.amount, align: "right" },
    ],
  );
  console.log(`  ${r.pathLength(record.path)}`);
}

function printSeed() {
  heading(t.goalHeading);
  const g = seed.goalInForce;
  kv([
    [t.baseline, `${count(target.baseline.value)} (${day(target.baseline.date)})`],
    [t.goal, `${count(g.goal.value)} (${day(g.goal.date)})`],
    [t.months, num(seed.months, 4)],
    [t.requiredLinear, num(seed.requiredAtBaseline.perMonth, 2)],
    [t.requiredCompound, pct(seed.requiredAtBaseline.compoundMonthlyGrowth, 3)],
  ]);
  console.log(`\n  ${t.known(day(seed.asOf))}`);
  table(
    seed.known.map((o) => ({ date: day(o.date), value: count(o.value), source: o.source })),
    [
      { key: "date", label: t.date },
      { key: "value", label: t.cumulative, align: "right" },
      { key: "source", label: t.record.source },
    ],
  );
  for (const o of seed.outliers)
    console.log(
      `  ${t.seedOutlier(day(o.date), o.source, count(o.value), count(o.expected), num(o.score, 1), o.date === target.baseline.date)}`,
    );
  const a = seed.assessment;
  console.log(`\n  ${t.asOf} ${day(seed.asOf)}`);
  kv([
    [t.status, t.statuses[a.status] ?? a.status],
    [t.attainment, a.attainment ? pct(a.attainment) : "-"],
    [t.progress, a.progress ? pct(a.progress) : "-"],
    [t.planToDate, a.planToDate ? count(a.planToDate) : "-"],
    [t.pace, a.pace?.ratio ? num(a.pace.ratio, 3) : "-"],
    [t.requiredNow, a.required?.perMonth ? count(a.required.perMonth) : "-"],
    [t.requiredCompoundNow, a.required?.compoundMonthlyGrowth ? pct(a.required.compoundMonthlyGrowth, 3) : "-"],
    [t.runRate, a.runRate ? count(a.runRate) : "-"],
    [
      t.acceleration,
      a.accelerationNeeded === null
        ? "-"
        : typeof a.accelerationNeeded === "object"
          ? (t.reasons[a.accelerationNeeded.reason] ?? a.accelerationNeeded.reason)
          : `${num(a.accelerationNeeded, 3)} ×`,
    ],
    [t.projectionAtGoal, a.projection?.valueAtGoal ? count(a.projection.valueAtGoal) : "-"],
    [
      t.interval,
      a.projection?.lower && a.projection?.upper ? `${count(a.projection.lower)} – ${count(a.projection.upper)}` : "-",
    ],
    [t.gapAtGoal, seed.gapAtGoal ? `${t.gapKinds[seed.gapAtGoal.kind]} ${count(seed.gapAtGoal.value)}` : "-"],
    [t.eta, dateText(a.eta)],
    [t.etaRange, a.eta.earliest ? `${dateText(a.eta.earliest)} – ${dateText(a.eta.latest)}` : "-"],
    [
      t.chance(count(g.goal.value), day(g.goal.date)),
      a.projection ? chanceText(a.projection.probabilityOnTime, a.projection.probabilityReason) : "-",
    ],
    ...seed.dateQuantiles.map((q) => [t.quantile(Math.round(q.probability * 100)), dateText(q)]),
    [t.method, a.projection ? methodText(a.projection.method, a.projection.fittedOn) : "-"],
    [
      t.statusMeasure,
      `${a.measure.name} = ${a.measure.value === null ? "-" : num(a.measure.value, 3)} (${t.presets[a.measure.preset] ?? a.measure.preset})`,
    ],
  ]);
  console.log(`\n  ${a.explanation.join("\n  ")}`);
}

function methodText(method, fittedOn) {
  return `${t.methods[method] ?? method}${method === "linear" ? `, ${t.fitOn[fittedOn]}` : ""}`;
}

function printBacktest() {
  heading(t.backtestHeading);
  const counts = backtest.scores.map((s) => s.count);
  const sentences = t.backtestIntro({
    asOf: day(backtest.asOf),
    origins: backtest.origins.length,
    first: day(backtest.origins[0]),
    last: day(backtest.origins.at(-1)),
    minPoints: backtest.minPoints,
    horizons: `${backtest.horizons.slice(0, -1).join(t.list)}${backtest.horizons.length > 1 ? t.and : ""}${backtest.horizons.at(-1)}`,
    forecasts:
      Math.min(...counts) === Math.max(...counts) ? String(counts[0]) : `${Math.min(...counts)}–${Math.max(...counts)}`,
  });
  for (const sentence of sentences) console.log(`  ${sentence}`);
  console.log("");
  const lowest = (h) => Math.min(...backtest.scores.filter((s) => s.horizon === h).map((s) => s.mase ?? Infinity));
  table(
    backtest.scores.map((s) => ({
      method: t.methods[s.method] ?? s.method,
      horizon: t.horizonMonths(s.horizon),
      count: s.count,
      mae: s.mae === null ? "-" : count(s.mae),
      mape: s.mape === null ? "-" : `${fixed(100 * s.mape, 2)}%`,
      mase: s.mase === null ? "-" : `${fixed(s.mase, 2)}${s.mase === lowest(s.horizon) ? " *" : "  "}`,
      coverage: s.withInterval === 0 ? "-" : t.covered(Math.round(s.coverage * s.withInterval), s.withInterval),
    })),
    [
      { key: "method", label: t.method },
      { key: "horizon", label: t.horizon },
      { key: "count", label: t.forecasts, align: "right" },
      { key: "mae", label: "MAE", align: "right" },
      { key: "mape", label: "MAPE", align: "right" },
      { key: "mase", label: "MASE", align: "right" },
      { key: "coverage", label: t.inInterval, align: "right" },
    ],
  );
  console.log(`  ${t.backtestNotes(count(backtest.maseScale))}`);
  for (const auto of backtest.auto) {
    const sel = auto.selection;
    const scores = Object.entries(sel.scores)
      .map(([m, v]) => `${t.methods[m] ?? m} ${fixed(v, 2)}`)
      .join(", ");
    const intervalScores = Object.entries(sel.intervalScores)
      .map(([m, v]) => `${t.methods[m] ?? m} ${fixed(v, 2)}`)
      .join(", ");
    const reason = t.selectionReasons[sel.reason];
    const why =
      typeof reason === "function"
        ? reason(sel.horizon === null ? "" : t.horizonMonths(sel.horizon), scores, intervalScores)
        : (reason ?? sel.reason);
    console.log(`\n  ${t.auto(day(auto.asOf), methodText(auto.method, auto.fittedOn), why)}`);
  }
}

function printOutlook() {
  const r = t.record;
  heading(r.outlookHeading);
  // Quarter ends, the month of the revision and the last month: the whole table is in --json.
  const shown = outlook.rows.filter(
    (row, i, all) =>
      ["03", "06", "09", "12"].includes(row.asOf.slice(5, 7)) ||
      i === 0 ||
      i === all.length - 1 ||
      row.goalAnnounced !== all[i - 1]?.goalAnnounced,
  );
  table(
    shown.map((row) => ({
      asOf: day(row.asOf),
      goal: `${count(row.goal.value)} (${day(row.goal.date)})`,
      status: t.statuses[row.status] ?? row.status,
      current: row.current ? count(row.current.value) : "-",
      projected: row.projected ? count(row.projected.value) : "-",
      chance: chanceText(row.probabilityOnTime, "-"),
      eta: `${dateText(row.eta)} (${dateText(row.eta.earliest)} – ${dateText(row.eta.latest)})`,
    })),
    [
      { key: "asOf", label: t.asOf },
      { key: "goal", label: t.goal },
      { key: "status", label: t.status },
      { key: "current", label: r.current, align: "right" },
      { key: "projected", label: r.projected, align: "right" },
      { key: "chance", label: r.chance, align: "right" },
      { key: "eta", label: t.eta },
    ],
  );
  console.log(`\n  ${r.happened(day(outlook.happened.date), count(outlook.happened.value), outlook.happened.source)}`);
  console.log(`  ${outlook.chart ? `${t.chartWritten}: ${outlook.chart}` : t.chartSkipped}`);
}

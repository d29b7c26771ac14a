// Reading observations from a CSV file: monthly new on-boardings (increments) for one province,
// turned into a cumulative series and assessed against the province's target.
// The figures in examples/data/jawa-barat-2024.csv are synthetic (illustrative), not published.
//   node examples/csv-observations.mjs [file.csv]        (after `npm run build`)
import { readFileSync } from "node:fs";
import { cumulativeSeries, pace, project, requiredMonthlyRate, runRate } from "onboarding-targets";

const file = process.argv[2] ?? new URL("./data/jawa-barat-2024.csv", import.meta.url);
const [header, ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/);
const columns = header.split(",");
const rows = lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [columns[i], cell.trim()])));

// Each row is the number of UMKM newly on-boarded in the month that ends on `date`. Number()
// would accept "1e3" or "" silently, so check the digits first.
const observations = rows.map((row, i) => {
  if (!/^\d+$/.test(row.new_onboarded))
    throw new Error(`line ${i + 2}: new_onboarded ${JSON.stringify(row.new_onboarded)} is not a count`);
  return { date: row.date, value: Number(row.new_onboarded), kind: "increment", source: row.source };
});
console.log(`read ${observations.length} rows from ${String(file).split("/").at(-1)}`);

const target = {
  id: "umkm-jabar-2024",
  name: "UMKM on-boarded, Jawa Barat (synthetic)",
  baseline: { date: "2023-12-31", value: 250_000 },
  goal: { date: "2024-12-31", value: 500_000 },
};

// Increments -> cumulative, starting from the baseline count.
const series = cumulativeSeries(observations, { period: "month", from: "2024-01-01", start: target.baseline.value });
console.log("month    increment  cumulative");
for (const p of series)
  console.log(`${p.period}  ${String(p.increment).padStart(9)}  ${String(p.cumulative).padStart(10)}`);

const last = series.at(-1);
const now = { date: last.end, value: last.cumulative };
const p = pace(target, now);
const required = requiredMonthlyRate(target, now);
const cumulative = series.map((s) => ({ date: s.end, value: s.cumulative }));
const rate3 = runRate(cumulative, { asOf: now.date, months: 3, baseline: target.baseline });
const projection = project(cumulative, { method: "run-rate", until: target.goal.date, baseline: target.baseline });
console.log("as of:", now.date, "cumulative:", now.value);
console.log("plan to date:", p.planToDate.toFixed(0), "pace:", p.ratio.toFixed(4));
console.log("run rate, last 3 months (per month):", rate3.toFixed(2));
console.log("required per month:", required.perMonth.toFixed(2));
console.log("projected at goal date (run rate):", Math.round(projection.valueAt(target.goal.date).value));
console.log(
  "ETA:",
  projection.dateReaching(target.goal.value).date ?? projection.dateReaching(target.goal.value).reason,
);

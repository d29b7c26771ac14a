// Seasonal phasing around Idul Fitri: online demand peaks in the weeks before Lebaran (methodology:
// plan-to-date and phasing), and the date moves about 11 days earlier each year, so a fixed
// January-December `seasonal` profile cannot follow it. Here the plan is `monthly-weights`: each
// month weighs its number of days, and the 28 days before Idul Fitri count double.
//   node examples/seasonal-phasing.mjs        (after `npm run build`)
import { allocatePlan, planToDate } from "onboarding-targets";

const IDUL_FITRI = { 2023: "2023-04-22", 2024: "2024-04-10" }; // holiday decrees (methodology: sources)
const PEAK_DAYS = 28;

const DAY = 86_400_000;
const utc = (date) => Date.parse(`${date}T00:00:00Z`); // calendar arithmetic only, no time zone involved
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

// Extra weight per month (YYYY-MM): one per day of the 28 days before Idul Fitri.
const extra = new Map();
for (const date of Object.values(IDUL_FITRI)) {
  for (let k = 1; k <= PEAK_DAYS; k++) {
    const month = iso(utc(date) - k * DAY).slice(0, 7);
    extra.set(month, (extra.get(month) ?? 0) + 1);
  }
}

// The target: 2.4 million newly on-boarded UMKM over 2023-2024 (synthetic).
const months = [];
for (let year = 2023; year <= 2024; year++) {
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, "0")}`;
    const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
    months.push({ month, weight: days + (extra.get(month) ?? 0) });
  }
}
const base = {
  id: "umkm-new-2023-2024",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2024-12-31", value: 2_400_000 },
};
const seasonal = { ...base, phasing: { kind: "monthly-weights", weights: months.map((m) => m.weight) } };

const phased = allocatePlan(seasonal, { period: "month" });
const linear = allocatePlan(base, { period: "month" });
console.log("month    weight  phased  linear");
phased.forEach((p, i) => {
  console.log(
    `${p.period}  ${String(months[i].weight).padStart(6)}  ${String(p.planned).padStart(6)}  ${String(linear[i].planned).padStart(6)}`,
  );
});
console.log(
  "sum of weights:",
  months.reduce((s, m) => s + m.weight, 0),
);
console.log(
  "sum phased:",
  phased.reduce((s, p) => s + p.planned, 0),
);
console.log(
  "sum linear:",
  linear.reduce((s, p) => s + p.planned, 0),
);
// By the end of Lebaran month the phased plan expects more than the straight line does.
console.log("plan to date 2023-04-30 phased:", planToDate(seasonal, "2023-04-30").toFixed(0));
console.log("plan to date 2023-04-30 linear:", planToDate(base, "2023-04-30").toFixed(0));

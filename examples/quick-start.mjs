// Quick start (ESM): where does a target stand, and what does it need now?
//   node examples/quick-start.mjs        (after `npm run build`)
import { attainment, pace, planToDate, requiredMonthlyRate } from "onboarding-targets";

// BBI, May 2021: 3.7 million IKM on-boarded in 2020 against a target of 2 million.
console.log("2020 IKM attainment:", `${attainment(3_700_000, 2_000_000).times(100).toString()}%`);

// The goal: 11.7 million UMKM on digital platforms (end of 2020) to 30 million by 2023-12-31.
const target = {
  id: "umkm-digital",
  baseline: { date: "2020-12-31", value: 11_700_000 },
  goal: { date: "2023-12-31", value: 30_000_000 },
};

const atStart = requiredMonthlyRate(target, target.baseline);
console.log("months:", atStart.months.toString());
console.log("required per month:", atStart.perMonth.toFixed(2));
console.log("required compound growth per month:", atStart.compoundMonthlyGrowth.toFixed(6));

// A year later: 16.4 million, as KemenkopUKM reported for the end of 2021.
const now = { date: "2021-12-31", value: 16_400_000 };
console.log("plan to date:", planToDate(target, now.date).toString());
const p = pace(target, now);
console.log("pace (SPI analogue):", p.ratio.toFixed(4));
console.log("required per month now:", requiredMonthlyRate(target, now).perMonth.toFixed(2));

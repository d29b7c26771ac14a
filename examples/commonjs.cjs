// CommonJS usage: require() gets the same functions (dist/index.cjs).
//   node examples/commonjs.cjs        (after `npm run build`)
"use strict";
const { attainment, allocatePlan, monthsBetween, OnboardingTargetsError } = require("onboarding-targets");

console.log("attainment:", attainment(3_700_000, 2_000_000).toString());
console.log("months 2021-04-30 -> 2023-12-31:", monthsBetween("2021-04-30", "2023-12-31").toString());

// The 2021 plan of 6.1 million new UMKM, split into whole months by largest remainder.
const plan = allocatePlan(
  { id: "umkm-2021", baseline: { date: "2020-12-31", value: 0 }, goal: { date: "2021-12-31", value: 6_100_000 } },
  { period: "month" },
);
console.log("first month:", plan[0].period, plan[0].planned);
console.log("last month:", plan[11].period, plan[11].planned);
console.log(
  "sum:",
  plan.reduce((sum, p) => sum + p.planned, 0),
);

// Bad input throws the library's one error class, with a stable code and the field's path.
try {
  attainment(1, 0);
} catch (error) {
  console.log("error:", error instanceof OnboardingTargetsError, error.code, error.path);
}

// Regional roll-up: a national target split by province, assessed with assessProgramme. The
// provinces' counts are summed into the national target (its status comes from the summed counts,
// not from an average of the provinces' statuses), and the lagging targets are ranked by their
// shortfall against plan-to-date. All figures are synthetic (illustrative).
//   node examples/regional-rollup.mjs        (after `npm run build`)
import { assessProgramme } from "onboarding-targets";

const baseline = { date: "2023-12-31", value: 0 };
const goal = (value) => ({ date: "2024-12-31", value });
// Province codes (kode wilayah) as scope.region; goals in new UMKM on-boarded during 2024.
const provinces = [
  { id: "jawa-barat", region: "32", goal: 300_000, q1: 70_000, h1: 150_000 },
  { id: "jawa-timur", region: "35", goal: 250_000, q1: 60_000, h1: 118_000 },
  { id: "jawa-tengah", region: "33", goal: 200_000, q1: 45_000, h1: 95_000 },
  { id: "sumatera-utara", region: "12", goal: 150_000, q1: 25_000, h1: 48_000 },
  { id: "sulawesi-selatan", region: "73", goal: 100_000, q1: 20_000, h1: 41_000 },
];

const programme = {
  id: "umkm-2024",
  name: "New UMKM on-boarded in 2024 (synthetic)",
  targets: [
    { id: "national", unit: "UMKM", baseline, goal: goal(1_000_000) },
    ...provinces.map((p) => ({
      id: p.id,
      unit: "UMKM",
      parentId: "national",
      scope: { region: p.region },
      baseline,
      goal: goal(p.goal),
    })),
  ],
  observations: Object.fromEntries(
    provinces.map((p) => [
      p.id,
      [
        { date: "2024-03-31", value: p.q1 },
        { date: "2024-06-30", value: p.h1 },
      ],
    ]),
  ),
};

const result = assessProgramme(programme, { asOf: "2024-06-30" });

const pad = (value, width) => String(value).padStart(width);
console.log(`${"target".padEnd(17)}${pad("basis", 10)}${pad("current", 10)}${pad("plan", 10)}${pad("Q", 7)}  status`);
for (const a of result.assessments) {
  const q = a.measure.value === null ? "-" : a.measure.value.toFixed(3);
  console.log(
    `${a.targetId.padEnd(17)}${pad(a.basis, 10)}${pad(a.current?.value ?? "-", 10)}${pad(a.planToDate?.toFixed(0) ?? "-", 10)}${pad(q, 7)}  ${a.status}`,
  );
}
console.log("");
console.log("lagging, largest shortfall against plan-to-date first:");
for (const l of result.lagging) {
  console.log(
    `${l.targetId.padEnd(17)}${pad(l.shortfall.toFixed(0), 8)}  ${(Number(l.shortfallShare) * 100).toFixed(1)} % of the planned progress`,
  );
}
console.log("");
console.log(result.assessments[0].explanation.id.join(" "));

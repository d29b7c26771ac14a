// The burn-up chart of a revised target draws the goal and plan in force at its as-of date: the
// published UMKM record's target, 11.7 million at 2020-12-31 to 30 million by 2023-12-31, revised on
// 2022-03-28 to 30 million by 2024-12-31 with milestones of 20 and 24 million at the ends of 2022 and
// 2023. Plan values by the linear-plan formula of docs/methodology.md between breakpoints.
import { describe, expect, it } from "vitest";
import { PHRASES } from "../vocabulary/index.js";
import { burnUpChart } from "./burnUpChart.js";
import type { VegaLiteSpec } from "./types.js";
import { umkmRecord } from "../../test/support/record.js";

const target = umkmRecord().target;
type Row = { series: string; date: string; value: number };
const rows = (spec: VegaLiteSpec) => (spec.data as { values: Row[] }).values;
const layer = (spec: VegaLiteSpec, name: string) =>
  (spec.layer as { name?: string; data?: { values: { date?: string; value: number }[] } }[]).find(
    (l) => l.name === name,
  );

describe.each(["en", "id"] as const)("burnUpChart of a revised target (%s)", (locale) => {
  const planOf = (asOf: string) =>
    rows(burnUpChart({ target }, { asOf, locale })).filter((r) => r.series === PHRASES[locale].measures.planToDate);

  it("as of 2021-12-31: the plan and the goal of 2023", () => {
    const plan = planOf("2021-12-31");
    // 11.7 M + 18.3 M x 24/36 at the end of 2022; the line ends at the goal.
    expect(plan.find((r) => r.date === "2022-12-31")?.value).toBe(23_900_000);
    expect(plan.at(-1)).toMatchObject({ date: "2023-12-31", value: 30_000_000 });
    const spec = burnUpChart({ target }, { asOf: "2021-12-31", locale });
    expect(layer(spec, "goal_point")?.data?.values[0]).toMatchObject({ date: "2023-12-31", value: 30_000_000 });
  });

  it("as of 2022-06-30: the plan through the milestones to the goal of 2024", () => {
    const plan = planOf("2022-06-30");
    // 11.7 M + 8.3 M x 18/24 at 2022-06-30, the milestones, and the goal at the end of 2024.
    expect(plan.find((r) => r.date === "2022-06-30")?.value).toBe(17_925_000);
    expect(plan.find((r) => r.date === "2022-12-31")?.value).toBe(20_000_000);
    expect(plan.find((r) => r.date === "2023-12-31")?.value).toBe(24_000_000);
    expect(plan.at(-1)).toMatchObject({ date: "2024-12-31", value: 30_000_000 });
    const spec = burnUpChart({ target }, { asOf: "2022-06-30", locale });
    expect(layer(spec, "goal_point")?.data?.values[0]).toMatchObject({ date: "2024-12-31", value: 30_000_000 });
  });

  it("without asOf: the target's own goal", () => {
    const plan = rows(burnUpChart({ target }, { locale })).filter(
      (r) => r.series === PHRASES[locale].measures.planToDate,
    );
    expect(plan.at(-1)).toMatchObject({ date: "2023-12-31", value: 30_000_000 });
  });
});

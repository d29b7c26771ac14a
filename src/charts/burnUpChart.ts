import type { BurnUpChartOptions, BurnUpInput, VegaLiteSpec } from "./types.js";
import { burnUpSpec } from "./internal/burnUpSpec.js";
import { readBurnUp } from "./internal/readInput.js";
import { assessedFrom } from "../assessment/core.js";
import type { Assessment } from "../assessment/index.js";
import { assessmentChart } from "./assessmentChart.js";

/**
 * A burn-up chart of a target as a Vega-Lite v6 specification (plain JSON, data inline): the
 * cumulative actual values, the plan-to-date line, the projection with its interval band, the goal,
 * the projected shortfall or surplus at the goal date, and the as-of and ETA rules, with words in
 * English or Bahasa Indonesia. Render it with `vega-embed` or any Vega-Lite v6 host; the library
 * does not depend on Vega. Dates are on a UTC scale, so the picture is the same in every time zone.
 * What each mark means, and how the axes are chosen: [the burn-up chart](../../docs/methodology.md#the-burn-up-chart).
 * O(n + m + months).
 *
 * @see The guide [from data to a dashboard](../../docs/guides/6-from-data-to-a-dashboard.md#5-the-chart) (an assessment drawn as a chart).
 * @category Charts
 * @param input - `{ target, observations | series, projection?, eta?, status?, current? }`, or an assessment made by `assess`, drawn as {@link assessmentChart} draws it (an assessment read back from JSON no longer holds its target and observations: pass them to `assessmentChart`)
 * @param options - `asOf`, `locale`, `title`, `subtitle` (`false` leaves out the chart's description), `width`, `height`, `planAt`, `yDomain`
 * @returns a Vega-Lite v6 layered specification
 * @throws {OnboardingTargetsError} `invalid_target`, `invalid_date`, `invalid_count`… for an invalid target or observation (path `target…`, `observations…`); `duplicate_date` (path `observations.<i>.date`) for two different cumulative values on one date; `invalid_decimal` for a non-finite series or projection value; `invalid_date` (path `options.asOf`) for an as-of date that is not a calendar date; `invalid_option` for a bad option; `invalid_enum` or `out_of_range` (path `options.yDomain`) and `invalid_number` (path `options.yDomain.0` or `.1`) for a bad y range; `out_of_range` (path `projection.probabilityOnTime`) for a chance that is not a number from 0 to 1
 * @example
 * ```ts
 * import { burnUpChart } from "onboarding-targets";
 * const spec = burnUpChart({
 *   target: { id: "umkm", baseline: { date: "2021-04-30", value: 11_700_000 }, goal: { date: "2023-12-31", value: 30_000_000 } },
 *   observations: [{ date: "2021-12-31", value: 15_000_000 }],
 *   projection: { points: [{ date: "2023-12-31", value: 28_800_000, lower: 27_000_000, upper: 30_600_000 }] },
 * }, { locale: "id" });
 * spec.title;
 * //=> { "text": "umkm", "subtitle": "Burn-up: capaian kumulatif terhadap rencana s.d. tanggal, dengan proyeksi" }
 * spec.layer.find((layer) => layer.name === "goal_gap").data.values[0].label;
 * //=> "Kekurangan 1,2 jt pada 31 Des 2023"
 * ```
 */
export function burnUpChart(input: BurnUpInput | Assessment, options: BurnUpChartOptions = {}): VegaLiteSpec {
  // An assessment made by `assess` keeps what it was made from: drawn as assessmentChart draws it.
  const from = assessedFrom(input);
  if (from !== undefined)
    return assessmentChart(from.target, from.observations, input as unknown as Assessment, {
      ...options,
      projection: from.projection,
    });
  return burnUpSpec(readBurnUp(input as BurnUpInput, options));
}

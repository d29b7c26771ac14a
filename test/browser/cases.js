// What the page computes with each build. The same function runs on the IIFE global and on the
// ESM modules; run.mjs compares the results with the values that docs/methodology.md and the TSDoc examples
// give. A function that a build does not export yet is reported as "absent" (run.mjs decides
// which ones are required). Add a case here and its expected value in run.mjs.
window.onboardingCases = function onboardingCases(lib, schemas) {
  const has = (name) => typeof lib[name] === "function";
  const errorOf = (fn) => {
    try {
      fn();
      return "no error";
    } catch (error) {
      return {
        name: error.name,
        code: error.code,
        path: error.path,
        isLibraryError: error instanceof lib.OnboardingTargetsError,
      };
    }
  };
  const target = { id: "t", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 10000 } };
  const bbi = {
    id: "bbi",
    baseline: { date: "2021-04-30", value: 11700000 },
    goal: { date: "2023-12-31", value: 30000000 },
  };
  return {
    // BBI, May 2021: 3.7 million IKM on-boarded against a target of 2 million (methodology: the BBI figures).
    attainment: lib.attainment(3700000, 2000000).toString(),
    attainmentPercent: lib.attainment(3700000, 2000000).times(100).toString(),
    // 2021-04-30 → 2023-12-31 is 32 whole months (methodology: the month axis).
    monthsBetween: lib.monthsBetween("2021-04-30", "2023-12-31").toString(),
    monthsBetweenFraction: lib.monthsBetween("2023-12-04", "2024-12-31").toFixed(6),
    isCalendarDate: [lib.isCalendarDate("2024-02-29"), lib.isCalendarDate("2021-02-29")],
    isTimeZone: [lib.isTimeZone("Asia/Makassar"), lib.isTimeZone("Asia/Jakata")],
    decimalThird: new lib.Decimal(1).div(3).toString(),
    error: errorOf(() => lib.attainment(1, 0)),
    planToDate: has("planToDate") ? lib.planToDate(target, "2023-09-30").toString() : "absent",
    requiredMonthlyRate: has("requiredMonthlyRate")
      ? lib.requiredMonthlyRate(bbi, { date: "2021-04-30", value: 11700000 }).perMonth.toString()
      : "absent",
    // A Vega-Lite spec is plain JSON: check its shape, not its drawing (the chart hook draws).
    burnUpChart: has("burnUpChart")
      ? (({ $schema, layer }) => ({ $schema, layered: Array.isArray(layer) && layer.length > 0 }))(
          lib.burnUpChart({ target: bbi, observations: [{ date: "2021-12-31", value: 15000000 }] }),
        )
      : "absent",
    // The export list: the IIFE global holds "." and "./schemas" together.
    exports: [...new Set([...Object.keys(lib), ...Object.keys(schemas)])].sort(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
};

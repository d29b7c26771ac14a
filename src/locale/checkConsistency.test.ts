import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { checkConsistency } from "./checkConsistency.js";

describe("checkConsistency", () => {
  // DOMAIN.md §1: the May 2021 report gives 3,7 juta IKM on-boarded in 2020, and quotes the
  // official saying "3.000 lebih". 3 700 000 / 3 000 = 1 233.3, near 1000: a dropped "ribu".
  it("flags '3,7 juta' vs '3.000 lebih' as a magnitude slip that agrees once scaled", () => {
    const r = checkConsistency([{ value: "3,7 juta", source: "Kemenperin, May 2021" }, "3.000 lebih"]);
    expect(r.consistent).toBe(false);
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f).toMatchObject({ kind: "magnitude-slip", figures: [0, 1], factor: 1000, agreesWhenScaled: true });
    expect(f?.ratio?.toFixed(2)).toBe("1233.33");
    expect(f?.explanation).toBe(
      '"3.000 lebih" (3,000) is about 1/1,000 of "3,7 juta" (3,700,000): the ratio 1,233.33 is near 1,000, so a scale word was probably dropped (meant "3.000 ribu lebih", thousands?). Read as 3,000,000 or more, the figures agree.',
    );
    expect(r.figures.map((x) => [x.label, x.value.toString(), x.qualifier])).toEqual([
      ["3,7 juta", "3700000", "exact"],
      ["3.000 lebih", "3000", "more-than"],
    ]);
    expect(r.figures[0]?.source).toBe("Kemenperin, May 2021");
  });

  it("explains in Bahasa Indonesia with locale 'id'", () => {
    const r = checkConsistency(["3,7 juta", "3.000 lebih"], { locale: "id" });
    expect(r.findings[0]?.explanation).toBe(
      '"3.000 lebih" (3.000) sekitar 1/1.000 dari "3,7 juta" (3.700.000): rasionya 1.233,33, mendekati 1.000, jadi kemungkinan ada satuan yang terlewat (maksudnya "3.000 ribu lebih"?). Dibaca sebagai 3.000.000 lebih, kedua angka sesuai.',
    );
  });

  it("says when figures still disagree after scaling (5,1 juta vs 3.000: ratio 1 700, but 3 000 000 is 41 % short)", () => {
    const f = checkConsistency(["5,1 juta", "3.000"]).findings[0];
    expect(f).toMatchObject({ kind: "magnitude-slip", factor: 1000, agreesWhenScaled: false });
  });

  it("flags a slip of a million (30 juta vs 30)", () => {
    expect(checkConsistency(["30 juta", 30]).findings[0]).toMatchObject({ kind: "magnitude-slip", factor: 1_000_000, agreesWhenScaled: true });
  });

  it.each([
    // [figures, tolerance, consistent]; differences computed by hand: |a - b| / max(a, b)
    [["3,7 juta", 3_690_000], undefined, true], // 0.27 %
    [["3,7 juta", "3,2 juta"], undefined, false], // 13.5 %
    [["3,7 juta", "3,2 juta"], 0.15, true],
    [["11,7 juta", 11_700_000, "Rp11.700.000"], undefined, true],
    [["3 juta lebih", "3,7 juta"], undefined, true], // "3 juta lebih" is [3 000 000, 4 000 000)
    [["3 juta lebih", "4,5 juta"], undefined, false],
    [["kurang dari 2 juta", "1,9 juta"], undefined, true], // (1 000 000, 2 000 000]
    [["sekitar 500 ribu", 520_000], undefined, true], // 500 000 ± 5 %, gap 5 000 <= 5 % of 525 000
    [["hampir 2 juta", 1_950_000], undefined, true],
    [[0, 0], undefined, true],
    [["0", 5], undefined, false],
    [[], undefined, true],
    [["3,7 juta"], undefined, true],
  ] as const)("%j with tolerance %s -> consistent %s", (figures, tolerance, consistent) => {
    expect(checkConsistency(figures, tolerance === undefined ? {} : { tolerance }).consistent).toBe(consistent);
  });

  it("explains a plain disagreement in both languages", () => {
    expect(checkConsistency(["3,7 juta", "3,2 juta"]).findings[0]).toMatchObject({
      kind: "disagreement",
      explanation: '"3,7 juta" (3,700,000) and "3,2 juta" (3,200,000) differ by 13.5%, more than the 5% tolerance.',
    });
    expect(checkConsistency(["3,7 juta", "3,2 juta"], { locale: "id" }).findings[0]?.explanation).toBe(
      '"3,7 juta" (3.700.000) dan "3,2 juta" (3.200.000) berbeda 13,5%, melebihi toleransi 5%.',
    );
  });

  it("compares every pair and reports indexes in input order", () => {
    const r = checkConsistency(["3,7 juta", "3.000", "3,69 juta"]);
    expect(r.findings.map((f) => [f.kind, f.figures])).toEqual([
      ["magnitude-slip", [0, 1]],
      ["magnitude-slip", [1, 2]],
    ]);
  });

  it.each([
    [["3,7 juta", "1,234"], {}, "ambiguous_number", "figures.1"],
    [["3,7 juta", Number.NaN], {}, "invalid_decimal", "figures.1"],
    [[-1], {}, "out_of_range", "figures.0"],
    [[1], { tolerance: 1 }, "out_of_range", "options.tolerance"],
    [[1], { tolerance: -0.1 }, "out_of_range", "options.tolerance"],
    [[1], { locale: "fr" }, "invalid_enum", "options.locale"],
    ["3,7 juta", {}, "invalid_type", "figures"],
    [["3,7 juta", , "3 juta"], {}, "invalid_decimal", "figures.1"], // a hole
    [[{ value: "3,7 juta", lable: "x" }], {}, "unknown_key", "figures.0.lable"],
    [[1], null, "invalid_type", "options"],
  ] as const)("refuses %j %j with %s at %s", (figures, options, code, path) => {
    let err: unknown;
    try {
      checkConsistency(figures as never, options as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OnboardingTargetsError);
    expect([(err as OnboardingTargetsError).code, (err as OnboardingTargetsError).path]).toEqual([code, path]);
  });

  it("returns a result that survives JSON.stringify (decimals as strings)", () => {
    const json = JSON.parse(JSON.stringify(checkConsistency(["3,7 juta", "3.000 lebih"])));
    expect(json.findings[0].ratio).toBe("1233.333333333333333333333333333333333333");
  });
});

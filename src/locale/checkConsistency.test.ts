import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { checkConsistency } from "./checkConsistency.js";

describe("checkConsistency", () => {
  // The BBI figures (methodology): the May 2021 report gives 3,7 juta IKM on-boarded in 2020, and quotes the
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
    expect(checkConsistency(["30 juta", 30]).findings[0]).toMatchObject({
      kind: "magnitude-slip",
      factor: 1_000_000,
      agreesWhenScaled: true,
    });
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
    // "kurang dari 2 juta" is (1 000 000, 2 000 000]: 1,5 juta is inside; 500 ribu is 500 000
    // below it, more than 5 % of 2 000 000 = 100 000 (and a ratio of 4 is no power of 1000)
    [["kurang dari 2 juta", "1,5 juta"], undefined, true],
    [["kurang dari 2 juta", "500 ribu"], undefined, false],
    // "sekitar 500 ribu" is [475 000, 525 000]: 550 000 is 25 000 above, within 5 % of 550 000 = 27 500
    [["sekitar 500 ribu", 550_000], undefined, true],
    [["sekitar 500 ribu", 580_000], undefined, false], // 55 000 above, more than 29 000
    // "hampir 2 juta" is [1 900 000, 2 000 000]: 1 850 000 is 50 000 below, within 5 % of 2 000 000
    [["hampir 2 juta", 1_850_000], undefined, true],
    [["hampir 2 juta", 2_150_000], undefined, false], // "almost" is never above: 150 000 > 107 500
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
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case under test
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

  it("names figures by their labels but corrects the figure as written", () => {
    // The label names the figure in the explanation; the corrected text starts from what was
    // written ("3.000 lebih" + the dropped "ribu"), never from the label.
    const r = checkConsistency([
      { value: "3,7 juta", label: "Kemenperin", source: "siaran pers, Mei 2021" },
      { value: "3.000 lebih", label: "Menteri" },
    ]);
    expect(r.figures).toEqual([
      { label: "Kemenperin", value: expect.objectContaining({}), qualifier: "exact", source: "siaran pers, Mei 2021" },
      { label: "Menteri", value: expect.objectContaining({}), qualifier: "more-than" },
    ]);
    expect(r.figures.map((f) => f.value.toString())).toEqual(["3700000", "3000"]);
    // no `source` key at all when none is given (exactOptionalPropertyTypes, JSON output)
    expect(Object.keys(r.figures[1] ?? {})).toEqual(["label", "value", "qualifier"]);
    expect(r.findings[0]?.explanation).toBe(
      '"Menteri" (3,000) is about 1/1,000 of "Kemenperin" (3,700,000): the ratio 1,233.33 is near 1,000, so a scale word was probably dropped (meant "3.000 ribu lebih", thousands?). Read as 3,000,000 or more, the figures agree.',
    );
  });

  it.each([
    // [small figure, corrected text]: the scale word goes after the number; a trailing "lebih" or
    // "+" stays (as "lebih") after it, a leading "lebih dari" stays in front and is not repeated.
    ["3.000 lebih", "3.000 ribu lebih"],
    ["3.000+", "3.000 ribu lebih"],
    ["lebih dari 3.000", "lebih dari 3.000 ribu"],
    ["3.000", "3.000 ribu"],
  ])("corrects %j to %j", (small, corrected) => {
    expect(checkConsistency([small, "3,7 juta"]).findings[0]?.explanation).toContain(
      `(meant "${corrected}", thousands?)`,
    );
  });

  it.each([
    // [figures, locale, explanation]. Ratios by hand: 5 100 000 / 3 000 = 1 700 (within a factor
    // 2 of 1000); 3 000 scaled by 1000 is 3 000 000, 2 100 000 short of 5 100 000, beyond 5 % of
    // it (255 000); "3.000 lebih" scaled is [3 000 000, 4 000 000), still 1 100 000 short.
    [
      ["5,1 juta", "3.000"],
      "en",
      '"3.000" (3,000) is about 1/1,000 of "5,1 juta" (5,100,000): the ratio 1,700 is near 1,000, so a scale word was probably dropped (meant "3.000 ribu", thousands?). Even read as 3,000,000, the figures still disagree.',
    ],
    [
      ["5,1 juta", "3.000"],
      "id",
      '"3.000" (3.000) sekitar 1/1.000 dari "5,1 juta" (5.100.000): rasionya 1.700, mendekati 1.000, jadi kemungkinan ada satuan yang terlewat (maksudnya "3.000 ribu"?). Bahkan dibaca sebagai 3.000.000, kedua angka tetap berbeda.',
    ],
    [
      ["5,1 juta", "3.000 lebih"],
      "en",
      '"3.000 lebih" (3,000) is about 1/1,000 of "5,1 juta" (5,100,000): the ratio 1,700 is near 1,000, so a scale word was probably dropped (meant "3.000 ribu lebih", thousands?). Even read as 3,000,000 or more, the figures still disagree.',
    ],
    [
      ["5,1 juta", "3.000 lebih"],
      "id",
      '"3.000 lebih" (3.000) sekitar 1/1.000 dari "5,1 juta" (5.100.000): rasionya 1.700, mendekati 1.000, jadi kemungkinan ada satuan yang terlewat (maksudnya "3.000 ribu lebih"?). Bahkan dibaca sebagai 3.000.000 lebih, kedua angka tetap berbeda.',
    ],
    // 30 000 000 / 30 = 10^6 exactly: a dropped "juta"; scaled, the figures are equal
    [
      ["30 juta", 30],
      "id",
      '"30" (30) sekitar 1/1.000.000 dari "30 juta" (30.000.000): rasionya 1.000.000, mendekati 1.000.000, jadi kemungkinan ada satuan yang terlewat (maksudnya "30 juta"?). Dibaca sebagai 30.000.000, kedua angka sesuai.',
    ],
    // 1 200 000 000 / 1,2 = 10^9: a dropped "miliar"
    [
      ["1,2 miliar", "1,2"],
      "en",
      '"1,2" (1.2) is about 1/1,000,000,000 of "1,2 miliar" (1,200,000,000): the ratio 1,000,000,000 is near 1,000,000,000, so a scale word was probably dropped (meant "1,2 miliar", billions?). Read as 1,200,000,000, the figures agree.',
    ],
    // 2 000 000 000 000 / 2 = 10^12: a dropped "triliun", the largest scale word
    [
      ["2 T", 2],
      "en",
      '"2" (2) is about 1/1,000,000,000,000 of "2 T" (2,000,000,000,000): the ratio 1,000,000,000,000 is near 1,000,000,000,000, so a scale word was probably dropped (meant "2 triliun", trillions?). Read as 2,000,000,000,000, the figures agree.',
    ],
  ] as const)("explains the magnitude slip in %j (%s)", (figures, locale, explanation) => {
    expect(checkConsistency(figures, { locale }).findings.map((f) => f.explanation)).toEqual([explanation]);
  });

  it("does not call a ratio of 10^15 a dropped scale word: no single word (ribu .. triliun) is that large", () => {
    // 2 000 000 000 000 000 / 2 = 10^15; the relative difference (2e15 - 2) / 2e15 = 0.999999999999999
    // shows as 100 % at one decimal.
    const f = checkConsistency(["2", "2.000 triliun"]).findings;
    expect(f.map((x) => [x.kind, x.figures, x.ratio?.toString(), x.difference?.toString()])).toEqual([
      ["disagreement", [0, 1], "1000000000000000", "0.999999999999999"],
    ]);
    expect(f[0]?.explanation).toBe(
      '"2" (2) and "2.000 triliun" (2,000,000,000,000,000) differ by 100%, more than the 5% tolerance.',
    );
  });

  it.each([
    // [figures, ratio, difference, explanation]: ratio = larger / smaller, difference =
    // (larger - smaller) / larger, by hand; the explanation names the figures in input order.
    [
      ["3,2 juta", "3,7 juta"],
      "1.15625",
      "0.135135",
      '"3,2 juta" (3,200,000) and "3,7 juta" (3,700,000) differ by 13.5%, more than the 5% tolerance.',
    ],
    [
      ["3,7 juta", "3,2 juta"],
      "1.15625",
      "0.135135",
      '"3,7 juta" (3,700,000) and "3,2 juta" (3,200,000) differ by 13.5%, more than the 5% tolerance.',
    ],
    [
      ["kurang dari 2 juta", "500 ribu"],
      "4",
      "0.75",
      '"kurang dari 2 juta" (2,000,000) and "500 ribu" (500,000) differ by 75%, more than the 5% tolerance.',
    ],
    // a zero figure: no ratio, and all of the larger one is missing
    [["0", 5], null, "1", '"0" (0) and "5" (5) differ by 100%, more than the 5% tolerance.'],
  ] as const)(
    "reports the disagreement %j with its indexes, ratio and difference",
    (figures, ratio, difference, explanation) => {
      const f = checkConsistency(figures).findings;
      expect(f).toHaveLength(1);
      expect([
        f[0]?.kind,
        f[0]?.figures,
        f[0]?.ratio?.toString() ?? null,
        f[0]?.difference?.toFixed(6).replace(/\.?0+$/, ""),
        f[0]?.explanation,
      ]).toEqual(["disagreement", [0, 1], ratio, difference, explanation]);
    },
  );

  it("reads a tolerance given as a decimal string or Decimal, and says it in the explanation", () => {
    // 3,7 vs 3,2 juta differ by 13.5 %: beyond "0.1", within "0.15"
    expect(checkConsistency(["3,7 juta", "3,2 juta"], { tolerance: "0.1" }).findings[0]?.explanation).toBe(
      '"3,7 juta" (3,700,000) and "3,2 juta" (3,200,000) differ by 13.5%, more than the 10% tolerance.',
    );
    expect(checkConsistency(["3,7 juta", "3,2 juta"], { tolerance: "0.15" }).consistent).toBe(true);
  });

  it.each([
    // [figures, options, code, path, message]: each message says what is wrong with the value
    [[1], { tolerance: "abc" }, "invalid_decimal", "options.tolerance", '"abc" is not a decimal number'],
    [[1], { tolerance: 1 }, "out_of_range", "options.tolerance", "1 must be at least 0 and below 1"],
    [[1], { tolerance: "-0.1" }, "out_of_range", "options.tolerance", "-0.1 must be at least 0 and below 1"],
    [[-1], {}, "out_of_range", "figures.0", "-1 is negative"],
    [
      ["1", { value: "-2,5 juta" }],
      {},
      "unparseable_number",
      "figures.1",
      '"-2,5 juta" is not a figure: expected digits, an optional scale word (ribu, juta, miliar, triliun) and an optional qualifier',
    ],
    // the reader's message, at the figure's path instead of "text"
    [
      ["3,7 juta", "1,234"],
      {},
      "ambiguous_number",
      "figures.1",
      '"1,234": a comma followed by three digits could be a decimal comma (Indonesian) or a thousands separator (English); write "1.234" if thousands are meant, or give the decimal with two or four digits ("1,2340")',
    ],
    // null is no figure object: it is read as a value, and a value must be a number, text or Decimal
    [[null], {}, "invalid_decimal", "figures.0", "expected a number, decimal string or Decimal, got null"],
    [[{ value: 1, label: 5 }], {}, "invalid_type", "figures.0.label", "expected a string, got number"],
    [[{ value: 1, source: "" }], {}, "invalid_type", "figures.0.source", "must not be empty"],
    [[{ value: 1, source: 2021 }], {}, "invalid_type", "figures.0.source", "expected a string, got number"],
  ] as const)("refuses %j %j with %s at %s: %s", (figures, options, code, path, message) => {
    const err = thrown(() => checkConsistency(figures as never, options as never));
    expect([err.code, err.path, err.message]).toEqual([code, path, `${path}: ${message}`]);
  });

  it("accepts a figure object with only a value, or a value and a label", () => {
    const r = checkConsistency([{ value: 3_700_000 }, { value: "3,7 juta", label: "laporan" }]);
    expect(r.consistent).toBe(true);
    expect(r.figures.map((f) => f.label)).toEqual(["3700000", "laporan"]);
  });

  it("returns a result that survives JSON.stringify (decimals as strings)", () => {
    const json = JSON.parse(JSON.stringify(checkConsistency(["3,7 juta", "3.000 lebih"])));
    expect(json.findings[0].ratio).toBe("1233.333333333333333333333333333333333333");
  });
});

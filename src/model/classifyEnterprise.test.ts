import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { codeAndPath, thrown } from "../../test/support/errors.js";
import { classifyEnterprise } from "./classifyEnterprise.js";

// Reference values: PP 7/2021 art. 35; UU 20/2008; Permenperin 64/2016 (methodology: enterprise
// size classes). Bounds are inclusive upper limits, so each boundary and one rupiah above it are
// tested.
const M = 1_000_000_000; // 1 miliar
const J = 1_000_000; // 1 juta

describe("classifyEnterprise, PP-7-2021 (default)", () => {
  it.each([
    [0, "micro"],
    [1 * M, "micro"], // exactly Rp1 miliar is micro
    [1 * M + 1, "small"],
    [5 * M, "small"],
    [5 * M + 1, "medium"],
    [10 * M, "medium"],
    [10 * M + 1, "large"],
  ] as const)("capital %d -> %s", (capital, size) => {
    expect(classifyEnterprise({ id: "e", capital })).toEqual({
      size,
      rule: "PP-7-2021",
      basis: "capital",
      byCapital: size,
    });
  });

  it.each([
    [2 * M, "micro"],
    [2 * M + 1, "small"],
    [15 * M, "small"],
    [15 * M + 1, "medium"],
    [50 * M, "medium"],
    ["50000000001", "large"],
  ] as const)("annual sales %s -> %s", (annualSales, size) => {
    expect(classifyEnterprise({ id: "e", annualSales })).toEqual({
      size,
      rule: "PP-7-2021",
      basis: "annualSales",
      bySales: size,
    });
  });

  it("says so when capital and sales disagree, and the criterion chooses", () => {
    const e = { id: "e", capital: 800 * J, annualSales: 3 * M }; // micro by capital, small by sales
    expect(classifyEnterprise(e)).toEqual({
      size: "small",
      rule: "PP-7-2021",
      basis: "annualSales",
      byCapital: "micro",
      bySales: "small",
      conflict: { byCapital: "micro", bySales: "small" },
    });
    expect(classifyEnterprise(e, { criterion: "capital" }).size).toBe("micro");
    expect(classifyEnterprise(e, { criterion: "annualSales" }).size).toBe("small");
  });

  it("reports no conflict when both agree", () => {
    expect(classifyEnterprise({ id: "e", capital: 2 * M, annualSales: 10 * M }).conflict).toBeUndefined();
  });

  it("keeps decimal precision at the boundary (1 miliar + 0.01 rupiah is small)", () => {
    expect(classifyEnterprise({ id: "e", capital: "1000000000.01" }).size).toBe("small");
  });
});

describe("classifyEnterprise, UU-20-2008", () => {
  it.each([
    ["capital", 50 * J, "micro"],
    ["capital", 50 * J + 1, "small"],
    ["capital", 500 * J, "small"],
    ["capital", 500 * J + 1, "medium"],
    ["capital", 10 * M, "medium"],
    ["capital", 10 * M + 1, "large"],
    ["annualSales", 300 * J, "micro"],
    ["annualSales", 300 * J + 1, "small"],
    ["annualSales", 2.5 * M, "small"],
    ["annualSales", 2.5 * M + 1, "medium"],
    ["annualSales", 50 * M, "medium"],
    ["annualSales", 50 * M + 1, "large"],
  ] as const)("%s %d -> %s", (field, amount, size) => {
    expect(classifyEnterprise({ id: "e", [field]: amount }, { rule: "UU-20-2008" }).size).toBe(size);
  });
});

describe("classifyEnterprise, Permenperin-64-2016 (industry)", () => {
  it.each([
    [19, 999_999_999, "small"],
    [19, 1 * M, "medium"],
    [20, 15 * M, "medium"],
    [20, 15 * M + 1, "large"],
    [0, 0, "small"],
    [500, 100 * M, "large"],
  ] as const)("%d workers, investment %d -> %s", (workers, capital, size) => {
    expect(classifyEnterprise({ id: "e", workers, capital }, { rule: "Permenperin-64-2016" })).toEqual({
      size,
      rule: "Permenperin-64-2016",
      basis: "workers-and-investment",
    });
  });
});

describe("classifyEnterprise, missing and bad inputs", () => {
  const codeAndPaths = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(OnboardingTargetsError);
      const err = e as OnboardingTargetsError;
      return [err.code, err.issues.map((i) => i.path)];
    }
    throw new Error("did not throw");
  };
  it.each([
    [
      "no figures",
      () => classifyEnterprise({ id: "e" }),
      "missing_field",
      ["enterprise.capital", "enterprise.annualSales"],
    ],
    [
      "criterion capital without capital",
      () => classifyEnterprise({ id: "e", annualSales: 1 }, { criterion: "capital" }),
      "missing_field",
      ["enterprise.capital"],
    ],
    [
      "criterion annualSales without sales",
      () => classifyEnterprise({ id: "e", capital: 1 }, { criterion: "annualSales" }),
      "missing_field",
      ["enterprise.annualSales"],
    ],
    [
      "industry without workers",
      () => classifyEnterprise({ id: "e", capital: 1 }, { rule: "Permenperin-64-2016" }),
      "missing_field",
      ["enterprise.workers"],
    ],
    [
      "industry without anything",
      () => classifyEnterprise({ id: "e" }, { rule: "Permenperin-64-2016" }),
      "missing_field",
      ["enterprise.workers", "enterprise.capital"],
    ],
    [
      "NaN capital",
      () => classifyEnterprise({ id: "e", capital: Number.NaN }),
      "invalid_decimal",
      ["enterprise.capital"],
    ],
    [
      "negative sales",
      () => classifyEnterprise({ id: "e", annualSales: -1 }),
      "out_of_range",
      ["enterprise.annualSales"],
    ],
    ["options null", () => classifyEnterprise({ id: "e", capital: 1 }, null as never), "invalid_type", ["options"]],
    [
      "options with an unknown key",
      () => classifyEnterprise({ id: "e", capital: 1 }, { rules: "UU-20-2008" } as never),
      "unknown_key",
      ["options.rules"],
    ],
    [
      "capital beyond 10^1000",
      () => classifyEnterprise({ id: "e", capital: "1e1001" }),
      "out_of_range",
      ["enterprise.capital"],
    ],
    [
      "unknown rule",
      () => classifyEnterprise({ id: "e", capital: 1 }, { rule: "PP-8-2021" as never }),
      "invalid_enum",
      ["options.rule"],
    ],
  ] as const)("%s", (_name, f, code, paths) => {
    expect(codeAndPaths(f)).toEqual([code, paths]);
  });

  it.each([
    [
      "no figures",
      () => classifyEnterprise({ id: "e" }),
      ["capital", "annualSales"].map((f) => ({
        code: "missing_field",
        path: `enterprise.${f}`,
        message: "PP-7-2021 classifies by capital or annual sales; neither is given",
      })),
    ],
    [
      "criterion capital without capital",
      () => classifyEnterprise({ id: "e", annualSales: 1 }, { rule: "UU-20-2008", criterion: "capital" }),
      [
        {
          code: "missing_field",
          path: "enterprise.capital",
          message: 'UU-20-2008 with criterion "capital" needs capital, which is not given',
        },
      ],
    ],
    [
      "industry without workers",
      () => classifyEnterprise({ id: "e", capital: 1 }, { rule: "Permenperin-64-2016" }),
      [
        {
          code: "missing_field",
          path: "enterprise.workers",
          message: "Permenperin-64-2016 classifies by workers and investment (capital); workers is not given",
        },
      ],
    ],
  ] as const)("names the rule and the missing figure: %s", (_name, f, issues) => {
    expect(thrown(f).issues).toEqual(issues);
  });

  it("refuses an unknown criterion at options.criterion", () => {
    expect(codeAndPath(() => classifyEnterprise({ id: "e", capital: 1 }, { criterion: "workers" as never }))).toEqual([
      "invalid_enum",
      "options.criterion",
    ]);
  });

  it.each([
    [{ id: "e", capital: 1 }, ["size", "rule", "basis", "byCapital"]],
    [{ id: "e", annualSales: 1 }, ["size", "rule", "basis", "bySales"]],
  ])("gives the class by a figure only when the figure is given: %j", (enterprise, keys) => {
    expect(Object.keys(classifyEnterprise(enterprise))).toEqual(keys);
  });

  it("does not mutate its input", () => {
    const e = Object.freeze({ id: "e", capital: 5 });
    classifyEnterprise(e);
    expect(e).toEqual({ id: "e", capital: 5 });
  });
});

import { describe, expect, it } from "vitest";
import { fail, OnboardingTargetsError, reasonOfCode, type Issue } from "./OnboardingTargetsError.js";

// Reference values: the class's own contract (TSDoc): `code` and `path` are the first issue's, the
// message is "<path>: <message>" (just the message when the path is "" , the input itself),
// followed by " (and N more: ...)" listing the other issues joined by "; ".
const date: Issue = { code: "invalid_date", path: "goal.date", message: "2021-02-30 is not a calendar date" };
const count: Issue = {
  code: "invalid_count",
  path: "observations.3.value",
  message: "-1 is negative; counts are non-negative",
};
const whole: Issue = { code: "invalid_type", path: "", message: "expected an object, got null" };

describe("OnboardingTargetsError", () => {
  it.each([
    // one issue: its path, a colon, its message (the TSDoc example)
    [[date], "goal.date: 2021-02-30 is not a calendar date"],
    // path "" is the input itself: the message alone, no ": " prefix
    [[whole], "expected an object, got null"],
    // two issues: the first, then "(and 1 more: <second>)"
    [
      [date, count],
      "goal.date: 2021-02-30 is not a calendar date (and 1 more: observations.3.value: -1 is negative; counts are non-negative)",
    ],
    // three issues: the others joined by "; ", the one with path "" without a prefix
    [
      [count, whole, date],
      "observations.3.value: -1 is negative; counts are non-negative (and 2 more: expected an object, got null; goal.date: 2021-02-30 is not a calendar date)",
    ],
  ] as const)("words %j as %s", (issues, message) => {
    const err = new OnboardingTargetsError(issues);
    expect(err.message).toBe(message);
    expect([err.code, err.path]).toEqual([issues[0].code, issues[0].path]);
    expect(err.issues).toEqual(issues);
  });

  it("is an Error named OnboardingTargetsError", () => {
    const err = new OnboardingTargetsError([date]);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("OnboardingTargetsError");
    expect(String(err)).toBe("OnboardingTargetsError: goal.date: 2021-02-30 is not a calendar date");
  });

  it("without any issue still says something: invalid_type at the input itself", () => {
    // The constructor's documented fallback, so that `code` and `path` are never undefined.
    const err = new OnboardingTargetsError([]);
    expect([err.code, err.path, err.message]).toEqual(["invalid_type", "", "invalid input"]);
    expect(err.issues).toEqual([{ code: "invalid_type", path: "", message: "invalid input" }]);
  });

  it("keeps its own frozen copy of the issues (the caller's array is not shared nor frozen)", () => {
    const issues: Issue[] = [date, count];
    const err = new OnboardingTargetsError(issues);
    expect(Object.isFrozen(err.issues)).toBe(true);
    expect(Object.isFrozen(issues)).toBe(false);
    issues.push(whole);
    expect(err.issues).toEqual([date, count]);
  });

  it("serialises to a plain object with every field", () => {
    const err = new OnboardingTargetsError([date, count]);
    expect(err.toJSON()).toEqual({
      name: "OnboardingTargetsError",
      code: "invalid_date",
      path: "goal.date",
      message:
        "goal.date: 2021-02-30 is not a calendar date (and 1 more: observations.3.value: -1 is negative; counts are non-negative)",
      issues: [date, count],
    });
    // JSON.stringify of an Error alone gives "{}"; toJSON makes it useful in logs.
    expect(JSON.parse(JSON.stringify({ error: err }))).toEqual({ error: err.toJSON() });
  });
});

describe("fail", () => {
  it("throws an OnboardingTargetsError with the one issue it is given", () => {
    let caught: unknown;
    try {
      fail("out_of_range", "options.tolerance", "1 must be at least 0 and below 1");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(OnboardingTargetsError);
    const err = caught as OnboardingTargetsError;
    expect([err.code, err.path, err.message]).toEqual([
      "out_of_range",
      "options.tolerance",
      "options.tolerance: 1 must be at least 0 and below 1",
    ]);
    expect(err.issues).toEqual([
      { code: "out_of_range", path: "options.tolerance", message: "1 must be at least 0 and below 1" },
    ]);
  });
});

describe("reasonOfCode", () => {
  // The documented mapping: the snake_case code in kebab case, every underscore a hyphen.
  it.each([
    ["too_few_points", "too-few-points"],
    ["invalid_date", "invalid-date"],
    ["out_of_range", "out-of-range"],
  ] as const)("%s -> %s", (code, reason) => {
    expect(reasonOfCode(code)).toBe(reason);
  });
});

import { describe, expect, it } from "vitest";
import {
  DEFAULT_LOCALE,
  DIRECTIONS,
  FIT_ON,
  LOCALES,
  METHODS,
  METHOD_CHOICES,
  ON_DECREASE,
  PERIODS,
  PRESETS,
  PROJECTION_PERIODS,
} from "./index.js";

// Reference values: the TSDoc of each type (the public words of the library); the first entry of
// each list is the default the readers fill in.
describe("the vocabulary", () => {
  it.each([
    ["DIRECTIONS", DIRECTIONS, ["increase", "decrease"]],
    ["ON_DECREASE", ON_DECREASE, ["error", "warn"]],
    ["PERIODS", PERIODS, ["day", "week", "month", "quarter", "year"]],
    ["PROJECTION_PERIODS", PROJECTION_PERIODS, ["day", "week", "month", "quarter", "year"]],
    ["METHODS", METHODS, ["run-rate", "linear", "cagr", "logistic", "bass", "damped"]],
    ["METHOD_CHOICES", METHOD_CHOICES, ["run-rate", "linear", "cagr", "logistic", "bass", "damped", "auto"]],
    ["FIT_ON", FIT_ON, ["cumulative", "increments"]],
    ["PRESETS", PRESETS, ["default", "open-sdg", "unsd", "destatis", "evm", "okr", "chance"]],
    ["LOCALES", LOCALES, ["en", "id"]],
  ] as const)("%s lists each word once, in the documented order", (_name, list, words) => {
    expect([...list]).toEqual(words);
    expect(new Set(list).size).toBe(list.length);
    // Words are kebab-case identifiers, like the reasons of results.
    for (const w of list) expect(w).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("has one default locale, a listed one", () => {
    expect(DEFAULT_LOCALE).toBe("en");
    expect(LOCALES).toContain(DEFAULT_LOCALE);
  });
});

import { describe, expect, it } from "vitest";
import { classify, classifyMissed, PRESET_THRESHOLDS, readThresholds } from "./presets.js";

describe("status cut-offs (DOMAIN.md §4, lower edges inclusive)", () => {
  it.each([
    ["default", 0.95, "on-track"],
    ["default", 0.9499, "needs-acceleration"],
    ["default", 0.6, "needs-acceleration"],
    ["default", 0.5999, "off-track"],
    ["default", 0, "off-track"],
    ["default", -0.0001, "regressing"],
    ["open-sdg", 0.785241, "needs-acceleration"],
    ["unsd", 0.1, "needs-acceleration"],
    ["unsd", 0.0999, "regressing"],
    ["evm", 0.8, "needs-acceleration"],
    ["evm", 0.7999, "off-track"],
    ["okr", 0.7, "on-track"],
    ["okr", 0.4, "needs-acceleration"],
    ["okr", 0.3999, "off-track"],
  ] as const)("%s: %f → %s", (preset, value, status) => expect(classify(value, PRESET_THRESHOLDS[preset])).toBe(status));

  it.each([
    [0.0499, true, "on-track"],
    [0.05, true, "needs-acceleration"],
    [0.2, true, "needs-acceleration"],
    [0.2001, true, "off-track"],
    [0.01, false, "regressing"],
  ] as const)("destatis: missed %f, right direction %s → %s", (missed, right, status) => expect(classifyMissed(missed, right, PRESET_THRESHOLDS.destatis)).toBe(status));

  it("overrides merge into the preset and must stay ordered", () => {
    expect(readThresholds("default", { onTrack: 0.9 }, "options.thresholds")).toEqual({ onTrack: 0.9, needsAcceleration: 0.6, offTrack: 0 });
    expect(() => readThresholds("default", { onTrack: 0.5 }, "options.thresholds")).toThrow(expect.objectContaining({ code: "out_of_range", path: "options.thresholds" }));
    expect(() => readThresholds("okr", { offTrack: "x" }, "options.thresholds")).toThrow(expect.objectContaining({ code: "invalid_number", path: "options.thresholds.offTrack" }));
    expect(readThresholds("destatis", { needsAcceleration: 0.25 }, "t")).toEqual({ onTrack: 0.05, needsAcceleration: 0.25, offTrack: null });
  });
});

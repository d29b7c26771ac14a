import { describe, expect, it } from "vitest";
import { thrown } from "../../../test/support/errors.js";
import { classify, classifyMissed, PRESET_THRESHOLDS, readThresholds } from "./presets.js";

describe("status cut-offs (lower edges inclusive)", () => {
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
    ["chance", 0.5, "on-track"],
    ["chance", 0.4999, "needs-acceleration"],
    ["chance", 0.2, "needs-acceleration"],
    ["chance", 0.1999, "off-track"],
    ["chance", 0, "off-track"],
  ] as const)("%s: %f → %s", (preset, value, status) =>
    expect(classify(value, PRESET_THRESHOLDS[preset])).toBe(status),
  );

  it.each([
    [0.0499, true, "on-track"],
    [0.05, true, "needs-acceleration"],
    [0.2, true, "needs-acceleration"],
    [0.2001, true, "off-track"],
    [0.01, false, "regressing"],
  ] as const)("destatis: missed %f, right direction %s → %s", (missed, right, status) =>
    expect(classifyMissed(missed, right, PRESET_THRESHOLDS.destatis)).toBe(status),
  );

  it("overrides merge into the preset and must stay ordered", () => {
    expect(readThresholds("default", { onTrack: 0.9 }, "options.thresholds")).toEqual({
      onTrack: 0.9,
      needsAcceleration: 0.6,
      offTrack: 0,
    });
    expect(() => readThresholds("default", { onTrack: 0.5 }, "options.thresholds")).toThrow(
      expect.objectContaining({ code: "out_of_range", path: "options.thresholds" }),
    );
    expect(() => readThresholds("okr", { offTrack: "x" }, "options.thresholds")).toThrow(
      expect.objectContaining({ code: "invalid_number", path: "options.thresholds.offTrack" }),
    );
    expect(readThresholds("destatis", { needsAcceleration: 0.25 }, "t")).toEqual({
      onTrack: 0.05,
      needsAcceleration: 0.25,
      offTrack: null,
    });
  });
});

describe("readThresholds", () => {
  const path = "options.thresholds";
  const err = (run: () => unknown) => {
    const e = thrown(run);
    return { code: e.code, path: e.path, message: e.message };
  };

  it("no overrides: the preset's own cut-offs", () => {
    expect(readThresholds("okr", undefined, path)).toEqual({ onTrack: 0.7, needsAcceleration: 0.4, offTrack: 0 });
    expect(readThresholds("destatis", undefined, path)).toEqual({
      onTrack: 0.05,
      needsAcceleration: 0.2,
      offTrack: null,
    });
  });

  it("equal neighbouring cut-offs are allowed (an empty band)", () => {
    expect(readThresholds("default", { onTrack: 0.6 }, path)).toEqual({
      onTrack: 0.6,
      needsAcceleration: 0.6,
      offTrack: 0,
    });
    expect(readThresholds("default", { needsAcceleration: 0 }, path)).toEqual({
      onTrack: 0.95,
      needsAcceleration: 0,
      offTrack: 0,
    });
    expect(readThresholds("destatis", { onTrack: 0.1, needsAcceleration: 0.1 }, path)).toEqual({
      onTrack: 0.1,
      needsAcceleration: 0.1,
      offTrack: null,
    });
  });

  it("destatis has no offTrack cut-off: null is accepted there, and only there", () => {
    expect(readThresholds("destatis", { offTrack: null }, path)).toEqual({
      onTrack: 0.05,
      needsAcceleration: 0.2,
      offTrack: null,
    });
    expect(err(() => readThresholds("default", { offTrack: null }, path))).toEqual({
      code: "invalid_number",
      path: "options.thresholds.offTrack",
      message: "options.thresholds.offTrack: expected a finite number, got null",
    });
    expect(err(() => readThresholds("destatis", { onTrack: null }, path))).toMatchObject({
      code: "invalid_number",
      path: "options.thresholds.onTrack",
    });
    // destatis has no use for an offTrack cut-off: a number would be silently ignored, so it is
    // refused like any other value that is not null.
    expect(err(() => readThresholds("destatis", { offTrack: 0.5 }, path))).toEqual({
      code: "invalid_option",
      path: "options.thresholds.offTrack",
      message:
        "options.thresholds.offTrack: destatis has no offTrack cut-off (off track is a missed share above needsAcceleration): leave it out or pass null, got 0.5",
    });
    expect(err(() => readThresholds("destatis", { offTrack: "x" }, path))).toMatchObject({
      code: "invalid_option",
      path: "options.thresholds.offTrack",
    });
  });

  it.each([
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    ["0.9", "string"],
  ])("rejects %s (invalid_number, names what it got)", (value, got) => {
    expect(err(() => readThresholds("evm", { needsAcceleration: value }, path))).toEqual({
      code: "invalid_number",
      path: "options.thresholds.needsAcceleration",
      message: `options.thresholds.needsAcceleration: expected a finite number, got ${got}`,
    });
  });

  it("rejects cut-offs out of order, naming them", () => {
    expect(err(() => readThresholds("default", { offTrack: 0.7 }, path))).toEqual({
      code: "out_of_range",
      path,
      message: "options.thresholds: cut-offs must satisfy onTrack ≥ needsAcceleration ≥ offTrack, got 0.95, 0.6, 0.7",
    });
    expect(err(() => readThresholds("destatis", { onTrack: 0.3 }, path))).toEqual({
      code: "out_of_range",
      path,
      message: "options.thresholds: destatis cut-offs must satisfy onTrack ≤ needsAcceleration, got 0.3 and 0.2",
    });
  });
});

describe("classify without an offTrack cut-off", () => {
  it("has no regressing band: everything below needsAcceleration is off track", () => {
    const t = { onTrack: 0.95, needsAcceleration: 0.6, offTrack: null };
    expect(classify(-5, t)).toBe("off-track");
    expect(classify(0.6, t)).toBe("needs-acceleration");
  });
});

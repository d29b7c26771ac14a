import { describe, expect, it } from "vitest";
import { pathEnds, reachLine } from "./model.js";

describe("pathEnds", () => {
  it("gives the first value, the origin value and the months between the ends", () => {
    // x relative to the origin (the last point): the path spans 9 - 0 = 9 months.
    expect(pathEnds({ x: [-9, -3, 0], y: [0, 2000, 3000] })).toEqual({ first: 0, origin: 3000, span: 9 });
  });

  it.each([
    ["no point", { x: [], y: [] }],
    ["one point", { x: [0], y: [5] }],
    ["two points at the same position", { x: [0, 0], y: [1, 2] }],
  ])("is null for %s (no growth rate can be measured)", (_what, path) => {
    expect(pathEnds(path)).toBeNull();
  });
});

describe("reachLine", () => {
  // The line c0 + slope·h reaches v at h = (v - c0)/slope, counted only for h ≥ 0.
  it.each([
    [3000, 1000 / 3, 10_000, 21], // the composite example: 7 000 left at 333.33/month = 21 months
    [100, -10, 60, 4], // a falling level reaches a lower value
    [100, 10, 100, 0], // already there
    [100, 0, 100, 0], // flat and already there
    [0, 10, 5e-324, 0], // the quotient underflows to 0, but the line does reach v right away
  ])("from %f at slope %f reaches %f after %f months", (c0, slope, v, h) => {
    expect(reachLine(c0, slope, v)).toBeCloseTo(h, 12);
  });

  it.each([
    [100, 10, 60], // rising line, value below
    [100, -10, 200], // falling line, value above
    [100, 0, 200], // flat
    [100, 0, 50], // flat
    [5e-324, 10, 0], // value a hair below a rising line's start: the quotient is -0, still never
    [0, 1e-300, 1e300], // too slow: h = 1e600 overflows
  ])("from %f at slope %f never reaches %f", (c0, slope, v) => {
    expect(reachLine(c0, slope, v)).toBe("never-at-this-pace");
  });
});

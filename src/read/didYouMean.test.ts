import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions } from "../../test/support/fc.js";
import { closestMatch, didYouMean, editDistance } from "./didYouMean.js";

describe("editDistance (optimal string alignment, case-insensitive)", () => {
  it.each([
    // Wikipedia, "Levenshtein distance": kitten -> sitting is 3, flaw -> lawn is 2.
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
    // Wikipedia, "Damerau–Levenshtein distance": CA -> ABC is 3 under optimal string alignment
    // (2 under the unrestricted distance, which edits the swapped pair again).
    ["ca", "abc", 3],
    // One swap of neighbours costs 1 (plain Levenshtein would say 2).
    ["ab", "ba", 1],
    ["lineer", "linear", 1],
    ["methd", "method", 1],
    ["mehtod", "method", 1],
    ["Asia/Jakata", "Asia/Jakarta", 1],
    ["Asia/Jayapure", "Asia/Jayapura", 1],
    ["Asia/Djakarta", "Asia/Jakarta", 1],
    // Case does not count.
    ["Linear", "linear", 0],
    ["ASIA/JAKARTA", "Asia/Jakarta", 0],
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
  ])("%j -> %j is %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d); // symmetric
  });

  it("law: it is a metric bounded by Levenshtein's bounds (0 only for equal words, at most the longer length)", () => {
    const word = fc.string({ maxLength: 8, unit: fc.constantFrom("a", "b", "c", "A") });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a.toLowerCase() === b.toLowerCase());
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      fcOptions(),
    );
  });
});

describe("closestMatch / didYouMean", () => {
  const METHODS = ["linear", "cagr", "logistic", "bass", "holt"];
  it.each([
    ["lineer", METHODS, "linear"],
    ["Linear", METHODS, "linear"], // case only: distance 0
    ["LINEAR", METHODS, "linear"],
    ["methd", ["asOf", "method", "preset"], "method"],
    ["mikro", ["micro", "small", "medium", "large"], "micro"],
    ["m", ["p", "q", "M"], "M"], // a case-only difference is suggested even for one letter
    // Too far, or too short for a guess: the limit is min(2, floor(length / 3)).
    ["up", ["increase", "decrease"], undefined],
    ["x", ["id", "name"], undefined],
    ["ud", ["id"], undefined], // distance 1, but a 2-letter word allows 0
    ["quarterly", METHODS, undefined],
    ["lnar", METHODS, undefined], // distance 2 from "linear", but a 4-letter word allows 1
    ["lnear", METHODS, "linear"], // distance 1, a 5-letter word allows 1
  ] as const)("%j among %j -> %j", (input, candidates, expected) => {
    expect(closestMatch(input, candidates)).toBe(expected);
    expect(didYouMean(input, candidates)).toBe(expected === undefined ? "" : `; did you mean "${expected}"?`);
  });

  it("breaks ties by the order of the candidates", () => {
    // "cat" is at distance 1 from both: the first listed wins.
    expect(closestMatch("cat", ["bat", "hat"])).toBe("bat");
    expect(closestMatch("cat", ["hat", "bat"])).toBe("hat");
    // A nearer candidate later in the list still wins.
    expect(closestMatch("lineer", ["linears", "linear"])).toBe("linear");
  });

  it("never suggests the input itself", () => {
    expect(closestMatch("linear", ["linear"])).toBeUndefined();
  });

  it("compares only the first 64 characters of a long input", () => {
    expect(didYouMean("a".repeat(10_000), ["b"])).toBe("");
    // 64 a's then "zzz": its first 64 characters are one substitution from 63 a's and a "b", so
    // that is suggested, though the whole input (3 letters longer) is 4 edits from it.
    const near = `${"a".repeat(63)}b`;
    expect(editDistance(`${"a".repeat(64)}zzz`, near)).toBe(4);
    expect(didYouMean(`${"a".repeat(64)}zzz`, [near])).toBe(`; did you mean "${near}"?`);
  });
});

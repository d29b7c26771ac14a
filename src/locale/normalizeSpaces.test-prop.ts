import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { normalizeSpaces } from "./normalizeSpaces.js";

describe("normalizeSpaces laws", () => {
  const spacey = fc
    .array(fc.constantFrom("3", ",", "7", "juta", " ", "\u00a0", "\u202f", "\t", "\n", "\u2009"), { maxLength: 20 })
    .map((parts) => parts.join(""));
  it("is idempotent and leaves no space at either end, no run of spaces and no other kind of space", async () => {
    await fc.assert(
      law(spacey, (text) => {
        const once = normalizeSpaces(text);
        expect(normalizeSpaces(once)).toBe(once);
        expect(once).not.toMatch(/^ | $| {2}|[\t\n\u00a0\u202f\u2009]/);
        // only spaces change: the other characters are kept, in order
        expect(once.replace(/ /g, "")).toBe(text.replace(/\s/g, ""));
      }),
      fcOptions(),
    );
  });
});

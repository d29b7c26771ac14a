import { describe, expect, it } from "vitest";
import { normalizeSpaces } from "./normalizeSpaces.js";

describe("normalizeSpaces", () => {
  it.each([
    // Intl id-ID compact puts U+00A0 before the unit (methodology: Indonesian numbers); copied text brings others.
    ["3,7\u00a0jt", "3,7 jt"],
    ["3,7\u202fjuta", "3,7 juta"], // narrow no-break space
    ["3\u2007000", "3 000"], // figure space
    ["3\u2009000", "3 000"], // thin space
    ["3,7\tjuta", "3,7 juta"],
    ["3,7\r\njuta", "3,7 juta"],
    // a run of spaces of any kinds is ONE space, and the ends are trimmed
    ["3,7   juta", "3,7 juta"],
    ["3,7 \u00a0\u202f juta", "3,7 juta"],
    ["lebih  dari\u00a0\u00a03 juta", "lebih dari 3 juta"],
    ["\u00a0 3,7 juta \n", "3,7 juta"],
    ["", ""],
    [" \u00a0\t", ""],
    ["3,7juta", "3,7juta"],
  ])("%j -> %j", (text, expected) => {
    expect(normalizeSpaces(text)).toBe(expected);
  });
});

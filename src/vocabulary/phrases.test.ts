// Laws of the phrase table rather than a second copy of it: every phrase is a word a person can
// read, no two concepts of one table share a word in one language, and both languages name the
// same concepts. The few concrete words checked are those the TSDoc example of PHRASES and the
// glossary guide (docs/guides/5-glossary.md) print.
import { describe, expect, it } from "vitest";
import { LOCALES, METHODS, PHRASES } from "./index.js";

const GROUPS = ["statuses", "methods", "measures"] as const;
const cases = LOCALES.flatMap((locale) => GROUPS.map((group) => [locale, group] as const));
const phrasesOf = (locale: (typeof LOCALES)[number], group: (typeof GROUPS)[number]): [string, string][] =>
  Object.entries(PHRASES[locale][group]);

describe("PHRASES", () => {
  it("has a table for each locale, and nothing else", () => {
    expect(Object.keys(PHRASES).sort()).toEqual([...LOCALES].sort());
  });

  it.each(cases)("%s %s: every phrase is a non-empty, trimmed string with single spaces", (locale, group) => {
    const phrases = phrasesOf(locale, group);
    expect(phrases.length).toBeGreaterThan(0);
    for (const [key, phrase] of phrases) {
      expect(typeof phrase, key).toBe("string");
      expect(phrase, key).toMatch(/^\S+( \S+)*$/);
    }
  });

  it.each(cases)("%s %s: no two concepts share a phrase", (locale, group) => {
    const words = phrasesOf(locale, group).map(([, phrase]) => phrase.toLowerCase());
    expect(new Set(words).size).toBe(words.length);
  });

  it.each(GROUPS)("%s: both languages name the same concepts", (group) => {
    const [first, ...rest] = LOCALES.map((locale) => Object.keys(PHRASES[locale][group]).sort());
    for (const keys of rest) expect(keys).toEqual(first);
  });

  it.each(LOCALES)("%s: names every projection method", (locale) => {
    expect(Object.keys(PHRASES[locale].methods).sort()).toEqual([...METHODS].sort());
  });

  // As documented on Phrases: statuses sit in a sentence (lower case), measures are labels (capitalised).
  it.each(LOCALES)("%s: statuses are lower case, measures start with a capital", (locale) => {
    for (const phrase of Object.values(PHRASES[locale].statuses)) expect(phrase).toBe(phrase.toLowerCase());
    for (const phrase of Object.values(PHRASES[locale].measures)) expect(phrase).toMatch(/^\p{Lu}/u);
  });

  // The TSDoc example of PHRASES and the glossary's rows for on track / off track, attainment and goal.
  it.each([
    ["en", "off track", "on track", "Attainment", "Goal"],
    ["id", "belum sesuai jalur", "sesuai jalur", "Capaian", "Target"],
  ] as const)("%s: the words the documentation prints", (locale, offTrack, onTrack, attainment, goal) => {
    expect(PHRASES[locale].statuses["off-track"]).toBe(offTrack);
    expect(PHRASES[locale].statuses["on-track"]).toBe(onTrack);
    expect(PHRASES[locale].measures.attainment).toBe(attainment);
    expect(PHRASES[locale].measures.goal).toBe(goal);
  });
});

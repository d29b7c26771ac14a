// One voice per language: the glossary guide, the explanations, the chart and the demo's words take
// statuses, methods and measures from the library's phrase table (PHRASES). This test reads the
// glossary's table and checks each status, method and measure row against the table, and checks
// that an assessment's explanation and its chart print the same status words.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess, burnUpChart, LOCALES, PHRASES } from "../../src/index.js";
import { packagePath } from "../package/dist.js";

// The demo's words (plain JavaScript, importing the built package).
type DemoWords = { statuses: Record<string, string>; methods: Record<string, string> } & Record<string, unknown>;
const demoText: string = "../../examples/demo-text.mjs";
const { TEXT } = (await import(demoText)) as { TEXT: Record<"en" | "id", DemoWords> };

/** The glossary's rows: English (first cell) → the Indonesian terms (second cell, split at commas). */
function glossaryRows(): Map<string, string[]> {
  const text = readFileSync(packagePath("docs/guides/5-glossary.md"), "utf8");
  const rows = new Map<string, string[]>();
  for (const line of text.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 4 || cells[1] === "" || cells[1]?.startsWith("---")) continue;
    rows.set(
      cells[1]!.toLowerCase(),
      cells[2]!.split(",").map((t) => t.trim().toLowerCase()),
    );
  }
  return rows;
}

const GROUPS = ["statuses", "methods", "measures"] as const;

describe("PHRASES: one word per concept in each language", () => {
  const rows = glossaryRows();
  const entries = GROUPS.flatMap((group) => Object.keys(PHRASES.en[group]).map((key) => [group, key] as const));
  it.each(entries)("the glossary gives %s.%s the table's words in both languages", (group, key) => {
    const en = (PHRASES.en[group] as Record<string, string>)[key]!.toLowerCase();
    const id = (PHRASES.id[group] as Record<string, string>)[key]!.toLowerCase();
    expect(rows.has(en), `no glossary row for "${en}"`).toBe(true);
    // The table's word comes first; other usual words may follow it.
    expect(rows.get(en)?.[0]).toBe(id);
  });

  it("never translates on-boarding as orientasi, nor backtest as uji mundur", () => {
    const all = JSON.stringify(PHRASES) + readFileSync(packagePath("docs/guides/5-glossary.md"), "utf8");
    expect(all).not.toMatch(/\| on-boarding \|[^\n]*orientasi,/);
    expect(all).not.toMatch(/uji mundur/);
  });

  it.each(LOCALES)("the demo's words are the table's (%s)", (locale) => {
    const t = TEXT[locale];
    for (const [status, word] of Object.entries(PHRASES[locale].statuses)) expect(t.statuses[status]).toBe(word);
    for (const [method, word] of Object.entries(PHRASES[locale].methods))
      expect(t.methods[method]?.startsWith(word)).toBe(true);
    expect(t.goal).toBe(PHRASES[locale].measures.goal);
    expect(t.baseline).toBe(PHRASES[locale].measures.baseline);
    expect(t.attainment).toBe(PHRASES[locale].measures.attainment);
  });

  it.each(LOCALES)("an explanation and its chart say the same status (%s)", (locale) => {
    const target = {
      id: "composite",
      baseline: { date: "2022-12-31", value: 0 },
      goal: { date: "2024-12-31", value: 10_000 },
    };
    const observations = [{ date: "2023-09-30", value: 3_000 }];
    const a = assess(target, observations, { asOf: "2023-09-30", locale });
    const word = PHRASES[locale].statuses[a.status];
    expect(a.explanation[locale][0]).toBe(`composite: ${word}.`);
    const spec = burnUpChart({ target, observations, status: a.status }, { asOf: a.asOf, locale });
    expect(JSON.stringify(spec)).toContain(`${PHRASES[locale].measures.status}: ${word}`);
  });
});

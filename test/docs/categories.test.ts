// The API docs group exports by `@category`, one category per folder of src/: a symbol's category is
// the concern of the folder that defines it. This test reads every non-test source file and checks
// its `@category` tags against the folder, and checks that the typedoc plugin's list of allowed
// categories (scripts/typedoc-plugin.mjs) and typedoc.json's categoryOrder name the same categories
// in the same order, so a new folder or a moved file cannot leave the docs grouped the old way.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packagePath } from "../package/dist.js";

/** Folder of src/ → its category, in the order a reader meets them (bottom-up through the layers). */
const FOLDER_CATEGORY: Record<string, string> = {
  model: "Model",
  periods: "Periods",
  progress: "Progress",
  // The cumulative path has no public symbols of its own; a public one would sit with the measures.
  path: "Progress",
  series: "Series",
  reconcile: "Reconcile",
  projection: "Projection",
  assessment: "Assessment",
  outlook: "Outlook",
  locale: "Locale",
  charts: "Charts",
  plain: "Plain",
  schemas: "Schemas",
  // Shared constants (METHODS, LOCALES, OnDecrease, …) are documented together, wherever re-exported.
  vocabulary: "Vocabulary",
  errors: "Errors",
  decimal: "Decimal",
  // Boundary readers and general numerics have no public symbols.
  read: "Read",
  numeric: "Numeric",
};

const ORDER = [...new Set(Object.values(FOLDER_CATEGORY))].filter((c) => c !== "Read" && c !== "Numeric");

const TAG = /@category[ \t]+([^\s*]+)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(packagePath(`src/${folder}`), { recursive: true, encoding: "utf8" })
    .map((f) => f.split("\\").join("/"))
    .filter((f) => f.endsWith(".ts") && !/\.test(-prop)?\.ts$/.test(f))
    .sort();
}

function tagsIn(text: string): string[] {
  return [...text.matchAll(TAG)].map((m) => m[1] as string);
}

describe("@category follows the folder", () => {
  it("every folder of src/ has a category", () => {
    const folders = readdirSync(packagePath("src"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders.filter((f) => !(f in FOLDER_CATEGORY))).toEqual([]);
  });

  const rows = Object.entries(FOLDER_CATEGORY).flatMap(([folder, category]) =>
    sourceFiles(folder).map((file) => ({ file: `src/${folder}/${file}`, category })),
  );

  it.each(rows)("$file: every @category is $category", ({ file, category }) => {
    const wrong = tagsIn(readFileSync(packagePath(file), "utf8")).filter((t) => t !== category);
    expect(wrong).toEqual([]);
  });

  it("the folders' categories are tagged somewhere (the table is not stale)", () => {
    const used = new Set(rows.flatMap(({ file }) => tagsIn(readFileSync(packagePath(file), "utf8"))));
    expect(ORDER.filter((c) => !used.has(c))).toEqual([]);
  });

  it("the typedoc plugin allows exactly these categories, in this order", () => {
    const plugin = readFileSync(packagePath("scripts/typedoc-plugin.mjs"), "utf8");
    const list = /const CATEGORIES = \[([^\]]*)\]/.exec(plugin)?.[1] ?? "";
    expect([...list.matchAll(/"([^"]+)"/g)].map((m) => m[1])).toEqual(ORDER);
  });

  it("typedoc.json orders the categories the same way, then the rest", () => {
    const typedoc = JSON.parse(readFileSync(join(packagePath("."), "typedoc.json"), "utf8")) as {
      categoryOrder: string[];
    };
    expect(typedoc.categoryOrder).toEqual([...ORDER, "*"]);
  });
});

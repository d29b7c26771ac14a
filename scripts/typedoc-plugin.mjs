// TypeDoc plugin for this package (named in typedoc.json "plugin"):
// 1. Adds the guides docs/guides/*.md as project documents when there are any. Listing the glob in
//    typedoc.json would warn "did not match any files" while there are none, and with
//    treatWarningsAsErrors that would fail the docs build.
// 2. Names the two modules after their import paths, `onboarding-targets` and
//    `onboarding-targets/schemas`, instead of the file names `index` and `schemas`.
// 3. Warns (so, with treatWarningsAsErrors, fails) when an exported symbol has no `@category` or one
//    outside the list of the house rules, so the API docs stay grouped as categoryOrder says.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Application, Converter, ReflectionKind } from "typedoc";

const GUIDES = "docs/guides";
const PACKAGE = "onboarding-targets";
const CATEGORIES = ["Model", "Periods", "Progress", "Projection", "Assessment", "Locale", "Charts"];

/** @param {import("typedoc").Comment | undefined} comment */
function categoriesOf(comment, into) {
  for (const tag of comment?.blockTags ?? []) {
    if (tag.tag === "@category") into.add(tag.content.map((p) => p.text).join("").trim());
  }
}

/** @param {import("typedoc").DeclarationReflection} reflection */
function categories(reflection) {
  const found = new Set();
  categoriesOf(reflection.comment, found);
  for (const sig of reflection.signatures ?? []) categoriesOf(sig.comment, found);
  if (reflection.type?.type === "reflection") {
    categoriesOf(reflection.type.declaration.comment, found);
    for (const sig of reflection.type.declaration.signatures ?? []) categoriesOf(sig.comment, found);
  }
  return [...found];
}

/** @param {Application} app */
export function load(app) {
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    if (!existsSync(GUIDES)) return;
    const guides = readdirSync(GUIDES)
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => join(GUIDES, f));
    if (guides.length === 0) return;
    const already = app.options.getValue("projectDocuments");
    app.options.setValue("projectDocuments", [...already, ...guides.filter((g) => !already.some((a) => a.endsWith(g)))]);
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const names = { index: PACKAGE, schemas: `${PACKAGE}/schemas` };
    for (const mod of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      if (mod.name in names) mod.name = names[mod.name];
    }
  });

  // Before TypeDoc's own CategoryPlugin (priority -200), which consumes the @category tags.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      for (const mod of context.project.getReflectionsByKind(ReflectionKind.SomeModule)) {
        for (const child of mod.children ?? []) {
          if (child.kindOf(ReflectionKind.SomeModule)) continue;
          const found = categories(child);
          const where = child.sources?.[0]?.fileName ?? mod.name;
          if (found.length === 0) {
            app.logger.warn(`${mod.name}.${child.name} (${where}) has no @category; use one of ${CATEGORIES.join(", ")}`);
          }
          for (const c of found.filter((c) => !CATEGORIES.includes(c))) {
            app.logger.warn(`${mod.name}.${child.name} (${where}) has @category ${c}, not one of ${CATEGORIES.join(", ")}`);
          }
        }
      }
    },
    0,
  );
}

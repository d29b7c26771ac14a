// TypeDoc plugin for this package (named in typedoc.json "plugin"):
// 1. Adds the guides docs/guides/*.md as project documents when there are any. Listing the glob in
//    typedoc.json would warn "did not match any files" while there are none, and with
//    treatWarningsAsErrors that would fail the docs build.
// 2. Names the two modules after their import paths, `onboarding-targets` and
//    `onboarding-targets/schemas`, instead of the file names `index` and `schemas`.
// 3. Warns (so, with treatWarningsAsErrors, fails) when an exported symbol has no `@category` or one
//    outside the list of the house rules, so the API docs stay grouped as categoryOrder says.
// 4. Gives every export a one-line summary on the module pages: the first sentence of its comment's
//    first paragraph, unless the comment has its own `@summary` (typedoc.json's
//    useFirstParagraphOfCommentAsSummary would show the whole paragraph).
// 5. Lists the project documents on the front page, after the README's first paragraph: the guide
//    whose front matter says `group: Start here` (first in the sidebar, by groupOrder) as "Start
//    here" with its `summary`, then every other document by its `group` (Guides, Reference), in the
//    sidebar's order.
// 6. Links API names in the project documents to their pages: a code span that is exactly the name
//    of an export (`assess`, `toPlain`), outside a Markdown link, becomes a link to the export's
//    page. The guides stay plain Markdown, which reads the same on a code host and in the installed
//    package (where there is no API page to link to), and the site links each name as {@linkcode}
//    would.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Application, CommentTag, Converter, ReflectionKind } from "typedoc";

const GUIDES = "docs/guides";
const START_HERE = "Start here";
const PACKAGE = "onboarding-targets";
// One category per folder of src/ (test/docs/categories.test.ts keeps tags, this list and categoryOrder in step).
const CATEGORIES = [
  "Model",
  "Periods",
  "Progress",
  "Series",
  "Reconcile",
  "Projection",
  "Assessment",
  "Outlook",
  "Locale",
  "Charts",
  "Plain",
  "Schemas",
  "Vocabulary",
  "Errors",
  "Decimal",
];

/** @param {import("typedoc").Comment | undefined} comment */
function categoriesOf(comment, into) {
  for (const tag of comment?.blockTags ?? []) {
    if (tag.tag === "@category")
      into.add(
        tag.content
          .map((p) => p.text)
          .join("")
          .trim(),
      );
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

// Abbreviations whose period does not end a sentence.
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|no))[.!?](?=\s)/;

/**
 * The first sentence of a summary (display parts): cut in the first text part with a sentence end;
 * code and links are never cut. `undefined` when the parts are one sentence already.
 * @param {import("typedoc").CommentDisplayPart[]} parts
 */
function firstSentence(parts) {
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.kind !== "text") continue;
    const end = SENTENCE_END.exec(part.text);
    if (!end) continue;
    const cut = { ...part, text: part.text.slice(0, end.index + 1) };
    const rest = [part.text.slice(end.index + 1), ...parts.slice(i + 1).map((p) => p.text)].join("").trim();
    return rest.length === 0 ? undefined : [...parts.slice(0, i), cut];
  }
  return undefined;
}

/** @param {import("typedoc").Comment | undefined} comment */
function addOneLineSummary(comment) {
  if (!comment || comment.getTag("@summary")) return;
  const parts = comment.getShortSummary(true);
  let sentence = firstSentence(parts);
  // A paragraph that introduces a list ("…into plain JSON data:") ends the summary with a period.
  const last = (sentence ?? parts).at(-1);
  if (last?.kind === "text" && /:\s*$/.test(last.text)) {
    sentence = [...(sentence ?? parts).slice(0, -1), { ...last, text: last.text.replace(/:\s*$/, ".") }];
  }
  if (sentence) comment.blockTags.push(new CommentTag("@summary", sentence));
}

/** @param {import("typedoc").DocumentReflection} doc @param {string} text */
const linkTo = (doc, text = doc.name) => ({ kind: "inline-tag", tag: "@link", text, target: doc });

/**
 * The front page's list of documents, as display parts, groups in `groupOrder`.
 * @param {import("typedoc").DocumentReflection[]} docs
 * @param {string[]} groupOrder
 */
function documentList(docs, groupOrder) {
  const parts = [];
  const start = docs.find((d) => d.frontmatter.group === START_HERE);
  if (start) {
    parts.push({ kind: "text", text: `> **${START_HERE}:** ` }, linkTo(start));
    if (typeof start.frontmatter.summary === "string")
      parts.push({ kind: "text", text: `. ${start.frontmatter.summary}` });
    parts.push({ kind: "text", text: "\n>\n" });
  }
  const groups = new Map();
  for (const doc of docs.filter((d) => d !== start)) {
    const group = typeof doc.frontmatter.group === "string" ? doc.frontmatter.group : "Documents";
    groups.set(group, [...(groups.get(group) ?? []), doc]);
  }
  const rank = (group) =>
    groupOrder.includes(group)
      ? groupOrder.indexOf(group)
      : groupOrder.includes("*")
        ? groupOrder.indexOf("*")
        : groupOrder.length;
  [...groups]
    .sort(([a], [b]) => rank(a) - rank(b))
    .forEach(([group, members], g) => {
      parts.push({ kind: "text", text: `${g === 0 ? "> " : " "}**${group}:** ` });
      members.forEach((doc, i) => {
        if (i > 0) parts.push({ kind: "text", text: " · " });
        parts.push(linkTo(doc));
      });
      parts.push({ kind: "text", text: "." });
    });
  parts.push({ kind: "text", text: "\n\n" });
  return parts;
}

/**
 * Inserts `extra` into the README's display parts after its first paragraph under the title
 * (at the start when the README does not begin that way).
 * @param {import("typedoc").CommentDisplayPart[]} readme
 * @param {import("typedoc").CommentDisplayPart[]} extra
 */
function afterFirstParagraph(readme, extra) {
  const first = readme[0];
  if (first?.kind === "text" && /^#\s/.test(first.text)) {
    const heading = first.text.indexOf("\n\n");
    const end = heading < 0 ? -1 : first.text.indexOf("\n\n", heading + 2);
    if (end >= 0) {
      return [
        { kind: "text", text: first.text.slice(0, end + 2) },
        ...extra,
        { kind: "text", text: first.text.slice(end + 2) },
        ...readme.slice(1),
      ];
    }
  }
  return [...extra, ...readme];
}

/**
 * Every export of the package's modules by name (the main entry first, when a name is in both).
 * @param {import("typedoc").ProjectReflection} project
 */
function exportsByName(project) {
  const found = new Map();
  for (const mod of project.getReflectionsByKind(ReflectionKind.Module)) {
    const children = /** @type {import("typedoc").DeclarationReflection} */ (mod).children ?? [];
    for (const child of children) if (!found.has(child.name) || mod.name === PACKAGE) found.set(child.name, child);
  }
  return found;
}

/**
 * A document's display parts with each code span that names an export (and is not a link's label)
 * turned into a link to it, shown as code.
 * @param {import("typedoc").CommentDisplayPart[]} parts
 * @param {Map<string, import("typedoc").Reflection>} targets
 */
function linkApiNames(parts, targets) {
  return parts.map((part, i) => {
    const name = part.kind === "code" ? /^`([A-Za-z_$][\w$]*)`$/.exec(part.text)?.[1] : undefined;
    const target = name === undefined ? undefined : targets.get(name);
    const label = parts[i - 1]?.text.endsWith("[") && parts[i + 1]?.text.startsWith("](");
    return target && !label ? { kind: "inline-tag", tag: "@linkcode", text: name, target } : part;
  });
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
    app.options.setValue("projectDocuments", [
      ...already,
      ...guides.filter((g) => !already.some((a) => a.endsWith(g))),
    ]);
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const names = { index: PACKAGE, schemas: `${PACKAGE}/schemas` };
    for (const mod of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      if (mod.name in names) mod.name = names[mod.name];
    }
  });

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    for (const reflection of Object.values(project.reflections)) {
      addOneLineSummary(reflection.comment);
      for (const sig of reflection.signatures ?? []) addOneLineSummary(sig.comment);
    }
    const targets = exportsByName(project);
    for (const doc of project.getReflectionsByKind(ReflectionKind.Document)) {
      const document = /** @type {import("typedoc").DocumentReflection} */ (doc);
      document.content = linkApiNames(document.content, targets);
    }
    const docs = project.documents ?? [];
    if (project.readme && docs.length > 0)
      project.readme = afterFirstParagraph(project.readme, documentList(docs, app.options.getValue("groupOrder")));
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
            app.logger.warn(
              `${mod.name}.${child.name} (${where}) has no @category; use one of ${CATEGORIES.join(", ")}`,
            );
          }
          for (const c of found.filter((c) => !CATEGORIES.includes(c))) {
            app.logger.warn(
              `${mod.name}.${child.name} (${where}) has @category ${c}, not one of ${CATEGORIES.join(", ")}`,
            );
          }
        }
      }
    },
    0,
  );
}

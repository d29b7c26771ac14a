// The walker that `npm run docs` runs over the generated API site (scripts/site-links.mjs), on a
// small site written here: each kind of dead link and of raw link text is found, with its page,
// and a site without them passes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { anchorsOf, linksOf, walkSite } from "../../scripts/site-links.mjs";

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="../assets/style.css"/>` +
  `<script>const x = "<a href='nowhere.html'>";</script></head><body>${body}</body></html>`;

function site(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "site-links-"));
  made.push(root);
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const made: string[] = [];
afterAll(() => made.forEach((root) => rmSync(root, { recursive: true, force: true })));

const healthy = {
  "assets/style.css": "body {}",
  "assets/icons.svg": '<svg><g id="icon-search"></g></svg>',
  "index.html": page('<a href="documents/Guide.html#step-2">guide</a> <a href="#">top</a>').replace(
    "../assets/",
    "assets/",
  ),
  "documents/Guide.html": page(
    '<h2 id="step-2">Step 2</h2><a href="#step-2">here</a> <a href="../functions/my%20fn.html">fn</a>' +
      '<svg><use href="../assets/icons.svg#icon-search"></use></svg> <a href="https://example.org/a">ext</a>' +
      "<!-- continue -->",
  ),
  "functions/my fn.html": page('<img src="../media/chart.svg"/> <a href="mailto:x@example.org">mail</a>'),
  "media/chart.svg": "<svg></svg>",
};

describe("site links", () => {
  it("reads href and src values, decoded, outside comments and scripts; ids and names", () => {
    expect(linksOf(`<a href="a.html?x=1&amp;y=2#b">a</a><!-- <a href="c.html"> --><img src='d.svg'>`)).toEqual([
      "a.html?x=1&y=2#b",
      "d.svg",
    ]);
    expect([...anchorsOf(`<h2 id="one"></h2><a name='two'></a><g id="icon-x"/>`)]).toEqual(["one", "two", "icon-x"]);
  });

  it("passes a site whose links all open, and lists its external links", () => {
    const result = walkSite(site(healthy));
    expect(result).toEqual({
      pages: 3,
      links: 11, // 3 on the front page, 5 on the guide, 3 on the function page (a stylesheet each)
      external: ["https://example.org/a", "mailto:x@example.org"],
      dead: [],
      raw: [],
    });
  });

  it.each([
    [
      "a missing page",
      '<a href="../functions/gone.html">x</a>',
      "documents/Guide.html: ../functions/gone.html (no file functions/gone.html in the site)",
    ],
    [
      "a missing anchor",
      '<a href="#step-3">x</a>',
      'documents/Guide.html: #step-3 (no id "step-3" in documents/Guide.html)',
    ],
    [
      "a missing anchor on another page",
      '<a href="../index.html#nope">x</a>',
      'documents/Guide.html: ../index.html#nope (no id "nope" in index.html)',
    ],
    [
      "a missing image",
      '<img src="../media/gone.png">',
      "documents/Guide.html: ../media/gone.png (no file media/gone.png in the site)",
    ],
    [
      "a link out of the site",
      '<a href="../../README.md">x</a>',
      "documents/Guide.html: ../../README.md (no file ../README.md in the site)",
    ],
    [
      "a missing icon",
      '<use href="../assets/icons.svg#icon-gone"></use>',
      'documents/Guide.html: ../assets/icons.svg#icon-gone (no id "icon-gone" in assets/icons.svg)',
    ],
    [
      "a file: URL",
      '<a href="file:///etc/hosts">x</a>',
      "documents/Guide.html: file:///etc/hosts (a scheme that opens nothing here)",
    ],
  ])("finds %s", (_, html, problem) => {
    const broken = { ...healthy, "documents/Guide.html": page(`<h2 id="step-2">Step 2</h2>${html}`) };
    expect(walkSite(site(broken)).dead).toEqual([problem]);
  });

  it.each([
    ["a TSDoc link tag", "See {@link project}.", '"{@link"'],
    ["a declaration reference", '<a href="#step-2">onboarding-targets!project</a>', '"onboarding-targets!"'],
  ])("finds raw link text: %s", (_, html, needle) => {
    const broken = { ...healthy, "documents/Guide.html": page(`<h2 id="step-2">Step 2</h2>${html}`) };
    expect(walkSite(site(broken)).raw).toEqual([`documents/Guide.html: shows ${needle}`]);
  });
});

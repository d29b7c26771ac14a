// After typedoc (`npm run docs`): walks every link of the generated API site, docs/api/**/*.html.
// Each `href` and `src` that is relative must open a file of the site, and its `#anchor`, if any,
// an `id` in that file (a page, or the icons' SVG); a bare `#anchor` an `id` of the page itself.
// External links (http:, https:, mailto:) are listed, not fetched. A page whose text still shows a
// TSDoc link tag ("{@link") or a declaration reference ("onboarding-targets!") fails too: both mean
// a link was written for TypeDoc's resolver and rendered as raw text. Exits 1 on any failure.
//
//   node scripts/site-links.mjs [site folder, default docs/api]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const EXTERNAL = /^(https?|mailto):/i;
const RAW_TEXT = ["{@link", "onboarding-targets!"];

/** `<script>` and `<style>` bodies, comments: not text a reader sees, and not links. */
const hidden = (html) =>
  html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (m) => m.replace(/>[\s\S]*</, "><"));

/** The `href` and `src` attribute values of an HTML text, entities decoded. */
export function linksOf(html) {
  return [...hidden(html).matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) =>
    decodeEntities(m[1] ?? m[2] ?? ""),
  );
}

/** The `id` (and `name`) values of an HTML or SVG text. */
export function anchorsOf(text) {
  return new Set([...text.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => m[1] ?? m[2]));
}

function decodeEntities(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function htmlFiles(root) {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(root, f))
    .sort();
}

/**
 * Walks the site under `root`.
 * @param {string} root
 * @returns {{ pages: number, links: number, external: string[], dead: string[], raw: string[] }}
 */
export function walkSite(root) {
  const site = resolve(root);
  const anchors = new Map();
  const anchorsIn = (file) => {
    if (!anchors.has(file)) anchors.set(file, anchorsOf(readFileSync(file, "utf8")));
    return anchors.get(file);
  };
  const pages = htmlFiles(site);
  const external = new Set();
  const dead = [];
  const raw = [];
  let links = 0;
  for (const page of pages) {
    const html = readFileSync(page, "utf8");
    const where = relative(site, page).split(sep).join("/");
    const text = hidden(html).replace(/<[^>]*>/g, "");
    for (const needle of RAW_TEXT) if (text.includes(needle)) raw.push(`${where}: shows "${needle}"`);
    for (const link of linksOf(html)) {
      links++;
      if (EXTERNAL.test(link)) {
        external.add(link);
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) && !/^data:/i.test(link)) {
        dead.push(`${where}: ${link} (a scheme that opens nothing here)`);
        continue;
      }
      if (/^data:/i.test(link) || link === "#") continue;
      const [pathPart, fragment] = link.split("#", 2);
      const path = decodeURIComponent((pathPart ?? "").split("?")[0] ?? "");
      const target = path === "" ? page : resolve(dirname(page), path);
      if (!target.startsWith(site + sep) || !existsSync(target) || !statSync(target).isFile()) {
        dead.push(`${where}: ${link} (no file ${relative(site, target).split(sep).join("/")} in the site)`);
        continue;
      }
      if (fragment && !anchorsIn(target).has(decodeURIComponent(fragment))) {
        dead.push(`${where}: ${link} (no id "${fragment}" in ${relative(site, target).split(sep).join("/")})`);
      }
    }
  }
  return { pages: pages.length, links, external: [...external].sort(), dead, raw };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? "docs/api";
  if (!existsSync(root)) {
    console.error(`${root} does not exist: run \`npm run docs\` first`);
    process.exit(1);
  }
  const { pages, links, external, dead, raw } = walkSite(root);
  console.log(`site links: ${links} links in ${pages} pages of ${root}; ${external.length} external, not fetched:`);
  for (const url of external) console.log(`  ${url}`);
  for (const problem of [...dead, ...raw]) console.error(`DEAD  ${problem}`);
  if (pages === 0 || dead.length + raw.length > 0) {
    console.error(`site links: ${dead.length} dead links, ${raw.length} pages with raw link text, ${pages} pages`);
    process.exit(1);
  }
}

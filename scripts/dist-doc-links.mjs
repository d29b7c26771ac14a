// After tsup: the API comments link to the methodology and the guides as the source sees them, from
// src/<folder>/ (`../../docs/methodology.md#…`, `../../docs/guides/…`, `../../../docs/…` from a room). The declarations are bundled into
// dist/, one level below the package root, where that path leads out of the package: an editor's
// hover in node_modules/onboarding-targets/dist would open nothing. Rewrite each to `../docs/…`.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = new URL("../dist/", import.meta.url).pathname;
let rewritten = 0;
for (const file of readdirSync(dist).filter((f) => /\.d\.c?ts$/.test(f))) {
  const path = join(dist, file);
  const text = readFileSync(path, "utf8");
  const fixed = text.replace(/\]\((?:\.\.\/)+docs\//g, () => {
    rewritten++;
    return "](../docs/";
  });
  if (fixed !== text) writeFileSync(path, fixed);
}
console.log(`dist/ types: ${rewritten} links to docs/ rewritten to open from dist/`);

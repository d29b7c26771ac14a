// Prints what `npm run build` made, in a few lines (tsup itself runs with --silent).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const dist = new URL("../dist/", import.meta.url).pathname;
const files = readdirSync(dist).filter((f) => !f.endsWith(".map"));
const size = (f) => `${(statSync(join(dist, f)).size / 1000).toFixed(1)} kB`;
const group = (test) =>
  files
    .filter(test)
    .sort()
    .map((f) => `${f} ${size(f)}`)
    .join(", ");
console.log(`dist/ ESM:   ${group((f) => f.endsWith(".js") && !f.endsWith(".global.js"))}`);
console.log(`dist/ CJS:   ${group((f) => f.endsWith(".cjs"))}`);
console.log(`dist/ types: ${group((f) => f.endsWith(".d.ts") || f.endsWith(".d.cts"))}`);
console.log(
  `dist/ <script>: ${group((f) => f.endsWith(".global.js"))} (minified, dependencies inlined; global OnboardingTargets)`,
);

// Renders a Vega-Lite specification (JSON on stdin) to SVG (stdout) with the vega and vega-lite
// dev dependencies, through the repository's scripts/render-chart.mjs. The notebook calls it in a
// child process: vega-lite is an ES module graph with top-level await, which tslab's CommonJS
// cells cannot load.
import { renderSvg } from "../../scripts/render-chart.mjs";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
process.stdout.write(await renderSvg(JSON.parse(Buffer.concat(chunks).toString("utf8"))));

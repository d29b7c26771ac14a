// Renders a Vega-Lite specification (JSON on stdin) to SVG (stdout) with the vega and vega-lite
// dev dependencies. The notebook calls it in a child process: vega-lite is an ES module graph with
// top-level await, which tslab's CommonJS cells cannot load.
import { compile } from "vega-lite";
import { parse, View } from "vega";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const spec = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const view = new View(parse(compile(spec).spec), { renderer: "none" });
process.stdout.write(await view.toSVG());
view.finalize();

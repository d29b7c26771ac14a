#!/usr/bin/env node
// Renders a Vega-Lite specification (such as `burnUpChart` returns) to SVG and PNG, for looking at a
// chart outside a browser. Development only: it uses the dev dependencies `vega` and `vega-lite`
// (SVG) and `@resvg/resvg-js` (PNG, from the SVG; its prebuilt binary comes from the npm registry
// as an optional platform package, nothing is downloaded at install time).
//
//   node scripts/render-chart.mjs spec.json                 writes spec.svg and spec.png
//   node scripts/render-chart.mjs spec.json --out chart     writes chart.svg and chart.png
//   node scripts/render-chart.mjs - --out chart < spec.json reads the spec from stdin
//   node scripts/render-chart.mjs chart.svg                 converts an SVG to chart.png only
//   options: --svg-only, --png-only, --scale 2 (PNG pixels per SVG pixel, default 2)
//   npm run render-chart -- spec.json --out chart
//
// As a module: `renderSvg(spec)` and `svgToPng(svg, { scale })` (examples/demo.mjs and
// examples/notebook/render-svg.mjs use them).
import { readFileSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/**
 * The SVG text of a Vega-Lite specification, rendered headlessly (`renderer: "none"`). Vega draws
 * text with the spec's fonts; the SVG names them and leaves the glyphs to the viewer.
 * @param {object} spec - a Vega-Lite specification (plain JSON)
 * @returns {Promise<string>} the SVG document
 */
export async function renderSvg(spec) {
  const [{ compile }, { parse, View }] = await Promise.all([import("vega-lite"), import("vega")]);
  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * A PNG of an SVG document, drawn by resvg with the machine's fonts. The generic family
 * `sans-serif` (the chart's font) is mapped to DejaVu Sans when it is installed (Debian's default),
 * so the text is drawn the same on every machine that has it.
 * @param {string} svg - the SVG document
 * @param {{ scale?: number }} [options] - `scale`: PNG pixels per SVG pixel (default 2)
 * @returns {Promise<Buffer>} the PNG bytes
 * @throws {Error} when `@resvg/resvg-js` is not installed (it is a dev dependency)
 */
export async function svgToPng(svg, { scale = 2 } = {}) {
  let Resvg;
  try {
    ({ Resvg } = await import("@resvg/resvg-js"));
  } catch (e) {
    throw new Error(
      `PNG needs the dev dependency @resvg/resvg-js (npm install): ${e instanceof Error ? e.message : e}`,
    );
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}

async function readInput(file) {
  if (file === "-") {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  }
  return readFileSync(file, "utf8");
}

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      scale: { type: "string", default: "2" },
      "svg-only": { type: "boolean" },
      "png-only": { type: "boolean" },
    },
  });
  const scale = Number(values.scale);
  const input = positionals[0];
  if (input === undefined || positionals.length > 1 || !(scale > 0 && scale <= 10)) {
    console.error(
      "usage: node scripts/render-chart.mjs <spec.json | chart.svg | -> [--out base] [--svg-only | --png-only] [--scale 2]",
    );
    return 2;
  }
  const text = await readInput(input);
  const base = values.out ?? (input === "-" ? "chart" : input.slice(0, input.length - extname(input).length));
  const isSvg = text.trimStart().startsWith("<");
  const svg = isSvg ? text : await renderSvg(JSON.parse(text));
  const written = [];
  if (!isSvg && !values["png-only"]) {
    writeFileSync(`${base}.svg`, svg);
    written.push(`${base}.svg`);
  }
  if (!values["svg-only"]) {
    writeFileSync(`${base}.png`, await svgToPng(svg, { scale }));
    written.push(`${base}.png`);
  }
  console.error(`render-chart: wrote ${written.join(", ")}`);
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}

// Writes a figure that a run measured into the document that quotes it, between a pair of markers
// `<!-- name:start -->` and `<!-- name:end -->`, so that the document says what the last recorded
// run found, with its date, and nobody copies numbers by hand. Used by `npm run test:deep -- --record`
// (docs/reliability.md) and `npm run bench -- --record` (docs/benchmarks.md).
import { readFileSync, writeFileSync } from "node:fs";

/**
 * `text` with what stands between the markers named `name` replaced by `body`.
 * @param {string} text - the document
 * @param {string} name - the markers' name: `deep-laws` for `<!-- deep-laws:start -->` … `<!-- deep-laws:end -->`
 * @param {string} body - the new content between the markers
 * @returns {string}
 * @throws {Error} when the document holds no pair of these markers, or more than one
 */
export function replaceBetweenMarkers(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} markers to record the figures in`);
  if (text.indexOf(start, from + 1) >= 0 || text.indexOf(end, to + 1) >= 0)
    throw new Error(`more than one pair of ${name} markers: which one to record in is unclear`);
  return text.slice(0, from + start.length) + body + text.slice(to);
}

/**
 * Writes `body` between the `name` markers of the file `file` (a path relative to the repository,
 * such as `docs/reliability.md`).
 * @param {URL} root - the repository's folder, ending in "/"
 * @param {string} file - the document, relative to `root`
 * @param {string} name - the markers' name
 * @param {string} body - the new content between the markers
 */
export function recordBetweenMarkers(root, file, name, body) {
  const url = new URL(file, root);
  writeFileSync(url, replaceBetweenMarkers(readFileSync(url, "utf8"), name, body));
}

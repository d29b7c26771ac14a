// Compares the outputs of an executed notebook with those committed in the notebook itself, after
// leaving out only what legitimately varies between runs: execution counts, cell and notebook
// metadata (kernel versions, timings). Used by run.sh after `jupyter nbconvert --execute`.
//
//   node outputs.mjs check  committed.ipynb executed.ipynb   exits 1 on a drift, with a diff
//   node outputs.mjs update committed.ipynb executed.ipynb   writes the executed outputs into committed.ipynb
//
// Both fail when an executed cell wrote to stderr: an analyst's notebook shows no stderr boxes.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The output types compared, as nbformat names them; others (a widget's state, say) are ignored. */
const COMPARED = ["text/plain", "text/markdown", "text/html", "image/svg+xml", "image/png"];

const [mode, committedPath, executedPath] = process.argv.slice(2);
if (!["check", "update"].includes(mode) || committedPath === undefined || executedPath === undefined) {
  console.error("usage: node outputs.mjs check|update committed.ipynb executed.ipynb");
  process.exit(2);
}
const read = (path) => JSON.parse(readFileSync(path, "utf8"));
const text = (source) => (Array.isArray(source) ? source.join("") : (source ?? ""));
const committed = read(committedPath);
const executed = read(executedPath);

const stderr = executed.cells.flatMap((cell, i) =>
  (cell.outputs ?? [])
    .filter((o) => o.output_type === "stream" && o.name === "stderr")
    .map((o) => `cell ${i} (counting from 0) wrote to stderr:\n${text(o.text)}`),
);
if (stderr.length > 0) {
  console.error(`outputs.mjs: ${stderr.join("\n")}`);
  process.exit(1);
}

if (mode === "update") {
  // The executed notebook, without the timings nbclient records in each cell's metadata.
  for (const cell of executed.cells) delete cell.metadata?.execution;
  writeFileSync(committedPath, `${JSON.stringify(executed, null, 1)}\n`);
  console.log(`outputs.mjs: wrote the outputs of ${executedPath} into ${committedPath}`);
  process.exit(0);
}

const before = lines(committed);
const after = lines(executed);
if (before === after) {
  console.log(`outputs.mjs: the outputs of ${executedPath} match those committed in ${committedPath}`);
  process.exit(0);
}
const dir = join(dirname(executedPath), "drift");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "committed.txt"), before);
writeFileSync(join(dir, "executed.txt"), after);
const diff = spawnSync("diff", ["-u", "committed.txt", "executed.txt"], { cwd: dir, encoding: "utf8" });
process.stdout.write(diff.stdout ?? "");
console.error(
  `outputs.mjs: the executed notebook's outputs differ from those committed in ${committedPath} (diff above).\n` +
    "If the change is intended, write the new outputs: npm run notebook -- --update",
);
process.exit(1);

/**
 * A notebook's sources and outputs as lines of text, for a readable diff: each cell under a
 * heading; SVG and HTML broken between tags, so that a changed label is one line, not the whole
 * picture.
 */
function lines(notebook) {
  const out = [];
  notebook.cells.forEach((cell, i) => {
    out.push(`=== cell ${i} (${cell.cell_type}) source`, text(cell.source));
    (cell.outputs ?? []).forEach((o, j) => {
      if (o.output_type === "stream") {
        out.push(`--- cell ${i} output ${j}: ${o.name}`, text(o.text));
      } else if (o.output_type === "error") {
        out.push(`--- cell ${i} output ${j}: error`, `${o.ename}: ${o.evalue}`);
      } else {
        for (const type of COMPARED.filter((t) => o.data?.[t] !== undefined)) {
          const value = text(o.data[type]);
          out.push(
            `--- cell ${i} output ${j}: ${type}`,
            type.includes("svg") || type.includes("html") ? value.replace(/></g, ">\n<") : value,
          );
        }
      }
    });
  });
  return `${out.join("\n")}\n`;
}

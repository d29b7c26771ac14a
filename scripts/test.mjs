// `npm test`: the type check, the build, the lint, the tests and the package lint, in two phases
// of commands side by side, so that a 2-core machine keeps both cores busy:
//
//   1. npm run typecheck  |  npm run build  |  npm run lint   (independent; the tests need the build)
//   2. vitest run         |  npm run lint:package   (both read dist/; neither writes it)
//
// The tests print as they run; every other command's output is held and printed, under its name,
// once its phase has ended, so that nothing interleaves. A phase that fails ends the run with its
// exit code. Arguments go to vitest (`npm test -- src/periods`).
import { spawn } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

/** Runs a command; `live` streams its output, otherwise it is held and returned. */
function run(name, command, args, live) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: live ? "inherit" : ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    const held = [];
    if (!live) {
      child.stdout.on("data", (chunk) => held.push(chunk));
      child.stderr.on("data", (chunk) => held.push(chunk));
    }
    child.on("error", (error) => held.push(Buffer.from(`${error.message}\n`)));
    child.on("close", (code, signal) => {
      const status = code ?? (signal === null ? 1 : 128);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const output = Buffer.concat(held).toString().trimEnd();
      resolve({
        status,
        report: `\n> ${name}: ${status === 0 ? "passed" : `FAILED (exit ${status})`} in ${seconds} s\n${output === "" ? "" : `${output}\n`}`,
      });
    });
  });
}

/** Runs the commands side by side; prints what each said, in order, once all have ended. */
async function phase(...commands) {
  const results = await Promise.all(commands.map((c) => run(...c)));
  for (const { report } of results) process.stdout.write(report);
  const failed = results.find(({ status }) => status !== 0);
  if (failed !== undefined) process.exit(failed.status);
}

await phase(
  ["npm run typecheck", npm, ["run", "--silent", "typecheck"], false],
  ["npm run build", npm, ["run", "--silent", "build"], false],
  ["npm run lint", npm, ["run", "--silent", "lint"], false],
);
await phase(
  ["vitest run", npx, ["vitest", "run", ...process.argv.slice(2)], true],
  ["npm run lint:package", npm, ["run", "--silent", "lint:package"], false],
);

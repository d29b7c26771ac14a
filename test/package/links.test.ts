// Every relative link a reader can follow from the installed package opens something in it: the
// README's and the guides' Markdown links and images, and the links in the API comments of
// dist/*.d.ts (an editor's hover). The file list is the tarball's own (`npm pack --dry-run`), and
// each link is resolved from the file that holds it, as a Markdown viewer or an editor would.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, packagePath, packageRoot } from "./dist.js";

/** Relative link targets in a text: `[text](target)` and `![alt](target)`, without the fragment. */
export function relativeLinks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1] as string;
    if (/^([a-z][a-z0-9+.-]*:|#|\/)/i.test(target)) continue;
    out.push(target.split("#")[0] as string);
  }
  return out;
}

describe("links in the packed package", () => {
  let files: string[] = [];
  beforeAll(() => {
    assertBuilt();
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const packed = JSON.parse(
      execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: packageRoot, encoding: "utf8" }),
    ) as { files: { path: string }[] }[];
    files = packed[0]!.files.map((f) => f.path);
  }, 60_000);

  it("relativeLinks reads Markdown links and images, and leaves out URLs and anchors", () => {
    expect(relativeLinks("[a](./x.md#y) ![b](../img.png) [c](https://e.org) [d](#top) [e](mailto:x@y)")).toEqual([
      "./x.md",
      "../img.png",
    ]);
  });

  it("ships the guides and what they show", () => {
    expect(files).toEqual(expect.arrayContaining(["docs/guides/1-baseline-vs-goal.md", "docs/guides/5-glossary.md"]));
  });

  it("every relative link in a shipped Markdown file or declaration opens a shipped file", () => {
    const readable = files.filter((f) => /\.(md|d\.ts|d\.cts)$/.test(f));
    expect(readable.length).toBeGreaterThan(10);
    const dead: string[] = [];
    let walked = 0;
    for (const file of readable) {
      for (const link of relativeLinks(readFileSync(packagePath(file), "utf8"))) {
        walked++;
        const target = normalize(join(dirname(file), link)).replaceAll("\\", "/");
        if (!files.includes(target)) dead.push(`${file}: ${link} (→ ${target})`);
      }
    }
    expect(walked).toBeGreaterThan(40);
    expect(dead).toEqual([]);
  });
});

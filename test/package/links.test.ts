// Every relative link a reader can follow from the installed package opens something in it: the
// README's and the guides' Markdown links and images, and the links in the API comments of
// dist/*.d.ts (an editor's hover). The file list is the tarball's own (`npm pack --dry-run`), and
// each link is resolved from the file that holds it, as a Markdown viewer or an editor would; a
// `#anchor` must name a heading of the Markdown file it points into (by a code host's rule for
// heading ids). And no shipped Markdown shows a TSDoc link tag, which only TypeDoc would resolve:
// a code host or a Markdown viewer shows `{@link …}` as it is written.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, packagePath, packageRoot } from "./dist.js";

/** Relative links in a text, `[text](target)` and `![alt](target)`: the path ("" for `#anchor`) and the anchor. */
export function relativeLinkTargets(text: string): { path: string; anchor: string | undefined }[] {
  const out: { path: string; anchor: string | undefined }[] = [];
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1] as string;
    if (/^([a-z][a-z0-9+.-]*:|\/)/i.test(target)) continue;
    const hash = target.indexOf("#");
    out.push(
      hash < 0 ? { path: target, anchor: undefined } : { path: target.slice(0, hash), anchor: target.slice(hash + 1) },
    );
  }
  return out;
}

/** Relative link targets in a text: `[text](target)` and `![alt](target)`, without the fragment and without anchors alone. */
export function relativeLinks(text: string): string[] {
  return relativeLinkTargets(text)
    .map((l) => l.path)
    .filter((p) => p !== "");
}

/**
 * The ids a code host gives the headings of a Markdown file (outside fenced code), as GitHub does:
 * the heading's text without its inline markup, lower case, every character but letters, digits,
 * `_`, `-` and spaces dropped, spaces as `-`; a repeated id gets `-1`, `-2`… And explicit
 * `<a id="…">` / `<a name="…">` anchors.
 */
export function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | null = null;
  for (const line of markdown.split("\n")) {
    const ticks = /^\s*(```+|~~~+)/.exec(line)?.[1];
    if (ticks && (fence === null || ticks.startsWith(fence))) {
      fence = fence === null ? ticks : null;
      continue;
    }
    if (fence !== null) continue;
    for (const a of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) ids.add(a[1] as string);
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const text = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, "")
      .replace(/[`*]/g, "");
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    ids.add(n === 0 ? base : `${base}-${n}`);
  }
  return ids;
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

  it("headingIds names headings as a code host does, outside code, and counts repeats", () => {
    const md =
      '# The record, 2019–2024\n## 6. The table\n```sh\n# not a heading\n```\n## What `project` computes\n## Run rate\n## Run rate\n<a id="x"></a>';
    expect([...headingIds(md)]).toEqual([
      "the-record-20192024",
      "6-the-table",
      "what-project-computes",
      "run-rate",
      "run-rate-1",
      "x",
    ]);
    expect(relativeLinkTargets("[a](./x.md#y) [b](#top) [c](z.png)")).toEqual([
      { path: "./x.md", anchor: "y" },
      { path: "", anchor: "top" },
      { path: "z.png", anchor: undefined },
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

  it("every #anchor of a link into a shipped Markdown file names one of its headings", () => {
    const readable = files.filter((f) => /\.(md|d\.ts|d\.cts)$/.test(f));
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string): Set<string> => {
      if (!ids.has(file)) ids.set(file, headingIds(readFileSync(packagePath(file), "utf8")));
      return ids.get(file) as Set<string>;
    };
    const dead: string[] = [];
    let checked = 0;
    for (const file of readable) {
      for (const { path, anchor } of relativeLinkTargets(readFileSync(packagePath(file), "utf8"))) {
        const target = path === "" ? file : normalize(join(dirname(file), path)).replaceAll("\\", "/");
        if (anchor === undefined || !target.endsWith(".md") || !files.includes(target)) continue;
        checked++;
        if (!idsOf(target).has(decodeURIComponent(anchor)))
          dead.push(`${file}: ${path}#${anchor} (no such heading in ${target})`);
      }
    }
    expect(checked).toBeGreaterThan(80);
    expect(dead).toEqual([]);
  });

  // Code (a fenced block, an inline span) shows its text on purpose: only the prose is read.
  it("no shipped Markdown file shows a TSDoc link tag or a declaration reference in its prose", () => {
    const raw: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".md"))) {
      const prose = readFileSync(packagePath(file), "utf8")
        .replace(/^(```+)[^\n]*\n[\s\S]*?^\1\s*$/gm, "")
        .replace(/(`+)[^`][\s\S]*?\1/g, "");
      for (const m of prose.matchAll(/\{@link\w*[^}]*\}|[\w-]+(?:\/[\w-]+)?![A-Za-z_$][\w$]*/g))
        raw.push(`${file}: ${m[0]}`);
    }
    expect(raw).toEqual([]);
  });
});

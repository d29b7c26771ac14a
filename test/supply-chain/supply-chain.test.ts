// Supply chain: exactly four runtime dependencies, no install scripts; the built files
// hold no eval, no Function constructor, no network access, no Node built-ins and no clock; the
// plain entry does not pull zod; the npm package holds the build and the docs, nothing else.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const dist = join(root, "dist");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;

const RUNTIME_DEPENDENCIES = ["@date-fns/tz", "date-fns", "decimal.js", "zod"];

beforeAll(() => {
  // Build under the shared lock when dist/ is missing (CI builds before the tests run).
  if (!existsSync(join(dist, "index.js")) || !existsSync(join(dist, "onboarding-targets.global.js"))) {
    execFileSync("flock", ["/tmp/build.lock", "npx", "tsup", "--silent"], { cwd: root, stdio: "inherit" });
  }
}, 300_000);

/** Modules a built file loads: ESM import/export-from statements (at line starts) and CJS require calls. */
function moduleSpecifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(
    /^(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']|\brequire\(\s*["']([^"']+)["']\s*\)/gm,
  )) {
    out.push((m[1] ?? m[2] ?? m[3]) as string);
  }
  return out;
}

const runtimeFiles = () => readdirSync(dist).filter((f) => /\.(c?js)$/.test(f));
const read = (f: string) => readFileSync(join(dist, f), "utf8");
const count = (text: string, re: RegExp) =>
  (text.match(new RegExp(re.source, `${re.flags.replace("g", "")}g`)) ?? []).length;

describe("dependencies", () => {
  it("are exactly zod, decimal.js, date-fns and @date-fns/tz at run time", () => {
    expect(Object.keys((pkg.dependencies as object) ?? {}).sort()).toEqual(RUNTIME_DEPENDENCIES);
    for (const field of ["peerDependencies", "optionalDependencies", "bundleDependencies", "bundledDependencies"]) {
      expect(pkg[field], field).toBeUndefined();
    }
  });

  it("has no install-time scripts", () => {
    const scripts = Object.keys((pkg.scripts as object) ?? {});
    for (const hook of ["preinstall", "install", "postinstall", "prepare", "prepack", "postpack", "prepublish"]) {
      expect(scripts, hook).not.toContain(hook);
    }
  });

  it("are locked, each with an integrity hash", () => {
    const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
      packages: Record<string, { integrity?: string }>;
    };
    for (const name of RUNTIME_DEPENDENCIES) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, name).toBeDefined();
      expect(entry?.integrity, name).toMatch(/^sha512-/);
    }
  });
});

/**
 * What runtime code must never contain. Each pattern is scanned in every built .js/.cjs file.
 * The ESM/CJS builds hold only the library's own code (dependencies stay external) and must be
 * clean. The <script> (IIFE) build inlines the dependencies: the occurrences listed in
 * IIFE_ALLOWED come from them, on code paths the library never takes; the counts are exact, so a
 * new occurrence fails the test.
 */
const FORBIDDEN: Readonly<Record<string, RegExp>> = {
  eval: /(^|[^\w$.])eval\s*\(/,
  "Function constructor": /(^|[^\w$.])(new\s+)?Function\s*\(/,
  fetch: /(^|[^\w$.])fetch\s*\(/,
  XMLHttpRequest: /XMLHttpRequest/,
  WebSocket: /WebSocket/,
  EventSource: /EventSource/,
  sendBeacon: /sendBeacon/,
  "dynamic import": /(^|[^\w$.])import\s*\(/,
  "node: built-in": /["'`]node:/,
  "require of a Node built-in":
    /require\s*\(\s*["'`](fs|path|os|child_process|http|https|http2|net|tls|dgram|dns|crypto|worker_threads|vm|module|process|url|zlib|stream)["'`]\s*\)/,
  "process.": /(^|[^\w$.])process\./,
  "Date.now": /Date\.now\s*\(/,
  "new Date() (the clock)": /new\s+Date\s*(\(\s*\)|[;,)])/,
  "machine time zone (getTimezoneOffset)": /getTimezoneOffset/,
  "machine time zone (resolvedOptions().timeZone without a zone)":
    /DateTimeFormat\(\s*\)\.resolvedOptions\(\)\.timeZone/,
  "Math.random": /Math\.random/,
  crypto: /(^|[^\w$.])crypto\s*[.[]|typeof\s+crypto/,
  globalThis: /globalThis/,
  "setTimeout/setInterval": /(^|[^\w$.])set(Timeout|Interval)\s*\(/,
  "localStorage/document/window": /(^|[^\w$.])(localStorage|sessionStorage|document|window)\./,
};

const IIFE_ALLOWED: Readonly<Record<string, { count: number; why: string }>> = {
  "new Date() (the clock)": {
    count: 1,
    why: "@date-fns/tz's TZDate constructor (`this.internal = new Date`) before it sets the given instant; the library never constructs a TZDate",
  },
  "Date.now": {
    count: 3,
    why: "@date-fns/tz's TZDate class (bundled whole into the IIFE) reads the clock when constructed without an instant; the library calls only tzOffset(zone, instant)",
  },
  "machine time zone (getTimezoneOffset)": {
    count: 9,
    why: "@date-fns/tz's TZDate keeps a system Date in step with its zone (5; the library formats explanation dates in a TZDate of zone UTC, whose own getTimezoneOffset reads the zone, not the machine) and date-fns format's time-zone tokens X, x, O, z (4), which the library's patterns never use",
  },
  "Math.random": {
    count: 2,
    why: "decimal.js's Decimal.random and zod's random id strings; the library calls neither",
  },
  crypto: {
    count: 9,
    why: "decimal.js's optional crypto source for Decimal.random; the library's Decimal clone sets crypto: false and never calls random",
  },
  globalThis: {
    count: 5,
    why: "zod 4 keeps its global config and registry on globalThis (__zod_globalConfig, __zod_globalRegistry), its own documented behaviour",
  },
};

describe("built runtime code", () => {
  it("exists (ESM, CJS and the <script> build)", () => {
    const files = runtimeFiles();
    for (const f of ["index.js", "index.cjs", "schemas.js", "schemas.cjs", "onboarding-targets.global.js"])
      expect(files).toContain(f);
  });

  it.each(Object.keys(FORBIDDEN))("ESM/CJS: no %s", (name) => {
    const re = FORBIDDEN[name] as RegExp;
    const hits = runtimeFiles()
      .filter((f) => !f.endsWith(".global.js"))
      .map((f) => [f, count(read(f), re)] as const)
      .filter(([, n]) => n > 0);
    expect(hits).toEqual([]);
  });

  it.each(Object.keys(FORBIDDEN))("IIFE: %s only where a bundled dependency has it, on paths never taken", (name) => {
    const re = FORBIDDEN[name] as RegExp;
    const n = count(read("onboarding-targets.global.js"), re);
    expect(n, IIFE_ALLOWED[name]?.why ?? "not allowed").toBe(IIFE_ALLOWED[name]?.count ?? 0);
  });

  it("imports only the four runtime dependencies and its own chunks", () => {
    const specifiers = new Set<string>();
    for (const f of runtimeFiles().filter((f) => !f.endsWith(".global.js"))) {
      const text = read(f);
      for (const spec of moduleSpecifiers(text)) specifiers.add(spec);
    }
    // A dependency's subpath (date-fns/format, date-fns/locale/id) is that dependency.
    const foreign = [...specifiers].filter(
      (s) => !s.startsWith("./") && !RUNTIME_DEPENDENCIES.some((d) => s === d || s.startsWith(`${d}/`)),
    );
    expect(foreign).toEqual([]);
  });

  it("the plain entry point (onboarding-targets) does not pull zod", () => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const spec of moduleSpecifiers(read(f))) if (spec.startsWith("./")) visit(spec.slice(2));
    };
    visit("index.js");
    const withZod = [...seen].filter((f) => moduleSpecifiers(read(f)).includes("zod"));
    expect(withZod).toEqual([]);
  });
});

describe("npm pack --dry-run", () => {
  const packed = () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return (JSON.parse(out) as { files: { path: string }[]; unpackedSize: number }[])[0] as {
      files: { path: string }[];
      unpackedSize: number;
    };
  };

  it("holds the build, its maps and types, README, LICENSE, SECURITY.md, CHANGELOG.md, the methodology with its image and package.json, and nothing else", () => {
    const { files, unpackedSize } = packed();
    const paths = files.map((f) => f.path).sort();
    for (const required of [
      "package.json",
      "README.md",
      "LICENSE",
      "SECURITY.md",
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "dist/schemas.js",
      "dist/schemas.cjs",
      "dist/schemas.d.ts",
      "dist/onboarding-targets.global.js",
    ]) {
      expect(paths).toContain(required);
    }
    // Source maps are shipped on purpose: stack traces in users' apps point at the TypeScript.
    const unexpected = paths.filter(
      (p) =>
        ![
          "package.json",
          "README.md",
          "LICENSE",
          "SECURITY.md",
          "CHANGELOG.md",
          "docs/methodology.md",
          "docs/calibration-reliability.svg",
          "docs/burn-up.svg",
          "docs/outlook.svg",
          "docs/outlook.id.svg",
          "docs/mutation.md",
          "docs/CONTRIBUTING.md",
          "docs/benchmarks.md",
          "docs/reliability.md",
          "docs/beyond-one-machine.md",
          "examples/dashboard/screenshot.png",
        ].includes(p) &&
        !/^docs\/guides\/[\w.-]+\.md$/.test(p) &&
        !/^dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$/.test(p),
    );
    expect(unexpected).toEqual([]);
    expect(
      paths.filter(
        (p) =>
          p !== "examples/dashboard/screenshot.png" &&
          /(^|\/)(src|test|tests|examples|bench|scripts|reports|\.ci)\/|\.test\.|\.env|\.tgz$/.test(p),
      ),
    ).toEqual([]);
    expect(unpackedSize).toBeLessThan(10 * 1024 * 1024);
  }, 120_000);
});

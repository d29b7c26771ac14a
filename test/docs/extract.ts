// Extracts the runnable examples of the TSDoc in src/ and turns each into an ES module that checks
// its `//=>` results. Used by examples.test.ts, which also tests these rules on synthetic blocks
// ("checker: …").
//
// Rules (what an example author can rely on):
// - Every fenced block inside an `@example` section of a `/** … *\/` comment runs (unless the comment is
//   tagged `@internal` or `@hidden`: the package does not export those), when its fence is
//   ```ts, ```typescript, ```js, ```javascript or ```mjs. Add `no-run` to the fence info
//   (```ts no-run) to show code that must not run here (it is listed as skipped).
// - A line `//=> value` (or `expr; //=> value` on one line) checks the value of the top-level
//   statement just before it: an expression statement, or a `const`/`let` with one declarator (its
//   variable is checked). The value may continue on the following `//` lines until it parses.
// - The expected value is JSON, or else a JavaScript expression (`{ a: 1 }`, `'x'`, `undefined`).
//   Actual and expected are compared after a JSON round trip (a Decimal compares as its string),
//   with deep equality.
// - `//=> throws` checks that the statement throws; words after it (`//=> throws invalid_date`,
//   `//=> throws OnboardingTargetsError out_of_range`) must each equal the error's `name` or `code`.
// - In README.md, the ```ts / ```typescript blocks run by the same rules.
// - In Markdown, a ```ts block right after a line `<!-- continue -->` runs as part of the runnable
//   block before it, as one module: a guide can walk one task through several sections, and a
//   later section uses what an earlier one defined. The marker is an HTML comment, so a code host
//   and the API site show a plain ```ts fence (a fence info such as ```ts continue would show raw on
//   a code host, and is refused).
// - Imports of "onboarding-targets" and its subpaths are pointed at the built files that
//   package.json "exports" names for `import`; any other import resolves from node_modules.
import ts from "typescript";

export interface ExampleBlock {
  /** Source file, relative to the package root, e.g. `src/progress/attainment.ts`. */
  file: string;
  /** 1-based line in `file` of the block's first code line. */
  line: number;
  /** The exported symbol the comment documents, when one follows it. */
  symbol: string;
  /** The code, comment prefixes removed. */
  code: string;
  /** 1-based source line of each line of `code`. */
  lines: number[];
  /** True when the fence asks not to run the block (`no-run`). */
  skip: boolean;
}

export interface Check {
  /** `file:line` of the `//=>` line. */
  where: string;
  /** The expected text after `//=>`. */
  expectedText: string;
  /** `throws` checks: the words after `throws` (possibly none); null for a value check. */
  throws: string[] | null;
}

export interface PreparedBlock {
  /** TypeScript source of the module to run; it calls `globalThis.__docCheck(id, value)`. */
  source: string;
  checks: Check[];
  /** Problems found while preparing (a `//=>` after nothing, say): the block fails with them. */
  problems: string[];
}

const RUNNABLE = new Set(["ts", "typescript", "js", "javascript", "mjs", "tsx"]);
const DOC_COMMENT = /\/\*\*[\s\S]*?\*\//g;

/** Every example block of one source file. */
export function extractExamples(file: string, text: string): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  for (const match of text.matchAll(DOC_COMMENT)) {
    const start = match.index ?? 0;
    const firstLine = lineOf(text, start);
    const rawLines = match[0].split("\n");
    const body = rawLines.map((l, i) => {
      let s = l;
      if (i === 0) s = s.replace(/^\s*\/\*\*\s?/, "");
      if (i === rawLines.length - 1) s = s.replace(/\s*\*\/\s*$/, "");
      return s.replace(/^\s*\* ?/, "");
    });
    // Internal helpers are not reachable through the package: their examples are illustrations.
    if (body.some((l) => /^\s*@(internal|hidden|ignore)\b/.test(l))) continue;
    const symbol = symbolAfter(text, start + match[0].length);
    let inExample = false;
    let fence: { info: string; lines: string[]; numbers: number[] } | null = null;
    body.forEach((line, i) => {
      const lineNo = firstLine + i;
      if (fence) {
        if (/^\s*```\s*$/.test(line)) {
          const lang = fence.info.split(/\s+/)[0]?.toLowerCase() ?? "";
          if (RUNNABLE.has(lang)) {
            blocks.push({
              file,
              line: fence.numbers[0] ?? lineNo,
              symbol,
              code: fence.lines.join("\n"),
              lines: fence.numbers,
              skip: /\b(no-run|skip)\b/.test(fence.info),
            });
          }
          fence = null;
        } else {
          fence.lines.push(line);
          fence.numbers.push(lineNo);
        }
        return;
      }
      const tag = /^\s*(@\w+)/.exec(line)?.[1];
      if (tag) inExample = tag === "@example";
      const open = /^\s*```\s*(.*)$/.exec(line);
      if (inExample && open) fence = { info: (open[1] ?? "").trim(), lines: [], numbers: [] };
    });
  }
  return blocks;
}

/** The line that makes the next ```ts block continue the one before it. */
export const CONTINUE_MARKER = "<!-- continue -->";

/**
 * The runnable blocks of a Markdown file (the README, the guides): ```ts / ```typescript fences
 * only (```js there shows CommonJS or browser code), without `no-run`; a ```ts block right after a
 * `<!-- continue -->` line (blank lines between allowed) is appended to the block before it.
 * Throws, naming the line, on a marker that continues nothing and on a `continue` fence info.
 */
export function extractMarkdownExamples(file: string, text: string): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  let fence: { info: string; lines: string[]; numbers: number[]; ticks: string; continues: boolean } | null = null;
  let marker: number | null = null; // line of a `<!-- continue -->` waiting for its fence
  const refuse = (line: number, why: string): never => {
    throw new Error(`${file}:${line}: ${why}`);
  };
  text.split("\n").forEach((line, i) => {
    if (fence) {
      if (line.trim() === fence.ticks) {
        const lang = fence.info.split(/\s+/)[0]?.toLowerCase() ?? "";
        const previous = blocks.at(-1);
        const start = (fence.numbers[0] ?? i + 1) - 1;
        if (/\bcontinue\b/.test(fence.info))
          refuse(start, `write \`${CONTINUE_MARKER}\` on the line before the fence, not \`${fence.info}\``);
        if (fence.continues && (!(lang === "ts" || lang === "typescript") || !previous))
          refuse(start, `\`${CONTINUE_MARKER}\` must come before a \`\`\`ts block that follows a runnable one`);
        if (fence.continues && previous) {
          previous.code += `\n${fence.lines.join("\n")}`;
          previous.lines.push(...fence.numbers);
        } else if (lang === "ts" || lang === "typescript") {
          blocks.push({
            file,
            line: fence.numbers[0] ?? i + 1,
            symbol: "",
            code: fence.lines.join("\n"),
            lines: fence.numbers,
            skip: /\b(no-run|skip)\b/.test(fence.info),
          });
        }
        fence = null;
      } else {
        fence.lines.push(line);
        fence.numbers.push(i + 1);
      }
      return;
    }
    const open = /^\s*(```+)\s*(.*)$/.exec(line);
    if (open) {
      fence = {
        ticks: open[1] ?? "```",
        info: (open[2] ?? "").trim(),
        lines: [],
        numbers: [],
        continues: marker !== null,
      };
      marker = null;
    } else if (line.trim() === CONTINUE_MARKER) {
      marker = i + 1;
    } else if (marker !== null && line.trim() !== "") {
      refuse(marker, `\`${CONTINUE_MARKER}\` must be followed by a \`\`\`ts fence (blank lines allowed)`);
    }
  });
  if (marker !== null) refuse(marker, `\`${CONTINUE_MARKER}\` at the end of the file continues nothing`);
  return blocks;
}

/** Turns a block into a module that reports each `//=>` value through `__docCheck`. */
export function prepareBlock(
  block: ExampleBlock,
  resolveImport: (specifier: string) => string | undefined,
): PreparedBlock {
  const problems: string[] = [];
  const checks: Check[] = [];
  const code = block.code;
  const sf = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const at = (index: number): string => `${block.file}:${block.lines[index] ?? block.line}`;

  // Imports of the library go to its built files.
  for (const stmt of sf.statements) {
    if (
      (ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt)) &&
      stmt.moduleSpecifier &&
      ts.isStringLiteral(stmt.moduleSpecifier)
    ) {
      const target = resolveImport(stmt.moduleSpecifier.text);
      if (target !== undefined)
        edits.push({
          start: stmt.moduleSpecifier.getStart(sf),
          end: stmt.moduleSpecifier.end,
          text: JSON.stringify(target),
        });
    }
  }

  // `//=>` lines and the statement each one checks.
  const codeLines = code.split("\n");
  const lineStarts: number[] = [];
  let offset = 0;
  for (const l of codeLines) {
    lineStarts.push(offset);
    offset += l.length + 1;
  }
  const used = new Set<ts.Statement>();
  for (let i = 0; i < codeLines.length; i++) {
    const line = codeLines[i] ?? "";
    const arrow = line.indexOf("//=>");
    if (arrow < 0) continue;
    const where = at(i);
    const commentPos = (lineStarts[i] ?? 0) + arrow;
    let expectedText = line.slice(arrow + 4).trim();
    // Continuation: following plain `//` lines, while the value does not parse yet.
    while (parseExpected(expectedText) === undefined && /^\s*\/\/(?!=>)/.test(codeLines[i + 1] ?? "")) {
      i++;
      expectedText += `\n${(codeLines[i] ?? "").replace(/^\s*\/\//, "")}`;
    }
    const stmt = lastStatementBefore(sf, commentPos);
    if (!stmt) {
      problems.push(`${where}: \`//=>\` follows no statement`);
      continue;
    }
    if (stmt.getStart(sf) < commentPos && commentPos < stmt.end) {
      problems.push(`${where}: \`//=>\` must follow a top-level statement, not sit inside one`);
      continue;
    }
    if (used.has(stmt)) {
      problems.push(`${where}: two \`//=>\` lines for one statement`);
      continue;
    }
    used.add(stmt);
    const throwsMatch = /^throws\b(.*)$/s.exec(expectedText);
    const id = checks.length;
    const throws = throwsMatch
      ? (throwsMatch[1] ?? "")
          .trim()
          .split(/\s+/)
          .filter((w) => w.length > 0)
      : null;
    checks.push({ where, expectedText, throws });
    if (ts.isExpressionStatement(stmt)) {
      const expr = stmt.expression.getText(sf);
      const text = throws
        ? `await globalThis.__docThrows(${id}, async () => (${expr}));`
        : `globalThis.__docCheck(${id}, (${expr}));`;
      edits.push({ start: stmt.getStart(sf), end: stmt.end, text });
    } else if (ts.isVariableStatement(stmt) && stmt.declarationList.declarations.length === 1 && !throws) {
      const decl = stmt.declarationList.declarations[0];
      if (decl && ts.isIdentifier(decl.name)) {
        edits.push({ start: stmt.end, end: stmt.end, text: ` globalThis.__docCheck(${id}, ${decl.name.text});` });
      } else {
        problems.push(`${where}: \`//=>\` after a destructuring declaration: check an expression instead`);
      }
    } else {
      problems.push(
        `${where}: \`//=>\` must follow an expression statement or a single \`const\` (found ${ts.SyntaxKind[stmt.kind]})`,
      );
    }
  }

  let source = code;
  for (const e of edits.sort((a, b) => b.start - a.start))
    source = source.slice(0, e.start) + e.text + source.slice(e.end);
  return { source, checks, problems };
}

function lastStatementBefore(sf: ts.SourceFile, pos: number): ts.Statement | undefined {
  let found: ts.Statement | undefined;
  for (const stmt of sf.statements) {
    if (stmt.getStart(sf) < pos) found = stmt;
  }
  return found;
}

/** The expected value of a `//=>` text, or undefined when it does not parse. */
export function parseExpected(text: string): { value: unknown } | undefined {
  const t = text.trim();
  if (/^throws\b/.test(t)) return { value: undefined };
  if (t === "undefined") return { value: undefined };
  try {
    return { value: JSON.parse(t) };
  } catch {
    // not JSON: try a JavaScript expression
  }
  try {
    // the expected value of a doc example, as written after //=>
    return { value: new Function(`"use strict"; return (${t}\n);`)() };
  } catch {
    return undefined;
  }
}

/** A value as JSON sees it (a Decimal becomes its string, undefined stays undefined). */
export function jsonView(value: unknown): unknown {
  if (value === undefined) return undefined;
  const s = JSON.stringify(value);
  return s === undefined ? undefined : JSON.parse(s);
}

function lineOf(text: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function symbolAfter(text: string, index: number): string {
  const m =
    /^\s*export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|const|let|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/.exec(
      text.slice(index, index + 400),
    );
  return m?.[1] ?? "";
}

// The JSON Schema exports describe each field with the text of FIELD_DOCS (the same text as the
// TSDoc in src/model/types.ts, which src/model/fieldDocs.test.ts checks): a schema field written
// with its own description, or none, fails here. The TSDoc of each schema field (which the API docs
// show) must be the table's text too.
import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { FIELD_DOCS } from "../model/fieldDocs.js";
import { enterpriseJSONSchema } from "./enterpriseJSONSchema.js";
import { observationsJSONSchema } from "./observationsJSONSchema.js";
import { programmeJSONSchema } from "./programmeJSONSchema.js";
import { targetJSONSchema } from "./targetJSONSchema.js";

type Schema = Record<string, unknown>;

/** Follows a `$ref` to `#/$defs/…` of `root`. */
const deref = (s: Schema, root: Schema): Schema =>
  typeof s.$ref === "string" ? ((root.$defs as Record<string, Schema>)[s.$ref.replace("#/$defs/", "")] as Schema) : s;
const props = (s: Schema, root: Schema): Record<string, Schema> => deref(s, root).properties as Record<string, Schema>;

/** `[field, description]` of each property of an object schema, and the same from the table. */
function compare(
  s: Schema,
  root: Schema,
  row: Record<string, string>,
): [Array<[string, unknown]>, Array<[string, string]>] {
  const actual = Object.entries(props(s, root)).map(([k, v]): [string, unknown] => [k, v.description]);
  return [actual, Object.entries(row).filter(([k]) => k in props(s, root))];
}

describe("JSON Schema descriptions come from FIELD_DOCS", () => {
  const target = targetJSONSchema() as Schema;
  const targetProps = props(target, target);

  it.each([
    ["target", target, target, FIELD_DOCS.Target],
    ["target.baseline", targetProps.baseline as Schema, target, FIELD_DOCS.DatedValue],
    ["target.scope", targetProps.scope as Schema, target, FIELD_DOCS.TargetScope],
    ["enterprise", enterpriseJSONSchema() as Schema, enterpriseJSONSchema() as Schema, FIELD_DOCS.Enterprise],
    [
      "observations[]",
      (observationsJSONSchema() as Schema).items as Schema,
      observationsJSONSchema() as Schema,
      FIELD_DOCS.Observation,
    ],
    ["programme", programmeJSONSchema() as Schema, programmeJSONSchema() as Schema, FIELD_DOCS.Programme],
  ] as const)("%s", (_name, schema, root, row) => {
    const [actual, expected] = compare(schema, root, row);
    expect(actual).toEqual(expected);
    // every field of the table is in the schema
    expect(Object.keys(row).sort()).toEqual(actual.map(([k]) => k).sort());
  });

  it.each(Object.entries(FIELD_DOCS).filter(([k]) => k.startsWith("Phasing.")))("target.phasing (%s)", (key, row) => {
    const variants = (deref(targetProps.phasing as Schema, target).oneOf ??
      deref(targetProps.phasing as Schema, target).anyOf) as Schema[];
    const kind = key.slice("Phasing.".length);
    const variant = variants.map((v) => deref(v, target)).find((v) => props(v, target).kind?.const === kind) as Schema;
    expect(compare(variant, target, row)[0]).toEqual(Object.entries(row));
  });
});

/** The TSDoc text of a node on one line (`/** … *\/`, leading `*`s and line breaks dropped). */
function docOf(node: ts.Node, text: string): string | undefined {
  const last = (ts.getLeadingCommentRanges(text, node.pos) ?? []).at(-1);
  if (!last || !text.startsWith("/**", last.pos)) return undefined;
  return text
    .slice(last.pos + 3, last.end - 2)
    .split("\n")
    .map((line) => line.replace(/^\s*\*(?!\/)\s?/, "").trim())
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

const USES = /FIELD_DOCS(?:\.(\w+)|\["([^"]+)"\])\.(\w+)/;
const TABLE = FIELD_DOCS as unknown as Record<string, Record<string, string>>;

/** Each schema field described from the table: `{ where, doc, expected }`. */
function schemaFields(): Array<{ where: string; doc: string | undefined; expected: string | undefined }> {
  const dir = new URL("./", import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith("Schema.ts"))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(new URL(file, dir), "utf8");
      const found: Array<{ where: string; doc: string | undefined; expected: string | undefined }> = [];
      const visit = (node: ts.Node): void => {
        if (ts.isPropertyAssignment(node) && node.name.getText() !== "description") {
          const use = USES.exec(node.initializer.getText());
          if (use)
            found.push({
              where: `${file} ${node.name.getText()}`,
              doc: docOf(node, text),
              expected: TABLE[(use[1] ?? use[2]) as string]?.[use[3] as string],
            });
        }
        ts.forEachChild(node, visit);
      };
      visit(ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true));
      return found;
    });
}

describe("schema fields' TSDoc = FIELD_DOCS", () => {
  const fields = schemaFields();

  it("finds every field of the four schemas", () => {
    // 2 DatedValue + 7 Phasing + 3 TargetScope + 13 Target + 3 TargetRevision + 6 Observation + 10 Enterprise +
    // 4 Programme.
    expect(fields.length).toBe(48);
  });

  it.each(fields)("$where", ({ doc, expected }) => {
    expect(doc).toBe(expected);
  });
});

// The TSDoc of every field in types.ts is the text of FIELD_DOCS, which the zod schemas (and so
// the JSON Schema exports) use as descriptions: a field described differently in one place fails
// here. Read with the TypeScript compiler, so comments are found as the compiler attaches them.
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { FIELD_DOCS } from "./fieldDocs.js";

const FILE = new URL("./types.ts", import.meta.url);

/** The TSDoc text of a node on one line (`/** … *\/`, leading `*`s and line breaks dropped). */
function docOf(node: ts.Node, text: string): string | undefined {
  const ranges = ts.getLeadingCommentRanges(text, node.pos) ?? [];
  const last = ranges.at(-1);
  if (!last || !text.startsWith("/**", last.pos)) return undefined;
  return text
    .slice(last.pos + 3, last.end - 2)
    .split("\n")
    .map((line) => line.replace(/^\s*\*(?!\/)\s?/, "").trim())
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

interface Field {
  /** Key into FIELD_DOCS: the type (an `…Input` type as its validated type), `Phasing.<kind>` for a variant. */
  table: string;
  where: string;
  field: string;
  doc: string | undefined;
}

function fieldsOf(members: ts.NodeArray<ts.TypeElement>, table: string, where: string, text: string): Field[] {
  return members
    .filter(ts.isPropertySignature)
    .map((m) => ({ table, where, field: m.name.getText(), doc: docOf(m, text) }));
}

function documentedFields(): Field[] {
  const text = readFileSync(FILE, "utf8");
  const source = ts.createSourceFile("types.ts", text, ts.ScriptTarget.ES2022, true);
  const fields: Field[] = [];
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      const name = statement.name.text;
      fields.push(...fieldsOf(statement.members, name.replace(/Input$/, ""), name, text));
    } else if (ts.isTypeAliasDeclaration(statement) && ts.isUnionTypeNode(statement.type)) {
      for (const variant of statement.type.types.filter(ts.isTypeLiteralNode)) {
        const kind = variant.members.filter(ts.isPropertySignature).find((m) => m.name.getText() === "kind")?.type;
        const literal =
          kind && ts.isLiteralTypeNode(kind) && ts.isStringLiteral(kind.literal) ? kind.literal.text : "?";
        fields.push(
          ...fieldsOf(
            variant.members,
            `${statement.name.text}.${literal}`,
            `${statement.name.text} (${literal})`,
            text,
          ),
        );
      }
    }
  }
  return fields;
}

const TABLE = FIELD_DOCS as unknown as Record<string, Record<string, string>>;
const fields = documentedFields();

describe("field descriptions: types.ts TSDoc = FIELD_DOCS", () => {
  it("finds the fields of the model (the parser sees types.ts)", () => {
    // 2 DatedValue + 7 Phasing + 3 TargetScope + 13 Target + 3 TargetRevision + 3 TargetInput +
    // 6 Observation + 1 ObservationInput + 10 Enterprise + 2 EnterpriseInput + 4 Programme + 4 ProgrammeInput.
    expect(fields.length).toBe(58);
  });

  it.each(fields)("$where: $field", ({ table, field, doc }) => {
    expect(doc).toBe(TABLE[table]?.[field]);
  });

  it("every entry of the table describes a field of types.ts", () => {
    const seen = new Set(fields.map((f) => `${f.table}.${f.field}`));
    const entries = Object.entries(TABLE).flatMap(([table, row]) =>
      Object.keys(row).map((field) => `${table}.${field}`),
    );
    expect(entries.filter((e) => !seen.has(e))).toEqual([]);
  });
});

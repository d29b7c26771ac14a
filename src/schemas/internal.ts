/**
 * Helpers of the schemas: turning zod issues into library issues, and dropping `undefined`
 * values so that outputs match the library's types under `exactOptionalPropertyTypes`.
 * @internal
 * @module
 */
import * as z from "zod";
import { describeType } from "../decimal/index.js";
import { atPath, type ErrorCode, type Issue, OnboardingTargetsError } from "../errors/core.js";
import { enumMessage, unknownKeyMessage } from "../read/index.js";

/**
 * `T` with `undefined` removed from every property type; optional properties stay optional. The
 * schemas' outputs have this shape, so that they match the model types under
 * `exactOptionalPropertyTypes`.
 *
 * @category Schemas
 */
export type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/**
 * A copy of `o` without the properties whose value is `undefined`, in the same key order: the
 * plain readers treat `name: undefined` as "no name", and so do the schemas.
 * @internal
 */
/**
 * Reports library issues (from the rules the plain readers share) as zod issues of a refinement,
 * keeping each issue's code, path and message.
 */
export function addLibraryIssues(ctx: z.RefinementCtx, issues: readonly Issue[]): void {
  for (const issue of issues) {
    ctx.addIssue({ code: "custom", message: issue.message, params: { code: issue.code }, path: issue.path.split(".") });
  }
}

export function dropUndefined<T extends object>(o: T): Defined<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(o)) if (value !== undefined) out[key] = value;
  return out as Defined<T>;
}

/**
 * `z.strictObject(shape)` whose unknown keys are worded as the plain readers word them
 * (`unknown property "methd"; did you mean "method"?`). zod's issue for unknown keys names the
 * keys but not the allowed ones, so the object words them itself: one message per unknown key,
 * one per line (a key is JSON-quoted in its message, so it never holds a line break), which
 * {@link libraryIssues} splits into one library issue per key.
 * @internal
 */
export function strictObject<const S extends z.core.$ZodLooseShape>(shape: S) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === "unrecognized_keys" ? iss.keys.map((key) => unknownKeyMessage(key, allowed)).join("\n") : undefined,
  });
}

/**
 * The library issues of one zod issue: a reader's issue keeps its code (`params.code`); zod's
 * structural issues map to the codes and messages of the plain readers (`unknown_key` for each
 * unrecognised key, `invalid_type` for a wrong container, `invalid_enum` for an unknown
 * discriminator), "did you mean" suggestions included.
 * @internal
 */
export function libraryIssues(iss: z.core.$ZodIssue, prefix = ""): Issue[] {
  const base = [prefix, ...iss.path.map(String)].filter((s) => s !== "");
  const path = base.join(".");
  const at = (key: string) => (path === "" ? key : `${path}.${key}`);
  switch (iss.code) {
    case "custom": {
      const code = (iss.params as { code?: ErrorCode } | undefined)?.code ?? "invalid_type";
      return [{ code, path, message: iss.message }];
    }
    case "unrecognized_keys": {
      // One line per key when the object was built by `strictObject` above; otherwise no suggestion.
      const lines = iss.message.split("\n");
      const worded = lines.length === iss.keys.length && lines.every((line) => line.startsWith("unknown property "));
      return iss.keys.map((key, i) => ({
        code: "unknown_key",
        path: at(key),
        message: worded ? (lines[i] as string) : unknownKeyMessage(key, []),
      }));
    }
    case "invalid_type": {
      const what =
        iss.expected === "array"
          ? "an array"
          : iss.expected === "object" || iss.expected === "record"
            ? "an object"
            : iss.expected;
      return [{ code: "invalid_type", path, message: `expected ${what}, got ${describeType(iss.input)}` }];
    }
    case "invalid_union": {
      const options = (iss as { options?: readonly unknown[] }).options;
      if (options !== undefined) {
        // A discriminated union reports the whole object as input: show its discriminator.
        const key = (iss as { discriminator?: string }).discriminator;
        const input =
          key !== undefined && typeof iss.input === "object" && iss.input !== null
            ? (iss.input as Record<string, unknown>)[key]
            : iss.input;
        return [{ code: "invalid_enum", path, message: enumMessage(input, options) }];
      }
      return [{ code: "invalid_type", path, message: iss.message }];
    }
    case "invalid_value":
      return [{ code: "invalid_enum", path, message: enumMessage(iss.input, iss.values) }];
    default:
      return [{ code: "invalid_type", path, message: iss.message }];
  }
}

/** The library error for a failed zod parse. @internal */
export function libraryError(error: z.core.$ZodError): OnboardingTargetsError {
  return new OnboardingTargetsError(error.issues.flatMap((iss) => libraryIssues(iss)));
}

/**
 * The result of a `safeParse…` function: `{ success: true, data }` or `{ success: false, error }`
 * with the library's `OnboardingTargetsError`.
 *
 * @category Schemas
 */
export type SafeParseResult<T> =
  | {
      /** The input is valid. */
      readonly success: true;
      /** The parsed value. */
      readonly data: T;
    }
  | {
      /** The input is not valid. */
      readonly success: false;
      /** Every issue found, with the first one's `code`, `path` and message. */
      readonly error: OnboardingTargetsError;
    };

/** Parses with `schema`, throwing the library error. @internal */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = safeParseWith(schema, input);
  if (r.success) return r.data;
  throw r.error;
}

/** Parses with `schema`, returning the value or the library error; never throws. @internal */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown): SafeParseResult<z.output<S>> {
  try {
    // A getter that throws, a hostile proxy: an input that cannot be read is bad input.
    return atPath("", (): SafeParseResult<z.output<S>> => {
      const r = schema.safeParse(input, { reportInput: true });
      return r.success
        ? { success: true, data: r.data as z.output<S> }
        : { success: false, error: libraryError(r.error) };
    });
  } catch (e) {
    // atPath throws only library errors here (the schemas call no callback of the caller).
    return { success: false, error: e as OnboardingTargetsError };
  }
}

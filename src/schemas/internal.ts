/**
 * Helpers of the schemas: turning zod issues into library issues, and dropping `undefined`
 * values so that outputs match the library's types under `exactOptionalPropertyTypes`.
 * @internal
 * @module
 */
import type * as z from "zod";
import { describeType } from "../decimal/index.js";
import { type ErrorCode, type Issue, OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";

/**
 * `T` with `undefined` removed from every property type; optional properties stay optional. The
 * schemas' outputs have this shape, so that they match the model types under
 * `exactOptionalPropertyTypes`.
 *
 * @category Model
 */
export type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/**
 * A copy of `o` without the properties whose value is `undefined`, in the same key order: the
 * plain readers treat `name: undefined` as "no name", and so do the schemas.
 * @internal
 */
export function dropUndefined<T extends object>(o: T): Defined<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(o)) if (value !== undefined) out[key] = value;
  return out as Defined<T>;
}

const shown = (v: unknown) => (typeof v === "string" ? JSON.stringify(v.slice(0, 40)) : describeType(v));

/**
 * The library issues of one zod issue: a reader's issue keeps its code (`params.code`); zod's
 * structural issues map to the codes and messages of the plain readers (`unknown_key` for each
 * unrecognised key, `invalid_type` for a wrong container, `invalid_enum` for an unknown
 * discriminator).
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
    case "unrecognized_keys":
      return iss.keys.map((key) => ({ code: "unknown_key", path: at(key), message: `unknown property ${JSON.stringify(key.slice(0, 40))}` }));
    case "invalid_type": {
      const what = iss.expected === "array" ? "an array" : iss.expected === "object" || iss.expected === "record" ? "an object" : iss.expected;
      return [{ code: "invalid_type", path, message: `expected ${what}, got ${describeType(iss.input)}` }];
    }
    case "invalid_union": {
      const options = (iss as { options?: readonly unknown[] }).options;
      if (options !== undefined) {
        // A discriminated union reports the whole object as input: show its discriminator.
        const key = (iss as { discriminator?: string }).discriminator;
        const input = key !== undefined && typeof iss.input === "object" && iss.input !== null ? (iss.input as Record<string, unknown>)[key] : iss.input;
        return [{ code: "invalid_enum", path, message: `expected one of ${options.map((o) => JSON.stringify(o)).join(", ")}, got ${shown(input)}` }];
      }
      return [{ code: "invalid_type", path, message: iss.message }];
    }
    case "invalid_value":
      return [{ code: "invalid_enum", path, message: `expected one of ${iss.values.map((o) => JSON.stringify(o)).join(", ")}, got ${shown(iss.input)}` }];
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
 * @category Model
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
    const r = schema.safeParse(input, { reportInput: true });
    return r.success ? { success: true, data: r.data as z.output<S> } : { success: false, error: libraryError(r.error) };
  } catch (e) {
    // A getter that throws, a hostile proxy: an input that cannot be read is bad input.
    if (e instanceof OnboardingTargetsError) return { success: false, error: e };
    return { success: false, error: new OnboardingTargetsError([{ code: "invalid_type", path: "", message: `could not be read (${errorText(e)})` }]) };
  }
}

/** The message of anything thrown, without letting a hostile value throw again. */
function errorText(e: unknown): string {
  try {
    return (e instanceof Error ? e.message : String(e)).slice(0, 200);
  } catch {
    return "unreadable error";
  }
}

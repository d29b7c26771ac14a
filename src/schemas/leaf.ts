import * as z from "zod";
import { OnboardingTargetsError } from "../errors/core.js";

/**
 * A zod schema whose check is one of the library's hand-written readers, so the schema and the
 * plain functions accept and reject exactly the same values, with the same codes and messages.
 * The reader's problems become zod `custom` issues carrying `params.code`; the JSON Schema of the
 * leaf is given by `json` (attached with `.meta()`, emitted with `unrepresentable: "any"`).
 *
 * `I` is the input type (`z.input`), the reader's return type is the output type (`z.output`).
 * @internal
 */
export function leaf<I, O>(read: (value: unknown, path: string) => O, json: Record<string, unknown>) {
  return z
    .custom<I>(() => true)
    .meta(json)
    .transform((value, ctx): O => {
      try {
        return read(value, "");
      } catch (e) {
        if (!(e instanceof OnboardingTargetsError)) throw e;
        for (const issue of e.issues) {
          ctx.issues.push({
            code: "custom",
            message: issue.message,
            input: value,
            params: { code: issue.code },
            ...(issue.path !== "" && { path: issue.path.split(".") }),
          });
        }
        return z.NEVER;
      }
    });
}

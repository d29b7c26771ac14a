import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { Decimal, DecimalInput } from "../decimal/index.js";
import type { Enterprise, Observation, ObservationInput, Programme, Target, TargetInput } from "../model/types.js";
import type { EnterpriseSchema } from "./EnterpriseSchema.js";
import type { ObservationSchema, ObservationsSchema } from "./ObservationSchema.js";
import type { ProgrammeSchema } from "./ProgrammeSchema.js";
import type { TargetSchema } from "./TargetSchema.js";
import type { parseTarget } from "./parseTarget.js";
import type { safeParseEnterprise } from "./safeParseEnterprise.js";
import type { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";

// The model types are readonly; zod's outputs are mutable. Compare them with `readonly` applied
// all the way down (Decimals left alone), so every property name, optionality and type must match.
type DeepMutable<T> = T extends Decimal
  ? T
  : T extends readonly (infer U)[]
    ? DeepMutable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
      : T;
type DeepReadonly<T> = T extends Decimal
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

describe("z.output of the schemas is the library's model type", () => {
  it("Target", () => {
    expectTypeOf<DeepReadonly<z.output<typeof TargetSchema>>>().toEqualTypeOf<DeepReadonly<Target>>();
  });
  it("Observation and observations", () => {
    expectTypeOf<DeepReadonly<z.output<typeof ObservationSchema>>>().toEqualTypeOf<DeepReadonly<Observation>>();
    expectTypeOf<DeepReadonly<z.output<typeof ObservationsSchema>>>().toEqualTypeOf<DeepReadonly<Observation[]>>();
  });
  it("Enterprise", () => {
    expectTypeOf<DeepReadonly<z.output<typeof EnterpriseSchema>>>().toEqualTypeOf<DeepReadonly<Enterprise>>();
    expectTypeOf<z.output<typeof EnterpriseSchema>["capital"]>().toEqualTypeOf<Decimal | undefined>();
  });
  it("Programme", () => {
    expectTypeOf<DeepReadonly<z.output<typeof ProgrammeSchema>>>().toEqualTypeOf<DeepReadonly<Programme>>();
  });
});

describe("z.input accepts what callers write", () => {
  it("a TargetInput is a valid schema input, and defaults are optional", () => {
    // zod's input arrays are mutable (`number[]`), the model's readonly: compare without `readonly`.
    expectTypeOf<DeepMutable<TargetInput>>().toExtend<z.input<typeof TargetSchema>>();
    expectTypeOf<{
      id: string;
      baseline: { date: string; value: number };
      goal: { date: string; value: number };
    }>().toExtend<z.input<typeof TargetSchema>>();
  });
  it("an ObservationInput is a valid schema input", () => {
    expectTypeOf<ObservationInput>().toExtend<z.input<typeof ObservationSchema>>();
  });
  it("enterprise amounts accept number | string | Decimal", () => {
    expectTypeOf<z.input<typeof EnterpriseSchema>["capital"]>().toEqualTypeOf<DecimalInput | undefined>();
  });
});

describe("parse functions have exact, any-free types", () => {
  it("parseTarget returns Target", () => {
    expectTypeOf<ReturnType<typeof parseTarget>>().toEqualTypeOf<Target>();
    expectTypeOf<ReturnType<typeof parseTarget>>().not.toBeAny();
  });
  it("safeParseEnterprise returns a discriminated result with the library error", () => {
    type R = ReturnType<typeof safeParseEnterprise>;
    expectTypeOf<Extract<R, { success: true }>["data"]>().toEqualTypeOf<Enterprise>();
    expectTypeOf<Extract<R, { success: false }>["error"]>().toEqualTypeOf<OnboardingTargetsError>();
  });
});

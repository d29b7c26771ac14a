import { Decimal } from "../decimal/index.js";
import { fail, OnboardingTargetsError } from "../errors/core.js";
import { readEnum, readObject } from "../read/index.js";
import { readEnterprise } from "./readEnterprise.js";
import type { Enterprise, EnterpriseInput, EnterpriseSize } from "./types.js";

/**
 * The legal rule that defines enterprise size classes
 * ([enterprise size classes](../../docs/methodology.md#enterprise-size-classes)):
 * - `PP-7-2021` (default): Peraturan Pemerintah 7/2021 art. 35, capital excluding land and
 *   buildings, or annual sales;
 * - `UU-20-2008`: Undang-Undang 20/2008, net assets (read from `capital`) or annual sales;
 * - `Permenperin-64-2016`: industry (IKM), workers and investment (read from `capital`).
 *
 * @category Model
 */
export type EnterpriseSizeRule = "PP-7-2021" | "UU-20-2008" | "Permenperin-64-2016";

/**
 * Which figure decides the class when a rule offers two (`PP-7-2021`, `UU-20-2008`):
 * `capital`, `annualSales`, or `auto` (the default: annual sales when given, as PP 7/2021 uses
 * them for businesses already running, else capital).
 *
 * @category Model
 */
export type SizeCriterion = "capital" | "annualSales" | "auto";

/**
 * Options of {@link classifyEnterprise}.
 *
 * @category Model
 */
export interface ClassifyEnterpriseOptions {
  /** The rule; default `PP-7-2021`. */
  readonly rule?: EnterpriseSizeRule;
  /** The deciding figure when both capital and annual sales are given; default `auto`. */
  readonly criterion?: SizeCriterion;
}

/**
 * The class of an enterprise and how it was decided.
 *
 * @category Model
 */
export interface EnterpriseClassification {
  /** The size class. */
  readonly size: EnterpriseSize;
  /** The rule applied. */
  readonly rule: EnterpriseSizeRule;
  /** The figure(s) that decided: `capital`, `annualSales`, or `workers-and-investment`. */
  readonly basis: "capital" | "annualSales" | "workers-and-investment";
  /** The class by capital alone, when capital is given and the rule uses it. */
  readonly byCapital?: EnterpriseSize;
  /** The class by annual sales alone, when annual sales are given and the rule uses them. */
  readonly bySales?: EnterpriseSize;
  /** Present when capital and annual sales are both given and point to different classes. */
  readonly conflict?: {
    /** The class by capital. */
    readonly byCapital: EnterpriseSize;
    /** The class by annual sales. */
    readonly bySales: EnterpriseSize;
  };
}

const RULES = ["PP-7-2021", "UU-20-2008", "Permenperin-64-2016"] as const satisfies readonly EnterpriseSizeRule[];
const CRITERIA = ["capital", "annualSales", "auto"] as const satisfies readonly SizeCriterion[];

const juta = (n: number) => new Decimal(n).times(1_000_000);
const miliar = (n: number) => new Decimal(n).times(1_000_000_000);

// Upper bounds, inclusive, of micro, small and medium; above the last is large.
const BOUNDS: Record<"PP-7-2021" | "UU-20-2008", { capital: readonly Decimal[]; annualSales: readonly Decimal[] }> = {
  "PP-7-2021": { capital: [miliar(1), miliar(5), miliar(10)], annualSales: [miliar(2), miliar(15), miliar(50)] },
  "UU-20-2008": { capital: [juta(50), juta(500), miliar(10)], annualSales: [juta(300), miliar(2.5), miliar(50)] },
};
const CLASSES = ["micro", "small", "medium", "large"] as const satisfies readonly EnterpriseSize[];

function byBounds(amount: Decimal, bounds: readonly Decimal[]): EnterpriseSize {
  const i = bounds.findIndex((b) => amount.lte(b));
  return CLASSES[i === -1 ? 3 : i] ?? "large";
}

/**
 * Classifies an enterprise as micro, small, medium or large under an Indonesian legal rule
 * ([enterprise size classes](../../docs/methodology.md#enterprise-size-classes)). Boundaries are
 * inclusive upper bounds: capital of exactly Rp1 miliar is micro under PP 7/2021, one rupiah more
 * is small.
 *
 * - `PP-7-2021` and `UU-20-2008` use capital and/or annual sales. When both are given and
 *   disagree, the result carries `conflict: { byCapital, bySales }`; `criterion` chooses which
 *   decides (`auto`: annual sales).
 * - `Permenperin-64-2016` (industry) needs `workers` and `capital` (the investment, excluding
 *   land and buildings): small is at most 19 workers and under Rp1 miliar; medium at most 19
 *   workers and at least Rp1 miliar, or at least 20 workers and at most Rp15 miliar; large at
 *   least 20 workers and above Rp15 miliar. It has no micro class.
 *
 * O(1). Reference: PP 7/2021 art. 35; UU 20/2008 art. 6; Permenperin 64/2016 art. 2.
 *
 * @category Model
 * @param enterprise - the enterprise; `capital` and `annualSales` in IDR (number, decimal string or Decimal)
 * @param options - `rule` (default `PP-7-2021`) and `criterion` (default `auto`)
 * @returns the size class, the rule, the deciding basis, the class by each figure and any conflict
 * @throws {OnboardingTargetsError} `missing_field` (path `enterprise.capital`, `enterprise.annualSales` or `enterprise.workers`) when the rule's inputs are missing; `invalid_enum` (path `options.rule` or `options.criterion`); `invalid_type` / `unknown_key` for options that are not an object or have other keys; the codes of an invalid enterprise (`invalid_decimal`, `out_of_range`, `invalid_count`, … at `enterprise.<field>`)
 * @example
 * ```ts
 * import { classifyEnterprise } from "onboarding-targets";
 * classifyEnterprise({ id: "a", capital: 1_000_000_000 }).size;
 * //=> "micro"
 * classifyEnterprise({ id: "b", capital: "1000000001" }).size;
 * //=> "small"
 * classifyEnterprise({ id: "c", capital: 800_000_000, annualSales: 3_000_000_000 }).conflict;
 * //=> { "byCapital": "micro", "bySales": "small" }
 * classifyEnterprise({ id: "d", workers: 25, capital: 2_000_000_000 }, { rule: "Permenperin-64-2016" }).size;
 * //=> "medium"
 * ```
 */
export function classifyEnterprise(
  enterprise: EnterpriseInput | Enterprise,
  options: ClassifyEnterpriseOptions = {},
): EnterpriseClassification {
  const o = options === undefined ? {} : readObject(options, "options", ["rule", "criterion"]);
  const rule = o.rule === undefined ? "PP-7-2021" : readEnum(o.rule, "options.rule", RULES);
  const criterion = o.criterion === undefined ? "auto" : readEnum(o.criterion, "options.criterion", CRITERIA);
  const e = readEnterprise(enterprise);
  if (rule === "Permenperin-64-2016") return byWorkersAndInvestment(e);
  const bounds = BOUNDS[rule];
  const byCapital = e.capital === undefined ? undefined : byBounds(e.capital, bounds.capital);
  const bySales = e.annualSales === undefined ? undefined : byBounds(e.annualSales, bounds.annualSales);
  const basis = criterion === "auto" ? (bySales !== undefined ? "annualSales" : "capital") : criterion;
  const size = basis === "capital" ? byCapital : bySales;
  if (size === undefined) {
    if (criterion === "auto") {
      throw new OnboardingTargetsError(
        (["capital", "annualSales"] as const).map((f) => ({
          code: "missing_field" as const,
          path: `enterprise.${f}`,
          message: `${rule} classifies by capital or annual sales; neither is given`,
        })),
      );
    }
    return fail(
      "missing_field",
      `enterprise.${basis}`,
      `${rule} with criterion "${criterion}" needs ${basis}, which is not given`,
    );
  }
  return {
    size,
    rule,
    basis,
    ...(byCapital !== undefined && { byCapital }),
    ...(bySales !== undefined && { bySales }),
    ...(byCapital !== undefined &&
      bySales !== undefined &&
      byCapital !== bySales && { conflict: { byCapital, bySales } }),
  };
}

function byWorkersAndInvestment(e: Enterprise): EnterpriseClassification {
  const missing = [e.workers === undefined && "workers", e.capital === undefined && "capital"].filter(
    (f): f is string => f !== false,
  );
  if (missing.length > 0) {
    throw new OnboardingTargetsError(
      missing.map((f) => ({
        code: "missing_field" as const,
        path: `enterprise.${f}`,
        message: `Permenperin-64-2016 classifies by workers and investment (capital); ${f} is not given`,
      })),
    );
  }
  const workers = e.workers as number;
  const investment = e.capital as Decimal;
  const size: EnterpriseSize =
    workers <= 19 ? (investment.lt(miliar(1)) ? "small" : "medium") : investment.lte(miliar(15)) ? "medium" : "large";
  return { size, rule: "Permenperin-64-2016", basis: "workers-and-investment" };
}

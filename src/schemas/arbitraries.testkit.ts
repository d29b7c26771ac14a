/**
 * fast-check arbitraries of valid model inputs, for the laws of the schemas.
 * @internal
 * @module
 */
import fc from "fast-check";
import { Decimal } from "../decimal/index.js";
import { dayNumber, formatYMD, fromDayNumber } from "../periods/calendarDate.js";
import { monthsIntersecting } from "../periods/targetMonths.js";

const DAY_MIN = dayNumber(1990, 1, 1);
const DAY_MAX = dayNumber(2100, 12, 31);
const dateOf = (n: number) => {
  const r = fromDayNumber(n);
  return formatYMD(r.year, r.month, r.day);
};

const text = fc.string({ minLength: 1, maxLength: 12 });
const count = fc.oneof(fc.nat(), fc.maxSafeNat(), fc.constantFrom(0, 3_700_000, 11_700_000, 30_000_000));
const weight = fc.oneof(fc.nat(1000), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }));
const zones = fc.constantFrom("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Pontianak", "UTC");

/** Weights of a given length with a positive sum (the first is at least 1). */
const weights = (n: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: 100 }), fc.array(weight, { minLength: n - 1, maxLength: n - 1 }))
    .map(([first, rest]) => [first, ...rest]);

/**
 * A valid target input: goal after baseline, the goal value on the side of the baseline value
 * that the direction names (equal values included: a "hold the level" target), phasing that
 * fits, optional fields sometimes (`direction` left out means `increase`).
 */
export const targetInput = fc
  .record({
    start: fc.integer({ min: DAY_MIN, max: DAY_MAX - 2000 }),
    span: fc.integer({ min: 1, max: 2000 }),
    a: count,
    b: count,
    direction: fc.constantFrom(undefined, "increase" as const, "decrease" as const),
  })
  .chain(({ start, span, a, b, direction }) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const [from, to] = direction === "decrease" ? [high, low] : [low, high];
    const baseline = { date: dateOf(start), value: from };
    const goal = { date: dateOf(start + span), value: to };
    const months = monthsIntersecting(baseline.date, goal.date).count;
    const inner =
      span > 1
        ? fc.uniqueArray(fc.integer({ min: start + 1, max: start + span - 1 }), { maxLength: 4 })
        : fc.constant([] as number[]);
    const phasing = fc.oneof(
      fc.constant(undefined),
      fc.constant({ kind: "linear" as const }),
      weights(months).map((w) => ({ kind: "monthly-weights" as const, weights: w })),
      weights(12).map((w) => ({ kind: "seasonal" as const, profile: w })),
      fc.tuple(inner, fc.array(count, { minLength: 4, maxLength: 4 })).map(([days, values]) => ({
        kind: "milestones" as const,
        points: [...days].sort((a, b) => a - b).map((d, i) => ({ date: dateOf(d), value: values[i] ?? 0 })),
      })),
    );
    return fc.record(
      {
        id: text,
        name: text,
        metric: text,
        unit: text,
        direction: fc.constant(direction),
        timeZone: zones,
        baseline: fc.constant(baseline),
        goal: fc.constant(goal),
        phasing,
        scope: fc.record(
          {
            region: text,
            sector: fc.constantFrom("10", "47911"),
            size: fc.constantFrom("micro" as const, "small" as const, "medium" as const, "large" as const),
          },
          { requiredKeys: [] },
        ),
        parentId: text,
      },
      { requiredKeys: ["id", "baseline", "goal", "direction"] },
    );
  })
  .map((t) => JSON.parse(JSON.stringify(t)) as unknown); // drops a `phasing: undefined`

/** A valid observation input. */
export const observationInput = fc.record(
  {
    date: fc.integer({ min: DAY_MIN, max: DAY_MAX }).map(dateOf),
    value: count,
    kind: fc.constantFrom("cumulative" as const, "increment" as const),
    source: text,
    note: fc.string({ minLength: 1, maxLength: 40 }),
    correction: fc.boolean(),
  },
  { requiredKeys: ["date", "value"] },
);

/** A non-negative decimal with up to 30 integer and 30 fractional digits, as number, string or Decimal. */
export const money = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.nat(30))
  .map(([digits, scale]) => new Decimal(digits.toString()).div(new Decimal(10).pow(scale)))
  .chain((d) =>
    fc.constantFrom<unknown>(
      d,
      d.toFixed(),
      d.toString(),
      ...(d.precision(true) <= 15 && d.abs().lt(1e15) ? [d.toNumber()] : []),
    ),
  );

/** A valid enterprise input. */
export const enterpriseInput = fc.record(
  {
    id: text,
    name: text,
    size: fc.constantFrom("micro" as const, "small" as const, "medium" as const, "large" as const),
    sector: text,
    region: text,
    platform: text,
    onboardedAt: fc.oneof(
      fc.integer({ min: DAY_MIN, max: DAY_MAX }).map(dateOf),
      fc.constantFrom("2021-05-03T10:15:00+07:00", "2020-12-31T23:59:59.999Z", "2024-02-29T00:00-05:30"),
    ),
    capital: money,
    annualSales: fc.oneof(money, fc.constant(new Decimal("1e-7"))),
    workers: count,
  },
  { requiredKeys: ["id"] },
);

/** A valid programme input: unique target ids, parents earlier in the list (no cycles), observations of known targets (never under a `__proto__` key). */
export const programmeInput = fc
  .tuple(
    fc.uniqueArray(targetInput, { selector: (t) => (t as { id: string }).id, maxLength: 5 }),
    fc.array(fc.nat(), { maxLength: 5 }),
    fc.array(observationInput, { maxLength: 3 }),
  )
  .map(([targets, picks, obs]) => {
    const withParents = targets.map((t, i) => {
      const { parentId: _drop, ...rest } = t as { parentId?: string; id: string };
      const pick = picks[i];
      return i > 0 && pick !== undefined && pick % 2 === 0
        ? { ...rest, parentId: (targets[pick % i] as { id: string }).id }
        : rest;
    });
    const observations: Record<string, unknown[]> = {};
    // A `__proto__` key of the observations record is refused by both readers (unknown_key: it is
    // never assigned), so a valid programme gives observations only to the other targets.
    for (const t of withParents.filter((t) => t.id !== "__proto__").slice(0, 2))
      Object.defineProperty(observations, t.id, { value: obs, enumerable: true, writable: true, configurable: true });
    return { id: "programme", name: "Bangga Buatan Indonesia", targets: withParents, observations };
  });

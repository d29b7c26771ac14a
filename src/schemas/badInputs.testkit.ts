/**
 * Shared bad-input tables for the parse-function tests: each row is a name, an input,
 * and the expected first error code and path. The same rows run through the zod-based parse
 * functions and the plain readers, to prove they agree.
 * @internal
 * @module
 */
import { type ErrorCode, OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";

export type BadRow = readonly [name: string, input: unknown, code: ErrorCode, path: string];

/** A valid target input, from the BBI figures (11.7 million to 30 million; methodology: the BBI figures). */
export const VALID_TARGET = {
  id: "umkm-digital",
  baseline: { date: "2021-04-30", value: 11_700_000 },
  goal: { date: "2023-12-31", value: 30_000_000 },
} as const;

const BIG = 2 ** 53;

/** Bad counts, with the code every count reader gives. */
export const BAD_COUNTS: ReadonlyArray<readonly [string, unknown]> = [
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY],
  ["-1", -1],
  ["1.5", 1.5],
  ["2^53", BIG],
  ["2^53 + 2", BIG + 2],
  ["1e300", 1e300],
  ["a numeric string", "3"],
  ["null", null],
];

/** Bad calendar dates. */
export const BAD_DATES: ReadonlyArray<readonly [string, unknown]> = [
  ["''", ""],
  ["'2021-13-01'", "2021-13-01"],
  ["'2021-02-29'", "2021-02-29"],
  ["'2021-02-30'", "2021-02-30"],
  ["'2021-4-30'", "2021-4-30"],
  ["an instant", "2021-04-30T00:00:00Z"],
  ["a number", 20_210_430],
];

/** Objects with own `__proto__` and `constructor` keys, as JSON.parse makes them. */
export const protoKeyed = (json: string): unknown => JSON.parse(json);

export const TARGET_ROWS: readonly BadRow[] = [
  ...BAD_COUNTS.map(([n, v]): BadRow => [
    `goal.value ${n}`,
    { ...VALID_TARGET, goal: { ...VALID_TARGET.goal, value: v } },
    "invalid_count",
    "goal.value",
  ]),
  ...BAD_COUNTS.map(([n, v]): BadRow => [
    `baseline.value ${n}`,
    { ...VALID_TARGET, baseline: { ...VALID_TARGET.baseline, value: v } },
    "invalid_count",
    "baseline.value",
  ]),
  ...BAD_DATES.map(([n, v]): BadRow => [
    `goal.date ${n}`,
    { ...VALID_TARGET, goal: { ...VALID_TARGET.goal, date: v } },
    "invalid_date",
    "goal.date",
  ]),
  ...BAD_DATES.map(([n, v]): BadRow => [
    `baseline.date ${n}`,
    { ...VALID_TARGET, baseline: { ...VALID_TARGET.baseline, date: v } },
    "invalid_date",
    "baseline.date",
  ]),
  ["time zone 'Asia/Jakata'", { ...VALID_TARGET, timeZone: "Asia/Jakata" }, "invalid_time_zone", "timeZone"],
  ["time zone '+07:00'", { ...VALID_TARGET, timeZone: "+07:00" }, "invalid_time_zone", "timeZone"],
  ["time zone 'WIB'", { ...VALID_TARGET, timeZone: "WIB" }, "invalid_time_zone", "timeZone"],
  ["time zone 'Jakarta'", { ...VALID_TARGET, timeZone: "Jakarta" }, "invalid_time_zone", "timeZone"],
  ["time zone 7", { ...VALID_TARGET, timeZone: 7 }, "invalid_time_zone", "timeZone"],
  [
    "goal before baseline",
    { ...VALID_TARGET, goal: { date: "2020-12-31", value: 30_000_000 } },
    "goal_not_after_baseline",
    "goal.date",
  ],
  [
    "goal on the baseline date",
    { ...VALID_TARGET, goal: { date: "2021-04-30", value: 30_000_000 } },
    "goal_not_after_baseline",
    "goal.date",
  ],
  // A goal below the baseline asks an increase target to fall (and above it, a decrease target to rise).
  [
    "increase goal below the baseline",
    { ...VALID_TARGET, goal: { ...VALID_TARGET.goal, value: 11_699_999 } },
    "inconsistent_target",
    "goal.value",
  ],
  [
    "increase (default) goal of 0",
    { ...VALID_TARGET, goal: { ...VALID_TARGET.goal, value: 0 } },
    "inconsistent_target",
    "goal.value",
  ],
  ["decrease goal above the baseline", { ...VALID_TARGET, direction: "decrease" }, "inconsistent_target", "goal.value"],
  // The goal date is checked first.
  [
    "inconsistent and goal before baseline",
    { ...VALID_TARGET, goal: { date: "2020-12-31", value: 0 } },
    "goal_not_after_baseline",
    "goal.date",
  ],
  // (2021-04-30, 2023-12-31] intersects 32 calendar months (May 2021 to December 2023).
  [
    "31 monthly weights for 32 months",
    { ...VALID_TARGET, phasing: { kind: "monthly-weights", weights: Array(31).fill(1) } },
    "invalid_weights",
    "phasing.weights",
  ],
  [
    "33 monthly weights for 32 months",
    { ...VALID_TARGET, phasing: { kind: "monthly-weights", weights: Array(33).fill(1) } },
    "invalid_weights",
    "phasing.weights",
  ],
  [
    "monthly weights summing to 0",
    { ...VALID_TARGET, phasing: { kind: "monthly-weights", weights: Array(32).fill(0) } },
    "invalid_weights",
    "phasing.weights",
  ],
  [
    "a negative weight",
    { ...VALID_TARGET, phasing: { kind: "monthly-weights", weights: [-1, ...Array(31).fill(1)] } },
    "invalid_number",
    "phasing.weights.0",
  ],
  [
    "a NaN weight",
    { ...VALID_TARGET, phasing: { kind: "seasonal", profile: [Number.NaN, ...Array(11).fill(1)] } },
    "invalid_number",
    "phasing.profile.0",
  ],
  [
    "11 seasonal weights",
    { ...VALID_TARGET, phasing: { kind: "seasonal", profile: Array(11).fill(1) } },
    "invalid_weights",
    "phasing.profile",
  ],
  ["unknown phasing kind", { ...VALID_TARGET, phasing: { kind: "step" } }, "invalid_enum", "phasing.kind"],
  ["phasing without kind", { ...VALID_TARGET, phasing: {} }, "invalid_enum", "phasing.kind"],
  ["phasing not an object", { ...VALID_TARGET, phasing: 3 }, "invalid_type", "phasing"],
  [
    "milestone before the baseline",
    { ...VALID_TARGET, phasing: { kind: "milestones", points: [{ date: "2021-01-31", value: 1 }] } },
    "invalid_target",
    "phasing.points.0.date",
  ],
  [
    "milestone after the goal",
    { ...VALID_TARGET, phasing: { kind: "milestones", points: [{ date: "2024-01-31", value: 1 }] } },
    "invalid_target",
    "phasing.points.0.date",
  ],
  ["unknown direction", { ...VALID_TARGET, direction: "up" }, "invalid_enum", "direction"],
  ["missing id", { baseline: VALID_TARGET.baseline, goal: VALID_TARGET.goal }, "invalid_type", "id"],
  ["empty id", { ...VALID_TARGET, id: "" }, "invalid_type", "id"],
  ["missing goal", { id: "t", baseline: VALID_TARGET.baseline }, "invalid_type", "goal"],
  ["not an object", [VALID_TARGET], "invalid_type", ""],
  ["null", null, "invalid_type", ""],
  ["unknown scope size", { ...VALID_TARGET, scope: { size: "tiny" } }, "invalid_enum", "scope.size"],
  ["unknown property", { ...VALID_TARGET, target: 1 }, "unknown_key", "target"],
  [
    "own __proto__ key",
    protoKeyed(`{"__proto__":{"polluted":true},${JSON.stringify(VALID_TARGET).slice(1)}`),
    "unknown_key",
    "__proto__",
  ],
  [
    "own constructor key",
    protoKeyed(`{"constructor":{"prototype":{"polluted":true}},${JSON.stringify(VALID_TARGET).slice(1)}`),
    "unknown_key",
    "constructor",
  ],
  [
    "__proto__ inside goal",
    protoKeyed(
      `{"id":"t","baseline":{"date":"2021-04-30","value":1},"goal":{"date":"2023-12-31","value":2,"__proto__":{"polluted":true}}}`,
    ),
    "unknown_key",
    "goal.__proto__",
  ],
  [
    "__proto__ inside phasing",
    protoKeyed(
      `{"id":"t","baseline":{"date":"2021-04-30","value":1},"goal":{"date":"2023-12-31","value":2},"phasing":{"kind":"linear","__proto__":{"polluted":true}}}`,
    ),
    "unknown_key",
    "phasing.__proto__",
  ],
];

export const OBSERVATION_ROWS: readonly BadRow[] = [
  ...BAD_COUNTS.map(([n, v]): BadRow => [
    `value ${n}`,
    [
      { date: "2020-12-31", value: 1 },
      { date: "2021-01-31", value: v },
    ],
    "invalid_count",
    "1.value",
  ]),
  ...BAD_DATES.map(([n, v]): BadRow => [`date ${n}`, [{ date: v, value: 1 }], "invalid_date", "0.date"]),
  ["unknown kind", [{ date: "2020-12-31", value: 1, kind: "total" }], "invalid_enum", "0.kind"],
  ["correction not a boolean", [{ date: "2020-12-31", value: 1, correction: "yes" }], "invalid_type", "0.correction"],
  ["not an array", { date: "2020-12-31", value: 1 }, "invalid_type", ""],
  ["an element not an object", [3], "invalid_type", "0"],
  [
    "own __proto__ key",
    protoKeyed('[{"date":"2020-12-31","value":1,"__proto__":{"polluted":true}}]'),
    "unknown_key",
    "0.__proto__",
  ],
  [
    "own constructor key",
    protoKeyed('[{"date":"2020-12-31","value":1,"constructor":{"prototype":{"polluted":true}}}]'),
    "unknown_key",
    "0.constructor",
  ],
];

export const ENTERPRISE_ROWS: readonly BadRow[] = [
  ...BAD_COUNTS.map(([n, v]): BadRow => [`workers ${n}`, { id: "e", workers: v }, "invalid_count", "workers"]),
  ...BAD_DATES.filter(([n]) => n !== "an instant").map(([n, v]): BadRow => [
    `onboardedAt ${n}`,
    { id: "e", onboardedAt: v },
    "invalid_date",
    "onboardedAt",
  ]),
  [
    "onboardedAt instant without offset",
    { id: "e", onboardedAt: "2021-05-03T10:00:00" },
    "invalid_date",
    "onboardedAt",
  ],
  [
    "onboardedAt instant on 2021-02-29",
    { id: "e", onboardedAt: "2021-02-29T10:00:00+07:00" },
    "invalid_date",
    "onboardedAt",
  ],
  ["capital NaN", { id: "e", capital: Number.NaN }, "invalid_decimal", "capital"],
  ["capital Infinity", { id: "e", capital: Number.POSITIVE_INFINITY }, "invalid_decimal", "capital"],
  ["capital '1,000'", { id: "e", capital: "1,000" }, "invalid_decimal", "capital"],
  ["capital 'Infinity'", { id: "e", capital: "Infinity" }, "invalid_decimal", "capital"],
  ["capital -1", { id: "e", capital: -1 }, "out_of_range", "capital"],
  ["annualSales ''", { id: "e", annualSales: "" }, "invalid_decimal", "annualSales"],
  ["unknown size", { id: "e", size: "mikro" }, "invalid_enum", "size"],
  ["missing id", { name: "x" }, "invalid_type", "id"],
  ["own __proto__ key", protoKeyed('{"id":"e","__proto__":{"polluted":true}}'), "unknown_key", "__proto__"],
  [
    "own constructor key",
    protoKeyed('{"id":"e","constructor":{"prototype":{"polluted":true}}}'),
    "unknown_key",
    "constructor",
  ],
];

const T = (id: string, extra: object = {}) => ({ ...VALID_TARGET, id, ...extra });

export const PROGRAMME_ROWS: readonly BadRow[] = [
  ...BAD_COUNTS.map(([n, v]): BadRow => [
    `targets.0.goal.value ${n}`,
    { id: "p", targets: [T("a", { goal: { date: "2023-12-31", value: v } })] },
    "invalid_count",
    "targets.0.goal.value",
  ]),
  ...BAD_COUNTS.map(([n, v]): BadRow => [
    `observation value ${n}`,
    { id: "p", targets: [T("a")], observations: { a: [{ date: "2021-05-31", value: v }] } },
    "invalid_count",
    "observations.a.0.value",
  ]),
  ...BAD_DATES.map(([n, v]): BadRow => [
    `targets.0.goal.date ${n}`,
    { id: "p", targets: [T("a", { goal: { date: v, value: 1 } })] },
    "invalid_date",
    "targets.0.goal.date",
  ]),
  [
    "time zone 'Asia/Jakata'",
    { id: "p", targets: [T("a", { timeZone: "Asia/Jakata" })] },
    "invalid_time_zone",
    "targets.0.timeZone",
  ],
  [
    "goal before baseline",
    { id: "p", targets: [T("a", { goal: { date: "2021-01-31", value: 1 } })] },
    "goal_not_after_baseline",
    "targets.0.goal.date",
  ],
  [
    "inconsistent target",
    { id: "p", targets: [T("a"), T("b", { direction: "decrease" })] },
    "inconsistent_target",
    "targets.1.goal.value",
  ],
  [
    "weights of the wrong length",
    { id: "p", targets: [T("a", { phasing: { kind: "monthly-weights", weights: [1, 2] } })] },
    "invalid_weights",
    "targets.0.phasing.weights",
  ],
  ["duplicate target id", { id: "p", targets: [T("a"), T("a")] }, "invalid_target", "targets.1.id"],
  ["unknown parentId", { id: "p", targets: [T("a", { parentId: "z" })] }, "invalid_target", "targets.0.parentId"],
  [
    "parent cycle",
    { id: "p", targets: [T("a", { parentId: "b" }), T("b", { parentId: "a" })] },
    "invalid_target",
    "targets.0.parentId",
  ],
  ["own parent", { id: "p", targets: [T("a", { parentId: "a" })] }, "invalid_target", "targets.0.parentId"],
  [
    "observations of an unknown target",
    { id: "p", targets: [T("a")], observations: { b: [] } },
    "unknown_key",
    "observations.b",
  ],
  ["targets not an array", { id: "p", targets: {} }, "invalid_type", "targets"],
  // Not an object at all: the check for an own __proto__ key must not reach into it.
  ["undefined", undefined, "invalid_type", ""],
  ["a number", 7, "invalid_type", ""],
  [
    "own __proto__ key",
    protoKeyed('{"id":"p","targets":[],"__proto__":{"polluted":true}}'),
    "unknown_key",
    "__proto__",
  ],
  [
    "own constructor key",
    protoKeyed('{"id":"p","targets":[],"constructor":{"prototype":{"polluted":true}}}'),
    "unknown_key",
    "constructor",
  ],
  [
    "observations keyed __proto__",
    protoKeyed('{"id":"p","targets":[],"observations":{"__proto__":[{"date":"2021-01-31","value":1}]}}'),
    "unknown_key",
    "observations.__proto__",
  ],
  [
    "observations keyed constructor",
    protoKeyed('{"id":"p","targets":[],"observations":{"constructor":[]}}'),
    "unknown_key",
    "observations.constructor",
  ],
];

/** The code and path of the error `f` throws (or "no error"), checking it is the library's error. */
export function outcome(f: () => unknown): { code: string; path: string } | "no error" {
  try {
    f();
    return "no error";
  } catch (e) {
    if (!(e instanceof OnboardingTargetsError)) throw new Error(`expected an OnboardingTargetsError, got ${String(e)}`);
    return { code: e.code, path: e.path };
  }
}

/** True when no prototype was polluted by a test input. */
export function prototypesClean(): boolean {
  const probe: Record<string, unknown> = {};
  return (
    probe.polluted === undefined &&
    (Object.prototype as Record<string, unknown>).polluted === undefined &&
    (Array.prototype as unknown as Record<string, unknown>).polluted === undefined
  );
}

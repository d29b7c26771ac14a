import { describe, expect, it, vi } from "vitest";
import { codeAndPath } from "../../test/support/errors.js";
import type { Enterprise } from "../model/types.js";
import { cumulativeSeries } from "./cumulativeSeries.js";
import type { SeriesBatch, SeriesOptions } from "./types.js";

const brief = (points: ReturnType<typeof cumulativeSeries>) =>
  points.map(
    (p) =>
      `${p.group === undefined ? "" : `${p.group} `}${p.period} ${p.start}..${p.end} +${p.increment} =${p.cumulative}`,
  );

describe("cumulativeSeries: events", () => {
  // Reference: counted by hand from the listed dates.
  it("counts dates by month, filling the empty month", () => {
    expect(
      brief(cumulativeSeries(["2021-03-31", "2021-03-01", "2021-05-10", "2021-05-11"], { period: "month" })),
    ).toEqual([
      "2021-03 2021-03-01..2021-03-31 +2 =2",
      "2021-04 2021-04-01..2021-04-30 +0 =2",
      "2021-05 2021-05-01..2021-05-31 +2 =4",
    ]);
  });

  it.each([
    // 2021-01-03 is a Sunday (ISO week 2020-W53); 2021-01-04 a Monday (2021-W01).
    [
      "week",
      ["2021-01-03", "2021-01-04", "2021-01-10"],
      ["2020-W53 2020-12-28..2021-01-03 +1 =1", "2021-W01 2021-01-04..2021-01-10 +2 =3"],
    ],
    [
      "quarter",
      ["2021-03-31", "2021-07-01"],
      [
        "2021-Q1 2021-01-01..2021-03-31 +1 =1",
        "2021-Q2 2021-04-01..2021-06-30 +0 =1",
        "2021-Q3 2021-07-01..2021-09-30 +1 =2",
      ],
    ],
    [
      "year",
      ["2020-12-31", "2022-01-01"],
      ["2020 2020-01-01..2020-12-31 +1 =1", "2021 2021-01-01..2021-12-31 +0 =1", "2022 2022-01-01..2022-12-31 +1 =2"],
    ],
    [
      "day",
      ["2021-05-02", "2021-05-02", "2021-05-04"],
      [
        "2021-05-02 2021-05-02..2021-05-02 +2 =2",
        "2021-05-03 2021-05-03..2021-05-03 +0 =2",
        "2021-05-04 2021-05-04..2021-05-04 +1 =3",
      ],
    ],
  ] as const)("by %s", (period, events, expected) => {
    expect(brief(cumulativeSeries(events, { period }))).toEqual(expected);
  });

  it("weeks may start on Sunday", () => {
    // 2021-05-09 is a Sunday; with Sunday weeks it opens the week holding 2021-05-13.
    expect(brief(cumulativeSeries(["2021-05-13"], { period: "week", weekStartsOn: 0 }))).toEqual([
      "2021-W19 2021-05-09..2021-05-15 +1 =1",
    ]);
  });

  // Instants near midnight: Jakarta is UTC+7 with no daylight saving, so 16:59:59.999Z is the
  // last millisecond of a Jakarta day and 17:00Z the first of the next. Los Angeles was UTC-7
  // (PDT) on 2021-05-01.
  it.each([
    ["2021-04-30T16:59:59.999Z", "Asia/Jakarta", "2021-04"],
    ["2021-04-30T17:00:00Z", "Asia/Jakarta", "2021-05"],
    ["2021-05-01T00:00:00+07:00", "Asia/Jakarta", "2021-05"],
    ["2021-05-01T06:59:59Z", "America/Los_Angeles", "2021-04"],
    ["2021-05-01T07:00:00Z", "America/Los_Angeles", "2021-05"],
    [Date.UTC(2021, 3, 30, 17), "Asia/Jakarta", "2021-05"],
    [Date.UTC(2021, 3, 30, 16, 59, 59, 999), "Asia/Jakarta", "2021-04"],
  ])("%s lands in %s month %s whatever TZ the process runs in", (event, timeZone, month) => {
    expect(cumulativeSeries([event], { period: "month", timeZone }).map((p) => p.period)).toEqual([month]);
    if (typeof event === "number")
      expect(cumulativeSeries(new Float64Array([event]), { period: "month", timeZone }).map((p) => p.period)).toEqual([
        month,
      ]);
  });

  it("puts events before from into the starting level, and clips the first and last periods", () => {
    const points = cumulativeSeries(["2021-01-05", "2021-02-14", "2021-02-15", "2021-03-01"], {
      period: "month",
      from: "2021-02-15",
      to: "2021-03-10",
      start: 100,
    });
    // 100 + 2 events before 2021-02-15 = 102 before from.
    expect(brief(points)).toEqual(["2021-02 2021-02-15..2021-02-28 +1 =103", "2021-03 2021-03-01..2021-03-10 +1 =104"]);
  });

  it("fills the whole from..to range even without events", () => {
    expect(brief(cumulativeSeries([], { period: "quarter", from: "2021-01-01", to: "2021-06-30", start: 5 }))).toEqual([
      "2021-Q1 2021-01-01..2021-03-31 +0 =5",
      "2021-Q2 2021-04-01..2021-06-30 +0 =5",
    ]);
    expect(cumulativeSeries([], { period: "month" })).toEqual([]);
  });

  it("throws for events after to, or excludes and reports them when asked", () => {
    expect(
      codeAndPath(() =>
        cumulativeSeries(["2021-01-01", "2021-02-01", "2021-03-01"], { period: "month", to: "2021-01-31" }),
      ),
    ).toEqual(["out_of_range", "input.1"]);
    const onWarning = vi.fn();
    const points = cumulativeSeries(["2021-01-01", "2021-02-01", "2021-03-01"], {
      period: "month",
      to: "2021-01-31",
      afterTo: "exclude",
      onWarning,
    });
    expect(brief(points)).toEqual(["2021-01 2021-01-01..2021-01-31 +1 =1"]);
    expect(onWarning).toHaveBeenCalledWith(
      expect.objectContaining({ code: "excluded_after_to", path: "input.1", count: 2 }),
    );
  });

  it("counts an enterprise once, on its earliest on-boarding, and skips records without onboardedAt", () => {
    const enterprises: Enterprise[] = [
      { id: "NIB-1", onboardedAt: "2021-03-10" },
      { id: "NIB-2", onboardedAt: "2021-01-31T18:00:00Z" }, // 2021-02-01 01:00 in Jakarta
      { id: "NIB-1", onboardedAt: "2021-01-15" }, // earlier: NIB-1 counts in January
      { id: "NIB-3" },
    ];
    expect(brief(cumulativeSeries(enterprises, { period: "month" }))).toEqual([
      "2021-01 2021-01-01..2021-01-31 +1 =1",
      "2021-02 2021-02-01..2021-02-28 +1 =2",
    ]);
  });

  it("groups by a function, a string column or an integer column, each group over the same periods", () => {
    const enterprises: Enterprise[] = [
      { id: "a", region: "Jawa Barat", onboardedAt: "2021-01-02" },
      { id: "b", region: "Bali", onboardedAt: "2021-03-02" },
    ];
    expect(
      brief(cumulativeSeries(enterprises, { period: "month", groupBy: (e) => (e as Enterprise).region ?? "?" })),
    ).toEqual([
      "Bali 2021-01 2021-01-01..2021-01-31 +0 =0",
      "Bali 2021-02 2021-02-01..2021-02-28 +0 =0",
      "Bali 2021-03 2021-03-01..2021-03-31 +1 =1",
      "Jawa Barat 2021-01 2021-01-01..2021-01-31 +1 =1",
      "Jawa Barat 2021-02 2021-02-01..2021-02-28 +0 =1",
      "Jawa Barat 2021-03 2021-03-01..2021-03-31 +0 =1",
    ]);
    const ms = new Float64Array([Date.UTC(2021, 0, 5), Date.UTC(2021, 0, 6), Date.UTC(2021, 0, 7)]);
    // Integer codes sort numerically: 9 before 31.
    expect(
      brief(cumulativeSeries(ms, { period: "year", groupBy: new Uint8Array([31, 9, 31]), start: { "9": 10 } })),
    ).toEqual(["9 2021 2021-01-01..2021-12-31 +1 =11", "31 2021 2021-01-01..2021-12-31 +2 =2"]);
    expect(brief(cumulativeSeries(ms, { period: "year", groupBy: ["x", "y", "x"] }))).toEqual([
      "x 2021 2021-01-01..2021-12-31 +2 =2",
      "y 2021 2021-01-01..2021-12-31 +1 =1",
    ]);
  });

  it("reads sync and async iterables of batches, with per-batch group columns", async () => {
    const batches: SeriesBatch[] = [
      new Float64Array([Date.UTC(2021, 0, 5)]),
      ["2021-02-01", Date.UTC(2021, 2, 1)],
      { events: new Float64Array([Date.UTC(2021, 0, 9)]), groups: new Uint16Array([7]) },
    ];
    const options: SeriesOptions = { period: "month" };
    const expected = [
      "2021-01 2021-01-01..2021-01-31 +2 =2",
      "2021-02 2021-02-01..2021-02-28 +1 =3",
      "2021-03 2021-03-01..2021-03-31 +1 =4",
    ];
    expect(
      brief(
        cumulativeSeries(
          batches
            .slice(0, 2)
            .concat([new Float64Array([Date.UTC(2021, 0, 9)])])
            .values(),
          options,
        ),
      ),
    ).toEqual(expected);
    async function* stream() {
      for (const b of batches.slice(0, 2)) yield b;
      yield new Float64Array([Date.UTC(2021, 0, 9)]);
    }
    expect(brief(await cumulativeSeries(stream(), options))).toEqual(expected);
    const grouped = cumulativeSeries(
      [{ events: ["2021-01-01"], groups: ["a"] }, batches[2] as SeriesBatch].values(),
      options,
    );
    expect(brief(grouped)).toEqual([
      "7 2021-01 2021-01-01..2021-01-31 +1 =1",
      "a 2021-01 2021-01-01..2021-01-31 +1 =1",
    ]);
  });

  it("does not mutate its inputs", () => {
    const events = Object.freeze(["2021-01-02", "2021-01-01"]);
    const ms = new Float64Array([3, 1]);
    cumulativeSeries(events, { period: "day" });
    cumulativeSeries(ms, { period: "day" });
    expect(events).toEqual(["2021-01-02", "2021-01-01"]);
    expect([...ms]).toEqual([3, 1]);
  });
});

describe("cumulativeSeries: observations", () => {
  // Reference: the BBI seed case (methodology: the BBI figures): 11.7 million on 2021-04-30.
  it("carries cumulative levels over gaps and puts earlier levels into start", () => {
    const observations = [
      { date: "2021-04-30", value: 11_700_000 },
      { date: "2021-07-31", value: 13_000_000 },
      { date: "2021-05-31", value: 12_100_000 },
    ];
    expect(brief(cumulativeSeries(observations, { period: "month", from: "2021-05-01" }))).toEqual([
      "2021-05 2021-05-01..2021-05-31 +400000 =12100000",
      "2021-06 2021-06-01..2021-06-30 +0 =12100000",
      "2021-07 2021-07-01..2021-07-31 +900000 =13000000",
    ]);
  });

  it("sums increment observations like weighted events", () => {
    const observations = [
      { date: "2021-01-31", value: 500_000, kind: "increment" as const },
      { date: "2021-03-31", value: 600_000, kind: "increment" as const },
    ];
    expect(brief(cumulativeSeries(observations, { period: "quarter", start: 3_700_000 }))).toEqual([
      "2021-Q1 2021-01-01..2021-03-31 +1100000 =4800000",
    ]);
  });

  it("reports a decrease as an error by default, as a warning on request, and accepts corrections", () => {
    const observations = [
      { date: "2021-01-31", value: 10 },
      { date: "2021-02-28", value: 8 },
    ];
    expect(codeAndPath(() => cumulativeSeries(observations, { period: "month" }))).toEqual([
      "decreasing_series",
      "input.1.value",
    ]);
    const onWarning = vi.fn();
    const points = cumulativeSeries(observations, { period: "month", decreasing: "warn", onWarning });
    expect(points.map((p) => p.increment)).toEqual([10, -2]); // shown, not fixed
    expect(onWarning).toHaveBeenCalledWith(
      expect.objectContaining({ code: "decreasing_series", path: "input.1.value" }),
    );
    expect(
      cumulativeSeries(
        [
          { date: "2021-01-31", value: 10 },
          { date: "2021-02-28", value: 8, correction: true },
        ],
        { period: "month" },
      ).map((p) => p.cumulative),
    ).toEqual([10, 8]);
  });

  it.each([
    [
      [
        { date: "2021-01-31", value: 1 },
        { date: "2021-01-31", value: 2 },
      ],
      {},
      "duplicate_date",
      "input.1.date",
    ],
    [
      [
        { date: "2021-01-31", value: 1 },
        { date: "2021-02-28", value: 2, kind: "increment" },
      ],
      {},
      "invalid_type",
      "input.1.kind",
    ],
    [[{ date: "2021-01-31", value: -1 }], {}, "invalid_count", "input.0.value"],
    [[{ date: "2021-01-31", value: 1 }], { start: 3 }, "invalid_option", "options.start"],
  ])("rejects bad observations %j", (observations, extra, code, path) => {
    expect(codeAndPath(() => cumulativeSeries(observations as never, { period: "month", ...extra }))).toEqual([
      code,
      path,
    ]);
  });
});

describe("cumulativeSeries: hostile input", () => {
  it("turns throwing getters and revoked proxies into errors with a path", () => {
    const events = ["2021-01-01", "2021-01-02"];
    Object.defineProperty(events, 1, {
      get: () => {
        throw new Error("boom");
      },
    });
    expect(codeAndPath(() => cumulativeSeries(events, { period: "month" }))).toEqual(["invalid_type", "input.1"]);
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(codeAndPath(() => cumulativeSeries(proxy as never, { period: "month" }))).toEqual(["invalid_type", "input"]);
    expect(codeAndPath(() => cumulativeSeries([], { period: "month", start: null } as never))).toEqual([
      "invalid_count",
      "options.start",
    ]);
  });

  it("lets the caller's own callback errors through unchanged", () => {
    const mine = new Error("mine");
    const groupBy = () => {
      throw mine;
    };
    expect(() => cumulativeSeries(["2021-01-01"], { period: "month", groupBy })).toThrow(mine);
  });

  it("gives one period at from when every cumulative observation is before it", () => {
    const points = cumulativeSeries([{ date: "2021-01-31", value: 7 }], { period: "month", from: "2021-06-01" });
    expect(points.map((p) => [p.period, p.increment, p.cumulative])).toEqual([["2021-06", 0, 7]]);
  });
});

describe("cumulativeSeries: bad input", () => {
  it.each([
    [["2021-01-01", "2021-02-30"], {}, "invalid_date", "input.1"],
    [["2021-01-01", "2021-02-03T10:00"], {}, "invalid_date", "input.1"],
    [["2021-01-01", null, 3], {}, "invalid_type", "input.1"],
    [[1, 2, Number.NaN], {}, "invalid_date", "input.2"],
    [new Float64Array([1, Number.NaN]), {}, "invalid_date", "input.1"],
    [new Float64Array([1, 9e15]), {}, "out_of_range", "input.1"],
    [[{ id: "", onboardedAt: "2021-01-01" }], {}, "invalid_type", "input.0.id"],
    [[{ id: "x", onboardedAt: "2021-13-01" }], {}, "invalid_date", "input.0.onboardedAt"],
    [["2021-01-01"], { period: "fortnight" }, "invalid_enum", "options.period"],
    [["2021-01-01"], { timeZone: "Asia/Jakata" }, "invalid_time_zone", "options.timeZone"],
    [["2021-01-01"], { from: "2021-02-01", to: "2021-01-01" }, "invalid_option", "options.to"],
    [["2021-01-01"], { start: -1 }, "invalid_count", "options.start"],
    [["2021-01-01"], { groupBy: ["a", "b"] }, "invalid_option", "options.groupBy"],
    [["2021-01-01"], { groupBy: () => 3 }, "invalid_type", "input.0"],
    [["2021-01-01"], { weekStartsOn: 7 }, "invalid_option", "options.weekStartsOn"],
    [["2021-01-01"], { colour: "red" }, "unknown_key", "options.colour"],
    [[["2021-01-01"], [5, "x"]].values(), {}, "invalid_date", "input.1.1"],
    [[{ events: [1], groups: [""] }].values(), {}, "invalid_type", "input.0.groups.0"],
    [[["2021-01-01"]].values(), { groupBy: ["a"] }, "invalid_option", "options.groupBy"],
    [42, {}, "invalid_type", "input"],
  ])("%#: rejects with the code and path", (input, extra, code, path) => {
    expect(codeAndPath(() => cumulativeSeries(input as never, { period: "month", ...extra } as SeriesOptions))).toEqual(
      [code, path],
    );
  });
});

describe("cumulativeSeries: input shapes and where their errors point", () => {
  const failure = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      const err = e as { code: string; path: string; message: string };
      return { code: err.code, path: err.path, message: err.message };
    }
    throw new Error("expected a throw");
  };
  const month = { period: "month" } as const;
  const rejection = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error("expected a rejection");
      },
      (e: unknown) => e as { code: string; path: string; message: string },
    );
  // Reference for every series below: one on-boarding on 2021-05-02 (and 05-03), counted by hand.
  const may = (inc: number, cum: number, group?: string) =>
    `${group === undefined ? "" : `${group} `}2021-05 2021-05-01..2021-05-31 +${inc} =${cum}`;

  it.each<[string, unknown, string]>([
    ["null", null, "got null"],
    ["a number", 5, "got number"],
    ["a string", "2021-05-01", "got string"],
  ])("refuses %s as input with invalid_type at input", (_name, input, got) => {
    expect(failure(() => cumulativeSeries(input as never, month))).toEqual({
      code: "invalid_type",
      path: "input",
      message: expect.stringContaining(`expected an array, a Float64Array or an iterable of batches, ${got}`),
    });
  });

  it("reads an object with value but no date as an event, not an observation", () => {
    expect(failure(() => cumulativeSeries([{ value: 5 }] as never, month))).toMatchObject({
      code: "invalid_type",
      path: "input.0.id",
    });
  });

  it("reads a sync iterable of batches synchronously, with a function groupBy", () => {
    const plain = cumulativeSeries(new Set<SeriesBatch>([["2021-05-02"], ["2021-05-03"]]), month);
    expect(Array.isArray(plain)).toBe(true);
    expect(brief(plain)).toEqual([may(2, 2)]);
    const columns = new Set<SeriesBatch>([
      { events: ["2021-05-02"], groups: ["a"] },
      { events: ["2021-05-03"], groups: ["b"] },
    ]);
    expect(brief(cumulativeSeries(columns, month))).toEqual([may(1, 1, "a"), may(1, 1, "b")]);
    const byIndex = cumulativeSeries(new Set<SeriesBatch>([["2021-05-02", "2021-05-03"]]), {
      period: "month",
      groupBy: (_e, i) => (i === 0 ? "a" : "b"),
    });
    expect(brief(byIndex)).toEqual([may(1, 1, "a"), may(1, 1, "b")]);
  });

  it("refuses a group column with batches, at options.groupBy", () => {
    expect(
      failure(() => cumulativeSeries(new Set<SeriesBatch>([["2021-05-02"]]), { period: "month", groupBy: ["a"] })),
    ).toEqual({
      code: "invalid_option",
      path: "options.groupBy",
      message: expect.stringContaining("with batches, give each batch its column as { events, groups }"),
    });
  });

  it.each<[string, unknown, string]>([
    ["a string", "2021-05-02", "got string"],
    ["null", null, "got null"],
    ["events without groups", { events: ["2021-05-02"] }, "got an object"],
    ["groups without events", { groups: ["a"] }, "got an object"],
  ])("refuses %s as a batch at input.1", (_name, batch, got) => {
    expect(failure(() => cumulativeSeries(new Set([["2021-05-02"], batch]) as never, month))).toEqual({
      code: "invalid_type",
      path: "input.1",
      message: expect.stringContaining(`expected a batch (an array, a Float64Array or { events, groups }), ${got}`),
    });
  });

  it("points at the bad group key of a batch", () => {
    const batches = new Set<SeriesBatch>([["2021-05-02"], { events: ["2021-05-02", "2021-05-03"], groups: ["a", ""] }]);
    expect(failure(() => cumulativeSeries(batches, month))).toMatchObject({
      code: "invalid_type",
      path: "input.1.groups.1",
    });
  });

  it("points at the bad event of the second async batch", async () => {
    async function* batches(): AsyncGenerator<SeriesBatch> {
      yield ["2021-05-02"];
      yield ["2021-05-03", "bad"];
    }
    const e = await rejection(cumulativeSeries(batches(), month));
    expect([e.code, e.path]).toEqual(["invalid_date", "input.1.1"]);
    async function* grouped(): AsyncGenerator<SeriesBatch> {
      yield { events: ["2021-05-02"], groups: ["a"] };
      yield 7 as never;
    }
    const e2 = await rejection(cumulativeSeries(grouped(), month));
    expect([e2.code, e2.path]).toEqual(["invalid_type", "input.1"]);
    expect(e2.message).toContain("got number");
  });

  it("reports a stream that breaks at input, and options that cannot be read at options", async () => {
    async function* broken(): AsyncGenerator<SeriesBatch> {
      yield ["2021-05-02"];
      throw new Error("stream broke");
    }
    const e = await rejection(cumulativeSeries(broken(), month));
    expect([e.code, e.path]).toEqual(["invalid_type", "input"]);
    expect(e.message).toContain("could not be read (stream broke)");
    // Object.keys on a proxy whose ownKeys trap throws: a foreign error while reading options.start.
    const start = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no keys");
        },
      },
    );
    expect(
      failure(() => cumulativeSeries(["2021-05-02"], { period: "month", groupBy: ["a"], start } as never)),
    ).toEqual({
      code: "invalid_type",
      path: "options",
      message: expect.stringContaining("no keys"),
    });
  });
});

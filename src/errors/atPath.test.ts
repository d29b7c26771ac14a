import { describe, expect, it } from "vitest";
import { atBoundary, atPath, thrownText, userCall } from "./atPath.js";
import { fail, OnboardingTargetsError } from "./OnboardingTargetsError.js";

// Reference values: the module's contract (its TSDoc): a foreign error becomes invalid_type at the
// path with "could not be read (<at most 200 characters of what was thrown>)".
const caught = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
};

describe("atPath", () => {
  it("turns a foreign error into invalid_type at the path, with at most 200 characters of its message", () => {
    const e = caught(() =>
      atPath("input.2", () => {
        throw new Error(`${"x".repeat(200)}TAIL`);
      }),
    ) as OnboardingTargetsError;
    expect(e).toBeInstanceOf(OnboardingTargetsError);
    expect([e.code, e.path, e.message]).toEqual([
      "invalid_type",
      "input.2",
      `input.2: could not be read (${"x".repeat(200)})`,
    ]);
  });

  it.each([
    ["a string", "nope", "nope"],
    ["an Error", new TypeError("boom"), "boom"],
    // Object.create(null) has no toString: String() throws on it.
    ["an object without toString", Object.create(null), "an unreadable value was thrown"],
    [
      "an object whose toString throws",
      {
        toString: () => {
          throw new Error("again");
        },
      },
      "an unreadable value was thrown",
    ],
  ])("describes %s thrown as %j", (_name, thrown, text) => {
    expect(thrownText(thrown)).toBe(text);
    expect(
      (
        caught(() =>
          atPath("p", () => {
            throw thrown;
          }),
        ) as Error
      ).message,
    ).toBe(`p: could not be read (${text})`);
  });

  it("describes a thrown revoked proxy (instanceof throws on it) without throwing again", () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    expect(thrownText(r.proxy)).toBe("an unreadable value was thrown");
    const e = caught(() =>
      atPath("p", () => {
        // A revoked proxy, thrown as a caller might: not an Error on purpose.
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw r.proxy;
      }),
    ) as OnboardingTargetsError;
    expect([e.code, e.message]).toEqual(["invalid_type", "p: could not be read (an unreadable value was thrown)"]);
  });

  it('names the input itself with path "" (the message alone)', () => {
    expect(
      (
        caught(() =>
          atPath("", () => {
            throw new Error("boom");
          }),
        ) as OnboardingTargetsError
      ).message,
    ).toBe("could not be read (boom)");
  });

  it("lets library errors through unchanged, so the innermost path wins", () => {
    const own = caught(() => fail("invalid_count", "x", "bad")) as OnboardingTargetsError;
    expect(
      caught(() =>
        atPath("input", () => {
          throw own;
        }),
      ),
    ).toBe(own);
    const inner = caught(() =>
      atPath("outer", () =>
        atPath("outer.inner", () => {
          throw new Error("deep");
        }),
      ),
    ) as OnboardingTargetsError;
    expect(inner.path).toBe("outer.inner");
  });

  it("returns what the reader returns, a revoked proxy included (instanceof Promise throws on it)", () => {
    expect(atPath("input", () => 5)).toBe(5);
    const r = Proxy.revocable({}, {});
    r.revoke();
    expect(atPath("input", () => r.proxy)).toBe(r.proxy);
    expect(atBoundary("input", () => r.proxy)).toBe(r.proxy);
  });

  it("does the same for a promise", async () => {
    const foreign = await atPath("input.3", async () => {
      throw new Error("lied");
    }).catch((e: unknown) => e);
    expect(foreign).toBeInstanceOf(OnboardingTargetsError);
    expect((foreign as OnboardingTargetsError).message).toBe("input.3: could not be read (lied)");
    await expect(atPath("input", async () => 7)).resolves.toBe(7);
  });
});

describe("userCall and atBoundary", () => {
  it("pass a callback's own error through every atPath, and atBoundary rethrows it as thrown", () => {
    const mine = new RangeError("from the caller");
    expect(
      caught(() =>
        atBoundary("input", () =>
          atPath("input.0", () =>
            userCall(() => {
              throw mine;
            }),
          ),
        ),
      ),
    ).toBe(mine);
    expect(atBoundary("input", () => 5)).toBe(5);
  });

  it("do the same for promises", async () => {
    const mine = new RangeError("from the caller");
    await expect(
      atBoundary("input", async () =>
        userCall(() => {
          throw mine;
        }),
      ),
    ).rejects.toBe(mine);
    const foreign = await atBoundary("input.3", async () => {
      throw new Error("lied");
    }).catch((e: unknown) => e);
    expect((foreign as OnboardingTargetsError).path).toBe("input.3");
  });
});

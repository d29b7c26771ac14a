import { describe, expect, it } from "vitest";
import { fail, OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { atBoundary, atBoundaryAsync, rethrowAt, userCall } from "./boundary.js";

const caught = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
};

describe("boundary", () => {
  it("turns a foreign error into invalid_type at the path, with at most 200 characters of its message", () => {
    const e = caught(() => rethrowAt(new Error(`${"x".repeat(200)}TAIL`), "input.2")) as OnboardingTargetsError;
    expect(e).toBeInstanceOf(OnboardingTargetsError);
    expect(e.code).toBe("invalid_type");
    expect(e.path).toBe("input.2");
    expect(e.message).toContain(`could not be read (${"x".repeat(200)})`);
    expect(e.message).not.toContain("TAIL");
  });

  it("describes a thrown non-Error by String, and an unprintable one by a fixed phrase", () => {
    expect((caught(() => rethrowAt("nope", "p")) as Error).message).toContain("could not be read (nope)");
    // Object.create(null) has no toString: String() throws on it.
    expect((caught(() => rethrowAt(Object.create(null), "p")) as Error).message).toContain("could not be read (an unreadable value was thrown)");
  });

  it("lets library errors through and unwraps callback errors", () => {
    const own = caught(() => fail("invalid_count", "x", "bad")) as OnboardingTargetsError;
    expect(caught(() => atBoundary("input", () => { throw own; }))).toBe(own);
    const mine = new RangeError("from the caller");
    expect(caught(() => atBoundary("input", () => userCall(() => { throw mine; })))).toBe(mine);
    expect(atBoundary("input", () => 5)).toBe(5);
  });

  it("does the same for promises", async () => {
    const mine = new RangeError("from the caller");
    await expect(atBoundaryAsync("input", async () => userCall(() => { throw mine; }))).rejects.toBe(mine);
    const foreign = await atBoundaryAsync("input.3", async () => { throw new Error("lied"); }).catch((e: unknown) => e);
    expect(foreign).toBeInstanceOf(OnboardingTargetsError);
    expect((foreign as OnboardingTargetsError).path).toBe("input.3");
    expect((foreign as OnboardingTargetsError).message).toContain("could not be read (lied)");
    await expect(atBoundaryAsync("input", async () => 7)).resolves.toBe(7);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { Decimal } from "../decimal/index.js";
import { toPlain } from "./toPlain.js";

/** A decimal string `[-]int.frac`, from its parts. */
const decimalString = (negative: boolean, int: bigint, frac: string) =>
  `${negative ? "-" : ""}${int}${frac === "" ? "" : `.${frac}`}`;

/**
 * Half-even rounding of a decimal string to `digits` places, by integer arithmetic on its digits
 * (independent of decimal.js): keep `digits` fraction digits, look at the rest; more than half
 * rounds away from zero, less than half toward it, exactly half to the even last kept digit.
 */
function halfEvenReference(negative: boolean, int: bigint, frac: string, digits: number): number {
  const kept = BigInt(`${int}${frac.slice(0, digits).padEnd(digits, "0")}`);
  const rest = frac.slice(digits);
  const half =
    rest === ""
      ? -1
      : rest[0]! > "5" || (rest[0] === "5" && /[1-9]/.test(rest.slice(1)))
        ? 1
        : rest[0] === "5"
          ? 0
          : -1;
  const up = half > 0 || (half === 0 && kept % 2n === 1n);
  const scaled = (up ? kept + 1n : kept).toString().padStart(digits + 1, "0");
  const text = digits === 0 ? scaled : `${scaled.slice(0, -digits)}.${scaled.slice(-digits)}`;
  const n = Number(`${negative ? "-" : ""}${text}`);
  return n === 0 ? 0 : n;
}

const digitsArb = fc.integer({ min: 0, max: 20 });
const fraction = (maxLength: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength });

describe("law: toPlain rounds half-even on the decimal digits", () => {
  it("Decimals: any decimal string, any digits, as the integer-arithmetic reference does", async () => {
    await fc.assert(
      law(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fraction(30),
        digitsArb,
        (negative, int, frac, digits) => {
          const value = new Decimal(decimalString(negative, int, frac));
          expect(toPlain(value, { digits })).toBe(halfEvenReference(negative, int, frac, digits));
        },
      ),
      fcOptions(),
    );
  });

  it("ties: int.kept5 goes to the even neighbour (0.125 → 0.12, 0.135 → 0.14), as a Decimal and as a number", async () => {
    await fc.assert(
      law(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        fc.integer({ min: 0, max: 6 }),
        fraction(6),
        (negative, int, digits, pool) => {
          const kept = pool.padEnd(6, "0").slice(0, digits);
          const text = decimalString(negative, int, `${kept}5`); // exactly half a unit of the last kept place
          const k = BigInt(`${int}${kept}`);
          const even = k % 2n === 0n ? k : k + 1n; // the even one of the two neighbours k and k + 1
          const s = even.toString().padStart(digits + 1, "0");
          const expected =
            Number(`${negative ? "-" : ""}${digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`}`) || 0;
          expect(toPlain(new Decimal(text), { digits })).toBe(expected);
          // As a number too, when its shortest form String(n) is that same text.
          if (String(Number(text)) === text) expect(toPlain(Number(text), { digits })).toBe(expected);
        },
      ),
      fcOptions({
        examples: [
          [false, 0n, 2, "12"],
          [false, 0n, 2, "13"],
          [false, 2n, 0, ""],
          [true, 2n, 0, ""],
        ],
      }),
    );
  });

  it("numbers: rounded on String(n), so finite doubles give finite results, idempotent", async () => {
    await fc.assert(
      law(fc.double({ noNaN: true, noDefaultInfinity: true }), digitsArb, (n, digits) => {
        const out = toPlain(n, { digits });
        expect(Number.isFinite(out) && !Object.is(out, -0)).toBe(true);
        expect(toPlain(out, { digits })).toBe(out);
        // never farther from n than half a unit in the last place kept (plus the double's own error)
        expect(Math.abs(out - n)).toBeLessThanOrEqual(
          (0.5 * 10 ** -digits + Math.abs(n) * Number.EPSILON) * (1 + 1e-12),
        );
      }),
      fcOptions(),
    );
  });
});

// Plain data as the library's results hold it: Decimals, numbers, strings, booleans, null, and what
// JSON leaves out (undefined, functions), in nested arrays and objects.
const leaf = fc.oneof(
  fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fraction(40))
    .map(([neg, int, frac]) => new Decimal(decimalString(neg, int, frac))),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(() => 1),
);
const { value: plainData } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 4 }),
  ),
}));

describe("law: JSON.parse(JSON.stringify(toPlain(x))) deep-equals toPlain(x)", () => {
  it("for nested data holding Decimals, doubles and what JSON leaves out, at any digits", async () => {
    await fc.assert(
      law(
        fc.oneof(
          fc.array(plainData, { maxLength: 4 }),
          fc.dictionary(fc.string({ maxLength: 6 }), plainData, { maxKeys: 4 }),
        ),
        digitsArb,
        (x, digits) => {
          const plain = toPlain(x, { digits });
          const back: unknown = JSON.parse(JSON.stringify(plain));
          expect(back).toStrictEqual(plain);
          // and the copy is a fixed point: converting it again changes nothing
          expect(toPlain(back, { digits })).toStrictEqual(plain);
        },
      ),
      fcOptions(),
    );
  });
});

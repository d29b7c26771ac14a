// Set up for the test files of the "shared-modules" project (vitest.config.ts), which run one after
// another in a worker that keeps its modules and globals. A file that changes a built-in prototype
// (vega-lite, for one, adds Set.prototype.toJSON when it loads) would change what the files after
// it see: such a file fails here, by name, instead of another file failing at random.
import { afterAll } from "vitest";

const BUILT_INS = [
  Object,
  Array,
  Function,
  String,
  Number,
  Boolean,
  Symbol,
  BigInt,
  Date,
  RegExp,
  Error,
  Promise,
  Map,
  Set,
  WeakMap,
  WeakSet,
];
const keysNow = () => BUILT_INS.map((c) => `${c.name}: ${Reflect.ownKeys(c.prototype).map(String).join(",")}`);
const before = keysNow();

afterAll(() => {
  const changed = keysNow()
    .filter((keys, i) => keys !== before[i])
    .map((keys) => keys.slice(0, keys.indexOf(":")));
  if (changed.length > 0) {
    throw new Error(
      `this file changed the prototype of ${changed.join(", ")}: later files in the same worker would see it. ` +
        "Let vitest.config.ts run it on its own (the own-modules project), or undo the change.",
    );
  }
});

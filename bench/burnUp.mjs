// Chart part of the benchmark: burnUpChart over an 80-year target (960 months) phased by
// monthly weights against the same target phased linearly. The chart samples the plan at every
// month end, so a weighted plan (one breakpoint per month) costs about as much as a linear one
// only when the plan is evaluated in one pass over the sorted month ends. Deterministic weights
// (seeded PRNG); CPU time, median of rounds, the ratio taken round by round in the same run.
import { cpu, median } from "./measure.mjs";
import { mulberry32 } from "./prng.mjs";

export function benchBurnUp(lib, say, rounds = 11, warmup = 3) {
  const rand = mulberry32(11);
  const months = 960; // 1999-12-31 to 2079-12-31: every month of 2000..2079
  const weights = Array.from({ length: months }, () => 1 + Math.floor(rand() * 9));
  const base = {
    id: "long",
    baseline: { date: "1999-12-31", value: 0 },
    goal: { date: "2079-12-31", value: 96_000_000 },
  };
  const linear = { target: { ...base, phasing: { kind: "linear" } } };
  const weighted = { target: { ...base, phasing: { kind: "monthly-weights", weights } } };
  for (let i = 0; i < warmup; i++) {
    lib.burnUpChart(linear);
    lib.burnUpChart(weighted);
  }
  const tLinear = [];
  const tWeighted = [];
  const ratios = [];
  for (let i = 0; i < rounds; i++) {
    globalThis.gc?.();
    const a = cpu(() => lib.burnUpChart(linear));
    const b = cpu(() => lib.burnUpChart(weighted));
    tLinear.push(a);
    tWeighted.push(b);
    ratios.push(b / a);
  }
  const tl = median(tLinear);
  const tw = median(tWeighted);
  const ratio = median(ratios);
  say(
    `burnUpChart: ${months} months, linear phasing ${tl.toFixed(2)} ms, monthly-weights ${tw.toFixed(2)} ms (median CPU time of ${rounds})`,
  );
  return { tLinear: tl, tWeighted: tw, ratio };
}

// `node --expose-gc bench/burnUp.mjs` runs this part alone on the build in dist/.
if (import.meta.url === `file://${process.argv[1]}`) {
  const lib = await import("../dist/index.js");
  const { ratio } = benchBurnUp(lib, console.log);
  console.log(
    `  ${ratio <= 1.5 ? "met   " : "MISSED"} burnUpChart, monthly-weights / linear phasing, 960 months: ${ratio.toFixed(2)}x (goal <= 1.5x)`,
  );
}

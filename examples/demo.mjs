// The main demonstration: `npm ci && npm run demo`. Runs on the built package and bundled data.
import { readFileSync } from "node:fs";
import { attainment } from "onboarding-targets";

const data = JSON.parse(readFileSync(new URL("./data/bbi.json", import.meta.url), "utf8"));
const ikm = data.ikm2020;
const ratio = attainment(ikm.onboarded, ikm.target);
console.log(`IKM on-boarded in 2020: ${ikm.onboarded.toLocaleString("en-US")} against a target of ${ikm.target.toLocaleString("en-US")}`);
console.log(`Attainment: ${ratio.times(100).toDecimalPlaces(1).toString()} %`);

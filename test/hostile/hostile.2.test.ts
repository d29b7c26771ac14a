// Shard 2 of the hostile suite (suite.ts; hostile.test.ts says what the suite checks).
import { hostileShard } from "./suite.js";

hostileShard(2);

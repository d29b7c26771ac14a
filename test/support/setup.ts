// Set up for every test file (vitest.config.ts `setupFiles`).
import { beforeEach } from "vitest";

// Before each test, one turn of the event loop. A file of many synchronous tests (the hostile suite
// runs thousands of calls) otherwise keeps the worker's event loop busy from its first test to its
// last: the answers to the worker's messages wait unread, and after 60 s vitest's RPC gives up with
// `Timeout calling "onTaskUpdate"`, failing the run. Taken before any test could fake the timers.
const { setImmediate } = globalThis;
beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));

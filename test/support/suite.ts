import { afterAll, beforeAll } from "vitest";

/**
 * Something a suite runs once: started in `beforeAll`, stopped in `afterAll` (hooks stop
 * in reverse order, so what is registered later stops first). The returned function
 * gives it inside tests and later hooks, and says so when called outside them.
 */
export function perSuite<T>(
  what: string,
  start: () => Promise<T>,
  stop: (value: T) => Promise<void>,
): () => T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await start();
  });
  afterAll(async () => {
    const started = value;
    value = undefined;
    if (started !== undefined) await stop(started);
  });
  return () => {
    if (value === undefined)
      throw new Error(`${what} runs only inside the suite's tests and hooks.`);
    return value;
  };
}

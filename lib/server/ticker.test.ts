import { afterEach, describe, expect, it, vi } from "vitest";
import { startProcessTicker, startTicker, type Ticker } from "./ticker";

const FAILURE = "reminder delivery failed (tried again next tick)";

let ticker: Ticker | undefined;

afterEach(async () => {
  await ticker?.stop();
  ticker = undefined;
  vi.restoreAllMocks();
});

describe("a ticker", () => {
  it("never runs a tick while the previous one is still running", async () => {
    let running = 0;
    let most = 0;
    let calls = 0;
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    ticker = startTicker(
      async () => {
        running += 1;
        most = Math.max(most, running);
        // Each tick outlasts several intervals.
        await new Promise((resolve) => setTimeout(resolve, 30));
        running -= 1;
        calls += 1;
        if (calls === 4) finished();
      },
      { intervalMs: 1, failure: FAILURE },
    );
    await done;
    expect(most).toBe(1);
  });

  it("logs a failed tick and keeps ticking", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    let calls = 0;
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    ticker = startTicker(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error("database unavailable");
        finished();
      },
      { intervalMs: 1, failure: FAILURE },
    );
    await done;
    expect(calls).toBe(2);
    expect(logged).toHaveBeenCalledWith(
      "[taskchat] reminder delivery failed (tried again next tick):",
      "database unavailable",
    );
  });

  it("stops: no tick after stop() has returned", async () => {
    let calls = 0;
    let first!: () => void;
    const ticked = new Promise<void>((resolve) => (first = resolve));
    ticker = startTicker(
      async () => {
        calls += 1;
        first();
      },
      { intervalMs: 1, failure: FAILURE },
    );
    await ticked;
    await ticker.stop();
    const after = calls;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toBe(after);
  });

  it("waits the first delay, not the interval, before its first tick", async () => {
    let first!: () => void;
    const ticked = new Promise<void>((resolve) => (first = resolve));
    // With the interval (an hour) as the first wait this test would time out.
    ticker = startTicker(async () => first(), {
      intervalMs: 3_600_000,
      firstDelayMs: 1,
      failure: FAILURE,
    });
    await ticked;
  });
});

describe("the process's tickers", () => {
  it("start once per name in a process, and each name has its own", async () => {
    const tick = async () => {};
    const options = { intervalMs: 3_600_000, failure: FAILURE };
    const name = `test-${Math.random()}`;
    expect(startProcessTicker(name, tick, options)).toBe(true);
    expect(startProcessTicker(name, tick, options)).toBe(false);
    expect(startProcessTicker(`${name}-other`, tick, options)).toBe(true);
  });
});

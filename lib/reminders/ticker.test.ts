import { afterEach, describe, expect, it, vi } from "vitest";
import { startReminderTicker, type ReminderTicker } from "./ticker";

let ticker: ReminderTicker | undefined;

afterEach(async () => {
  await ticker?.stop();
  ticker = undefined;
  vi.restoreAllMocks();
});

describe("the reminder ticker", () => {
  it("never runs a tick while the previous one is still running", async () => {
    let running = 0;
    let most = 0;
    let calls = 0;
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    ticker = startReminderTicker(async () => {
      running += 1;
      most = Math.max(most, running);
      // Each tick outlasts several intervals.
      await new Promise((resolve) => setTimeout(resolve, 30));
      running -= 1;
      calls += 1;
      if (calls === 4) finished();
    }, 1);
    await done;
    expect(most).toBe(1);
  });

  it("logs a failed tick and keeps ticking", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    let calls = 0;
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    ticker = startReminderTicker(async () => {
      calls += 1;
      if (calls === 1) throw new Error("database unavailable");
      finished();
    }, 1);
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
    ticker = startReminderTicker(async () => {
      calls += 1;
      first();
    }, 1);
    await ticked;
    await ticker.stop();
    const after = calls;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toBe(after);
  });
});

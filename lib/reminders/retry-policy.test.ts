import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelayMs, settlementFor } from "./retry-policy";

const now = new Date("2026-03-01T08:00:00Z");

describe("the retry policy", () => {
  it("waits 30 s after the first failure, doubling each time up to an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(retryDelayMs)).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
  });

  it("keeps a transient failure pending until its next attempt", () => {
    expect(settlementFor({ status: "retry", error: "503" }, 2, now)).toEqual({
      state: "pending",
      nextAttemptAt: new Date("2026-03-01T08:01:00Z"),
      lastError: "503",
    });
  });

  it("gives up after the last attempt", () => {
    const settlement = settlementFor({ status: "retry", error: "503" }, MAX_ATTEMPTS, now);
    expect(settlement.state).toBe("failed");
    expect(settlement.lastError).toMatch(/gave up after 8 attempts: 503/);
  });

  it("records deliveries, skips and permanent failures as final", () => {
    expect(settlementFor({ status: "delivered" }, 1, now)).toEqual({
      state: "delivered",
      deliveredAt: now,
    });
    expect(settlementFor({ status: "skipped", reason: "no device" }, 1, now)).toEqual({
      state: "skipped",
      lastError: "no device",
    });
    expect(settlementFor({ status: "failed", error: "400" }, 1, now)).toEqual({
      state: "failed",
      lastError: "400",
    });
  });
});

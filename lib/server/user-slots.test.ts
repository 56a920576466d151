import { describe, expect, it } from "vitest";
import { userLine, withUserSlot } from "./user-slots";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("withUserSlot", () => {
  it("runs at most PER_USER_CONCURRENCY (2) of one user's operations at once, in order", async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        withUserSlot("flooder", async () => {
          running += 1;
          most = Math.max(most, running);
          await tick();
          order.push(i);
          running -= 1;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(userLine("flooder")).toEqual({ running: 0, waiting: 0 });
  });

  it("lets another user's operation in at once while one user's line is long", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const flood = Array.from({ length: 50 }, () => withUserSlot("flooder", () => held));
    expect(userLine("flooder")).toEqual({ running: 2, waiting: 48 });
    const bystander = await withUserSlot("bystander", async () => "served");
    expect(bystander).toBe("served");
    release();
    await Promise.all(flood);
  });

  it("starts each waiting operation from the event loop, so other requests get in between", async () => {
    let done = 0;
    let doneWhenOtherWorkRan = -1;
    const flood = Array.from({ length: 20 }, () =>
      withUserSlot("chain", async () => {
        done += 1;
      }),
    );
    setImmediate(() => (doneWhenOtherWorkRan = done));
    await Promise.all(flood);
    expect(done).toBe(20);
    expect(doneWhenOtherWorkRan).toBeGreaterThanOrEqual(0);
    expect(doneWhenOtherWorkRan).toBeLessThan(20);
  });

  it("frees the slot when an operation fails", async () => {
    await expect(
      withUserSlot("failing", async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(userLine("failing")).toEqual({ running: 0, waiting: 0 });
  });
});

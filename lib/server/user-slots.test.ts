import { describe, expect, it } from "vitest";
import { acquireUserSlot, userLine, withUserSlot, type SlotLine } from "./user-slots";

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

  describe("a separate line with its own limit (chat turns)", () => {
    const turns: SlotLine = { name: "test-turns", limit: () => 2 };

    it("runs at most 2 of a user's 6 concurrent turns at once, apart from the requests line", async () => {
      let running = 0;
      let most = 0;
      const gates: Array<() => void> = [];
      const all = Array.from({ length: 6 }, () =>
        withUserSlot(
          "chatter",
          async () => {
            running += 1;
            most = Math.max(most, running);
            await new Promise<void>((resolve) => gates.push(resolve));
            running -= 1;
          },
          turns,
        ),
      );
      await new Promise((resolve) => setImmediate(resolve));
      expect(userLine("chatter", turns)).toEqual({ running: 2, waiting: 4 });
      // The user's other line is untouched.
      expect(userLine("chatter")).toEqual({ running: 0, waiting: 0 });
      // Free the running turns one at a time, until all six ran.
      for (let done = 0; done < 6; done++) {
        while (gates.length === 0) await new Promise((resolve) => setImmediate(resolve));
        gates.shift()!();
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(all);
      expect(most).toBe(2);
      expect(userLine("chatter", turns)).toEqual({ running: 0, waiting: 0 });
    });

    it("starts another user's turn without waiting for the first user's line", async () => {
      const held = await Promise.all([
        acquireUserSlot("chatter", turns),
        acquireUserSlot("chatter", turns),
      ]);
      const waiting = acquireUserSlot("chatter", turns);
      expect(userLine("chatter", turns)).toEqual({ running: 2, waiting: 1 });
      const other = await acquireUserSlot("other", turns);
      expect(userLine("other", turns)).toEqual({ running: 1, waiting: 0 });
      other();
      for (const release of held) release();
      (await waiting)();
      expect(userLine("chatter", turns)).toEqual({ running: 0, waiting: 0 });
    });

    it("releases a slot once however often its release is called", async () => {
      const first = await acquireUserSlot("twice", turns);
      const second = await acquireUserSlot("twice", turns);
      first();
      first();
      expect(userLine("twice", turns)).toEqual({ running: 1, waiting: 0 });
      second();
      expect(userLine("twice", turns)).toEqual({ running: 0, waiting: 0 });
    });
  });
});

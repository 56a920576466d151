import { describe, expect, it } from "vitest";
import { FairQueue } from "./fair-queue";

/** Queues `items` (party names) at once behind a holder; returns the order they are served in. */
async function serveOrder(holder: string, items: string[]): Promise<string[]> {
  const queue = new FairQueue();
  await queue.acquire(holder);
  const served: string[] = [];
  const all = items.map((party) =>
    queue.acquire(party).then(() => {
      served.push(party);
      queue.release();
    }),
  );
  queue.release();
  await Promise.all(all);
  return served;
}

describe("FairQueue", () => {
  it("serves one party in arrival order", async () => {
    const queue = new FairQueue();
    await queue.acquire("a");
    const served: number[] = [];
    const all = [1, 2, 3].map((i) =>
      queue.acquire("a").then(() => {
        served.push(i);
        queue.release();
      }),
    );
    queue.release();
    await Promise.all(all);
    expect(served).toEqual([1, 2, 3]);
  });

  it("serves a late party right after the holder, not after the flooder's backlog", async () => {
    const served = await serveOrder("A", [...Array<string>(40).fill("A"), "B"]);
    expect(served.indexOf("B")).toBe(0);
    expect(served).toHaveLength(41);
  });

  it("takes waiting parties in turn, a new one after one item of each already waiting", async () => {
    // A holds and queued first, C next, B last: the holder's party goes to the back.
    const served = await serveOrder("A", [..."AAAA", ..."CCC", "B"]);
    expect(served.join("")).toBe("CABCACAA");
  });

  it("frees the connection when no one waits; the next caller gets it on the next turn of the event loop", async () => {
    const queue = new FairQueue();
    await queue.acquire("a");
    queue.release();
    let got = false;
    void queue.acquire("b").then(() => (got = true));
    // Not as a continuation of the caller (a chain of those never lets the server read
    // another request), but without waiting for anyone: one turn of the event loop.
    await Promise.resolve();
    expect(got).toBe(false);
    expect(queue.waiting().size).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(got).toBe(true);
  });
});

/**
 * The embedded database is one connection, held by one caller at a time (a whole
 * transaction holds it until it ends). Callers waiting for it are served by party in
 * turn (round-robin), in arrival order within a party: a party that queued 40 items
 * waits behind its own, and another party's item goes in after at most one item of each
 * party already waiting. Parties come from db/party.ts.
 *
 * Every caller is started from the event loop (setImmediate), also when the connection
 * is free: PGlite runs in this thread and answers through promise continuations, and
 * the local model needs no I/O either, so without it a chat turn ran from request to
 * stored answer as one chain of continuations, and a burst of 40 turns as one, ~1.5 s
 * in which the server read no other request and the queue never saw a second party
 * (a bystander waited for the whole burst: ~30× its time alone). Started from the event
 * loop, each statement is a point where other requests are read and join the queue,
 * which then shares the connection between them. It costs one event-loop turn (a few
 * microseconds when idle) per acquisition; a transaction is one acquisition.
 */
export class FairQueue {
  #held = false;
  /** Waiting parties, least recently served first (a Map keeps insertion order). */
  #waiting = new Map<string, Array<() => void>>();
  /** The party that was handed the connection last. */
  #lastServed: string | undefined;

  /** Resolves (from the event loop) when the caller holds the connection; it must call `release()` once. */
  acquire(party: string): Promise<void> {
    return new Promise<void>((resolve) => {
      if (!this.#held) {
        this.#held = true;
        this.#lastServed = party;
        setImmediate(resolve);
        return;
      }
      const line = this.#waiting.get(party);
      if (line) line.push(resolve);
      else this.#waiting.set(party, [resolve]);
    });
  }

  /** Hands the connection to the next waiter, or frees it. */
  release(): void {
    const next = this.#takeNext();
    if (next) setImmediate(next);
    else this.#held = false;
  }

  /** How many callers are waiting, by party (tests and diagnostics). */
  waiting(): Map<string, number> {
    return new Map([...this.#waiting].map(([party, line]) => [party, line.length]));
  }

  #takeNext(): (() => void) | undefined {
    let chosen: string | undefined;
    for (const party of this.#waiting.keys()) {
      // The party just served goes after every other waiting party, even when it joined
      // the waiting list first (it took the free connection, then queued more).
      if (party === this.#lastServed && this.#waiting.size > 1) continue;
      chosen = party;
      break;
    }
    if (chosen === undefined) return undefined;
    const line = this.#waiting.get(chosen)!;
    const next = line.shift()!;
    this.#waiting.delete(chosen);
    if (line.length > 0) this.#waiting.set(chosen, line); // to the back of the round
    this.#lastServed = chosen;
    return next;
  }
}

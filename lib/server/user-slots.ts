import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";

/**
 * A per-user concurrency limit (PER_USER_CONCURRENCY, in this server process). The
 * embedded database is one connection that runs one query at a time, first come first
 * served, and a pool is only a few connections: without a limit, one user's burst of
 * requests (or a JSON-RPC batch of 100 tool calls) fills that queue and everyone else's
 * query waits behind all of it. With it, at most this many of a user's operations are in
 * the database at once; the rest wait in that user's own line, and another user's
 * request goes straight in.
 */
interface UserLine {
  running: number;
  waiting: Array<() => void>;
}

/** A user's line longer than this is a flood, not a burst: refuse instead of queueing. */
const MAX_WAITING_PER_USER = 500;

const holder = globalThis as typeof globalThis & { __taskchatUserLines?: Map<string, UserLine> };
const lines = (holder.__taskchatUserLines ??= new Map());

/** Runs `work` when one of the user's slots is free. */
export async function withUserSlot<T>(userId: string, work: () => Promise<T>): Promise<T> {
  const line = lines.get(userId) ?? { running: 0, waiting: [] };
  lines.set(userId, line);
  if (line.running >= env().PER_USER_CONCURRENCY) {
    if (line.waiting.length >= MAX_WAITING_PER_USER) {
      throw new RateLimitedError("Too many requests at once. Try again shortly.", 1);
    }
    await new Promise<void>((resolve) => line.waiting.push(resolve));
  } else {
    line.running += 1;
  }
  try {
    return await work();
  } finally {
    // The slot passes straight to the next in line (running stays the same), or frees.
    // The next one starts from the event loop, not as a continuation of this one: the
    // embedded database runs on this thread and answers through promise continuations,
    // so handing over directly would chain a whole flood without ever letting another
    // request's I/O be read.
    const next = line.waiting.shift();
    if (next) setImmediate(next);
    else if (--line.running === 0) lines.delete(userId);
  }
}

/** How many of the user's operations are running and waiting (for tests and metrics). */
export function userLine(userId: string): { running: number; waiting: number } {
  const line = lines.get(userId);
  return { running: line?.running ?? 0, waiting: line?.waiting.length ?? 0 };
}

import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";

/**
 * Per-user concurrency limits (in this server process). The embedded database is one
 * connection that runs one query at a time (shared round-robin by user, decision 020), a
 * pool is only a few connections, and the local model's turns are CPU work on this one
 * thread: without
 * a limit, one user's burst (a JSON-RPC batch of 100 tool calls, 120 chat turns at once)
 * fills those queues and everyone else waits behind all of it. With it, at most a few of
 * a user's operations run at once; the rest wait in that user's own line, and another
 * user's request goes straight in.
 *
 * Each user has one line per kind of work, each with its own limit: `requests` (task API
 * and MCP calls, PER_USER_CONCURRENCY) and `chat` (chat turns, CHAT_TURNS_PER_USER, held
 * from claim to stored answer, so a streamed turn holds it until its stream is done).
 */
export interface SlotLine {
  name: string;
  limit: () => number;
}

export const REQUESTS: SlotLine = { name: "requests", limit: () => env().PER_USER_CONCURRENCY };
export const CHAT_TURNS: SlotLine = { name: "chat", limit: () => env().CHAT_TURNS_PER_USER };

interface UserLine {
  running: number;
  waiting: Array<() => void>;
}

/** A user's line longer than this is a flood, not a burst: refuse instead of queueing. */
const MAX_WAITING_PER_USER = 500;

const holder = globalThis as typeof globalThis & { __taskchatUserLines?: Map<string, UserLine> };
const lines = (holder.__taskchatUserLines ??= new Map());

const keyOf = (userId: string, line: SlotLine) => `${line.name}:${userId}`;

/**
 * Waits for one of the user's slots in `line` and returns its release. Release it exactly
 * once when the work ends (further calls do nothing): for work that outlives a function
 * call, such as a streamed answer, where `withUserSlot` cannot say when it ends.
 */
export async function acquireUserSlot(
  userId: string,
  line: SlotLine = REQUESTS,
): Promise<() => void> {
  const key = keyOf(userId, line);
  const queue = lines.get(key) ?? { running: 0, waiting: [] };
  lines.set(key, queue);
  if (queue.running >= line.limit()) {
    if (queue.waiting.length >= MAX_WAITING_PER_USER) {
      throw new RateLimitedError("Too many requests at once. Try again shortly.", 1);
    }
    await new Promise<void>((resolve) => queue.waiting.push(resolve));
  } else {
    queue.running += 1;
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // The slot passes straight to the next in line (running stays the same), or frees.
    // The next one starts from the event loop, not as a continuation of this one: the
    // embedded database runs on this thread and answers through promise continuations,
    // so handing over directly would chain a whole flood without ever letting another
    // request's I/O be read.
    const next = queue.waiting.shift();
    if (next) setImmediate(next);
    else if (--queue.running === 0) lines.delete(key);
  };
}

/** Runs `work` when one of the user's slots in `line` is free. */
export async function withUserSlot<T>(
  userId: string,
  work: () => Promise<T>,
  line: SlotLine = REQUESTS,
): Promise<T> {
  const release = await acquireUserSlot(userId, line);
  try {
    return await work();
  } finally {
    release();
  }
}

/** How many of the user's operations in `line` are running and waiting (for tests and metrics). */
export function userLine(
  userId: string,
  line: SlotLine = REQUESTS,
): { running: number; waiting: number } {
  const queue = lines.get(keyOf(userId, line));
  return { running: queue?.running ?? 0, waiting: queue?.waiting.length ?? 0 };
}

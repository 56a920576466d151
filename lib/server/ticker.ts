import { isBuildPhase } from "@/lib/env";
import { logFailure } from "@/lib/log";

/**
 * Background work a server process repeats (reminder delivery, the embedded database's
 * statistics upkeep): `tick` runs after `firstDelayMs`, then every `intervalMs`, the next
 * run scheduled only when the previous one has finished, so it never overlaps itself
 * however slow the database is. A failure is logged with `failure` and the next tick tries
 * again; nothing here can crash the process or keep it alive.
 */
export interface Ticker {
  stop(): Promise<void>;
}

export interface TickerOptions {
  intervalMs: number;
  /** Wait before the first tick; the interval when not given. */
  firstDelayMs?: number;
  /** Logged before a failed tick's error, e.g. "reminder delivery failed (tried again next tick)". */
  failure: string;
}

export function startTicker(tick: () => Promise<unknown>, options: TickerOptions): Ticker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = async () => {
    try {
      await tick();
    } catch (error) {
      logFailure(options.failure, error);
    }
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = run().then(() => schedule(options.intervalMs));
    }, ms);
    // A pending tick never keeps the process alive on its own.
    timer.unref();
  };
  schedule(options.firstDelayMs ?? options.intervalMs);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

const holder = globalThis as typeof globalThis & { __taskchatTickers?: Map<string, Ticker> };

/**
 * Starts the process's one ticker called `name` (a dev-mode reload does not start a
 * second), never during `next build`. False when it was not started by this call.
 */
export function startProcessTicker(
  name: string,
  tick: () => Promise<unknown>,
  options: TickerOptions,
): boolean {
  if (isBuildPhase()) return false;
  const tickers = (holder.__taskchatTickers ??= new Map());
  if (tickers.has(name)) return false;
  tickers.set(name, startTicker(tick, options));
  return true;
}

import { isBuildPhase } from "@/lib/env";
import { logFailure } from "@/lib/log";

/**
 * The in-process trigger of `npm start` / `npm run dev` (Vercel uses the cron route):
 * calls `tick` every `intervalMs`, the next call scheduled only when the previous one has
 * finished, so it never overlaps itself however slow the database is. A failure is
 * logged and the next tick tries again; nothing here can crash the process. Several
 * instances may each run a ticker: the delivery core claims in the database.
 */
export interface ReminderTicker {
  stop(): Promise<void>;
}

export function startReminderTicker(
  tick: () => Promise<unknown>,
  intervalMs: number,
): ReminderTicker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = async () => {
    try {
      await tick();
    } catch (error) {
      logFailure("reminder delivery failed (tried again next tick)", error);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = run().then(schedule);
    }, intervalMs);
    // A pending tick never keeps the process alive on its own.
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

const holder = globalThis as typeof globalThis & { __taskchatReminderTicker?: ReminderTicker };

/**
 * Starts the process's one ticker (a dev-mode reload does not start a second), never
 * during `next build`. False when it was not started by this call.
 */
export function startProcessReminderTicker(
  tick: () => Promise<unknown>,
  intervalMs: number,
): boolean {
  if (isBuildPhase() || holder.__taskchatReminderTicker) return false;
  holder.__taskchatReminderTicker = startReminderTicker(tick, intervalMs);
  return true;
}

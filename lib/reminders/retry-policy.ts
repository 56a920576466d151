import type { DeliverySettlement } from "@/db/reminder-deliveries";
import type { DeliveryOutcome } from "./channels";

/** A channel failing this many times in a row gives up on the reminder (`failed`). */
export const MAX_ATTEMPTS = 8;
/** The first retry's wait; each next one doubles, up to MAX_RETRY_DELAY_MS. */
export const FIRST_RETRY_DELAY_MS = 30_000;
export const MAX_RETRY_DELAY_MS = 60 * 60_000;

/** How long to wait after failed attempt number `attempt` (1 = the first try): 30 s, 1 min, 2 min, … 1 h. */
export function retryDelayMs(attempt: number): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** exponent, MAX_RETRY_DELAY_MS);
}

/** What to record for attempt number `attempt` of a delivery that ended with `outcome` at `now`. */
export function settlementFor(
  outcome: DeliveryOutcome,
  attempt: number,
  now: Date,
): DeliverySettlement {
  switch (outcome.status) {
    case "delivered":
      return { state: "delivered", deliveredAt: now };
    case "skipped":
      return { state: "skipped", lastError: outcome.reason };
    case "failed":
      return { state: "failed", lastError: outcome.error };
    case "retry":
      if (attempt >= MAX_ATTEMPTS) {
        return {
          state: "failed",
          lastError: `gave up after ${attempt} attempts: ${outcome.error}`,
        };
      }
      return {
        state: "pending",
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt)),
        lastError: outcome.error,
      };
  }
}

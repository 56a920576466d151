import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";

/**
 * The per-user chat quota (CHAT_QUOTA_PER_HOUR), checked before a new user message
 * is stored. It counts the chat ledger (`chat_usage`), written with the user message,
 * so deleting conversations gives nothing back and it holds across instances and
 * restarts; turns that arrive at the same instant may each see the last free slot, so
 * a burst can pass the limit by the number of turns in flight at that moment (the
 * per-user concurrency limit bounds that number).
 */
export function chatQuota(): { limit: number; windowSeconds: number } | undefined {
  const limit = env().CHAT_QUOTA_PER_HOUR;
  return limit === 0 ? undefined : { limit, windowSeconds: 3600 };
}

/** `waitSeconds`: until a slot frees, as the database counted it (undefined: one is free). */
export function assertQuotaLeft(waitSeconds: number | undefined): void {
  const quota = chatQuota();
  if (!quota || waitSeconds === undefined) return;
  throw new RateLimitedError(
    `You have sent ${quota.limit} messages in the last hour, the most allowed. You can send another in ${describeWait(waitSeconds)}.`,
    waitSeconds,
  );
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

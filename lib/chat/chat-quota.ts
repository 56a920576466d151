import * as messages from "@/db/messages";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/http/errors";

const HOUR_SECONDS = 3600;

/**
 * The per-user chat quota (CHAT_QUOTA_PER_HOUR), checked before a new user message
 * is stored. It counts stored messages, so it holds across instances and restarts;
 * turns that arrive at the same instant may each see the last free slot, so a burst
 * can pass the limit by the number of turns in flight at that moment.
 */
export async function assertWithinChatQuota(userId: string): Promise<void> {
  const limit = env().CHAT_QUOTA_PER_HOUR;
  if (limit === 0) return;
  const waitSeconds = await messages.secondsUntilQuotaFrees(userId, limit, HOUR_SECONDS);
  if (waitSeconds === undefined) return;
  throw new ApiError(
    "RATE_LIMITED",
    `You have sent ${limit} messages in the last hour, the most allowed. You can send another in ${describeWait(waitSeconds)}.`,
    { retryAfterSeconds: waitSeconds },
  );
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

import { takeChatTurn } from "@/db/usage";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/http/errors";

const HOUR_SECONDS = 3600;

/**
 * The per-user chat quota (CHAT_QUOTA_PER_HOUR): counts one turn in the chat ledger
 * before the turn stores anything or calls the model, or refuses with 429. The ledger
 * is its own table, so deleting conversations or messages gives nothing back; it holds
 * across instances and restarts.
 */
export async function takeChatQuota(userId: string): Promise<void> {
  const limit = env().CHAT_QUOTA_PER_HOUR;
  if (limit === 0) return;
  const outcome = await takeChatTurn(userId, limit, HOUR_SECONDS);
  if (outcome.admitted) return;
  throw new ApiError(
    "RATE_LIMITED",
    `You have sent ${limit} messages in the last hour, the most allowed. You can send another in ${describeWait(outcome.retryAfterSeconds)}.`,
    { retryAfterSeconds: outcome.retryAfterSeconds },
  );
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

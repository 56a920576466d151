import { takeHits } from "@/db/usage";
import { API_KEY_RATE_LIMIT } from "@/lib/auth/api-keys";
import { RateLimitedError, ValidationError } from "@/lib/errors";

/**
 * The per-key limit counted per JSON-RPC message, not per HTTP request: a batch of 100
 * `tools/call` is 100 calls. (The api-key plugin's own limit counts requests; this one,
 * kept in the database beside it, closes the batch loophole.)
 */
export async function takeMcpCalls(keyId: string, body: unknown): Promise<void> {
  const calls = Array.isArray(body) ? Math.max(1, body.length) : 1;
  const { maxRequests, timeWindow } = API_KEY_RATE_LIMIT;
  if (calls > maxRequests) {
    throw new ValidationError(
      `A JSON-RPC batch may hold at most ${maxRequests} messages; this one has ${calls}.`,
    );
  }
  const outcome = await takeHits(`mcp-calls:${keyId}`, calls, maxRequests, timeWindow / 1000);
  if (outcome.admitted) return;
  throw new RateLimitedError(
    `Too many calls with this API key: at most ${maxRequests} a minute, each call in a batch counted. Try again shortly.`,
    outcome.retryAfterSeconds,
  );
}

import { API_KEY_PREFIX } from "@/lib/auth/api-key-limits";
import { auth } from "@/lib/auth/auth";
import { ApiError } from "@/lib/http/errors";

/**
 * The owner of the personal API key in `Authorization: Bearer <key>`. MCP accepts API
 * keys only: a session token (which has no key prefix) is refused without a lookup,
 * and a key is checked by the api-key plugin (hash compare, revoked, expired, per-key
 * rate limit), which also records its last use.
 */
export async function authenticateApiKey(request: Request): Promise<string> {
  const key = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!key) {
    throw new ApiError(
      "UNAUTHORIZED",
      "Send a personal API key as `Authorization: Bearer <key>` (create one in Settings).",
    );
  }
  if (!key.startsWith(API_KEY_PREFIX)) throw invalidKey();
  const result = await auth().api.verifyApiKey({ body: { key } });
  if (result.valid && result.key) return result.key.referenceId;
  if (result.error?.code === "RATE_LIMITED") {
    const details = (result.error as { details?: { tryAgainIn?: number } }).details;
    throw new ApiError("RATE_LIMITED", "Too many requests with this API key. Try again shortly.", {
      retryAfterSeconds: Math.max(1, Math.ceil((details?.tryAgainIn ?? 60_000) / 1000)),
    });
  }
  throw invalidKey();
}

function invalidKey(): ApiError {
  return new ApiError(
    "UNAUTHORIZED",
    "The API key is not valid: it may have been revoked or have expired.",
  );
}

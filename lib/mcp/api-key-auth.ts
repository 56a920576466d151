import { sql } from "kysely";
import { database } from "@/db";
import { looksLikeApiKey } from "@/lib/auth/api-key-limits";
import { auth } from "@/lib/auth/auth";
import { ApiError } from "@/lib/http/errors";
import { logRefusedKey } from "./refusal-log";

/** Who a request's API key belongs to, and which key it is. */
export interface ApiKeyIdentity {
  userId: string;
  keyId: string;
}

/**
 * The owner of the personal API key in `Authorization: Bearer <key>`. MCP accepts API
 * keys only: the api-key plugin checks the key (hash compare, revoked, expired, per-key
 * rate limit) and records its last use. Sessions are refused: the cookie is never
 * read, and a session token does not even have a key's shape.
 */
export async function authenticateApiKey(request: Request): Promise<ApiKeyIdentity> {
  const key = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!key) {
    throw new ApiError(
      "UNAUTHORIZED",
      "Send a personal API key as `Authorization: Bearer <key>` (create one in Settings).",
    );
  }
  if (!looksLikeApiKey(key)) throw invalidKey();
  const result = await auth().api.verifyApiKey({ body: { key } });
  if (result.valid && result.key) return { userId: result.key.referenceId, keyId: result.key.id };
  if (result.error?.code === "RATE_LIMITED") {
    const details = (result.error as { details?: { tryAgainIn?: number } }).details;
    throw new ApiError("RATE_LIMITED", "Too many requests with this API key. Try again shortly.", {
      retryAfterSeconds: Math.max(1, Math.ceil((details?.tryAgainIn ?? 60_000) / 1000)),
    });
  }
  // The plugin reports a database failure as an invalid key; a refusal is only
  // trusted when the database answers (else the client gets 503 and retries).
  await sql`select 1`.execute(database().db);
  logRefusedKey(key);
  throw invalidKey();
}

function invalidKey(): ApiError {
  return new ApiError(
    "UNAUTHORIZED",
    "The API key is not valid: it may have been revoked or have expired.",
  );
}

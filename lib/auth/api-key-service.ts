import { z } from "zod";
import { trimmedText } from "@/lib/validation/text";
import { API_KEY_NAME_MAX } from "./api-key-limits";
import { auth } from "./auth";

/**
 * The signed-in person's API keys, for the settings page. Every call passes the
 * request's headers, so Better Auth checks the session and scopes to its user.
 */

export const ApiKeyNameSchema = trimmedText(1, API_KEY_NAME_MAX);

/** What the settings page may show about a key: never the key or its hash. */
export interface ApiKeySummary {
  id: string;
  name: string;
  /** The first characters of the key, e.g. `tc_AbCdEfG`. */
  start: string | null;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
}

export async function listApiKeys(headers: Headers): Promise<ApiKeySummary[]> {
  const { apiKeys } = await auth().api.listApiKeys({
    headers,
    query: { sortBy: "createdAt", sortDirection: "desc" },
  });
  return apiKeys.map((key) => ({
    id: key.id,
    name: key.name ?? "",
    start: key.start,
    created_at: new Date(key.createdAt).toISOString(),
    last_used_at: key.lastRequest ? new Date(key.lastRequest).toISOString() : null,
    expires_at: key.expiresAt ? new Date(key.expiresAt).toISOString() : null,
  }));
}

/** Creates a key; the answer is the only time the full key exists outside a hash. */
export async function createApiKey(
  headers: Headers,
  name: z.infer<typeof ApiKeyNameSchema>,
): Promise<{ key: string; summary: ApiKeySummary }> {
  const created = await auth().api.createApiKey({ headers, body: { name } });
  return {
    key: created.key,
    summary: {
      id: created.id,
      name: created.name ?? name,
      start: created.start,
      created_at: new Date(created.createdAt).toISOString(),
      last_used_at: null,
      expires_at: created.expiresAt ? new Date(created.expiresAt).toISOString() : null,
    },
  };
}

/** Revoking deletes the key: its next use is refused. Another user's key id is "not found". */
export async function revokeApiKey(headers: Headers, keyId: string): Promise<void> {
  await auth().api.deleteApiKey({ headers, body: { keyId } });
}

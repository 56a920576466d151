import { apiKey } from "@better-auth/api-key";
import { API_KEY_NAME_MAX, API_KEY_PREFIX, API_KEY_RANDOM_LENGTH } from "./api-key-limits";

/**
 * Personal API keys (Better Auth's api-key plugin), for MCP clients. See
 * docs/decisions/005-mcp-and-api-keys.md.
 *
 * - Keys are stored as SHA-256 hashes; only the first characters (`start`) are kept
 *   in clear so people can tell their keys apart.
 * - `enableSessionForAPIKeys` stays off: a key is not a session, so it opens only
 *   `/api/mcp`, never the cookie/bearer-session APIs.
 * - The per-key limit is stored on each key when it is created (the plugin's design),
 *   so changing it here applies to new keys.
 */
export const API_KEY_RATE_LIMIT = { timeWindow: 60_000, maxRequests: 240 };

export function apiKeyPlugin() {
  return apiKey({
    defaultPrefix: API_KEY_PREFIX,
    defaultKeyLength: API_KEY_RANDOM_LENGTH,
    requireName: true,
    maximumNameLength: API_KEY_NAME_MAX,
    // "tc_" plus 7 characters: enough to recognise a key, far too little to guess it.
    startingCharactersConfig: { shouldStore: true, charactersLength: 10 },
    rateLimit: { enabled: true, ...API_KEY_RATE_LIMIT },
    enableSessionForAPIKeys: false,
  });
}

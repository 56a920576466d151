/** API key rules shared by the server and the settings form (no server imports here). */
export const API_KEY_PREFIX = "tc_";
/** Random letters after the prefix (~270 bits). */
export const API_KEY_RANDOM_LENGTH = 48;
export const API_KEY_NAME_MAX = 64;

/**
 * Whether a bearer value could be one of our keys: a prefix of the plugin's allowed
 * characters and the random part. Session tokens (`token.signature`) never are, so
 * they are refused without a database lookup or a log line.
 */
export function looksLikeApiKey(value: string): boolean {
  return value.length >= API_KEY_RANDOM_LENGTH && /^[A-Za-z0-9_-]+$/.test(value);
}

/** Keys one person may hold at once: enough for every client they use, not a way round per-key limits. */
export const API_KEYS_PER_USER_MAX = 10;

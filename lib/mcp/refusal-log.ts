/**
 * One log line for refused API keys, at most once a minute per process, counting the
 * ones in between: a client retrying a revoked key (or someone guessing) must not flood
 * the log, and the line never holds the key itself, only its recognisable start.
 */
const INTERVAL_MS = 60_000;

let lastLoggedAt = 0;
let unlogged = 0;

export function logRefusedKey(key: string, now = Date.now()): void {
  unlogged += 1;
  if (now - lastLoggedAt < INTERVAL_MS) return;
  const since = lastLoggedAt ? " in the last minute" : "";
  console.warn(
    `[taskchat] refused an MCP API key (${key.slice(0, 6)}…): not valid, revoked or expired; ${unlogged} refused${since}.`,
  );
  lastLoggedAt = now;
  unlogged = 0;
}

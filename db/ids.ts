const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Conversation and message ids are uuids; anything else cannot name a row (and would be a SQL error). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

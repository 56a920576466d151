import { randomUUID } from "node:crypto";
import { ValidationError } from "@/lib/errors";

/** How long a resent ChatKit message counts as a resend of the first (see below). */
export const RESEND_WINDOW_SECONDS = 120;
const MAX_KEY_LENGTH = 100;

/**
 * How a ChatKit turn is named, so that sending it again runs it once. The protocol has
 * no idempotency key (its items get their ids from the server), so:
 * - a client that can send one sends `Idempotency-Key`: one turn per key, exactly;
 * - otherwise the turn is stored under a fresh id, and a request that repeats the
 *   thread's last user message (for `threads.create`: the user's last message, when it
 *   opened a thread) within two minutes is taken as a resend of it: answered once,
 *   with the first answer. The same words sent twice on purpose in a row within two
 *   minutes get one answer; anything sent in between makes the repeat a new turn.
 */
export function chatKitTurnKey(request: Request): {
  clientMessageId: string;
  resendWindowSeconds?: number;
} {
  const header = request.headers.get("idempotency-key")?.trim();
  if (header) {
    if (header.length > MAX_KEY_LENGTH) {
      throw new ValidationError(`Idempotency-Key: must be at most ${MAX_KEY_LENGTH} characters.`);
    }
    return { clientMessageId: `chatkit:${header}` };
  }
  return { clientMessageId: `chatkit:${randomUUID()}`, resendWindowSeconds: RESEND_WINDOW_SECONDS };
}

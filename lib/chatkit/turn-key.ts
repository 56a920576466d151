import { createHash } from "node:crypto";
import { ValidationError } from "@/lib/errors";

/** How long a resent ChatKit message counts as a retry of the first (see below). */
export const RETRY_WINDOW_SECONDS = 120;
const MAX_KEY_LENGTH = 100;

/**
 * The client_message_id of a ChatKit turn. The protocol has no idempotency key (its
 * items get their ids from the server), so:
 * - a client that can send one, sends `Idempotency-Key` (exact: one turn per key);
 * - otherwise the key is derived from what the request says (thread, or "new", and
 *   the message's text) and the two-minute window it arrived in. The window before is
 *   looked up too, so a request resent within two minutes (two to four, at the
 *   window's edges) is answered once; the same text sent again later is a new turn.
 *   The price: the same words sent twice on purpose within that time get one answer.
 */
export function chatKitTurnKeys(
  request: Request,
  threadId: string | undefined,
  text: string,
  now = Date.now(),
): { clientMessageId: string; earlierClientMessageIds: string[] } {
  const header = request.headers.get("idempotency-key")?.trim();
  if (header !== undefined && header !== "") {
    if (header.length > MAX_KEY_LENGTH) {
      throw new ValidationError(`Idempotency-Key: must be at most ${MAX_KEY_LENGTH} characters.`);
    }
    return { clientMessageId: `chatkit:${header}`, earlierClientMessageIds: [] };
  }
  const window = Math.floor(now / 1000 / RETRY_WINDOW_SECONDS);
  const key = (w: number) =>
    `chatkit:${w}:${createHash("sha256")
      .update(`${threadId ?? "new"}\n${text}`)
      .digest("base64url")}`;
  return { clientMessageId: key(window), earlierClientMessageIds: [key(window - 1)] };
}

import { database } from "./index";
import { isUuid } from "./ids";
import type { FeedbackKind } from "./schema";

const db = () => database().db;

/**
 * Records the user's verdict on messages of one of their conversations, replacing an
 * earlier one. All or nothing: returns false, storing nothing, when any message is not
 * in that conversation or not the user's.
 */
export async function saveFeedback(
  userId: string,
  conversationId: string,
  messageIds: string[],
  kind: FeedbackKind,
): Promise<boolean> {
  const ids = [...new Set(messageIds)];
  if (ids.length === 0 || !ids.every(isUuid)) return false;
  return db()
    .transaction()
    .execute(async (trx) => {
      const found = await trx
        .selectFrom("messages")
        .select("id")
        .where("id", "in", ids)
        .where("conversation_id", "=", conversationId)
        .where("user_id", "=", userId)
        .execute();
      if (found.length !== ids.length) return false;
      await trx
        .insertInto("message_feedback")
        .values(ids.map((id) => ({ message_id: id, user_id: userId, kind })))
        .onConflict((oc) =>
          oc
            .columns(["message_id", "user_id"])
            .doUpdateSet((eb) => ({ kind: eb.ref("excluded.kind"), created_at: eb.fn("now") })),
        )
        .execute();
      return true;
    });
}

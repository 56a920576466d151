import { database } from "./index";
import { isUuid } from "./ids";
import type { ConversationRow, MessageRow } from "./schema";

const db = () => database().db;

export async function createConversation(userId: string, title: string): Promise<ConversationRow> {
  return db()
    .insertInto("conversations")
    .values({ user_id: userId, title })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The user's conversation, or undefined when it does not exist or is someone else's. */
export async function findConversation(
  userId: string,
  id: string,
): Promise<ConversationRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db()
    .selectFrom("conversations")
    .selectAll()
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export interface ConversationCursor {
  updatedAt: Date;
  id: string;
}

/** Newest first; uses conversations_user_updated_idx. */
export async function listConversations(
  userId: string,
  options: { before?: ConversationCursor; limit: number },
): Promise<ConversationRow[]> {
  let query = db().selectFrom("conversations").selectAll().where("user_id", "=", userId);
  const before = options.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb("updated_at", "<", before.updatedAt),
        eb.and([eb("updated_at", "=", before.updatedAt), eb("id", "<", before.id)]),
      ]),
    );
  }
  return query.orderBy("updated_at", "desc").orderBy("id", "desc").limit(options.limit).execute();
}

export async function renameConversation(
  userId: string,
  id: string,
  title: string,
): Promise<ConversationRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db()
    .updateTable("conversations")
    .set((eb) => ({ title, updated_at: eb.fn("now") }))
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .returningAll()
    .executeTakeFirst();
}

/** Deletes the conversation; its messages go with it (ON DELETE CASCADE). */
export async function deleteConversation(userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const result = await db()
    .deleteFrom("conversations")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return result.numDeletedRows > BigInt(0);
}

/** A new conversation and its first message, together or not at all. */
export async function createConversationWithMessage(
  userId: string,
  title: string,
  message: { content: string; clientMessageId?: string },
): Promise<{ conversation: ConversationRow; message: MessageRow }> {
  return db()
    .transaction()
    .execute(async (trx) => {
      const conversation = await trx
        .insertInto("conversations")
        .values({ user_id: userId, title })
        .returningAll()
        .executeTakeFirstOrThrow();
      const stored = await trx
        .insertInto("messages")
        .values({
          conversation_id: conversation.id,
          user_id: userId,
          role: "user",
          content: message.content,
          tool_calls: "[]",
          client_message_id: message.clientMessageId ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { conversation, message: stored };
    });
}

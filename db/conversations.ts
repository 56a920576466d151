import { sql, type ExpressionBuilder } from "kysely";
import { database } from "./index";
import { isUuid } from "./ids";
import type { ConversationRow, Database, MessageRow } from "./schema";
import { countChatTurn } from "./usage";

const db = () => database().db;

/** The user's own conversation with this id. */
const theirs = (userId: string, id: string) => (eb: ExpressionBuilder<Database, "conversations">) =>
  eb.and([eb("id", "=", id), eb("user_id", "=", userId)]);

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
  return db().selectFrom("conversations").selectAll().where(theirs(userId, id)).executeTakeFirst();
}

/**
 * A place in the list: past this conversation's (updated_at, id). `updatedAt` as text
 * is the database's own rendering, at its full (microsecond) precision; a Date has
 * milliseconds only.
 */
export interface ConversationCursor {
  updatedAt: Date | string;
  id: string;
}

/** Where the user's conversation stands in the list, at full precision (undefined: not theirs). */
export async function conversationPosition(
  userId: string,
  id: string,
): Promise<ConversationCursor | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db()
    .selectFrom("conversations")
    .select(["id", sql<string>`updated_at::text`.as("updated_at")])
    .where(theirs(userId, id))
    .executeTakeFirst();
  return row && { updatedAt: row.updated_at, id: row.id };
}

/**
 * Most recently updated first (or last, with `order: "asc"`), starting past the
 * cursor in that order; uses conversations_user_updated_idx either way.
 */
export async function listConversations(
  userId: string,
  options: { after?: ConversationCursor; limit: number; order?: "asc" | "desc" },
): Promise<ConversationRow[]> {
  const order = options.order ?? "desc";
  const past = order === "desc" ? "<" : ">";
  let query = db().selectFrom("conversations").selectAll().where("user_id", "=", userId);
  const { after } = options;
  if (after) {
    const at = sql<Date>`${after.updatedAt}::timestamptz`;
    query = query.where((eb) =>
      eb.or([
        eb("updated_at", past, at),
        eb.and([eb("updated_at", "=", at), eb("id", past, after.id)]),
      ]),
    );
  }
  return query.orderBy("updated_at", order).orderBy("id", order).limit(options.limit).execute();
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
    .where(theirs(userId, id))
    .returningAll()
    .executeTakeFirst();
}

/** Deletes the conversation; its messages go with it (ON DELETE CASCADE). */
export async function deleteConversation(userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const result = await db()
    .deleteFrom("conversations")
    .where(theirs(userId, id))
    .executeTakeFirst();
  return result.numDeletedRows > BigInt(0);
}

/** A new conversation and its first message, together or not at all. */
/**
 * Starts a conversation with its first user message, atomically. With a
 * client_message_id, concurrent sends of the same first message queue on a lock
 * keyed by user and id: the first creates the conversation, and the others get that
 * conversation back with `message` undefined (an earlier try stored it), so a first
 * message sent twice at once never opens two conversations.
 */
export async function createConversationWithMessage(
  userId: string,
  title: string,
  message: { content: string; clientMessageId?: string; countTurn?: { windowSeconds: number } },
): Promise<{ conversation: ConversationRow; message?: MessageRow }> {
  return db()
    .transaction()
    .execute(async (trx) => {
      if (message.clientMessageId) {
        const key = `${userId}:${message.clientMessageId}`;
        await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
        const earlier = await trx
          .selectFrom("messages")
          .innerJoin("conversations", "conversations.id", "messages.conversation_id")
          .selectAll("conversations")
          .where("messages.user_id", "=", userId)
          .where("messages.role", "=", "user")
          .where("messages.client_message_id", "=", message.clientMessageId)
          .executeTakeFirst();
        if (earlier) return { conversation: earlier };
      }
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
      if (message.countTurn) await countChatTurn(userId, message.countTurn.windowSeconds, trx);
      return { conversation, message: stored };
    });
}

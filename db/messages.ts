import { sql } from "kysely";
import { isUuid } from "./ids";
import { database } from "./index";
import type { MessageRole, MessageRow, StoredToolCall } from "./schema";

const db = () => database().db;

export interface NewMessageInput {
  /** Chosen by the caller when it must name the message before it is stored (streams); else generated. */
  id?: string;
  conversationId: string;
  role: MessageRole;
  content: string;
  toolCalls?: StoredToolCall[];
  clientMessageId?: string;
  status?: "complete" | "interrupted";
  createdAt?: Date;
  /**
   * A new user turn: counted in the chat ledger (chat_usage) in the same statement, and
   * the ledger's turns older than the quota's window pruned. Only when it is stored.
   */
  countTurn?: { windowSeconds: number };
}

/**
 * Stores one message and marks its conversation as updated (and counts the turn, see
 * `countTurn`), in one statement (so one round trip, and atomic). With a client_message_id already stored for this role,
 * stores nothing and returns `undefined` (the caller looks up the first one).
 */
export async function insertMessage(
  userId: string,
  input: NewMessageInput,
): Promise<MessageRow | undefined> {
  const counting = input.countTurn !== undefined;
  return db()
    .with("inserted", (qb) =>
      qb
        .insertInto("messages")
        .values({
          ...(input.id ? { id: input.id } : {}),
          ...(input.createdAt ? { created_at: input.createdAt } : {}),
          conversation_id: input.conversationId,
          user_id: userId,
          role: input.role,
          content: input.content,
          tool_calls: JSON.stringify(input.toolCalls ?? []),
          client_message_id: input.clientMessageId ?? null,
          status: input.status ?? "complete",
        })
        .onConflict((oc) =>
          oc
            .columns(["conversation_id", "role", "client_message_id"])
            .where("client_message_id", "is not", null)
            .doNothing(),
        )
        .returningAll(),
    )
    .with("touched", (qb) =>
      qb
        .updateTable("conversations")
        .set((eb) => ({ updated_at: eb.fn("now") }))
        .where("id", "in", (eb) => eb.selectFrom("inserted").select("conversation_id"))
        .where("user_id", "=", userId)
        .returning("id"),
    )
    .with("counted", (qb) =>
      qb
        .insertInto("chat_usage")
        .columns(["user_id"])
        .expression(
          qb
            .selectFrom("inserted")
            .select("user_id")
            .where(sql<boolean>`${counting}::boolean`),
        )
        .returning("id"),
    )
    .with("pruned", (qb) =>
      qb
        .deleteFrom("chat_usage")
        .where(sql<boolean>`${counting}::boolean`)
        .where("user_id", "=", userId)
        .where(
          "created_at",
          "<=",
          sql<Date>`now() - make_interval(secs => ${input.countTurn?.windowSeconds ?? 0})`,
        )
        .where((eb) => eb.exists(eb.selectFrom("inserted").select("id")))
        .returning("id"),
    )
    .selectFrom("inserted")
    .selectAll()
    .executeTakeFirst();
}

/** The last `limit` messages, oldest first (messages_conversation_seq_idx, read backwards). */
export async function recentMessages(
  userId: string,
  conversationId: string,
  limit: number,
): Promise<MessageRow[]> {
  const newestFirst = await db()
    .selectFrom("messages")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId)
    .orderBy("seq", "desc")
    .limit(limit)
    .execute();
  return newestFirst.reverse();
}

/**
 * A page of a conversation's messages in `order` (oldest first by default), starting
 * past the message with sequence number `afterSeq` in that order
 * (messages_conversation_seq_idx, read forwards or backwards).
 */
export async function listMessages(
  userId: string,
  conversationId: string,
  options: { afterSeq?: string; limit: number; order?: "asc" | "desc"; inclusive?: boolean },
): Promise<MessageRow[]> {
  const order = options.order ?? "asc";
  let query = db()
    .selectFrom("messages")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId);
  if (options.afterSeq !== undefined) {
    const past =
      order === "asc" ? (options.inclusive ? ">=" : ">") : options.inclusive ? "<=" : "<";
    query = query.where("seq", past, options.afterSeq);
  }
  return query.orderBy("seq", order).limit(options.limit).execute();
}

/** One of the user's messages in this conversation. */
export async function findMessage(
  userId: string,
  conversationId: string,
  id: string,
): Promise<MessageRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db()
    .selectFrom("messages")
    .selectAll()
    .where("id", "=", id)
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/**
 * Deletes every message after `messageId` in its conversation (to answer it again),
 * and returns the ids deleted, oldest first. Nothing when the message is not the user's.
 */
export async function deleteMessagesAfter(
  userId: string,
  conversationId: string,
  messageId: string,
): Promise<string[]> {
  const message = await findMessage(userId, conversationId, messageId);
  if (!message) return [];
  const deleted = await db()
    .deleteFrom("messages")
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId)
    .where("seq", ">", message.seq)
    .returning(["id", "seq"])
    .execute();
  return deleted.sort((a, b) => Number(BigInt(a.seq) - BigInt(b.seq))).map((row) => row.id);
}

/** Marks a user message whose turn failed, so a retry may take it over at once. */
export async function markInterrupted(userId: string, messageId: string): Promise<void> {
  await db()
    .updateTable("messages")
    .set({ status: "interrupted" })
    .where("id", "=", messageId)
    .where("user_id", "=", userId)
    .execute();
}

/** Takes over a failed turn: true for exactly one of several retries racing for it. */
export async function claimInterrupted(userId: string, messageId: string): Promise<boolean> {
  const row = await db()
    .updateTable("messages")
    .set({ status: "complete" })
    .where("id", "=", messageId)
    .where("user_id", "=", userId)
    .where("status", "=", "interrupted")
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import { jsonArrayFrom, jsonObjectFrom } from "kysely/helpers/postgres";
import { database } from "./index";
import { isUuid } from "./ids";
import type { ConversationRow, Database, MessageRow } from "./schema";

/** The user message a client_message_id named, with whether its try has outlived its lease. */
export type EarlierQuestion = MessageRow & { stale: boolean };

/** The user's newest user message, with what tells a resend of it from a new one. */
export type LatestQuestion = EarlierQuestion & {
  /** Seconds since it was stored, by the database's clock. */
  age_seconds: number;
  /** It is the first message of its conversation. */
  opens_conversation: boolean;
};

/** Everything a turn must know before it stores its user message, read at once. */
export interface TurnContext {
  /** The named conversation, when it exists and is the user's. */
  conversation?: ConversationRow;
  /** The user message an earlier try of this turn stored (newest of the ids given). */
  question?: EarlierQuestion;
  /** The answer an earlier try of this turn stored. */
  answer?: MessageRow;
  /** Seconds until the chat quota frees a slot; undefined while one is free. */
  quotaWaitSeconds?: number;
  /** The conversation's last `historyLimit` messages, oldest first. */
  history: MessageRow[];
  /** The newest user message (in the conversation, if one is named), when asked for. */
  latestQuestion?: LatestQuestion;
}

export interface TurnContextQuery {
  /** Without one, the question is looked for in all of the user's conversations. */
  conversationId?: string;
  /** The ids this turn may have been stored under (a retry's); empty: a turn without one. */
  clientMessageIds: string[];
  /** A question older than this is stale: its try is presumed dead. */
  leaseSeconds: number;
  historyLimit?: number;
  quota?: { limit: number; windowSeconds: number };
  /** Also read the newest user message (to recognise a resend without a client id). */
  latestQuestion?: boolean;
}

type Eb = ExpressionBuilder<Database, never>;

/**
 * One statement answers every question a turn asks before the model starts: does the
 * conversation exist, has this client_message_id been seen (asked and answered?), is
 * the quota spent, and what came before. A turn is latency-bound on database round
 * trips (each is a network hop to a hosted Postgres), so they are scalar subqueries
 * of one select, not one query each.
 */
export async function readTurnContext(
  userId: string,
  query: TurnContextQuery,
): Promise<TurnContext> {
  const { conversationId, clientMessageIds, leaseSeconds, historyLimit = 0, quota } = query;
  const stale = sql<boolean>`created_at < now() - make_interval(secs => ${leaseSeconds})`;
  if (conversationId !== undefined && !isUuid(conversationId)) return { history: [] };
  const db = database().db as Kysely<Database>;
  const nothing = sql<null>`null`;
  const row = await db
    .selectNoFrom((eb: Eb) => [
      conversationId
        ? jsonObjectFrom(
            eb
              .selectFrom("conversations")
              .selectAll()
              .where("id", "=", conversationId)
              .where("user_id", "=", userId),
          ).as("conversation")
        : nothing.as("conversation"),
      clientMessageIds.length
        ? jsonObjectFrom(
            byClientId(eb, userId, "user", clientMessageIds, conversationId).select(
              sql<boolean>`created_at < now() - make_interval(secs => ${leaseSeconds})`.as("stale"),
            ),
          ).as("question")
        : nothing.as("question"),
      clientMessageIds.length && conversationId
        ? jsonObjectFrom(byClientId(eb, userId, "assistant", clientMessageIds, conversationId)).as(
            "answer",
          )
        : nothing.as("answer"),
      quota ? quotaWait(eb, userId, quota).as("quota_wait") : nothing.as("quota_wait"),
      conversationId && historyLimit > 0
        ? jsonArrayFrom(
            eb
              .selectFrom("messages")
              .selectAll()
              .where("conversation_id", "=", conversationId)
              .where("user_id", "=", userId)
              .orderBy("seq", "desc")
              .limit(historyLimit),
          ).as("history")
        : sql<never[]>`'[]'::json`.as("history"),
      query.latestQuestion
        ? jsonObjectFrom(latestQuestion(eb, userId, conversationId, stale)).as("latest")
        : nothing.as("latest"),
    ])
    .executeTakeFirstOrThrow();
  const question = row.question ? fromJson<EarlierQuestion>(row.question) : undefined;
  const answer = row.answer ? fromJson<MessageRow>(row.answer) : undefined;
  return {
    conversation: row.conversation ? fromJson<ConversationRow>(row.conversation) : undefined,
    question,
    // An answer belongs to its question: one stored under another of the ids is not this turn's.
    answer: answer?.client_message_id === question?.client_message_id ? answer : undefined,
    quotaWaitSeconds:
      row.quota_wait === null || row.quota_wait === undefined
        ? undefined
        : Math.max(1, Math.ceil(Number(row.quota_wait))),
    history: (row.history as unknown[]).map((m) => fromJson<MessageRow>(m)).reverse(),
    latestQuestion: row.latest ? fromJson<LatestQuestion>(row.latest) : undefined,
  };
}

/** The newest message of this role stored under any of the ids. */
function byClientId(
  eb: Eb,
  userId: string,
  role: "user" | "assistant",
  clientMessageIds: string[],
  conversationId: string | undefined,
) {
  let query = eb
    .selectFrom("messages")
    .selectAll()
    .where("user_id", "=", userId)
    .where("role", "=", role)
    .where("client_message_id", "in", clientMessageIds);
  if (conversationId) query = query.where("conversation_id", "=", conversationId);
  return query.orderBy("seq", "desc").limit(1);
}

function latestQuestion(
  eb: Eb,
  userId: string,
  conversationId: string | undefined,
  stale: ReturnType<typeof sql<boolean>>,
) {
  let query = eb
    .selectFrom("messages as m")
    .selectAll("m")
    .select([
      stale.as("stale"),
      sql<number>`extract(epoch from now() - m.created_at)::float8`.as("age_seconds"),
      // The conversation's first seq, read from the end of messages_conversation_seq_idx:
      // a NOT EXISTS over earlier messages was planned as a scan of the whole table.
      sql<boolean>`m.seq = (select min(p.seq) from messages p where p.conversation_id = m.conversation_id)`.as(
        "opens_conversation",
      ),
    ])
    .where("m.user_id", "=", userId)
    .where("m.role", "=", "user");
  if (conversationId) query = query.where("m.conversation_id", "=", conversationId);
  return query.orderBy("m.seq", "desc").limit(1);
}

/**
 * For a quota of `limit` turns per window: seconds until the user's `limit`-th most
 * recent turn of the window leaves it (null when they took fewer). Turns are counted in
 * the chat ledger (chat_usage_user_created_idx), which deleting messages never touches;
 * time comes from the database's clock, the one that stamped them.
 */
function quotaWait(eb: Eb, userId: string, quota: { limit: number; windowSeconds: number }) {
  const window = sql`make_interval(secs => ${quota.windowSeconds})`;
  return eb
    .selectFrom("chat_usage")
    .select(sql<string | number>`extract(epoch from created_at + ${window} - now())`.as("seconds"))
    .where("user_id", "=", userId)
    .where("created_at", ">", sql<Date>`now() - ${window}`)
    .orderBy("created_at", "desc")
    .offset(quota.limit - 1)
    .limit(1);
}

/** A row that came back as JSON: timestamps are strings there. */
function fromJson<Row>(value: unknown): Row {
  const row = { ...(value as Record<string, unknown>) };
  for (const key of ["created_at", "updated_at"]) {
    if (typeof row[key] === "string") row[key] = new Date(row[key]);
  }
  return row as Row;
}

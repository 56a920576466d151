import { sql, type Kysely } from "kysely";
import { database } from "./index";
import type { Database } from "./schema";

/**
 * Rolling-window counters kept in the database, so they hold across instances and
 * restarts. Each check-and-record is one INSERT … SELECT … WHERE under the limit;
 * requests that arrive at the same instant may each see the last free slot, so a burst
 * can pass a limit by the number of them in flight (the per-user concurrency limit
 * bounds that number). Time is the database's clock throughout.
 */

const db = () => database().db;
const interval = (seconds: number) => sql<Date>`now() - make_interval(secs => ${seconds})`;

/** The outcome of taking from a limit: admitted, or the whole seconds to wait. */
export type LimitOutcome = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/**
 * Counts one chat turn of the user in the chat ledger and prunes the turns that left
 * the quota's window. The quota itself is read with the rest of a turn's context
 * (db/turn-context.ts); a new user message is counted in the statement that stores it
 * (db/messages.ts, db/conversations.ts); this is for a turn that stores none (an
 * answer asked for again) and for a transaction's own statements.
 */
export async function countChatTurn(
  userId: string,
  windowSeconds: number,
  executor: Kysely<Database> = db(),
): Promise<void> {
  await executor.insertInto("chat_usage").values({ user_id: userId }).execute();
  await executor
    .deleteFrom("chat_usage")
    .where("user_id", "=", userId)
    .where("created_at", "<=", interval(windowSeconds))
    .execute();
}

/**
 * Records `weight` hits on `key` (rate_limit_hits_key_created_idx) unless that would
 * take the key past `limit` hits in the last `windowSeconds`. A weight above the limit
 * is never admitted.
 */
export async function takeHits(
  key: string,
  weight: number,
  limit: number,
  windowSeconds: number,
): Promise<LimitOutcome> {
  const since = interval(windowSeconds);
  const inserted = await db()
    .insertInto("rate_limit_hits")
    .columns(["key", "weight"])
    .expression(
      db()
        .selectNoFrom([
          sql<string>`${key}::text`.as("key"),
          sql<number>`${weight}::int`.as("weight"),
        ])
        .where(
          (w) =>
            w
              .selectFrom("rate_limit_hits")
              .select(sql<number>`coalesce(sum(weight), 0) + ${weight}::int`.as("n"))
              .where("key", "=", key)
              .where("created_at", ">", since),
          "<=",
          limit,
        ),
    )
    .returning("id")
    .executeTakeFirst();
  if (inserted) {
    await pruneHits(db(), key, windowSeconds);
    return { admitted: true };
  }
  const oldest = await db()
    .selectFrom("rate_limit_hits")
    .select(secondsLeft(windowSeconds).as("seconds"))
    .where("key", "=", key)
    .where("created_at", ">", since)
    .orderBy("created_at", "asc")
    .limit(1)
    .executeTakeFirst();
  return refused(oldest?.seconds ?? windowSeconds);
}

/** The hits on `key` in the last `windowSeconds`, and seconds until the oldest leaves. */
export async function countHits(
  key: string,
  windowSeconds: number,
): Promise<{ hits: number; retryAfterSeconds: number }> {
  const row = await db()
    .selectFrom("rate_limit_hits")
    .select([
      sql<string | number>`coalesce(sum(weight), 0)`.as("hits"),
      sql<
        string | number | null
      >`extract(epoch from min(created_at) + make_interval(secs => ${windowSeconds}) - now())`.as(
        "seconds",
      ),
    ])
    .where("key", "=", key)
    .where("created_at", ">", interval(windowSeconds))
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), retryAfterSeconds: wholeSeconds(row.seconds ?? windowSeconds) };
}

/** Records one hit on `key`, whatever the count (e.g. a failed sign-in). */
export async function recordHit(key: string, windowSeconds: number): Promise<void> {
  await db().insertInto("rate_limit_hits").values({ key }).execute();
  await pruneHits(db(), key, windowSeconds);
}

async function pruneHits(trx: Kysely<Database>, key: string, windowSeconds: number) {
  await trx
    .deleteFrom("rate_limit_hits")
    .where("key", "=", key)
    .where("created_at", "<=", interval(windowSeconds))
    .execute();
}

const secondsLeft = (windowSeconds: number) =>
  sql<
    string | number
  >`extract(epoch from created_at + make_interval(secs => ${windowSeconds}) - now())`;

const wholeSeconds = (seconds: string | number) => Math.max(1, Math.ceil(Number(seconds)));

const refused = (seconds: string | number | undefined): LimitOutcome => ({
  admitted: false,
  retryAfterSeconds: wholeSeconds(seconds ?? 1),
});

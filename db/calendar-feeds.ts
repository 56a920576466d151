import { sql } from "kysely";
import type { CalendarTask } from "@/lib/calendar/task-calendar";
import { database } from "./index";

const db = () => database().db;

export interface CalendarFeed {
  userId: string;
  nonce: string;
  tokenHash: string;
}

/** The feed whose `column` holds `value` (both columns are unique). */
async function findFeedBy(
  column: "user_id" | "token_hash",
  value: string,
): Promise<CalendarFeed | undefined> {
  const row = await db()
    .selectFrom("calendar_feeds")
    .select(["user_id", "nonce", "token_hash"])
    .where(column, "=", value)
    .executeTakeFirst();
  return row && { userId: row.user_id, nonce: row.nonce, tokenHash: row.token_hash };
}

export function findFeedOf(userId: string): Promise<CalendarFeed | undefined> {
  return findFeedBy("user_id", userId);
}

/** The feed whose token hashes to `tokenHash` (unique index on token_hash). */
export function findFeedByTokenHash(tokenHash: string): Promise<CalendarFeed | undefined> {
  return findFeedBy("token_hash", tokenHash);
}

/**
 * The user's feed, created with `nonce` if they have none. Two first requests at once
 * both end with the one row that won.
 */
export async function ensureFeed(
  userId: string,
  nonce: string,
  tokenHash: string,
): Promise<CalendarFeed> {
  await db()
    .insertInto("calendar_feeds")
    .values({ user_id: userId, nonce, token_hash: tokenHash })
    .onConflict((oc) => oc.column("user_id").doNothing())
    .execute();
  return (await findFeedOf(userId))!;
}

/** A new nonce and hash for the user's feed (created if absent): the old URL stops working. */
export async function replaceFeed(userId: string, nonce: string, tokenHash: string): Promise<void> {
  await db()
    .insertInto("calendar_feeds")
    .values({ user_id: userId, nonce, token_hash: tokenHash })
    .onConflict((oc) =>
      oc.column("user_id").doUpdateSet((eb) => ({
        nonce,
        token_hash: tokenHash,
        rotated_at: eb.fn("now"),
      })),
    )
    .execute();
}

/** The hash stored for the user's nonce, refreshed when the server's secret changed. */
export async function updateTokenHash(userId: string, tokenHash: string): Promise<void> {
  await db()
    .updateTable("calendar_feeds")
    .set({ token_hash: tokenHash })
    .where("user_id", "=", userId)
    .execute();
}

/**
 * The user's dated, pending, not deleted tasks for their calendar (index:
 * tasks_user_due_idx, partial on deleted_at IS NULL).
 */
export async function calendarTasks(userId: string): Promise<CalendarTask[]> {
  const rows = await db()
    .selectFrom("tasks")
    .select((eb) => [
      "number",
      "title",
      "description",
      "priority",
      "tags",
      "recurrence",
      "remind_at",
      "created_at",
      "updated_at",
      sql<string>`to_char(${eb.ref("due_date")}, 'YYYY-MM-DD')`.as("due_date"),
      sql<string | null>`to_char(${eb.ref("due_time")}, 'HH24:MI')`.as("due_time"),
    ])
    .where("user_id", "=", userId)
    .where("deleted_at", "is", null)
    .where("completed", "=", false)
    .where("due_date", "is not", null)
    .orderBy("due_date")
    .orderBy("due_time", (o) => o.asc().nullsFirst())
    .orderBy("number")
    .execute();
  return rows;
}

import { sql, type Kysely } from "kysely";

/**
 * The chat quota counts a user's own messages of the last hour:
 * WHERE user_id = ? AND role = 'user' AND created_at > now() - 1 hour ORDER BY created_at DESC.
 * Partial, so answers (half of all rows) are not in it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("messages_user_created_idx")
    .on("messages")
    .columns(["user_id", "created_at desc"])
    .where(sql.ref("role"), "=", "user")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("messages_user_created_idx").execute();
}

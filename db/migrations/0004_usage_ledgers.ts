import { sql, type Kysely } from "kysely";

/**
 * Usage is counted in ledgers of its own, which deleting the thing used never touches:
 * - `chat_usage`: one row per chat turn a user started (the chat quota). It used to be
 *   counted from stored messages, so deleting a conversation gave the quota back.
 * - `rate_limit_hits`: weighted hits on a named limit (sign-in failures per account, MCP
 *   tool calls per user); rows older than their window are pruned as new ones arrive.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("chat_usage")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // The quota: WHERE user_id = ? AND created_at > now() - 1 hour ORDER BY created_at DESC.
  await db.schema
    .createIndex("chat_usage_user_created_idx")
    .on("chat_usage")
    .columns(["user_id", "created_at desc"])
    .execute();
  // Turns of the last hour keep counting across the upgrade.
  await sql`insert into chat_usage (user_id, created_at)
            select user_id, created_at from messages
            where role = 'user' and created_at > now() - interval '1 hour'`.execute(db);
  // The quota no longer reads messages.
  await db.schema.dropIndex("messages_user_created_idx").execute();

  await db.schema
    .createTable("rate_limit_hits")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("weight", "integer", (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`weight > 0`),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // WHERE key = ? AND created_at > now() - window.
  await db.schema
    .createIndex("rate_limit_hits_key_created_idx")
    .on("rate_limit_hits")
    .columns(["key", "created_at desc"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("rate_limit_hits").execute();
  await db.schema
    .createIndex("messages_user_created_idx")
    .on("messages")
    .columns(["user_id", "created_at desc"])
    .where(sql.ref("role"), "=", "user")
    .execute();
  await db.schema.dropTable("chat_usage").execute();
}

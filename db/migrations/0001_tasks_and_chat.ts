import { sql, type Kysely } from "kysely";

// Migrations take `Kysely<unknown>`: they must not depend on today's schema types.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("task_counters")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("user.id").onDelete("cascade"))
    .addColumn("last_number", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("tasks")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull().check(sql`number > 0`))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("completed", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("tasks_user_number_key", ["user_id", "number"])
    .execute();
  // Listing by status: WHERE user_id = ? AND completed = ? ORDER BY number.
  await db.schema
    .createIndex("tasks_user_completed_number_idx")
    .on("tasks")
    .columns(["user_id", "completed", "number"])
    .execute();

  await db.schema
    .createTable("conversations")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // The history list: WHERE user_id = ? ORDER BY updated_at DESC, id DESC.
  await db.schema
    .createIndex("conversations_user_updated_idx")
    .on("conversations")
    .columns(["user_id", "updated_at desc", "id desc"])
    .execute();

  await db.schema
    .createTable("messages")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("seq", "bigint", (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn("conversation_id", "uuid", (c) =>
      c.notNull().references("conversations.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('user', 'assistant')`))
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("tool_calls", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("client_message_id", "text")
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("complete")
        .check(sql`status in ('complete', 'interrupted')`),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // History and paging: WHERE conversation_id = ? ORDER BY seq.
  await db.schema
    .createIndex("messages_conversation_seq_idx")
    .on("messages")
    .columns(["conversation_id", "seq"])
    .execute();
  // Exactly-once turns: one user message and one answer per client_message_id.
  await db.schema
    .createIndex("messages_client_message_id_key")
    .on("messages")
    .columns(["conversation_id", "role", "client_message_id"])
    .unique()
    .where(sql.ref("client_message_id"), "is not", null)
    .execute();
  // Cascading deletes of a user must not scan messages.
  await db.schema.createIndex("messages_user_idx").on("messages").column("user_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("messages").execute();
  await db.schema.dropTable("conversations").execute();
  await db.schema.dropTable("tasks").execute();
  await db.schema.dropTable("task_counters").execute();
}

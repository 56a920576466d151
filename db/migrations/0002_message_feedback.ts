import { sql, type Kysely } from "kysely";

// A person's verdict on one answer (ChatKit's thumbs up / down). One row per message
// and person: giving feedback again replaces the earlier verdict.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("message_feedback")
    .addColumn("message_id", "uuid", (c) =>
      c.notNull().references("messages.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('positive', 'negative')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("message_feedback_pkey", ["message_id", "user_id"])
    .execute();
  // Cascading deletes of a user must not scan the table.
  await db.schema
    .createIndex("message_feedback_user_idx")
    .on("message_feedback")
    .column("user_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("message_feedback").execute();
}

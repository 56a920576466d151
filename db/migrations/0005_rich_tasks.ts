import { sql, type Kysely } from "kysely";

/**
 * Rich tasks (issue 12): due date and time (the user's calendar and wall clock), priority,
 * tags, an RRULE, a reminder instant, when it was completed and when it was deleted (soft
 * delete, purged after 30 days). The user's time zone lives in `user_settings` (our table,
 * so Better Auth's own migrations never see it); a recurring task's completions go to
 * `task_completions` (the task itself moves on to its next date).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Typo-tolerant search (similarity operators and trigram GIN indexes).
  await sql`create extension if not exists pg_trgm`.execute(db);

  await db.schema
    .alterTable("tasks")
    .addColumn("due_date", "date")
    .addColumn("due_time", sql`time(0)`)
    .addColumn("priority", "text", (c) =>
      c
        .notNull()
        .defaultTo("none")
        .check(sql`priority in ('none', 'low', 'medium', 'high')`),
    )
    .addColumn("tags", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("recurrence", "text")
    .addColumn("remind_at", "timestamptz")
    .addColumn("completed_at", "timestamptz")
    .addColumn("deleted_at", "timestamptz")
    .execute();
  await sql`alter table tasks add constraint tasks_due_time_needs_date
    check (due_time is null or due_date is not null)`.execute(db);
  await sql`alter table tasks add constraint tasks_recurrence_needs_date
    check (recurrence is null or due_date is not null)`.execute(db);

  // "Due today / overdue / upcoming" and sort=due: WHERE user_id = ? AND due_date … ORDER BY due.
  await db.schema
    .createIndex("tasks_user_due_idx")
    .on("tasks")
    .columns(["user_id", "due_date", "due_time"])
    .where(sql.ref("deleted_at"), "is", null)
    .execute();
  await db.schema
    .createIndex("tasks_user_priority_idx")
    .on("tasks")
    .columns(["user_id", "priority"])
    .where(sql.ref("deleted_at"), "is", null)
    .execute();
  // tag=…: tags @> array[…].
  await sql`create index tasks_tags_idx on tasks using gin (tags)`.execute(db);
  // q=…: ILIKE and word similarity on title and description.
  await sql`create index tasks_title_trgm_idx on tasks using gin (title gin_trgm_ops)`.execute(db);
  await sql`create index tasks_description_trgm_idx on tasks using gin (description gin_trgm_ops)`.execute(
    db,
  );
  // The purge of tasks deleted more than 30 days ago.
  await db.schema
    .createIndex("tasks_deleted_at_idx")
    .on("tasks")
    .column("deleted_at")
    .where(sql.ref("deleted_at"), "is not", null)
    .execute();

  await db.schema
    .createTable("user_settings")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("user.id").onDelete("cascade"))
    .addColumn("timezone", "text", (c) => c.notNull().defaultTo("UTC"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("task_completions")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("task_id", "bigint", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("due_date", "date")
    .addColumn("completed_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("task_completions_task_idx")
    .on("task_completions")
    .columns(["task_id", "completed_at"])
    .execute();
  await db.schema
    .createIndex("task_completions_user_idx")
    .on("task_completions")
    .columns(["user_id", "completed_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("task_completions").execute();
  await db.schema.dropTable("user_settings").execute();
  for (const index of [
    "tasks_deleted_at_idx",
    "tasks_description_trgm_idx",
    "tasks_title_trgm_idx",
    "tasks_tags_idx",
    "tasks_user_priority_idx",
    "tasks_user_due_idx",
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.alterTable("tasks").dropConstraint("tasks_recurrence_needs_date").execute();
  await db.schema.alterTable("tasks").dropConstraint("tasks_due_time_needs_date").execute();
  await db.schema
    .alterTable("tasks")
    .dropColumn("due_date")
    .dropColumn("due_time")
    .dropColumn("priority")
    .dropColumn("tags")
    .dropColumn("recurrence")
    .dropColumn("remind_at")
    .dropColumn("completed_at")
    .dropColumn("deleted_at")
    .execute();
}

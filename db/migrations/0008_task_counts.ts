import { sql, type Kysely } from "kysely";

/**
 * Each user's count of visible tasks, open and done, kept on their `task_counters` row
 * by a trigger (docs/performance.md). A chat list says how many tasks there are; counting
 * 10,000 index entries for it on every list cost more than the rest of the query.
 *
 * The trigger runs inside the statement that adds, completes, deletes or restores a
 * task, so the counts commit or roll back with it, whoever made the change (the app, a
 * script, a cascade), and concurrent changes queue on the counter row's lock as adds
 * already do. Only visible tasks (deleted_at IS NULL) count; a purge removes rows that
 * were already deleted, so it changes nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE task_counters
    ADD COLUMN open_tasks integer NOT NULL DEFAULT 0,
    ADD COLUMN done_tasks integer NOT NULL DEFAULT 0`.execute(db);

  await sql`CREATE FUNCTION task_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.user_id = NEW.user_id
         AND OLD.completed = NEW.completed
         AND (OLD.deleted_at IS NULL) = (NEW.deleted_at IS NULL) THEN
        RETURN NULL;
      END IF;
      IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN
        -- A plain update: a cascade from the user's deletion may have removed the row.
        UPDATE task_counters
          SET open_tasks = open_tasks - (NOT OLD.completed)::int,
              done_tasks = done_tasks - OLD.completed::int
          WHERE user_id = OLD.user_id;
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.deleted_at IS NULL THEN
        INSERT INTO task_counters (user_id, last_number, open_tasks, done_tasks)
          VALUES (NEW.user_id, NEW.number, (NOT NEW.completed)::int, NEW.completed::int)
          ON CONFLICT (user_id) DO UPDATE
          SET open_tasks = task_counters.open_tasks + excluded.open_tasks,
              done_tasks = task_counters.done_tasks + excluded.done_tasks;
      END IF;
      RETURN NULL;
    END $$`.execute(db);

  await sql`CREATE TRIGGER tasks_keep_counts
    AFTER INSERT OR DELETE OR UPDATE OF completed, deleted_at, user_id ON tasks
    FOR EACH ROW EXECUTE FUNCTION task_counts_follow()`.execute(db);

  // The counts so far (under the table's lock, so no change slips between).
  await sql`LOCK TABLE tasks IN SHARE ROW EXCLUSIVE MODE`.execute(db);
  await sql`UPDATE task_counters c SET
      open_tasks = (SELECT count(*) FROM tasks t
        WHERE t.user_id = c.user_id AND t.deleted_at IS NULL AND NOT t.completed),
      done_tasks = (SELECT count(*) FROM tasks t
        WHERE t.user_id = c.user_id AND t.deleted_at IS NULL AND t.completed)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER tasks_keep_counts ON tasks`.execute(db);
  await sql`DROP FUNCTION task_counts_follow()`.execute(db);
  await sql`ALTER TABLE task_counters DROP COLUMN open_tasks, DROP COLUMN done_tasks`.execute(db);
}

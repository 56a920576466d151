import { sql } from "kysely";
import { TaskLimitReachedError } from "@/lib/errors";
import { database } from "./index";
import type { NewTask, TaskRow, TaskUpdate } from "./schema";

/** Which tasks a query reads: all of them, or only the done (true) or open (false) ones. */
export interface TaskFilter {
  completed?: boolean;
}

const db = () => database().db;

/**
 * Inserts a task with the user's next number, unless the user already has `maxTasks`
 * (then TaskLimitReachedError), in one statement: no BEGIN and COMMIT round trips. The
 * counter row's lock serialises one user's concurrent adds; a refused or failed insert
 * takes its counter update back with it, so it uses no number. (The count is read at
 * the statement's start, so adds arriving at the same instant may pass the cap by the
 * number in flight, which the per-user concurrency limit keeps small.)
 */
export async function insertTask(
  userId: string,
  task: NewTask,
  maxTasks = Number.POSITIVE_INFINITY,
): Promise<TaskRow> {
  const fields = Object.entries(task).filter(([, value]) => value !== undefined);
  const columns = fields.map(([name]) => sql`, ${sql.ref(name)}`);
  const values = fields.map(([, value]) => sql`, ${value}`);
  const underCap = Number.isFinite(maxTasks)
    ? sql`WHERE (SELECT count(*) FROM tasks WHERE user_id = ${userId}) < ${maxTasks}`
    : sql``;
  const { rows } = await sql<TaskRow>`
    WITH counter AS (
      INSERT INTO task_counters (user_id, last_number)
      SELECT ${userId}, 1 ${underCap}
      ON CONFLICT (user_id) DO UPDATE SET last_number = task_counters.last_number + 1
      RETURNING last_number
    )
    INSERT INTO tasks (user_id, number${sql.join(columns, sql``)})
    SELECT ${userId}, last_number${sql.join(values, sql``)} FROM counter
    RETURNING *`.execute(db());
  if (!rows[0]) throw new TaskLimitReachedError(maxTasks);
  return rows[0];
}

/** Uses tasks_user_completed_number_idx (or the (user_id, number) key for "all"). */
export async function listTasks(
  userId: string,
  options: TaskFilter & { afterNumber?: number; limit: number },
): Promise<TaskRow[]> {
  let query = db().selectFrom("tasks").selectAll().where("user_id", "=", userId);
  if (options.completed !== undefined) query = query.where("completed", "=", options.completed);
  if (options.afterNumber !== undefined) query = query.where("number", ">", options.afterNumber);
  return query.orderBy("number").limit(options.limit).execute();
}

export async function countTasks(userId: string, filter: TaskFilter): Promise<number> {
  let query = db()
    .selectFrom("tasks")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("user_id", "=", userId);
  if (filter.completed !== undefined) query = query.where("completed", "=", filter.completed);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findTask(userId: string, number: number): Promise<TaskRow | undefined> {
  return db()
    .selectFrom("tasks")
    .selectAll()
    .where("user_id", "=", userId)
    .where("number", "=", number)
    .executeTakeFirst();
}

export async function updateTask(
  userId: string,
  number: number,
  changes: TaskUpdate,
): Promise<TaskRow | undefined> {
  return db()
    .updateTable("tasks")
    .set((eb) => ({ ...changes, updated_at: eb.fn("now") }))
    .where("user_id", "=", userId)
    .where("number", "=", number)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteTask(userId: string, number: number): Promise<TaskRow | undefined> {
  return db()
    .deleteFrom("tasks")
    .where("user_id", "=", userId)
    .where("number", "=", number)
    .returningAll()
    .executeTakeFirst();
}

import { database } from "./index";
import type { TaskRow } from "./schema";

export type TaskStatusFilter = "all" | "pending" | "completed";

const db = () => database().db;

/**
 * Inserts a task with the user's next number, in one statement: the counter row's lock
 * serialises concurrent adds of one user, and a failed insert takes its counter update
 * back with it (uses no number) without a transaction's BEGIN and COMMIT round trips.
 */
export async function insertTask(
  userId: string,
  input: { title: string; description: string | null },
): Promise<TaskRow> {
  return db()
    .with("counter", (db) =>
      db
        .insertInto("task_counters")
        .values({ user_id: userId, last_number: 1 })
        .onConflict((oc) =>
          oc
            .column("user_id")
            .doUpdateSet((eb) => ({ last_number: eb("task_counters.last_number", "+", 1) })),
        )
        .returning("last_number"),
    )
    .insertInto("tasks")
    .columns(["user_id", "number", "title", "description"])
    .expression((eb) =>
      eb
        .selectFrom("counter")
        .select([
          eb.val(userId).as("user_id"),
          "counter.last_number",
          eb.val(input.title).as("title"),
          eb.val(input.description).as("description"),
        ]),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Uses tasks_user_completed_number_idx (or the (user_id, number) key for "all"). */
export async function listTasks(
  userId: string,
  options: { status: TaskStatusFilter; afterNumber?: number; limit: number },
): Promise<TaskRow[]> {
  let query = db().selectFrom("tasks").selectAll().where("user_id", "=", userId);
  if (options.status !== "all")
    query = query.where("completed", "=", options.status === "completed");
  if (options.afterNumber !== undefined) query = query.where("number", ">", options.afterNumber);
  return query.orderBy("number").limit(options.limit).execute();
}

export async function countTasks(userId: string, status: TaskStatusFilter): Promise<number> {
  let query = db()
    .selectFrom("tasks")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("user_id", "=", userId);
  if (status !== "all") query = query.where("completed", "=", status === "completed");
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
  changes: { title?: string; description?: string | null; completed?: boolean },
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

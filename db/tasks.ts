import type { Transaction } from "kysely";
import { TaskLimitReachedError } from "@/lib/errors";
import { database } from "./index";
import type { Database, NewTask, TaskRow, TaskUpdate } from "./schema";

/** Which tasks a query reads: all of them, or only the done (true) or open (false) ones. */
export interface TaskFilter {
  completed?: boolean;
}

const db = () => database().db;

/**
 * Inserts a task with the user's next number, unless the user already has `maxTasks`
 * (then TaskLimitReachedError). The counter row's lock serialises concurrent adds of one
 * user, so the count cannot race; the transaction means a refused or failed insert uses
 * no number.
 */
export async function insertTask(
  userId: string,
  task: NewTask,
  maxTasks = Number.POSITIVE_INFINITY,
): Promise<TaskRow> {
  return db()
    .transaction()
    .execute(async (trx) => {
      const number = await nextTaskNumber(trx, userId);
      if (Number.isFinite(maxTasks) && (await countUserTasks(trx, userId)) >= maxTasks) {
        throw new TaskLimitReachedError(maxTasks);
      }
      return trx
        .insertInto("tasks")
        .values({ ...task, user_id: userId, number })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
}

/** Uses the (user_id, number) key. */
async function countUserTasks(trx: Transaction<Database>, userId: string): Promise<number> {
  const row = await trx
    .selectFrom("tasks")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function nextTaskNumber(trx: Transaction<Database>, userId: string): Promise<number> {
  const row = await trx
    .insertInto("task_counters")
    .values({ user_id: userId, last_number: 1 })
    .onConflict((oc) =>
      oc
        .column("user_id")
        .doUpdateSet((eb) => ({ last_number: eb("task_counters.last_number", "+", 1) })),
    )
    .returning("last_number")
    .executeTakeFirstOrThrow();
  return row.last_number;
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

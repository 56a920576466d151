import type { Transaction } from "kysely";
import { database } from "./index";
import type { Database, TaskRow } from "./schema";

export type TaskStatusFilter = "all" | "pending" | "completed";

const db = () => database().db;

/**
 * Inserts a task with the user's next number, unless the user already has `maxTasks`
 * (then TaskLimitReachedError). The counter row's lock serialises concurrent adds of one
 * user, so the count cannot race; the transaction means a refused or failed insert uses
 * no number.
 */
export async function insertTask(
  userId: string,
  input: { title: string; description: string | null },
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
        .values({ user_id: userId, number, title: input.title, description: input.description })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
}

export class TaskLimitReachedError extends Error {
  constructor(readonly maxTasks: number) {
    super(`The user has ${maxTasks} tasks, the most allowed.`);
    this.name = "TaskLimitReachedError";
  }
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

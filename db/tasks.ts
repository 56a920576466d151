import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from "kysely";
import { TaskLimitReachedError } from "@/lib/errors";
import type { TaskDueFilter, TaskPriority, TaskSort } from "@/lib/tasks/task-fields";
import { database } from "./index";
import type { Database, NewTask, TaskRow, TaskUpdate } from "./schema";
import { purgeDeletedTasksNowAndThen } from "./task-purge";

/** Where the user's "now" is: their today and wall-clock time (for due filters). */
export interface UserNow {
  today: string;
  time: string;
}

/** Which tasks a query reads. Deleted tasks are never among them. */
export interface TaskFilter {
  /** Only the done (true) or open (false) ones. */
  completed?: boolean;
  due?: { filter: TaskDueFilter; now: UserNow };
  priority?: TaskPriority;
  tag?: string;
  /** Words to find in the title or description, tolerant of small typos. */
  search?: string;
}

const db = () => database().db;

type TaskQuery<O = object> = SelectQueryBuilder<Database, "tasks", O>;

/**
 * Every column, the date and time read as text: drivers would turn a `date` into a JS Date
 * at midnight in the server's own zone, which is the wrong day anywhere west of UTC.
 */
const taskColumns = (eb: ExpressionBuilder<Database, "tasks">) =>
  [
    "tasks.id",
    "tasks.user_id",
    "tasks.number",
    "tasks.title",
    "tasks.description",
    "tasks.completed",
    "tasks.created_at",
    "tasks.updated_at",
    "tasks.priority",
    "tasks.tags",
    "tasks.recurrence",
    "tasks.remind_at",
    "tasks.completed_at",
    "tasks.deleted_at",
    sql<string | null>`to_char(${eb.ref("tasks.due_date")}, 'YYYY-MM-DD')`.as("due_date"),
    sql<string | null>`to_char(${eb.ref("tasks.due_time")}, 'HH24:MI')`.as("due_time"),
  ] as const;

/**
 * Inserts a task with the user's next number, unless the user already has `maxTasks`
 * (then TaskLimitReachedError). The counter row's lock serialises one user's adds, and
 * a refused or failed insert takes its counter update back with it (uses no number).
 * Far below the cap this is one statement (no BEGIN and COMMIT round trips); near it, a
 * transaction counts after taking the counter's lock, so concurrent adds cannot pass it.
 */
export async function insertTask(
  userId: string,
  task: NewTask,
  maxTasks = Number.POSITIVE_INFINITY,
): Promise<TaskRow> {
  await purgeDeletedTasksNowAndThen();
  const fast = await insertTaskBelow(userId, task, maxTasks - NEAR_CAP);
  if (fast) return fast;
  return db()
    .transaction()
    .execute(async (trx) => {
      // Lock the user's counter (making it if need be) before counting: the count then
      // sees every add that held the lock before us.
      await sql`INSERT INTO task_counters (user_id, last_number) VALUES (${userId}, 0)
        ON CONFLICT (user_id) DO UPDATE SET last_number = task_counters.last_number`.execute(trx);
      const row = await insertTaskBelow(userId, task, maxTasks, trx);
      if (!row) throw new TaskLimitReachedError(maxTasks);
      return row;
    });
}

/** How close to the cap the one-statement insert stops trusting its own count. */
const NEAR_CAP = 64;

/** One statement: the next number and the row, if the user has fewer than `below` tasks. */
async function insertTaskBelow(
  userId: string,
  task: NewTask,
  below: number,
  executor: Kysely<Database> = db(),
): Promise<TaskRow | undefined> {
  const fields = Object.entries(task).filter(([, value]) => value !== undefined);
  const columns = fields.map(([name]) => sql`, ${sql.ref(name)}`);
  const values = fields.map(([, value]) => sql`, ${value}`);
  const underCap = Number.isFinite(below)
    ? sql`WHERE (SELECT count(*) FROM tasks WHERE user_id = ${userId} AND deleted_at IS NULL) < ${Math.max(0, below)}`
    : sql``;
  // The date and time come back as text, as taskColumns reads them (see there).
  const { rows } = await sql<TaskRow>`
    WITH counter AS (
      INSERT INTO task_counters (user_id, last_number)
      SELECT ${userId}, 1 ${underCap}
      ON CONFLICT (user_id) DO UPDATE SET last_number = task_counters.last_number + 1
      RETURNING last_number
    )
    INSERT INTO tasks (user_id, number${sql.join(columns, sql``)})
    SELECT ${userId}, last_number${sql.join(values, sql``)} FROM counter
    RETURNING id, user_id, number, title, description, completed, created_at, updated_at,
      priority, tags, recurrence, remind_at, completed_at, deleted_at,
      to_char(due_date, 'YYYY-MM-DD') AS due_date, to_char(due_time, 'HH24:MI') AS due_time`.execute(
    executor,
  );
  return rows[0];
}

function visibleTasks(userId: string): TaskQuery {
  return db()
    .selectFrom("tasks")
    .where("tasks.user_id", "=", userId)
    .where("tasks.deleted_at", "is", null);
}

function dueCondition(filter: TaskDueFilter, now: UserNow) {
  return (eb: ExpressionBuilder<Database, "tasks">) => {
    const today = sql<string>`cast(${now.today} as date)`;
    const overdue = eb.and([
      eb("completed", "=", false),
      eb.or([
        eb("due_date", "<", today),
        eb.and([
          eb("due_date", "=", today),
          eb("due_time", "<", sql<string>`cast(${now.time} as time)`),
        ]),
      ]),
    ]);
    switch (filter) {
      case "overdue":
        return overdue;
      case "today":
        return eb.or([eb("due_date", "=", today), overdue]);
      case "upcoming":
        return eb.and([
          eb("due_date", ">", today),
          eb("due_date", "<=", sql<string>`cast(${now.today} as date) + 7`),
        ]);
      case "none":
        return eb("due_date", "is", null);
      case "any":
        return eb("due_date", "is not", null);
    }
  };
}

// ILIKE takes these literally only when escaped.
const likePattern = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filtered<O>(query: TaskQuery<O>, filter: TaskFilter): TaskQuery<O> {
  if (filter.completed !== undefined) query = query.where("completed", "=", filter.completed);
  if (filter.due) query = query.where(dueCondition(filter.due.filter, filter.due.now));
  if (filter.priority) query = query.where("priority", "=", filter.priority);
  // tags @> array[tag] uses the GIN index on tags.
  if (filter.tag) query = query.where("tags", "@>", sql<string[]>`array[${filter.tag}]::text[]`);
  if (filter.search) {
    const words = filter.search;
    // ILIKE finds exact substrings; `<%` (word similarity above pg_trgm's threshold, 0.6)
    // finds a word with a small typo ("quartely"). Both use the trigram GIN indexes.
    query = query.where((eb) =>
      eb.or([
        eb("title", "ilike", likePattern(words)),
        eb("description", "ilike", likePattern(words)),
        sql<boolean>`${words} <% ${eb.ref("title")}`,
        sql<boolean>`${words} <% ${eb.ref("description")}`,
      ]),
    );
  }
  return query;
}

function sorted<O>(query: TaskQuery<O>, sort: TaskSort): TaskQuery<O> {
  switch (sort) {
    case "due":
      query = query.orderBy("due_date", (o) => o.asc().nullsLast());
      query = query.orderBy("due_time", (o) => o.asc().nullsLast());
      break;
    case "priority":
      query = query.orderBy(
        sql`array_position(array['high', 'medium', 'low', 'none'], ${sql.ref("priority")})`,
      );
      break;
    case "created":
      query = query.orderBy("created_at");
      break;
    case "title":
      query = query.orderBy(sql`lower(${sql.ref("title")})`);
      break;
    case "number":
      break;
  }
  return query.orderBy("number");
}

/**
 * One page of a user's tasks. Sorted by number, pages continue after a number (keyset);
 * by any other order, after an offset (a list of one person's tasks is small).
 */
export async function listTasks(
  userId: string,
  options: TaskFilter & {
    sort?: TaskSort;
    afterNumber?: number;
    offset?: number;
    limit: number;
  },
): Promise<TaskRow[]> {
  let query = filtered(visibleTasks(userId), options).select(taskColumns);
  if (options.afterNumber !== undefined) query = query.where("number", ">", options.afterNumber);
  query = sorted(query, options.sort ?? "number");
  if (options.offset) query = query.offset(options.offset);
  return query.limit(options.limit).execute();
}

export async function countTasks(userId: string, filter: TaskFilter): Promise<number> {
  const byStatusOnly = !filter.due && !filter.priority && !filter.tag && !filter.search;
  if (byStatusOnly) {
    // Kept exact by the tasks table's trigger (migration 0008): no count over the index.
    const counts = await db()
      .selectFrom("task_counters")
      .select(["open_tasks", "done_tasks"])
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (!counts) return 0;
    if (filter.completed === undefined) return counts.open_tasks + counts.done_tasks;
    return filter.completed ? counts.done_tasks : counts.open_tasks;
  }
  const row = await filtered(visibleTasks(userId), filter)
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findTask(userId: string, number: number): Promise<TaskRow | undefined> {
  return visibleTasks(userId).select(taskColumns).where("number", "=", number).executeTakeFirst();
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
    .where("deleted_at", "is", null)
    .returning(taskColumns)
    .executeTakeFirst();
}

/**
 * Completes one occurrence of a repeating task: records it and moves the task to its
 * next date (`next`), still open. One transaction, so a completion is never recorded
 * without the move. Undefined when the task is missing, deleted or no longer due `from`.
 */
export async function completeOccurrence(
  userId: string,
  number: number,
  from: string,
  next: Pick<TaskUpdate, "due_date" | "remind_at">,
): Promise<TaskRow | undefined> {
  return db()
    .transaction()
    .execute(async (trx) => {
      const moved = await trx
        .updateTable("tasks")
        .set((eb) => ({ ...next, completed: false, completed_at: null, updated_at: eb.fn("now") }))
        .where("user_id", "=", userId)
        .where("number", "=", number)
        .where("deleted_at", "is", null)
        // Two completions racing on one occurrence move the task once.
        .where("due_date", "=", sql<string>`cast(${from} as date)`)
        .returning(taskColumns)
        .executeTakeFirst();
      if (!moved) return undefined;
      await trx
        .insertInto("task_completions")
        .values({ task_id: moved.id, user_id: userId, due_date: from })
        .execute();
      return moved;
    });
}

/** Soft delete: the task is hidden everywhere, kept 30 days for a restore, then purged. */
export async function deleteTask(userId: string, number: number): Promise<TaskRow | undefined> {
  await purgeDeletedTasksNowAndThen();
  return db()
    .updateTable("tasks")
    .set((eb) => ({ deleted_at: eb.fn("now") }))
    .where("user_id", "=", userId)
    .where("number", "=", number)
    .where("deleted_at", "is", null)
    .returning(taskColumns)
    .executeTakeFirst();
}

/** Brings back a deleted task (same number); a task that is not deleted comes back as is. */
export async function restoreTask(userId: string, number: number): Promise<TaskRow | undefined> {
  const restored = await db()
    .updateTable("tasks")
    .set((eb) => ({ deleted_at: null, updated_at: eb.fn("now") }))
    .where("user_id", "=", userId)
    .where("number", "=", number)
    .where("deleted_at", "is not", null)
    .returning(taskColumns)
    .executeTakeFirst();
  return restored ?? findTask(userId, number);
}

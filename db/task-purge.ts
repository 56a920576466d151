import { sql } from "kysely";
import { database } from "./index";

/** How long a deleted task can be restored. */
export const DELETED_TASK_DAYS = 30;
/** How often one process purges, at most: the purge rides on task writes, no scheduler. */
const PURGE_EVERY_MS = 60 * 60 * 1000;

let lastPurge = 0;

/**
 * Removes tasks deleted more than 30 days ago, at most once an hour per process, on a
 * task write (add or delete). A failure only means the rows wait for the next purge.
 */
export async function purgeDeletedTasksNowAndThen(now = Date.now()): Promise<void> {
  if (now - lastPurge < PURGE_EVERY_MS) return;
  lastPurge = now;
  try {
    await purgeDeletedTasks();
  } catch (error) {
    console.warn(`Purging deleted tasks failed (retried within the hour): ${String(error)}`);
    lastPurge = 0;
  }
}

/** The purge itself; the partial index on deleted_at finds the rows. */
export async function purgeDeletedTasks(): Promise<number> {
  const result = await database()
    .db.deleteFrom("tasks")
    .where("deleted_at", "<", sql<Date>`now() - make_interval(days => ${DELETED_TASK_DAYS})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

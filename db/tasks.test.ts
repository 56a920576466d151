import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import { TaskLimitReachedError } from "@/lib/errors";
import { database } from "./index";
import { purgeDeletedTasks } from "./task-purge";
import { countTasks, deleteTask, insertTask, listTasks, restoreTask, updateTask } from "./tasks";

beforeAll(migrateTestDatabase);

const numbersOf = async (userId: string) =>
  (await listTasks(userId, { limit: 100 })).map((t) => t.number);

describe("per-user task numbers", () => {
  it("20 concurrent adds get 1..20, each once, with every transaction kept apart", async () => {
    const userId = await insertUser();
    const rows = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        insertTask(userId, { title: `t${i}`, description: null }),
      ),
    );
    expect(rows.map((r) => r.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(await numbersOf(userId)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("numbers each user from 1, independently, even when their adds interleave", async () => {
    const [ann, bob] = [await insertUser(), await insertUser()];
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        insertTask(i % 2 ? ann : bob, { title: `t${i}`, description: null }),
      ),
    );
    expect(await numbersOf(ann)).toEqual([1, 2, 3]);
    expect(await numbersOf(bob)).toEqual([1, 2, 3]);
  });

  it("never hands out a deleted task's number again", async () => {
    const userId = await insertUser();
    for (const title of ["a", "b", "c"]) await insertTask(userId, { title, description: null });
    await deleteTask(userId, 3);
    await deleteTask(userId, 1);
    expect((await insertTask(userId, { title: "d", description: null })).number).toBe(4);
    expect(await numbersOf(userId)).toEqual([2, 4]);
  });

  it("a failed insert uses no number (the counter rolls back with it)", async () => {
    const userId = await insertUser();
    await insertTask(userId, { title: "first", description: null });
    // NUL cannot be stored in Postgres text: the insert fails inside the transaction.
    await expect(insertTask(userId, { title: "bad\u0000", description: null })).rejects.toThrow();
    expect((await insertTask(userId, { title: "second", description: null })).number).toBe(2);
  });

  it("refuses a task past the user's maximum, even from concurrent adds, using no number", async () => {
    const userId = await insertUser();
    const adds = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        insertTask(userId, { title: `t${i}`, description: null }, 3),
      ),
    );
    expect(adds.filter((a) => a.status === "fulfilled")).toHaveLength(3);
    for (const refused of adds.filter((a) => a.status === "rejected")) {
      expect(refused.reason).toBeInstanceOf(TaskLimitReachedError);
    }
    await deleteTask(userId, 2);
    expect((await insertTask(userId, { title: "again", description: null }, 3)).number).toBe(4);
    expect(await numbersOf(userId)).toEqual([1, 3, 4]);
  });

  it("refuses a task for a user who does not exist (foreign key)", async () => {
    await expect(insertTask("no-such-user", { title: "x", description: null })).rejects.toThrow();
  });
});

describe("deleted tasks", () => {
  it("are purged 30 days after the delete, not before, and their numbers stay used", async () => {
    const userId = await insertUser();
    for (const title of ["old", "recent", "kept"]) {
      await insertTask(userId, { title, description: null });
    }
    await deleteTask(userId, 1);
    await deleteTask(userId, 2);
    await sql`update tasks set deleted_at = now() - interval '31 days'
      where user_id = ${userId} and number = 1`.execute(database().db);
    await sql`update tasks set deleted_at = now() - interval '29 days'
      where user_id = ${userId} and number = 2`.execute(database().db);

    expect(await purgeDeletedTasks()).toBeGreaterThanOrEqual(1);
    expect(await restoreTask(userId, 1)).toBeUndefined();
    expect((await restoreTask(userId, 2))?.title).toBe("recent");
    expect(await numbersOf(userId)).toEqual([2, 3]);
    expect((await insertTask(userId, { title: "new", description: null })).number).toBe(4);
  });
});

describe("each user's task counts (kept by the tasks table's trigger)", () => {
  const counted = async (userId: string) => ({
    all: await countTasks(userId, {}),
    open: await countTasks(userId, { completed: false }),
    done: await countTasks(userId, { completed: true }),
  });
  const truth = async (userId: string) => {
    const { rows } = await sql<{ all: number; open: number; done: number }>`
      select count(*)::int as all,
             count(*) filter (where not completed)::int as open,
             count(*) filter (where completed)::int as done
      from tasks where user_id = ${userId} and deleted_at is null`.execute(database().db);
    return rows[0];
  };

  it("follow adds, completions, deletes, restores and purges, exactly as a count would", async () => {
    const userId = await insertUser();
    expect(await counted(userId)).toEqual({ all: 0, open: 0, done: 0 });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        insertTask(userId, { title: `t${i}`, description: null }),
      ),
    );
    await Promise.all([1, 2, 3].map((n) => updateTask(userId, n, { completed: true })));
    // Completing a done task again, and an edit that is no status change, change nothing.
    await updateTask(userId, 1, { completed: true });
    await updateTask(userId, 4, { title: "renamed" });
    await Promise.all([3, 4, 5].map((n) => deleteTask(userId, n)));
    await deleteTask(userId, 5);
    await restoreTask(userId, 4);
    await updateTask(userId, 2, { completed: false });
    expect(await counted(userId)).toEqual(await truth(userId));
    expect(await counted(userId)).toEqual({ all: 10, open: 9, done: 1 });
    await sql`update tasks set deleted_at = now() - interval '31 days' where user_id = ${userId} and deleted_at is not null`.execute(
      database().db,
    );
    await purgeDeletedTasks();
    expect(await counted(userId)).toEqual({ all: 10, open: 9, done: 1 });
  });

  it("count tasks inserted outside the app too, and filtered counts still count the rows", async () => {
    const userId = await insertUser();
    await sql`insert into tasks (user_id, number, title, priority)
      select ${userId}, n, 'seeded', 'high' from generate_series(1, 5) n`.execute(database().db);
    expect(await counted(userId)).toEqual({ all: 5, open: 5, done: 0 });
    expect(await countTasks(userId, { priority: "high" })).toBe(5);
  });
});

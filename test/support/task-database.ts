import crypto from "node:crypto";
import { sql } from "kysely";
import { closeDatabase, database } from "@/db";
import * as tasks from "@/db/tasks";
import { migrateDatabase } from "@/lib/server/ready";
import { createPgliteDir } from "./databases";

/**
 * A real, migrated PGlite database in a temp folder for unit tests that run the
 * agent in-process. Call before anything reads the configuration (vitest runs each
 * test file in its own worker, so the setting holds for that file only).
 */
export async function openTaskDatabase() {
  const data = createPgliteDir();
  process.env.PGLITE_DIR = data.dir;
  process.env.BETTER_AUTH_SECRET ??= "unit-test-secret-unit-test-secret-0123456789";
  delete process.env.OPENAI_API_KEY;
  delete process.env.DATABASE_URL;
  await migrateDatabase();
  return {
    /** A new user with these tasks ("[x] " marks a completed one), numbered 1, 2, 3 … */
    async createUser(titles: string[] = []): Promise<string> {
      const id = `user_${crypto.randomBytes(6).toString("hex")}`;
      const now = new Date();
      await sql`insert into "user" (id, name, email, "emailVerified", "createdAt", "updatedAt")
        values (${id}, ${"Test"}, ${`${id}@example.com`}, ${false}, ${now}, ${now})`.execute(
        database().db,
      );
      for (const entry of titles) {
        const done = entry.startsWith("[x] ");
        const task = await tasks.insertTask(id, {
          title: done ? entry.slice(4) : entry,
          description: null,
        });
        if (done) await tasks.updateTask(id, task.number, { completed: true });
      }
      return id;
    },
    /** The user's list in the eval's notation: {"1": "Buy milk", "2": "[x] Call mom"}. */
    async listOf(userId: string): Promise<Record<string, string>> {
      const rows = await tasks.listTasks(userId, { status: "all", limit: 500 });
      return Object.fromEntries(
        rows.map((t) => [String(t.number), `${t.completed ? "[x] " : ""}${t.title}`]),
      );
    },
    async close() {
      await closeDatabase();
      data.remove();
    },
  };
}

import { afterAll, beforeAll } from "vitest";
import { openTaskDatabase, type TaskDatabase } from "./task-database";

/**
 * The test file's task database, opened before its tests and closed after them; the
 * object returned forwards to it, so a file declares it once at the top.
 */
export function taskDatabaseForFile(): TaskDatabase {
  let db: TaskDatabase | undefined;
  // Opening and migrating PGlite can take a while on a busy machine.
  beforeAll(async () => {
    db = await openTaskDatabase();
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });
  const opened = (): TaskDatabase => {
    if (!db) throw new Error("The task database opens in beforeAll.");
    return db;
  };
  return {
    createUser: (titles) => opened().createUser(titles),
    listOf: (userId) => opened().listOf(userId),
    close: () => opened().close(),
  };
}

import { createHash } from "node:crypto";
import { getSchema } from "better-auth/db";
import { getMigrations } from "better-auth/db/migration";
import { database } from "./index";
import { migrateToLatest } from "./migrate";
import { migrations } from "./migrations";
import { authOptions } from "@/lib/auth/auth";

const holder = globalThis as typeof globalThis & { __taskchatReady?: Promise<void> };

/**
 * Migrates the database once per process (Better Auth's tables, then ours). Every
 * request awaits it; a failure is not cached, so the next request tries again
 * (e.g. after the database server comes back).
 */
export function ensureDatabaseReady(): Promise<void> {
  holder.__taskchatReady ??= migrateDatabase().catch((error: unknown) => {
    holder.__taskchatReady = undefined;
    throw error;
  });
  return holder.__taskchatReady;
}

export async function migrateDatabase(): Promise<void> {
  const options = authOptions();
  await migrateToLatest(
    database(),
    async () => {
      const { runMigrations } = await getMigrations(options);
      await runMigrations();
    },
    schemaStamp(getSchema(options)),
  );
}

/** Names the schema this code expects: Better Auth's tables (from its options) and our migrations. */
function schemaStamp(authSchema: unknown): string {
  const expected = JSON.stringify({ auth: authSchema, ours: Object.keys(migrations) });
  return `taskchat schema ${createHash("sha256").update(expected).digest("hex").slice(0, 32)}`;
}

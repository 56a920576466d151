import crypto from "node:crypto";
import { sql } from "kysely";
import { database } from "@/db";
import { migrateDatabase } from "@/db/ready";

/**
 * For unit tests that touch the database: the file's PGlite (see unit-setup.ts),
 * migrated exactly as the server does it (Better Auth's tables, then ours).
 */
export async function migrateTestDatabase(): Promise<void> {
  await migrateDatabase();
}

/** A user row, inserted directly: unit tests need the foreign key's target, not a session. */
export async function insertUser(name = "Test User"): Promise<string> {
  const id = crypto.randomUUID();
  const email = `${id}@example.com`;
  await sql`
    insert into "user" (id, name, email, "emailVerified", "createdAt", "updatedAt")
    values (${id}, ${name}, ${email}, false, now(), now())
  `.execute(database().db);
  return id;
}

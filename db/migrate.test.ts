import { sql } from "kysely";
import { Migrator } from "kysely/migration";
import { beforeAll, describe, expect, it } from "vitest";
import { installCountingDatabase } from "@/test/support/statement-counter";
import { database } from "./index";
import { migrations } from "./migrations";
import { migrateDatabase } from "./ready";

// What a server does at start (db/ready.ts): one query on a database whose schema is the
// code's, the whole migration on an older one. Real PGlite; statements counted, not timed.

const { statements } = installCountingDatabase();
const db = () => database().db;
const LAST = Object.keys(migrations).at(-1)!;

async function applied(): Promise<string[]> {
  const { rows } = await sql<{
    name: string;
  }>`select name from kysely_migration order by name`.execute(db());
  return rows.map((row) => row.name);
}

async function stamp(): Promise<string | null> {
  const { rows } = await sql<{ stamp: string | null }>`
    select obj_description('kysely_migration'::regclass, 'pg_class') as stamp`.execute(db());
  return rows[0]!.stamp;
}

/** The database as an older build left it: its last migration not applied yet. */
async function asOlderBuildLeftIt(olderStamp: string | null) {
  const migrator = new Migrator({
    db: db() as never,
    provider: { getMigrations: async () => migrations },
  });
  const { error } = await migrator.migrateDown();
  if (error) throw error;
  await sql`comment on table kysely_migration is ${sql.lit(olderStamp)}`.execute(db());
}

describe("the migration check at start", () => {
  let current: string | null;
  beforeAll(async () => {
    await migrateDatabase();
    current = await stamp();
  });

  it("stamps a migrated database with the schema the code expects", async () => {
    expect(await applied()).toEqual(Object.keys(migrations));
    expect(current).toMatch(/^taskchat schema [0-9a-f]{32}$/);
  });

  it("is one query on a database already stamped with that schema", async () => {
    statements.length = 0;
    await migrateDatabase();
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/obj_description/);
  });

  it("migrates a database an older build left (another stamp), and stamps it", async () => {
    await asOlderBuildLeftIt("taskchat schema 0123456789abcdef0123456789abcdef");
    expect(await applied()).not.toContain(LAST);
    statements.length = 0;
    await migrateDatabase();
    expect(await applied()).toContain(LAST);
    expect(await stamp()).toBe(current);
    expect(statements.length).toBeGreaterThan(1);
  });

  it("migrates a database from before the stamp (none)", async () => {
    await asOlderBuildLeftIt(null);
    await migrateDatabase();
    expect(await applied()).toEqual(Object.keys(migrations));
    expect(await stamp()).toBe(current);
  });
});

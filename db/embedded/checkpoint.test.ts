import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { database } from "@/db";
import { embeddedUpkeep } from "@/lib/server/embedded-upkeep";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import { checkpointIfWritten, walSinceCheckpoint } from "./checkpoint";

// PGlite runs Postgres in single-user mode: no checkpointer, so a server stopped without
// closing the database replayed at its next start everything it had written. Measured in
// bytes of write-ahead log past the last checkpoint, never in time.

const db = () => database().db;

async function write(rows: number) {
  const userId = await insertUser();
  await sql`
    insert into tasks (user_id, number, title)
    select ${userId}, n, 'Task ' || n from generate_series(1, ${rows}::int) n
  `.execute(db());
}

beforeAll(async () => {
  await migrateTestDatabase();
});

describe("checkpoints on the embedded database", () => {
  it("checkpoints after writes, and then not again until something is written", async () => {
    await write(500);
    expect(await walSinceCheckpoint(db())).toBeGreaterThan(10_000);
    expect(await checkpointIfWritten(db())).toBe(true);
    expect(await walSinceCheckpoint(db())).toBeLessThan(1024);
    expect(await checkpointIfWritten(db())).toBe(false);
  });

  it("leaves nothing to replay after an upkeep run (statistics and checkpoint)", async () => {
    await write(2_000);
    await embeddedUpkeep(db());
    expect(await walSinceCheckpoint(db())).toBeLessThan(1024);
  });
});

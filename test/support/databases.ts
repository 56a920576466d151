import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * The Postgres server for the server lanes of the integration tests. CI sets it;
 * when it is unset locally those lanes are skipped with a visible message.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export function skipWithoutServer(lane: string): boolean {
  if (TEST_DATABASE_URL) return false;
  console.warn(`[tests] TEST_DATABASE_URL is not set: skipping the ${lane} lane.`);
  return true;
}

/** A fresh, empty database on the test server; `drop()` removes it. Tests never share one. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL is not set");
  const name = `taskchat_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh PGlite data folder under the system temp dir; `remove()` deletes it. */
export function createPgliteDir(): { dir: string; remove: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "taskchat-pglite-"));
  const dir = path.join(root, "data");
  return { dir, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

import fs from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { migrations } from "@/db/migrations";
import { EMBEDDED_DATABASE_ON_VERCEL } from "@/lib/server/durable-database";
import {
  createLaneDatabase,
  describeEachLane,
  runCommand,
  type Lane,
  type LaneDatabase,
} from "@/test/support/lanes";
import { startServer } from "@/test/support/server";

/**
 * The Vercel + Neon path (docs/deploy.md): the build's database step
 * (scripts/build-database.ts, run by `next build` after compiling) migrates a server
 * database, safely when several builds race, and refuses the embedded database on Vercel;
 * a server started on Vercel without DATABASE_URL stops with the reason.
 */

const SECRET = "test-secret-test-secret-test-secret-0123456789";

/** The build's database step, as `next build` runs it, with a clean environment. */
function runBuildDatabaseStep(
  env: Record<string, string>,
): Promise<{ code: number; output: string }> {
  return runCommand(process.execPath, ["--import", "tsx", "scripts/build-database.ts"], env);
}

/**
 * The build's database step on a new database of this lane, with these settings besides
 * its own and the secret: it must succeed; then `check`, and the database is removed.
 */
async function builtOnFreshDatabase(
  lane: Lane,
  settings: (fresh: LaneDatabase) => Record<string, string>,
  check: (fresh: LaneDatabase) => Promise<void>,
): Promise<void> {
  const fresh = await createLaneDatabase(lane);
  try {
    const build = await runBuildDatabaseStep({
      ...fresh.env,
      BETTER_AUTH_SECRET: SECRET,
      ...settings(fresh),
    });
    expect(build.code, build.output).toBe(0);
    await check(fresh);
  } finally {
    await fresh.remove();
  }
}

describeEachLane((lane) => {
  let database: LaneDatabase;
  beforeAll(async () => {
    database = await createLaneDatabase(lane);
  });
  afterAll(() => database?.remove());

  if (lane.name === "pglite") {
    it("on Vercel without DATABASE_URL the build fails and the server stops, saying why", async () => {
      const build = await runBuildDatabaseStep({ ...database.env, VERCEL: "1" });
      expect(build.code, build.output).toBe(1);
      expect(build.output).toContain(EMBEDDED_DATABASE_ON_VERCEL);
      // Refused before anything was written.
      expect(fs.existsSync(database.pgliteDir!)).toBe(false);

      await expect(startServer({ ...database.env, VERCEL: "1" })).rejects.toThrow(
        `cannot start: ${EMBEDDED_DATABASE_ON_VERCEL}`,
      );
      expect(fs.existsSync(database.pgliteDir!)).toBe(false);
    });
    return;
  }

  it("three builds racing migrate the database once, and a server then starts on it", async () => {
    const env = { ...database.env, VERCEL: "1", BETTER_AUTH_SECRET: SECRET };
    const builds = await Promise.all([1, 2, 3].map(() => runBuildDatabaseStep(env)));
    for (const build of builds) {
      expect(build.code, build.output).toBe(0);
      expect(build.output).toContain(`Database migrated at build time (${lane.name}).`);
    }
    const applied = await database.query<{ name: string }>(
      "select name from kysely_migration order by name",
    );
    expect(applied.map((row) => row.name)).toEqual(Object.keys(migrations));
    if (database.proxy) expect(database.proxy.connections()).toBeGreaterThan(0);

    const server = await startServer({ ...env });
    try {
      const response = await fetch(`${server.url}/api/auth/get-session`);
      expect(response.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("the build migrates through DATABASE_URL_UNPOOLED when the platform gives one", async () => {
    await builtOnFreshDatabase(
      lane,
      (fresh) => ({
        // The pooled URL (unreachable here) is not what migrations use.
        DATABASE_URL: "postgres://nobody@127.0.0.1:9/pooled",
        DATABASE_URL_UNPOOLED: fresh.url!,
      }),
      async (fresh) => {
        const applied = await fresh.query<{ name: string }>("select name from kysely_migration");
        expect(applied).toHaveLength(Object.keys(migrations).length);
      },
    );
  });

  it("MIGRATE_ON_BUILD=off leaves the database alone", async () => {
    await builtOnFreshDatabase(
      lane,
      () => ({ MIGRATE_ON_BUILD: "off" }),
      async (fresh) => {
        const tables = await fresh.query(
          "select 1 from information_schema.tables where table_name = 'kysely_migration'",
        );
        expect(tables).toEqual([]);
      },
    );
  });
});

import { createLaneDatabase, LANES, type LaneDatabase } from "./lanes";
import { TEST_DATABASE_URL } from "./databases";
import { startServer, type RunningServer } from "./server";

export interface AppUnderTest {
  server: RunningServer;
  database: LaneDatabase;
  /** The Postgres URL the server uses, when it runs on the test server (for asserting on rows). */
  databaseUrl?: string;
  /** Stops the server, and removes the database when the app made it. */
  stop: () => Promise<void>;
}

/**
 * The production server under test. On a lane's database when given one (the lane's
 * owner removes it); else on a fresh database of its own: a Postgres server database
 * when TEST_DATABASE_URL is set (so tests can also read rows), else a PGlite folder.
 * `env` is on top of startServer's test defaults.
 */
export async function startApp(
  options: { env?: Record<string, string>; database?: LaneDatabase } = {},
): Promise<AppUnderTest> {
  const owned = !options.database;
  const database =
    options.database ??
    (await createLaneDatabase(LANES.find((lane) => lane.name === defaultLane())!));
  try {
    const server = await startServer({ ...database.env, ...options.env });
    return {
      server,
      database,
      databaseUrl: database.url,
      stop: async () => {
        await server.stop();
        if (owned) await database.remove();
      },
    };
  } catch (error) {
    if (owned) await database.remove();
    throw error;
  }
}

const defaultLane = () => (TEST_DATABASE_URL ? "pg" : "pglite");

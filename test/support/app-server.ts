import { createPgliteDir, createTestDatabase, TEST_DATABASE_URL } from "./databases";
import { startServer, type RunningServer } from "./server";

export interface AppUnderTest {
  server: RunningServer;
  /** The Postgres URL the server uses, when it runs on the test server (for asserting on rows). */
  databaseUrl?: string;
  stop: () => Promise<void>;
}

/**
 * The production server on a fresh database: a Postgres server database when
 * TEST_DATABASE_URL is set (so tests can also read rows), else a fresh PGlite folder.
 */
export async function startApp(env: Record<string, string> = {}): Promise<AppUnderTest> {
  if (TEST_DATABASE_URL) {
    const database = await createTestDatabase();
    const server = await startServer({ DATABASE_URL: database.url, ...env });
    return {
      server,
      databaseUrl: database.url,
      stop: async () => {
        await server.stop();
        await database.drop();
      },
    };
  }
  const folder = createPgliteDir();
  const server = await startServer({ PGLITE_DIR: folder.dir, ...env });
  return {
    server,
    stop: async () => {
      await server.stop();
      folder.remove();
    },
  };
}

import {
  createPgliteDir,
  createTestDatabase,
  skipWithoutServer,
  TEST_DATABASE_URL,
} from "./databases";

export interface Lane {
  name: string;
  skip: boolean;
  /** The test may open the server's database too (not PGlite: one process at a time). */
  sharedDatabase: boolean;
  /** A fresh database: the server's environment for it, and how to remove it. */
  setup: () => Promise<{
    env: Record<string, string>;
    databaseUrl?: string;
    cleanup: () => Promise<void>;
  }>;
}

/** The same suite on the embedded database and, when configured, the Postgres server. */
export function mcpLanes(suite: string): Lane[] {
  const noServer = !TEST_DATABASE_URL;
  if (noServer) skipWithoutServer(`${suite} (Postgres server)`);
  return [
    {
      name: "PGlite",
      skip: false,
      sharedDatabase: false,
      setup: async () => {
        const { dir, remove } = createPgliteDir();
        return { env: { PGLITE_DIR: dir }, cleanup: async () => remove() };
      },
    },
    {
      name: "Postgres server",
      skip: noServer,
      sharedDatabase: true,
      setup: async () => {
        const database = await createTestDatabase();
        return {
          env: { DATABASE_URL: database.url },
          databaseUrl: database.url,
          cleanup: database.drop,
        };
      },
    },
  ];
}

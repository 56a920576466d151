import {
  Kysely,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
} from "kysely";
import { EmbeddedStorage } from "@/db/embedded/embedded-storage";
import { SerialPGliteDialect } from "@/db/pglite-dialect";
import type { Database } from "@/db/schema";

/**
 * The process's database handle on this unit file's PGlite, counting every statement
 * sent to it: each query, and each BEGIN, COMMIT and ROLLBACK (round trips too, which
 * Kysely's log hook does not see). Installed where `database()` finds it.
 */
export function installCountingDatabase(): { statements: string[] } {
  const statements: string[] = [];
  const dialect = new SerialPGliteDialect(
    new EmbeddedStorage({
      dir: process.env.PGLITE_DIR!,
      guardAgainstEmptyStart: false,
      allowNew: true,
    }),
  );
  const counting: Dialect = {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => countingDriver(dialect.createDriver(), statements),
  };
  const holder = globalThis as typeof globalThis & {
    __taskchatDatabase?: { db: Kysely<Database>; driver: "pglite" };
  };
  holder.__taskchatDatabase = { db: new Kysely<Database>({ dialect: counting }), driver: "pglite" };
  return { statements };
}

function countingDriver(inner: Driver, statements: string[]): Driver {
  const counted = (connection: DatabaseConnection): DatabaseConnection => ({
    executeQuery: (query: CompiledQuery) => {
      statements.push(query.sql);
      return connection.executeQuery(query);
    },
    streamQuery: (query, chunkSize) => {
      statements.push(query.sql);
      return connection.streamQuery(query, chunkSize);
    },
  });
  const originals = new WeakMap<DatabaseConnection, DatabaseConnection>();
  const original = (connection: DatabaseConnection) => originals.get(connection) ?? connection;
  return {
    init: () => inner.init(),
    acquireConnection: async () => {
      const connection = await inner.acquireConnection();
      const wrapped = counted(connection);
      originals.set(wrapped, connection);
      return wrapped;
    },
    releaseConnection: (connection) => inner.releaseConnection(original(connection)),
    beginTransaction: (connection, settings) => {
      statements.push("begin");
      return inner.beginTransaction(original(connection), settings);
    },
    commitTransaction: (connection) => {
      statements.push("commit");
      return inner.commitTransaction(original(connection));
    },
    rollbackTransaction: (connection) => {
      statements.push("rollback");
      return inner.rollbackTransaction(original(connection));
    },
    destroy: () => inner.destroy(),
  };
}

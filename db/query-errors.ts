import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryResult,
  TransactionSettings,
} from "kysely";

/**
 * A failed query's error travels to loggers we do not control (ours, Better Auth's,
 * Next's), and the drivers put the bound values on it: PGlite attaches `params`, and
 * Postgres' own `detail` and some messages quote the offending value ("Key
 * (email)=(ann@example.com) already exists"). Redacting at the driver, where every error
 * passes, keeps the statement's shape (SQL with `$1` placeholders, SQLSTATE, the
 * constraint, table and column it names) and removes every value, for every logger.
 */
export function withRedactedQueryErrors(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new RedactingDriver(dialect.createDriver()),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}

const VALUE_FIELDS = ["params", "parameters", "queryOptions", "internalQuery"] as const;
const REDACTED = "…";

/** Removes bound values from a query error, in place (its class and code stay). */
export function redactQueryError(error: unknown): unknown {
  if (!error || typeof error !== "object") return error;
  const e = error as Record<string, unknown> & { message?: unknown; stack?: unknown };
  for (const field of VALUE_FIELDS) delete e[field];
  if (typeof e.detail === "string") e.detail = redactDetail(e.detail);
  if (typeof e.message === "string") {
    const names = [e.constraint, e.table, e.column, e.schema, e.dataType].filter(
      (name): name is string => typeof name === "string",
    );
    const message = redactQuoted(e.message, names);
    if (message !== e.message) {
      if (typeof e.stack === "string") e.stack = e.stack.replace(e.message, message);
      e.message = message;
    }
  }
  return error;
}

// "Key (email)=(ann@example.com) already exists." / "Failing row contains (1, secret, …)."
function redactDetail(detail: string): string {
  return detail
    .replace(/\)=\(.*\)/s, `)=(${REDACTED})`)
    .replace(/row contains \(.*\)/s, `row contains (${REDACTED})`)
    .replace(/"(?:[^"]|"")*"/g, `"${REDACTED}"`);
}

// `invalid input syntax for type integer: "secret"`: keep quoted names the error itself
// lists (constraint, table, column), replace any other quoted text.
function redactQuoted(message: string, names: string[]): string {
  return message.replace(/"((?:[^"]|"")*)"/g, (quoted, inner: string) =>
    names.includes(inner) ? quoted : `"${REDACTED}"`,
  );
}

class RedactingDriver implements Driver {
  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return new RedactingConnection(await this.inner.acquireConnection());
  }
  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection((connection as RedactingConnection).inner);
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    return this.inner.beginTransaction((connection as RedactingConnection).inner, settings);
  }
  commitTransaction(connection: DatabaseConnection) {
    return this.inner.commitTransaction((connection as RedactingConnection).inner);
  }
  rollbackTransaction(connection: DatabaseConnection) {
    return this.inner.rollbackTransaction((connection as RedactingConnection).inner);
  }
  savepoint: Driver["savepoint"] = (connection, ...rest) =>
    this.inner.savepoint!((connection as RedactingConnection).inner, ...rest);
  rollbackToSavepoint: Driver["rollbackToSavepoint"] = (connection, ...rest) =>
    this.inner.rollbackToSavepoint!((connection as RedactingConnection).inner, ...rest);
  releaseSavepoint: Driver["releaseSavepoint"] = (connection, ...rest) =>
    this.inner.releaseSavepoint!((connection as RedactingConnection).inner, ...rest);
  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

class RedactingConnection implements DatabaseConnection {
  constructor(readonly inner: DatabaseConnection) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      return await this.inner.executeQuery<R>(query);
    } catch (error) {
      throw redactQueryError(error);
    }
  }

  async *streamQuery<R>(
    query: CompiledQuery,
    chunkSize: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize);
    } catch (error) {
      throw redactQueryError(error);
    }
  }
}

import {
  PGliteAdapter,
  PGliteDialect,
  type DialectAdapter,
  type CompiledQuery,
  type QueryResult,
  type DatabaseConnection,
  type Driver,
  type TransactionSettings,
} from "kysely";
import type { EmbeddedStorage } from "./embedded/embedded-storage";
import { FairQueue } from "./embedded/fair-queue";
import { currentParty } from "./party";

/**
 * PGlite is a single connection, and Kysely's PGlite driver hands that one
 * connection to every caller at once: a query issued while another caller's
 * transaction is open would run inside that transaction. This dialect queues
 * callers so each holds the connection alone, as a pool of one would, and serves
 * the waiting callers fairly between parties (users), not first come first served
 * (db/embedded/fair-queue.ts; decision 020).
 */
export class SerialPGliteDialect extends PGliteDialect {
  /** Who waits for the connection (tests and diagnostics read it). */
  readonly queue = new FairQueue();

  constructor(private readonly storage: EmbeddedStorage) {
    super({ pglite: () => storage.open() });
  }

  override createDriver(): Driver {
    return new SerialDriver(super.createDriver(), this.storage, this.queue);
  }

  // Kysely serialises single-connection dialects itself, first come first served, before
  // the driver sees a caller; the driver's fair queue does it instead, so it must see
  // every waiting caller.
  override createAdapter(): DialectAdapter {
    return new QueuedByDriverAdapter();
  }
}

class QueuedByDriverAdapter extends PGliteAdapter {
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

class SerialDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly storage: EmbeddedStorage,
    private readonly queue: FairQueue,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  // Neither acquiring nor releasing may throw: Kysely's own connection mutex is not
  // released when they do, and every later query would wait forever. The storage
  // checks run in the connection's queries and at commit instead.
  async acquireConnection(): Promise<DatabaseConnection> {
    await this.queue.acquire(currentParty());
    try {
      return new WatchedConnection(await this.inner.acquireConnection(), this.storage);
    } catch (error) {
      this.queue.release();
      throw error;
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    try {
      await this.inner.releaseConnection(inner(connection));
    } finally {
      this.queue.release();
    }
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    this.storage.assertIntact();
    await this.inner.beginTransaction(inner(connection), settings);
  }
  // Never commit into a folder that is gone (the transaction rolls back), and never
  // acknowledge a commit that landed in one that went away meanwhile.
  async commitTransaction(connection: DatabaseConnection) {
    this.storage.assertIntact();
    await this.inner.commitTransaction(inner(connection));
    this.storage.assertIntact();
  }
  rollbackTransaction(connection: DatabaseConnection) {
    return this.inner.rollbackTransaction(inner(connection));
  }
  savepoint: Driver["savepoint"] = (connection, ...rest) =>
    this.inner.savepoint!(inner(connection), ...rest);
  rollbackToSavepoint: Driver["rollbackToSavepoint"] = (connection, ...rest) =>
    this.inner.rollbackToSavepoint!(inner(connection), ...rest);
  releaseSavepoint: Driver["releaseSavepoint"] = (connection, ...rest) =>
    this.inner.releaseSavepoint!(inner(connection), ...rest);

  async destroy(): Promise<void> {
    try {
      await this.inner.destroy();
    } finally {
      await this.storage.close();
    }
  }
}

/**
 * PGlite's connection, with the folder checked before and after each query: a write
 * into a folder that vanished went nowhere, so its caller gets an error instead of an
 * acknowledgement. Failures go to the storage watch (an abort kills PGlite).
 */
class WatchedConnection implements DatabaseConnection {
  constructor(
    readonly inner: DatabaseConnection,
    private readonly storage: EmbeddedStorage,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    this.storage.assertIntact();
    let result: QueryResult<R>;
    try {
      result = await this.inner.executeQuery<R>(query);
    } catch (error) {
      this.storage.noteQueryError(error);
      throw error;
    }
    this.storage.assertIntact();
    return result;
  }

  streamQuery<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

function inner(connection: DatabaseConnection): DatabaseConnection {
  return connection instanceof WatchedConnection ? connection.inner : connection;
}

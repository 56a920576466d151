import fs from "node:fs";
import path from "node:path";
import {
  PGliteDialect,
  type DatabaseConnection,
  type Driver,
  type TransactionSettings,
} from "kysely";

/**
 * PGlite is a single connection, and Kysely's PGlite driver hands that one
 * connection to every caller at once: a query issued while another caller's
 * transaction is open would run inside that transaction. This dialect queues
 * callers so each holds the connection alone, as a pool of one would.
 */
export class SerialPGliteDialect extends PGliteDialect {
  override createDriver(): Driver {
    return new SerialDriver(super.createDriver());
  }
}

class SerialDriver implements Driver {
  #tail: Promise<void> = Promise.resolve();
  #releaseHolder: (() => void) | undefined;

  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.#releaseHolder = release;
    return this.inner.acquireConnection();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.inner.releaseConnection(connection);
    const release = this.#releaseHolder;
    this.#releaseHolder = undefined;
    release?.();
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    return this.inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection) {
    return this.inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection) {
    return this.inner.rollbackTransaction(connection);
  }
  savepoint: Driver["savepoint"] = (...args) => this.inner.savepoint!(...args);
  rollbackToSavepoint: Driver["rollbackToSavepoint"] = (...args) =>
    this.inner.rollbackToSavepoint!(...args);
  releaseSavepoint: Driver["releaseSavepoint"] = (...args) => this.inner.releaseSavepoint!(...args);

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/**
 * PGlite takes no lock on its data folder, and two processes writing one folder
 * silently corrupt it. We hold `<dir>.lock` (our pid) for the life of the process.
 */
export function lockDataDir(dir: string): () => void {
  const lockPath = `${path.resolve(dir)}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lockPath, "utf8").trim());
      if (holder === process.pid) return () => {};
      if (isAlive(holder)) {
        throw new DatabaseLockedError(
          `The embedded database at ${path.resolve(dir)} is in use by process ${holder}. ` +
            `Stop that process, or set PGLITE_DIR to another folder (or DATABASE_URL to a Postgres server).`,
        );
      }
      fs.rmSync(lockPath, { force: true }); // The holder died without cleaning up.
    }
  }
  throw new Error(`Could not lock the embedded database at ${path.resolve(dir)}.`);
}

/** Another live process holds the embedded database. */
export class DatabaseLockedError extends Error {
  override readonly name = "DatabaseLockedError";
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

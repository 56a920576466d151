import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { isPgliteAbort } from "../storage-failure";
import { lockDataDir, type DataDirLock } from "./data-dir-lock";
import { DataDirLostError, NewDatabaseRefusedError, StorageFailureError } from "./errors";
import { compiledPgliteWasm } from "./pglite-wasm";
import { copyPreparedDatabase } from "./prepared-database";

export interface EmbeddedStorageOptions {
  dir: string;
  /** Refuse to create a database where the marker says one was before (production). */
  guardAgainstEmptyStart: boolean;
  /** The operator's explicit go-ahead for a new database despite the marker (PGLITE_ALLOW_NEW=1). */
  allowNew: boolean;
  lockStaleMs?: number;
  /** Start a new database from the build's prepared copy when there is one (default yes). */
  usePrepared?: boolean;
}

interface Identity {
  dev: number;
  ino: number;
  versionIno: number;
}

/**
 * The embedded database's folder, watched for the life of the process: locked against
 * every other server, checked before and after each use, and remembered by a marker so
 * that production never silently starts over empty.
 *
 * The lock lives inside the folder (on the data's own volume, where every server that
 * mounts it sees it); the marker lives beside it (outside a volume mounted at
 * PGLITE_DIR, so a volume that failed to mount cannot hide it).
 */
export class EmbeddedStorage {
  readonly folder: string;
  readonly markerPath: string;
  #lock: DataDirLock | undefined;
  #identity: Identity | undefined;
  #failure: Error | undefined;

  constructor(private readonly options: EmbeddedStorageOptions) {
    this.folder = path.resolve(options.dir);
    this.markerPath = `${this.folder}.created`;
  }

  /**
   * Locks the folder, then opens (or, when allowed, creates) the database in it. A new
   * database starts as a copy of the build's prepared one when there is one (seconds
   * faster than `initdb`, see prepared-database.ts).
   */
  async open(): Promise<PGlite> {
    this.#refuseEmptyStartAfterLoss();
    this.#failure = undefined;
    const wasm = compiledPgliteWasm();
    this.#lock = await lockDataDir(this.folder, {
      staleMs: this.options.lockStaleMs,
      // The heartbeat often notices a deleted folder before a request does: say which it was.
      onLost: (error) =>
        this.#fail(
          this.#folderReplaced()
            ? this.#folderReplacedError()
            : new DataDirLostError(
                `Lost the lock on the embedded database at ${this.folder} (${error.message}): ` +
                  `another server may have taken it over. This server refuses every request ` +
                  `until it is restarted.`,
              ),
        ),
    });
    try {
      const { PGlite } = await import("@electric-sql/pglite");
      // pg_trgm backs typo-tolerant task search (migration 0005); PGlite ships it as an
      // extension that must be loaded on every open, not only when it is created.
      const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
      if (
        this.options.usePrepared !== false &&
        !fs.existsSync(path.join(this.folder, "PG_VERSION"))
      )
        copyPreparedDatabase(this.folder);
      // Postgres' default 128 MB of shared buffers is sized for a server; one person's
      // task list needs far less, and this keeps the embedded server ~100 MB smaller.
      const pglite = await PGlite.create(this.folder, {
        postgresqlconf: ["shared_buffers=16MB"],
        extensions: { pg_trgm },
        pgliteWasmModule: await wasm,
      });
      this.#identity = this.#readIdentity();
      this.#writeMarker();
      return pglite;
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  /**
   * Throws once the folder is gone, replaced, unlocked or its storage failed: from then
   * on nothing this process writes is durable, so no write may be acknowledged.
   */
  assertIntact(): void {
    if (this.#failure) throw this.#failure;
    if (!this.#identity || !this.#folderReplaced()) return;
    this.#fail(this.#folderReplacedError());
    throw this.#failure;
  }

  #folderReplaced(): boolean {
    if (!this.#identity) return false;
    let current: Identity | undefined;
    try {
      current = this.#readIdentity();
    } catch {
      // Unreadable counts as gone.
    }
    return !(
      current &&
      current.dev === this.#identity.dev &&
      current.ino === this.#identity.ino &&
      current.versionIno === this.#identity.versionIno
    );
  }

  #folderReplacedError(): DataDirLostError {
    return new DataDirLostError(
      `The embedded database's folder ${this.folder} was deleted or replaced while the server ` +
        `ran. This server refuses every request; restore the folder and restart it.`,
    );
  }

  /** A query failed: after a PGlite abort this instance is dead (and its writes with it). */
  noteQueryError(error: unknown): void {
    if (!isPgliteAbort(error)) return;
    this.#fail(
      new StorageFailureError(
        `The embedded database at ${this.folder} aborted (${String(error)}), most likely on a ` +
          `full or read-only disk. This server refuses every request until it is restarted.`,
      ),
    );
  }

  async close(): Promise<void> {
    const lock = this.#lock;
    this.#lock = undefined;
    this.#identity = undefined;
    await lock?.release();
  }

  #fail(error: Error): void {
    if (this.#failure) return;
    this.#failure = error;
    console.error("[taskchat]", error.message);
  }

  #readIdentity(): Identity {
    const folder = fs.statSync(this.folder);
    const version = fs.statSync(path.join(this.folder, "PG_VERSION"));
    return { dev: folder.dev, ino: folder.ino, versionIno: version.ino };
  }

  #refuseEmptyStartAfterLoss(): void {
    if (!this.options.guardAgainstEmptyStart || this.options.allowNew) return;
    if (fs.existsSync(path.join(this.folder, "PG_VERSION"))) return;
    if (!fs.existsSync(this.markerPath)) return;
    throw new NewDatabaseRefusedError(
      `Refusing to create a new, empty embedded database in ${this.folder}: ${this.markerPath} ` +
        `records that a database was created there before, so its volume is probably not mounted ` +
        `(or the folder was deleted). Mount or restore it. To really start over with an empty ` +
        `database, delete ${this.markerPath} or set PGLITE_ALLOW_NEW=1 for one start.`,
    );
  }

  #writeMarker(): void {
    if (fs.existsSync(this.markerPath)) return;
    try {
      fs.writeFileSync(
        this.markerPath,
        `A Taskchat embedded database was created in ${this.folder} (${new Date().toISOString()}).\n` +
          `While this file exists, a production server will not create a new, empty database in\n` +
          `that folder (e.g. when its volume failed to mount). Delete it, or set PGLITE_ALLOW_NEW=1,\n` +
          `to start over deliberately.\n`,
      );
    } catch (error) {
      console.warn(
        `[taskchat] could not write ${this.markerPath} (${(error as Error).message}): ` +
          `an unmounted volume would not be detected at the next start.`,
      );
    }
  }
}

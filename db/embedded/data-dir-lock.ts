import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lockfile from "proper-lockfile";
import { DatabaseLockedError } from "./errors";

/**
 * A lock is stale when its heartbeat is older than this. Long enough that a busy event
 * loop does not lose its own lock; short enough that a server in another container
 * takes over within seconds of the holder's crash.
 */
export const LOCK_STALE_MS = 20_000;
const LOCK_HEARTBEAT_MS = 4_000;

export interface DataDirLock {
  release(): Promise<void>;
}

export interface LockOptions {
  /** Called once if the lock is lost while held (heartbeat failed, taken over, folder gone). */
  onLost: (error: Error) => void;
  staleMs?: number;
}

/** Who holds the lock, written beside it so a refused server can say so. */
interface Owner {
  pid: number;
  host: string;
  /** Kernel boot and PID namespace: a pid means something only when both match ours. */
  boot: string;
  pidNamespace: string;
}

/**
 * PGlite takes no lock on its data folder, and two processes writing one folder corrupt
 * it for good. We hold a directory lock *inside* the folder (so it lives on the same
 * volume as the data, wherever that volume is mounted) and keep its mtime fresh with a
 * heartbeat: `mkdir` is atomic on local and network file systems alike, and a heartbeat
 * means something in every container and on every host, where a pid does not.
 *
 * A lock is taken over when its heartbeat is older than `staleMs` — never because its
 * pid looks dead or alive from here (pids repeat across namespaces and after restarts).
 * The one shortcut: a holder on this very host, boot and PID namespace whose pid is gone
 * has certainly exited, so a restart after a crash need not wait out the heartbeat.
 */
export async function lockDataDir(dir: string, options: LockOptions): Promise<DataDirLock> {
  const folder = path.resolve(dir);
  const lockPath = path.join(folder, ".taskchat.lock");
  const ownerPath = path.join(folder, ".taskchat.lock-owner");
  const staleMs = options.staleMs ?? LOCK_STALE_MS;
  fs.mkdirSync(folder, { recursive: true });
  removeIfHolderExited(lockPath, ownerPath);

  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(folder, {
      lockfilePath: lockPath,
      realpath: false,
      stale: staleMs,
      update: Math.min(LOCK_HEARTBEAT_MS, staleMs / 2),
      onCompromised: (error) => options.onLost(error),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    throw new DatabaseLockedError(
      `The embedded database at ${folder} is in use by ${describe(readOwner(ownerPath))}. ` +
        `Stop that process, or set PGLITE_DIR to another folder (or DATABASE_URL to a Postgres server).`,
    );
  }
  fs.writeFileSync(ownerPath, JSON.stringify(currentOwner()));
  return {
    release: async () => {
      await release().catch(() => {
        // Already released or lost: nothing of ours is left to remove.
      });
    },
  };
}

function removeIfHolderExited(lockPath: string, ownerPath: string): void {
  if (!fs.existsSync(lockPath)) return;
  const owner = readOwner(ownerPath);
  const here = currentOwner();
  const sameHost =
    owner &&
    owner.host === here.host &&
    owner.boot === here.boot &&
    owner.pidNamespace === here.pidNamespace;
  if (!sameHost || owner.pid === here.pid || isAlive(owner.pid)) return;
  fs.rmSync(lockPath, { recursive: true, force: true });
}

function currentOwner(): Owner {
  return {
    pid: process.pid,
    host: os.hostname(),
    boot: readOr("/proc/sys/kernel/random/boot_id", "").trim(),
    pidNamespace: linkOr("/proc/self/ns/pid", ""),
  };
}

function readOwner(ownerPath: string): Owner | undefined {
  try {
    const owner = JSON.parse(fs.readFileSync(ownerPath, "utf8")) as Owner;
    return Number.isInteger(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

function describe(owner: Owner | undefined): string {
  if (!owner) return "another process";
  const here = currentOwner();
  return owner.host === here.host && owner.pidNamespace === here.pidNamespace
    ? `process ${owner.pid}`
    : `process ${owner.pid} on ${owner.host} (another host or container)`;
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

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
}

function linkOr(file: string, fallback: string): string {
  try {
    return fs.readlinkSync(file);
  } catch {
    return fallback;
  }
}

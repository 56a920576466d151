import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { lockDataDir, type DataDirLock } from "./data-dir-lock";
import { DatabaseLockedError } from "./errors";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "taskchat-lock-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const children: ReturnType<typeof spawn>[] = [];
const held: DataDirLock[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const lock of held.splice(0)) await lock.release();
});

let dirs = 0;
function freshDir(): { dir: string; lockPath: string; ownerPath: string } {
  const dir = path.join(root, `db-${++dirs}`);
  fs.mkdirSync(dir);
  return {
    dir,
    lockPath: path.join(dir, ".taskchat.lock"),
    ownerPath: path.join(dir, ".taskchat.lock-owner"),
  };
}

async function lock(dir: string, onLost: (error: Error) => void = () => {}, staleMs?: number) {
  const taken = await lockDataDir(dir, { onLost, staleMs });
  held.push(taken);
  return taken;
}

/** Another live process, standing in for whatever now runs under a recorded pid. */
function liveProcess(): number {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  children.push(child);
  return child.pid!;
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid!;
}

const here = {
  host: os.hostname(),
  boot: fs.existsSync("/proc/sys/kernel/random/boot_id")
    ? fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim()
    : "",
  pidNamespace: fs.existsSync("/proc/self/ns/pid") ? fs.readlinkSync("/proc/self/ns/pid") : "",
};

/** A lock as another server leaves it: the directory, its heartbeat's age, and who holds it. */
function plantLock(
  paths: { lockPath: string; ownerPath: string },
  owner: { pid: number; pidNamespace?: string; host?: string },
  heartbeatAgeMs = 0,
) {
  fs.mkdirSync(paths.lockPath);
  fs.writeFileSync(paths.ownerPath, JSON.stringify({ ...here, ...owner }));
  const at = new Date(Date.now() - heartbeatAgeMs);
  fs.utimesSync(paths.lockPath, at, at);
}

async function lockError(dir: string): Promise<unknown> {
  return lock(dir).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("lockDataDir", () => {
  it("holds a directory lock inside the folder, says who holds it, and releases it", async () => {
    const { dir, lockPath, ownerPath } = freshDir();
    const taken = await lock(dir);
    expect(fs.statSync(lockPath).isDirectory()).toBe(true);
    expect(JSON.parse(fs.readFileSync(ownerPath, "utf8"))).toMatchObject({ pid: process.pid });
    await taken.release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it("refuses a second holder while the first's heartbeat is fresh, with a message saying what to do", async () => {
    const { dir, lockPath } = freshDir();
    await lock(dir);
    const error = await lockError(dir);
    expect(error).toBeInstanceOf(DatabaseLockedError);
    expect((error as Error).message).toContain(`in use by process ${process.pid}`);
    expect((error as Error).message).toMatch(/PGLITE_DIR|DATABASE_URL/);
    expect(fs.existsSync(lockPath)).toBe(true);
  });

  it("refuses a fresh lock held from another PID namespace even though its pid is unknown here", async () => {
    // The defect this lock replaces: a pid means nothing in another container, so a
    // second server there judged the first "dead" and took its folder.
    const paths = freshDir();
    const otherNamespacePid = await deadPid();
    plantLock(paths, { pid: otherNamespacePid, pidNamespace: "pid:[4026599999]" });
    const error = await lockError(paths.dir);
    expect(error).toBeInstanceOf(DatabaseLockedError);
    expect((error as Error).message).toMatch(/another host or container/);
    expect(fs.existsSync(paths.lockPath)).toBe(true);
  });

  it("takes over a stale lock whose pid now belongs to another live process (heartbeat age decides)", async () => {
    const paths = freshDir();
    plantLock(paths, { pid: liveProcess() }, 60_000);
    await lock(paths.dir);
    expect(JSON.parse(fs.readFileSync(paths.ownerPath, "utf8")).pid).toBe(process.pid);
  });

  it("does not take over a fresh lock whose pid is a live process", async () => {
    const paths = freshDir();
    const holder = liveProcess();
    plantLock(paths, { pid: holder });
    expect(String(await lockError(paths.dir))).toContain(`in use by process ${holder}`);
  });

  it("takes over at once a lock whose holder on this host and namespace has exited", async () => {
    const paths = freshDir();
    plantLock(paths, { pid: await deadPid() });
    await lock(paths.dir);
    expect(JSON.parse(fs.readFileSync(paths.ownerPath, "utf8")).pid).toBe(process.pid);
  });

  it("treats a lock without a readable owner by its heartbeat alone", async () => {
    const fresh = freshDir();
    fs.mkdirSync(fresh.lockPath);
    fs.writeFileSync(fresh.ownerPath, "garbage");
    expect(await lockError(fresh.dir)).toBeInstanceOf(DatabaseLockedError);

    const stale = freshDir();
    fs.mkdirSync(stale.lockPath);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(stale.lockPath, old, old);
    await lock(stale.dir);
  });

  it("reports the lock lost when another process takes it over, and leaves that lock alone on release", async () => {
    const paths = freshDir();
    const onLost = vi.fn();
    const taken = await lock(paths.dir, onLost, 2_000);
    // Another server decided our heartbeat was stale and took the lock.
    fs.rmdirSync(paths.lockPath);
    fs.mkdirSync(paths.lockPath);
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(paths.lockPath, later, later);
    await vi.waitFor(() => expect(onLost).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    await taken.release();
    expect(fs.existsSync(paths.lockPath)).toBe(true);
  });

  it("reports the lock lost when the folder is deleted", async () => {
    const paths = freshDir();
    const onLost = vi.fn();
    await lock(paths.dir, onLost, 2_000);
    fs.rmSync(paths.dir, { recursive: true, force: true });
    await vi.waitFor(() => expect(onLost).toHaveBeenCalledTimes(1), { timeout: 5_000 });
  });
});

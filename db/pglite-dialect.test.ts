import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { DatabaseLockedError, lockDataDir } from "./pglite-dialect";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "taskchat-lock-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

let dirs = 0;
function freshDir(): { dir: string; lockPath: string } {
  const dir = path.join(root, `db-${++dirs}`);
  return { dir, lockPath: `${dir}.lock` };
}

/** Another live process, standing in for a second server that holds the lock. */
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

describe("lockDataDir", () => {
  it("takes the lock by writing this process's pid beside the folder, and releases it", () => {
    const { dir, lockPath } = freshDir();
    const release = lockDataDir(dir);
    expect(fs.readFileSync(lockPath, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it("lets this process take its own lock again (one handle after another)", () => {
    const { dir, lockPath } = freshDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).not.toThrow();
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it("refuses a second holder while the first is alive, with a message saying what to do", () => {
    const { dir, lockPath } = freshDir();
    const holder = liveProcess();
    fs.writeFileSync(lockPath, String(holder));

    let error: unknown;
    try {
      lockDataDir(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseLockedError);
    expect((error as Error).name).toBe("DatabaseLockedError");
    expect((error as Error).message).toContain(`in use by process ${holder}`);
    expect((error as Error).message).toMatch(/PGLITE_DIR|DATABASE_URL/);
    // The holder's lock is untouched.
    expect(fs.readFileSync(lockPath, "utf8")).toBe(String(holder));
  });

  it("takes over the lock of a holder that died without releasing it", async () => {
    const { dir, lockPath } = freshDir();
    fs.writeFileSync(lockPath, String(await deadPid()));
    const release = lockDataDir(dir);
    expect(fs.readFileSync(lockPath, "utf8")).toBe(String(process.pid));
    release();
  });

  it("takes over a lock file whose content is not a pid", () => {
    const { dir, lockPath } = freshDir();
    fs.writeFileSync(lockPath, "garbage");
    lockDataDir(dir)();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it("does not remove a lock that another process holds when releasing", () => {
    const { dir, lockPath } = freshDir();
    const release = lockDataDir(dir);
    const other = liveProcess();
    fs.writeFileSync(lockPath, String(other)); // e.g. taken over after a crash
    release();
    expect(fs.readFileSync(lockPath, "utf8")).toBe(String(other));
  });
});

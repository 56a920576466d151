import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { NonBlockingLog } from "./non-blocking-log";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "taskchat-log-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const line = `[taskchat] ${"x".repeat(200)}\n`;

describe("NonBlockingLog", () => {
  it("never blocks on a pipe that nobody drains", async () => {
    const fifo = path.join(root, "undrained");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const reader = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const writer = fs.openSync(fifo, fs.constants.O_WRONLY);
    try {
      const log = new NonBlockingLog(writer);
      const started = performance.now();
      for (let i = 0; i < 20_000; i++) log.write(line); // ~4 MB: 60 times the pipe's buffer
      expect(performance.now() - started).toBeLessThan(2_000);
      // The event loop is free: timers still fire.
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      fs.closeSync(reader);
      fs.closeSync(writer);
    }
  });

  it("swallows a failing stream (a full disk)", async () => {
    const full = fs.openSync("/dev/full", "w");
    const log = new NonBlockingLog(full);
    expect(() => {
      for (let i = 0; i < 100; i++) log.write(line);
    }).not.toThrow();
    // Every retry fails too, and drops its lines; then nothing is left to write.
    await new Promise((resolve) => setTimeout(resolve, 500));
    fs.closeSync(full);
  });

  it("delivers every line, in order, to a stream that works", async () => {
    const file = path.join(root, "log.txt");
    const fd = fs.openSync(file, "w");
    const log = new NonBlockingLog(fd);
    for (let i = 0; i < 1000; i++) log.write(`line ${i}\n`);
    await expect
      .poll(() => fs.readFileSync(file, "utf8").split("\n").length, { timeout: 5_000 })
      .toBe(1001);
    expect(fs.readFileSync(file, "utf8").split("\n").slice(0, 3)).toEqual([
      "line 0",
      "line 1",
      "line 2",
    ]);
    fs.closeSync(fd);
  });
});

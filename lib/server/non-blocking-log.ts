import fs from "node:fs";
import { format } from "node:util";

/** What may wait in memory per stream while its reader is slow or gone; beyond it, lines are dropped. */
const MAX_QUEUED_BYTES = 1 << 20;
const RETRY_MS = 100;

/**
 * Node writes stdout and stderr synchronously to files and pipes: a log pipe nobody
 * drains, or a log file on a full disk, blocks the event loop (the whole server hangs)
 * or throws from `console.error` in the middle of a request. This writer hands each
 * line to the thread pool instead, keeps at most one write in flight, and drops lines —
 * counting them — when the queue is full or the stream fails. A log line is worth less
 * than an answer.
 */
export class NonBlockingLog {
  #queue: Buffer[] = [];
  #queuedBytes = 0;
  #writing = false;
  #dropped = 0;

  constructor(private readonly fd: number) {}

  write(text: string): void {
    const chunk = Buffer.from(text);
    if (this.#queuedBytes + chunk.length > MAX_QUEUED_BYTES) {
      this.#dropped++;
      return;
    }
    this.#enqueue(chunk);
    this.#pump();
  }

  #enqueue(chunk: Buffer): void {
    this.#queue.push(chunk);
    this.#queuedBytes += chunk.length;
  }

  #pump(): void {
    if (this.#writing || this.#queue.length === 0) return;
    if (this.#dropped > 0) {
      this.#queue.unshift(
        Buffer.from(
          `[taskchat] ${this.#dropped} log lines dropped (log stream blocked or failing)\n`,
        ),
      );
      this.#dropped = 0;
    }
    const chunk = Buffer.concat(this.#queue);
    this.#queue = [];
    this.#queuedBytes = 0;
    this.#writing = true;
    fs.write(this.fd, chunk, (error, written) => {
      this.#writing = false;
      if (error) {
        if (error.code === "EAGAIN") {
          // A non-blocking pipe that is full: try again shortly, in order.
          this.#queue.unshift(chunk);
          this.#queuedBytes += chunk.length;
        } else {
          this.#dropped += lineCount(chunk); // EPIPE, ENOSPC, EIO…: those lines are lost
        }
        setTimeout(() => this.#pump(), RETRY_MS).unref();
        return;
      }
      if (written < chunk.length) this.#queue.unshift(chunk.subarray(written));
      this.#queuedBytes += chunk.length - written;
      this.#pump();
    });
  }
}

function lineCount(chunk: Buffer): number {
  let lines = 0;
  for (const byte of chunk) if (byte === 10) lines++;
  return Math.max(lines, 1);
}

const holder = globalThis as typeof globalThis & { __taskchatLogInstalled?: boolean };

/** Routes the server's console through non-blocking writers (once per process). */
export function installNonBlockingConsole(): void {
  if (holder.__taskchatLogInstalled) return;
  holder.__taskchatLogInstalled = true;
  const out = new NonBlockingLog(1);
  const err = new NonBlockingLog(2);
  const to =
    (log: NonBlockingLog) =>
    (...args: unknown[]) =>
      log.write(`${format(...args)}\n`);
  console.log = console.info = console.debug = to(out);
  console.warn = console.error = to(err);
  // Whatever still writes to the streams directly must not crash the process on EPIPE.
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});
}

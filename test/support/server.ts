import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

// Tests and scripts run from the repository root (npm scripts guarantee it).
const ROOT = process.cwd();

export interface RunningServer {
  url: string;
  port: number;
  /** The `next start` process (the server itself may be its child). */
  pid: number;
  /** Everything the server printed, for assertions and for debugging a failure. */
  output: () => string;
  stop: () => Promise<void>;
}

/** A free TCP port on 127.0.0.1, chosen by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function ensureBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npx next build` first (npm test does it for you).");
  }
}

export interface StartOptions {
  /**
   * A command the server runs under, e.g. `unshare --pid --fork --mount-proc` for a
   * server in another PID namespace (as in another container).
   */
  wrap?: string[];
  /** What is fetched until it answers (any status): by default Better Auth's session. */
  readyPath?: string;
}

/**
 * Starts the real app (`next start` on the production build) with the given
 * environment, and waits until it answers HTTP. `env` is on top of a clean
 * environment: no OPENAI_API_KEY leaks in from the developer's shell.
 */
export async function startServer(
  env: Record<string, string | undefined>,
  port?: number,
  options: StartOptions = {},
): Promise<RunningServer> {
  ensureBuilt();
  const chosen = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosen}`;
  const command = [
    ...(options.wrap ?? []),
    process.execPath,
    path.join(ROOT, "node_modules/next/dist/bin/next"),
    "start",
    "-p",
    String(chosen),
    "-H",
    "127.0.0.1",
  ];
  const child = spawn(command[0]!, command.slice(1), {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123456789",
      BETTER_AUTH_URL: url,
      // Suites sign up many users from one address; the limiter has its own tests.
      AUTH_RATE_LIMIT: "off",
      // Likewise for the chat quota (test/integration/chat-quota.test.ts tests it).
      CHAT_QUOTA_PER_HOUR: "0",
      // The local model's typing pace is for people; tests want answers at once.
      LOCAL_MODEL_PACING_MS: "0",
      // No background deliveries unless a test asks (test/integration/reminders.test.ts).
      REMINDERS_TICKER: "off",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitForHttp(`${url}${options.readyPath ?? "/api/auth/get-session"}`, child, () => output);
  return {
    url,
    port: chosen,
    pid: child.pid!,
    output: () => output,
    stop: () => stopProcess(child),
  };
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited (${child.exitCode}):\n${output()}`);
    try {
      await fetch(url);
      return;
    } catch {
      // Refused until Next listens (then a request waits for the answer): a coarser poll
      // would add up to its interval to the bench's cold-start figures.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  child.kill("SIGKILL");
  throw new Error(`Server did not start within 60 s:\n${output()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

// `npm run bench`: figures for speed and memory, measured against the real production
// server (build first: `npm run build`). Prints numbers; asserts nothing.
//   - chat turn latency (local model): sequential p50/p95, and with 20 users at once
//   - a long conversation: turn latency at the start vs after 200 turns (history is capped)
//   - task API throughput with concurrent writers
//   - one user's MCP batch flood versus another user's task list (latency ratio)
//   - the server's resident memory before and after
import fs from "node:fs";
import { createPgliteDir, createTestDatabase } from "../test/support/databases";
import { floodVersusBystander } from "../test/support/flood";
import { startServer, type RunningServer } from "../test/support/server";
import { apiAs, signUp } from "../test/support/users";

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await run();
  return [performance.now() - start, value];
}

/** Resident memory of the server's process tree (`next start` and its children), from /proc. */
function serverRssMb(server: RunningServer): string {
  try {
    const parentOf = new Map<number, number>();
    for (const entry of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    }
    const inTree = (pid: number): boolean =>
      pid === server.pid || (pid > 1 && parentOf.has(pid) && inTree(parentOf.get(pid)!));
    let kb = 0;
    for (const pid of parentOf.keys()) {
      if (!inTree(pid)) continue;
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      kb += Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    }
    return `${(kb / 1024).toFixed(0)} MB`;
  } catch {
    return "n/a (no /proc)";
  }
}

async function benchLane(name: string, env: Record<string, string>) {
  const server = await startServer(env);
  try {
    console.log(`\n## ${name}`);
    console.log(`server memory at start: ${serverRssMb(server)}`);
    const user = await signUp(server.url);
    const api = apiAs(server.url, user);
    const chat = (message: string, conversation_id?: string) =>
      api("POST", `/api/${user.id}/chat`, { message, ...(conversation_id && { conversation_id }) });

    const first = await chat("Add a task to warm up");
    const conversation = first.json.conversation_id as string;
    const sequential: number[] = [];
    for (let i = 0; i < 50; i++) {
      const [t] = await timed(() =>
        chat(i % 2 ? "What's pending?" : `Add a task to item ${i}`, conversation),
      );
      sequential.push(t);
    }
    console.log(
      `chat turn, sequential (50): p50 ${ms(percentile(sequential, 50))}, p95 ${ms(percentile(sequential, 95))}`,
    );

    const users = await Promise.all(Array.from({ length: 20 }, () => signUp(server.url)));
    const [wall, latencies] = await timed(() =>
      Promise.all(
        users.map(async (u) => {
          const [t] = await timed(() =>
            apiAs(server.url, u)("POST", `/api/${u.id}/chat`, {
              message: "Add a task to buy groceries",
            }),
          );
          return t;
        }),
      ),
    );
    console.log(
      `chat turn, 20 users at once: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, all done in ${ms(wall)}`,
    );

    for (let i = 0; i < 150; i++) await chat(`Add a task to long ${i}`, conversation);
    const late: number[] = [];
    for (let i = 0; i < 20; i++)
      late.push((await timed(() => chat("What's pending?", conversation)))[0]);
    console.log(
      `chat turn after 200+ turns in one conversation: p50 ${ms(percentile(late, 50))} (history capped)`,
    );

    const [apiWall] = await timed(() =>
      Promise.all(
        Array.from({ length: 200 }, (_, i) => api("POST", "/api/tasks", { title: `Bulk ${i}` })),
      ),
    );
    console.log(
      `task API: 200 concurrent creates in ${ms(apiWall)} (${(200 / (apiWall / 1000)).toFixed(0)}/s)`,
    );
    const flood = await floodVersusBystander(server);
    console.log(
      `flood vs bystander: ${flood.floodCalls} MCP calls from one user in ${ms(flood.floodMs)}; ` +
        `another user's task list p50 ${ms(flood.quietMs)} quiet, ${ms(flood.floodedMs)} during it ` +
        `(ratio ${flood.ratio.toFixed(1)}, ${flood.servedDuringFlood} served during the flood)`,
    );
    console.log(`server memory at end: ${serverRssMb(server)}`);
  } finally {
    await server.stop();
  }
}

async function main() {
  const pglite = createPgliteDir();
  try {
    await benchLane("PGlite (embedded)", { PGLITE_DIR: pglite.dir });
  } finally {
    pglite.remove();
  }
  if (process.env.TEST_DATABASE_URL) {
    const db = await createTestDatabase();
    try {
      await benchLane("Postgres server (pg)", { DATABASE_URL: db.url });
    } finally {
      await db.drop();
    }
  } else {
    console.log("\n(TEST_DATABASE_URL not set: skipping the Postgres server lane)");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

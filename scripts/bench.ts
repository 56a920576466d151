// `npm run bench`: figures for speed and memory against the real production server
// (build first: `npm run build`), side by side, each beside the last saved run's figure
// (.bench/last.json). Prints numbers; asserts nothing. See docs/performance.md.
import os from "node:os";
import { execSync } from "node:child_process";
import { closeDatabase } from "@/db";
import { createPgliteDir, createTestDatabase } from "../test/support/databases";
import { floodVersusBystander } from "../test/support/flood";
import { startServer, type RunningServer } from "../test/support/server";
import { signUp, type TestUser } from "../test/support/users";
import { Figures } from "./bench/figures";
import { treeCpuMs, treeRssMb } from "./bench/process-stats";

// The bench's own process reads configuration too (floor, statement count): set it first.
process.env.BETTER_AUTH_SECRET = "bench-secret-bench-secret-bench-secret-0123";
process.env.CHAT_QUOTA_PER_HOUR = "1000000";
process.env.LOCAL_MODEL_PACING_MS = "0";

const figures = new Figures();
const TURNS = 40;
/** The CPU figures' turns of each kind come in this many blocks, the kinds alternating. */
const CPU_BLOCKS = 4;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await run();
  return [performance.now() - start, value];
}

/** Requests per side of a flatness figure. */
const FLATNESS_ROUNDS = 25;

/**
 * The p50 latency of each request, measured in rounds: every request once per round, the
 * order rotating from round to round, after one warm-up each.
 */
async function interleavedP50s<K extends string>(
  runs: Record<K, () => Promise<unknown>>,
): Promise<Record<K, number>> {
  const keys = Object.keys(runs) as K[];
  const latencies = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (const key of keys) await runs[key]();
  for (let round = 0; round < FLATNESS_ROUNDS; round++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(round + i) % keys.length]!;
      latencies[key].push((await timed(runs[key]))[0]);
    }
  }
  return Object.fromEntries(keys.map((key) => [key, percentile(latencies[key], 50)])) as Record<
    K,
    number
  >;
}

type Kind = "json" | "stream";

/** One chat turn as a browser (session cookie) sends it; resolves once the whole answer is in. */
async function turn(
  server: { url: string },
  user: TestUser,
  kind: Kind,
  message: string,
  conversationId?: string,
) {
  const path = kind === "json" ? `/api/${user.id}/chat` : "/api/chat";
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: user.cookie },
    body: JSON.stringify({ message, ...(conversationId && { conversation_id: conversationId }) }),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${text}`);
  if (kind === "json") return (JSON.parse(text) as { conversation_id: string }).conversation_id;
  return text.match(/"data-conversation","data":\{"id":"([^"]+)"/)?.[1] ?? conversationId!;
}

/** Starts `next start` and times it until the first answer (startServer polls every 50 ms). */
async function coldStart(env: Record<string, string>): Promise<[number, RunningServer]> {
  return timed(() => startServer(env));
}

/**
 * `BENCH_ONLY=cold-start`: only the cold-start figures, the existing database started
 * `BENCH_COLD_STARTS` times (default 5, each printed with the server's CPU, the median
 * recorded), nothing saved: a quick, repeatable measure of the start while working on it
 * (docs/performance.md).
 */
const COLD_START_ONLY = process.env.BENCH_ONLY === "cold-start";
const EXISTING_STARTS = COLD_START_ONLY ? Number(process.env.BENCH_COLD_STARTS ?? 5) : 1;

async function lane(
  name: string,
  env: Record<string, string>,
  where: { url?: string; pgliteDir: string },
) {
  const { seed } = await import("./bench/seed");
  figures.section(name);
  let [ms, server] = await coldStart(env);
  figures.record(`${name}: cold start, new database (to first answer)`, ms, "ms");
  figures.record(`${name}: memory after start, new database`, treeRssMb(server.pid), "MB");
  const [small, big, talker, mid] = await Promise.all([
    signUp(server.url),
    signUp(server.url),
    signUp(server.url),
    signUp(server.url),
  ]);
  const smallConversation = await turn(server, small, "json", "Add a task to warm up");
  const longConversation = await turn(server, talker, "json", "Add a task to warm up");
  const midConversation = await turn(server, mid, "json", "Add a task to warm up");
  await server.stop();
  await seed(where, {
    tasks: [
      { userId: small.id, count: 9 },
      { userId: big.id, count: 10_000 },
      { userId: mid.id, count: 99 },
    ],
    messages: [
      { userId: talker.id, conversationId: longConversation, count: 1000 },
      { userId: mid.id, conversationId: midConversation, count: 40 },
    ],
  });
  const starts: number[] = [];
  for (let i = 0; i < EXISTING_STARTS; i++) {
    if (i > 0) await server.stop();
    [ms, server] = await coldStart(env);
    starts.push(ms);
    // The server's CPU until its first answer: steadier than wall-clock on a shared machine.
    if (COLD_START_ONLY) {
      const cpu = treeCpuMs(server.pid).toFixed(0);
      console.log(
        `  existing database, start ${i + 1}: ${ms.toFixed(0)} ms (server CPU ${cpu} ms)`,
      );
    }
  }
  figures.record(`${name}: cold start, existing database`, percentile(starts, 50), "ms");
  figures.record(`${name}: memory after start, existing database`, treeRssMb(server.pid), "MB");
  if (COLD_START_ONLY) return server.stop();
  try {
    // The two kinds take turns in blocks (JSON then streaming, then the other way round),
    // so that a collection of the server's heap or a change of load on the machine falls
    // on both alike; one block of 40 each, one after the other, moved the ratio by up to
    // 0.45× between runs (docs/performance.md).
    const cpu: Record<Kind, number> = { json: 0, stream: 0 };
    const latencies: Record<Kind, number[]> = { json: [], stream: [] };
    const conversations: Record<Kind, string> = {
      json: await turn(server, small, "json", "Add a task to warm up"),
      stream: await turn(server, small, "stream", "Add a task to warm up"),
    };
    for (let block = 0; block < CPU_BLOCKS; block++) {
      const kinds: Kind[] = block % 2 === 0 ? ["json", "stream"] : ["stream", "json"];
      for (const kind of kinds) {
        const before = treeCpuMs(server.pid);
        for (let i = 0; i < TURNS / CPU_BLOCKS; i++) {
          const [t, id] = await timed(() =>
            turn(server, small, kind, `Add a task to item ${block}-${i}`, conversations[kind]),
          );
          conversations[kind] = id;
          latencies[kind].push(t);
        }
        cpu[kind] += treeCpuMs(server.pid) - before;
      }
    }
    for (const kind of ["json", "stream"] as const) {
      cpu[kind] /= TURNS;
      figures.record(
        `${name}: ${kind} turn p50 (add task, 1 user)`,
        percentile(latencies[kind], 50),
        "ms",
      );
      figures.record(`${name}: ${kind} turn server CPU per turn`, cpu[kind], "ms");
    }
    figures.record(`${name}: streaming / JSON CPU per turn`, cpu.stream / cpu.json, "×");

    for (const users of [10, 50]) {
      const people = await Promise.all(Array.from({ length: users }, () => signUp(server.url)));
      for (const kind of ["json", "stream"] as const) {
        const [wall] = await timed(() =>
          Promise.all(
            people.map(async (person) => {
              let conversation: string | undefined;
              for (let i = 0; i < 10; i++)
                conversation = await turn(
                  server,
                  person,
                  kind,
                  `Add a task to item ${i}`,
                  conversation,
                );
            }),
          ),
        );
        figures.record(
          `${name}: ${kind} turns/s, ${users} users × 10 messages`,
          (users * 10) / (wall / 1000),
          "/s",
          "higher",
        );
      }
    }

    // Flatness: the same request against a little and a lot of stored data, p50s of
    // FLATNESS_ROUNDS requests per side. The sides take turns, one request each per round
    // (in a rotating order), so a change of load on the machine, or the server's upkeep
    // running, falls on every side alike; measured side after side, 15 each, one ratio
    // moved by up to 0.5× between runs (docs/performance.md).
    const [bigConversation] = [await turn(server, big, "json", "hello")];
    const list = (user: TestUser, conversation: string) => () =>
      turn(server, user, "json", "show all my tasks", conversation);
    const lists = await interleavedP50s({
      small: list(small, smallConversation),
      mid: list(mid, midConversation),
      big: list(big, bigConversation),
    });
    figures.record(
      `${name}: chat "show all my tasks", 10,000 vs 10 tasks`,
      lists.big / lists.small,
      "×",
    );
    // The same with a full page (50) on both sides: what grows with the list alone.
    figures.record(
      `${name}: chat "show all my tasks", 10,000 vs 100 (full pages)`,
      lists.big / lists.mid,
      "×",
    );
    const getTasks = (user: TestUser) => async () => {
      const response = await fetch(`${server.url}/api/tasks`, { headers: { cookie: user.cookie } });
      await response.text();
    };
    const taskLists = await interleavedP50s({ small: getTasks(small), big: getTasks(big) });
    figures.record(
      `${name}: GET /api/tasks, 10,000 vs 10 tasks`,
      taskLists.big / taskLists.small,
      "×",
    );
    const add = (user: TestUser, conversation: string) => () =>
      turn(server, user, "json", "Add a task to compare", conversation);
    const turns = await interleavedP50s({
      short: add(small, smallConversation),
      middle: add(mid, midConversation),
      long: add(talker, longConversation),
    });
    figures.record(
      `${name}: turn in a conversation of 1,000 vs ~10 messages`,
      turns.long / turns.short,
      "×",
    );
    // Both with a full history (CHAT_HISTORY_LIMIT, 20): what grows with the conversation alone.
    figures.record(
      `${name}: turn in a conversation of 1,000 vs ~40 (full history)`,
      turns.long / turns.middle,
      "×",
    );
    // One user's MCP batch flood must not starve another user (issue 11: per-user fair share).
    const flood = await floodVersusBystander(server);
    figures.record(`${name}: another user's task list during a flood vs quiet`, flood.ratio, "×");
    await chatFloodFigures(name, server);
    figures.record(`${name}: memory after the run`, treeRssMb(server.pid), "MB");
  } finally {
    await server.stop();
  }
}

/**
 * One user fires waves of 40 chat turns at once while another chats, one turn after
 * another: the other's turn latency alone and during the flood (decision 020: on the
 * embedded database the one connection is shared between users in turn).
 */
async function chatFloodFigures(name: string, server: RunningServer) {
  const [flooder, bystander] = [await signUp(server.url), await signUp(server.url)];
  const conversation = await turn(server, bystander, "json", "Add a task to warm up");
  const bystanderTurn = async () =>
    (await timed(() => turn(server, bystander, "json", "Add a task to call mom", conversation)))[0];
  const alone: number[] = [];
  for (let i = 0; i < 10; i++) alone.push(await bystanderTurn());
  let flooding = true;
  const flood = (async () => {
    for (let wave = 0; wave < 3; wave++) {
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          turn(server, flooder, "json", `Add a task to flood ${wave}-${i}`),
        ),
      );
    }
  })().finally(() => (flooding = false));
  const during: number[] = [];
  while (flooding) during.push(await bystanderTurn());
  await flood;
  const [quiet, flooded] = [percentile(alone, 50), percentile(during, 50)];
  figures.record(`${name}: another user's chat turn p50, alone`, quiet, "ms");
  figures.record(`${name}: the same while one user sends 3 × 40 turns at once`, flooded, "ms");
  figures.record(`${name}: another user's chat turn, flooded vs alone`, flooded / quiet, "×");
}

/** The floor and the statement count, in this process, on a database of the lane's kind. */
async function inProcess(name: string, openDatabase: () => Promise<void>) {
  const { startFloor } = await import("./bench/floor");
  await openDatabase();
  const floor = await startFloor();
  try {
    const send = (user: { userId: string; conversationId: string }, message: string) =>
      fetch(floor.url, { method: "POST", body: JSON.stringify({ ...user, message }) }).then((r) =>
        r.text(),
      );
    const one = await floor.newUser();
    await send(one, "warm up");
    const latencies: number[] = [];
    for (let i = 0; i < TURNS; i++) latencies.push((await timed(() => send(one, `item ${i}`)))[0]);
    figures.record(
      `${name}: floor turn p50 (same SQL, bare handler)`,
      percentile(latencies, 50),
      "ms",
    );
    for (const users of [10, 50]) {
      const people = await Promise.all(Array.from({ length: users }, () => floor.newUser()));
      const [wall] = await timed(() =>
        Promise.all(
          people.map(async (person) => {
            for (let i = 0; i < 10; i++) await send(person, `item ${i}`);
          }),
        ),
      );
      figures.record(
        `${name}: floor turns/s, ${users} users × 10 messages`,
        (users * 10) / (wall / 1000),
        "/s",
        "higher",
      );
    }
  } finally {
    await floor.stop();
  }
}

/** Statements of one continuing add-task turn through the chat route, counted in this process. */
async function statementsPerTurn() {
  const { installCountingDatabase } = await import("../test/support/statement-counter");
  const { migrateDatabase } = await import("@/db/ready");
  const { signUpInProcess } = await import("../test/support/in-process-user");
  const { POST } = await import("@/app/api/[user_id]/chat/route");
  const { statements } = installCountingDatabase();
  await migrateDatabase();
  for (const credentials of ["cookie", "bearer"] as const) {
    const user = await signUpInProcess("Counted");
    const send = async (message: string, conversation_id?: string) => {
      const request = new Request(`http://localhost/api/${user.id}/chat`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(credentials === "cookie"
            ? { cookie: user.cookie }
            : { authorization: `Bearer ${user.token}` }),
        },
        body: JSON.stringify({ message, conversation_id }),
      });
      const answer = await POST(request, {
        params: Promise.resolve({ user_id: user.id }),
      });
      const text = await answer.text();
      if (answer.status !== 200) throw new Error(`chat route: ${answer.status} ${text}`);
      return (JSON.parse(text) as { conversation_id: string }).conversation_id;
    };
    const conversation = await send("Add a task to buy milk");
    statements.length = 0;
    await send("Add a task to call mom", conversation);
    figures.record(
      `statements per continuing add-task turn (${credentials === "cookie" ? "browser cookie" : "bearer token"})`,
      statements.length,
      "",
    );
  }
}

async function main() {
  console.log("# Taskchat bench");
  const commit = (() => {
    try {
      return execSync("git rev-parse --short HEAD").toString().trim();
    } catch {
      return "?";
    }
  })();
  console.log(
    `commit ${commit}, Node ${process.version}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}, LOCAL_MODEL_PACING_MS=0`,
  );

  const floorDir = createPgliteDir();
  process.env.PGLITE_DIR = floorDir.dir;
  try {
    if (!COLD_START_ONLY) {
      figures.section("Statements");
      await statementsPerTurn();
      figures.section("Floor (PGlite in the bench process)");
      await inProcess("PGlite", async () => {});
    }
  } finally {
    await closeDatabase();
    floorDir.remove();
  }

  const pglite = createPgliteDir();
  try {
    await lane("PGlite", { PGLITE_DIR: pglite.dir }, { pgliteDir: pglite.dir });
  } finally {
    pglite.remove();
  }
  if (process.env.TEST_DATABASE_URL) {
    const db = await createTestDatabase();
    try {
      await lane("Postgres", { DATABASE_URL: db.url }, { url: db.url, pgliteDir: "" });
      if (COLD_START_ONLY) return;
      const { connect } = await import("@/db/connect");
      figures.section("Floor (Postgres, bench process)");
      await inProcess("Postgres", async () => {
        const holder = globalThis as { __taskchatDatabase?: unknown };
        holder.__taskchatDatabase = connect({ url: db.url, pgliteDir: "", poolMax: 10 });
      });
      await closeDatabase();
    } finally {
      await db.drop();
    }
  } else {
    console.log("\n(TEST_DATABASE_URL not set: skipping the Postgres server lane)");
  }
  // A partial run would replace the last full run's figures.
  if (!COLD_START_ONLY) figures.save();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

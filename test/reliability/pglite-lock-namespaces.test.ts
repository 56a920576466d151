import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANES, createLaneDatabase, type LaneDatabase } from "../support/lanes";
import { startServer, type RunningServer } from "../support/server";
import { apiAs, signUp, type TestUser } from "../support/users";
import { expectDatabaseInUse } from "../support/database-lock";

/**
 * Two servers on one embedded database, the second in another PID namespace — as in
 * another container sharing the volume, or a rolling deploy. A pid-based lock meant
 * nothing there: the second server took the folder over, both acknowledged writes, and
 * the database never opened again.
 */
const IN_ANOTHER_PID_NAMESPACE = ["unshare", "--pid", "--fork", "--mount-proc", "--kill-child"];

function unshareProblem(): string | undefined {
  const probe = spawnSync(
    IN_ANOTHER_PID_NAMESPACE[0]!,
    [...IN_ANOTHER_PID_NAMESPACE.slice(1), "true"],
    {
      encoding: "utf8",
    },
  );
  if (probe.error) return `unshare is not installed (${probe.error.message})`;
  if (probe.status !== 0)
    return `unshare cannot create a PID namespace here: ${probe.stderr.trim()}`;
  return undefined;
}

const problem = unshareProblem();
if (problem)
  console.warn(`[tests] skipping the two-namespace lock test: ${problem} (run as root).`);

describe.skipIf(!!problem)("the embedded database's lock across PID namespaces", () => {
  let database: LaneDatabase;
  let first: RunningServer | undefined;
  let second: RunningServer | undefined;
  let user: TestUser;
  const env = () => database.env;

  beforeAll(async () => {
    database = await createLaneDatabase(LANES.find((lane) => lane.name === "pglite")!);
    first = await startServer(env());
    user = await signUp(first.url);
    expect((await apiAs(first.url, user)("POST", "/api/tasks", { title: "one" })).status).toBe(201);
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    await database?.remove();
  });

  it("a server in another PID namespace on the same PGLITE_DIR refuses with 503 and a clear message", async () => {
    second = await startServer(env(), undefined, { wrap: IN_ANOTHER_PID_NAMESPACE });
    await expectDatabaseInUse(second.url);
    const write = await apiAs(second.url, user)("POST", "/api/tasks", {
      title: "from the other container",
    });
    expect(write.status).toBe(503);
    expect(write.json.error.code).toBe("DATABASE_UNAVAILABLE");
    expect(second.output()).toMatch(/in use by process \d+ on .*another host or container/);
  });

  it("meanwhile the first server goes on numbering and acknowledging alone", async () => {
    const api = apiAs(first!.url, user);
    expect((await api("POST", "/api/tasks", { title: "two" })).json.id).toBe(2);
    expect(
      (await api("GET", "/api/tasks")).json.tasks.map((t: { title: string }) => t.title),
    ).toEqual(["one", "two"]);
  });

  it("when the first server dies, the other namespace takes over once the heartbeat is stale, with nothing lost", async () => {
    await second!.stop();
    second = undefined;
    process.kill(first!.pid, "SIGKILL"); // no clean release: the lock stays behind
    await first!.stop();
    first = undefined;

    second = await startServer(env(), undefined, { wrap: IN_ANOTHER_PID_NAMESPACE });
    const api = apiAs(second.url, user);
    // The dead holder's pid means nothing in this namespace: only the heartbeat's age
    // frees the lock (LOCK_STALE_MS), so the first answers may still be 503.
    const deadline = Date.now() + 60_000;
    let tasks = await api("GET", "/api/tasks");
    while (tasks.status === 503 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      tasks = await api("GET", "/api/tasks");
    }
    expect(tasks.status, tasks.text).toBe(200);
    expect(tasks.json.tasks.map((t: { id: number; title: string }) => [t.id, t.title])).toEqual([
      [1, "one"],
      [2, "two"],
    ]);
    expect((await api("POST", "/api/tasks", { title: "three" })).json.id).toBe(3);
  });

  it("the folder opens cleanly afterwards: nothing was corrupted", async () => {
    await second!.stop();
    second = undefined;
    const rows = await database.query<{ title: string }>("select title from tasks order by number");
    expect(rows.map((row) => row.title)).toEqual(["one", "two", "three"]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANES, createLaneDatabase, type LaneDatabase } from "@/test/support/lanes";
import { startApp } from "@/test/support/app-server";
import type { RunningServer } from "@/test/support/server";
import { apiAs, signUp, type TestUser } from "@/test/support/users";
import { expectDatabaseInUse } from "@/test/support/database-lock";

const pglite = LANES.find((lane) => lane.name === "pglite")!;

describe("the embedded database's lock", () => {
  let database: LaneDatabase;
  let first: RunningServer;
  let second: RunningServer | undefined;
  let user: TestUser;

  beforeAll(async () => {
    database = await createLaneDatabase(pglite);
    first = (await startApp({ database })).server;
    user = await signUp(first.url);
    await apiAs(first.url, user)("POST", "/api/tasks", { title: "must survive" });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    await database?.remove();
  });

  it("a second server on the same PGLITE_DIR answers 503 with a clear message", async () => {
    second = (await startApp({ database })).server;
    await expectDatabaseInUse(second.url);

    const tasks = await apiAs(second.url, user)("GET", "/api/tasks");
    expect(tasks.status).toBe(503);
    expect(tasks.json.error.code).toBe("DATABASE_UNAVAILABLE");
    // The operator's log names the folder and the holder.
    expect(second.output()).toMatch(/in use by process \d+/);
  });

  it("the first server keeps serving, with its data intact", async () => {
    const api = apiAs(first.url, user);
    const tasks = await api("GET", "/api/tasks");
    expect(tasks.status).toBe(200);
    expect(tasks.json.tasks).toMatchObject([{ id: 1, title: "must survive" }]);
    expect((await api("POST", "/api/tasks", { title: "still writable" })).json.id).toBe(2);
  });

  it("after the first server stops, a new one opens the folder with everything in it", async () => {
    await second?.stop();
    second = undefined;
    await first.stop();
    first = (await startApp({ database })).server;
    const tasks = await apiAs(first.url, user)("GET", "/api/tasks");
    expect(tasks.json.tasks.map((t: { title: string }) => t.title)).toEqual([
      "must survive",
      "still writable",
    ]);
  });
});

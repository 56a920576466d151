import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgliteDir } from "../support/databases";
import { expectStorageUnavailablePages } from "../support/pages";
import { startServer, type RunningServer } from "../support/server";
import { apiAs, signUp, type TestUser } from "../support/users";

/**
 * The embedded database's folder vanishes under a running server (deleted, or its
 * volume unmounted). Writes into it go nowhere, so none may be acknowledged; and a
 * production restart must not quietly come up with a new, empty database.
 */
describe("a vanished PGLITE_DIR", () => {
  let data: { dir: string; remove: () => void };
  let server: RunningServer | undefined;
  let user: TestUser;

  beforeAll(async () => {
    data = createPgliteDir();
    server = await startServer({ PGLITE_DIR: data.dir });
    user = await signUp(server.url);
    expect((await apiAs(server.url, user)("POST", "/api/tasks", { title: "kept" })).status).toBe(
      201,
    );
  });
  afterAll(async () => {
    await server?.stop();
    data?.remove();
  });

  it("stops acknowledging writes (503) once the folder is deleted", async () => {
    fs.rmSync(data.dir, { recursive: true, force: true });
    const api = apiAs(server!.url, user);
    for (let i = 0; i < 5; i++) {
      const created = await api("POST", "/api/tasks", { title: `lost ${i}` });
      expect(created.status, created.text).toBe(503);
      expect(created.json.error).toEqual({
        code: "DATABASE_UNAVAILABLE",
        message: expect.stringMatching(/storage went away/),
      });
    }
    expect((await api("GET", "/api/tasks")).status).toBe(503);
    await expectStorageUnavailablePages(server!.url, user, /storage went away/);
    expect(server!.output()).toMatch(/was deleted or replaced while the server ran/);
  });

  it("in production, a restart refuses to create an empty database where one was", async () => {
    await server!.stop();
    server = await startServer({ PGLITE_DIR: data.dir });
    const attempt = await fetch(`${server.url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ name: "X", email: "x@example.com", password: "long enough pw 1" }),
    });
    expect(attempt.status).toBe(503);
    expect((await attempt.json()).error).toEqual({
      code: "DATABASE_UNAVAILABLE",
      message: expect.stringMatching(/storage is missing/),
    });
    expect(server.output()).toMatch(/Refusing to create a new, empty embedded database/);
    expect(server.output()).toMatch(/PGLITE_ALLOW_NEW=1/);
    expect(fs.existsSync(path.join(data.dir, "PG_VERSION"))).toBe(false);
  });

  it("PGLITE_ALLOW_NEW=1 starts over deliberately", async () => {
    await server!.stop();
    server = await startServer({ PGLITE_DIR: data.dir, PGLITE_ALLOW_NEW: "1" });
    const fresh = await signUp(server.url);
    const created = await apiAs(server.url, fresh)("POST", "/api/tasks", { title: "new start" });
    expect(created.status).toBe(201);
    expect(created.json.id).toBe(1);
  });
});

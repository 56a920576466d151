import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "../support/server";

// What a newcomer meets on `npm run build && npm start` without configuring anything.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "taskchat-first-run-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("first run without BETTER_AUTH_SECRET", () => {
  it("on a Postgres server, the server refuses to start with one clear sentence", async () => {
    const start = startServer({
      BETTER_AUTH_SECRET: undefined,
      // Never reached: the refusal comes before any connection.
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
    });
    await expect(start).rejects.toThrow(/cannot start: BETTER_AUTH_SECRET is not set/);
  });

  it("on the embedded database, it generates a secret beside the data and serves", async () => {
    const dataDir = path.join(folder, "data", "pglite");
    const server = await startServer({ BETTER_AUTH_SECRET: undefined, PGLITE_DIR: dataDir });
    try {
      const page = await fetch(`${server.url}/sign-in`);
      expect(page.status).toBe(200);
      expect(
        fs.readFileSync(path.join(folder, "data", "auth-secret"), "utf8").length,
      ).toBeGreaterThanOrEqual(32);
      expect(server.output()).toMatch(/generated one in .*auth-secret/);
    } finally {
      await server.stop();
    }
  });
});

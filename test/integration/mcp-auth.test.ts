import http from "node:http";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { connectMcp, createApiKey, postMcp, revokeApiKey } from "../support/mcp";
import { suiteLaneApp } from "../support/app-server";
import { describeEachLane, PGLITE_AND_PG } from "../support/lanes";
import { apiAs, signUp, type TestUser } from "../support/users";

const callTool = (name: string, args: Record<string, unknown>) => ({
  jsonrpc: "2.0",
  id: 1,
  method: "tools/call",
  params: { name, arguments: args },
});

async function expectUnauthorized(response: Response) {
  expect(response.status).toBe(401);
  expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
  expect(await response.json()).toEqual({
    error: { code: "UNAUTHORIZED", message: expect.any(String) },
  });
}

/** A request with a `Host` header of our choosing (fetch does not allow setting it). */
function postWithHost(url: string, host: string, key: string): Promise<number> {
  const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list", params: {} });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/api/mcp`,
      {
        method: "POST",
        headers: {
          host,
          authorization: `Bearer ${key}`,
          accept: "application/json, text/event-stream",
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

describeEachLane((lane) => {
  describe("MCP authentication and isolation", () => {
    const server = suiteLaneApp(lane);
    let ann: TestUser;
    let bob: TestUser;

    beforeAll(async () => {
      [ann, bob] = [await signUp(server.url, "Ann"), await signUp(server.url, "Bob")];
    });

    it("refuses a request without a key: 401 with WWW-Authenticate", async () => {
      await expectUnauthorized(await postMcp(server.url, {}));
      await expect(connectMcp(server.url, undefined)).rejects.toMatchObject({ code: 401 });
    });

    it("refuses a bogus key, a session token and a session cookie", async () => {
      const bogus = `tc_${"x".repeat(48)}`;
      await expectUnauthorized(await postMcp(server.url, { authorization: `Bearer ${bogus}` }));
      await expectUnauthorized(await postMcp(server.url, { authorization: "Bearer" }));
      await expectUnauthorized(await postMcp(server.url, { authorization: `Bearer ${ann.token}` }));
      await expectUnauthorized(await postMcp(server.url, { cookie: ann.cookie }));
      await expect(connectMcp(server.url, ann.token)).rejects.toMatchObject({ code: 401 });
    });

    it("a key opens MCP only: the task API refuses it", async () => {
      const { key } = await createApiKey(server.url, ann);
      expect((await apiAs(server.url, { token: key })("GET", "/api/tasks")).status).toBe(401);
      const withHeader = await fetch(`${server.url}/api/tasks`, { headers: { "x-api-key": key } });
      expect(withHeader.status).toBe(401);
    });

    it("stores only a hash, and the key stops working once revoked", async () => {
      const created = await createApiKey(server.url, ann, "laptop");
      expect(created.key).toMatch(/^tc_[A-Za-z]{48}$/);
      expect(created.start).toBe(created.key.slice(0, 10));
      const mcp = await connectMcp(server.url, created.key);
      expect((await mcp.listTools()).tools).toHaveLength(6);

      const listed = await apiAs(server.url, ann)("GET", "/api/auth/api-key/list");
      const stored = listed.json.apiKeys.find((k: { id: string }) => k.id === created.id);
      expect(stored).toMatchObject({ name: "laptop", start: created.start });
      expect(stored.lastRequest).not.toBeNull();
      expect(listed.text).not.toContain(created.key);

      await revokeApiKey(server.url, ann, created.id);
      await expect(mcp.listTools()).rejects.toMatchObject({ code: 401 });
      await expectUnauthorized(
        await postMcp(server.url, { authorization: `Bearer ${created.key}` }),
      );
      await mcp.close();
    });

    it("keeps two users' tasks apart: each key acts only on its owner's tasks", async () => {
      const annMcp = await connectMcp(server.url, (await createApiKey(server.url, ann)).key);
      const bobMcp = await connectMcp(server.url, (await createApiKey(server.url, bob)).key);
      const added = await annMcp.callTool({ name: "add_task", arguments: { title: "Ann's plan" } });
      expect(added.structuredContent).toMatchObject({ task_id: 1 });

      expect(
        (await bobMcp.callTool({ name: "list_tasks", arguments: {} })).structuredContent,
      ).toEqual({ tasks: [], total: 0 });
      for (const name of ["complete_task", "delete_task", "update_task"]) {
        const args = name === "update_task" ? { task_id: 1, title: "Bob's" } : { task_id: 1 };
        const result = await bobMcp.callTool({ name, arguments: args });
        expect(result.structuredContent).toEqual({ error: "task_not_found", task_id: 1 });
      }
      await bobMcp.callTool({ name: "add_task", arguments: { title: "Bob's errand" } });

      const annTasks = (await apiAs(server.url, ann)("GET", "/api/tasks")).json.tasks;
      expect(annTasks).toMatchObject([{ id: 1, title: "Ann's plan", completed: false }]);
      const bobTasks = (await apiAs(server.url, bob)("GET", "/api/tasks")).json.tasks;
      expect(bobTasks).toMatchObject([{ id: 1, title: "Bob's errand" }]);
      await Promise.all([annMcp.close(), bobMcp.close()]);
    });

    it("one user cannot revoke another's key", async () => {
      const annKey = await createApiKey(server.url, ann);
      const response = await apiAs(server.url, bob)("POST", "/api/auth/api-key/delete", {
        keyId: annKey.id,
      });
      expect(response.status).toBe(404);
      const ok = await postMcp(server.url, { authorization: `Bearer ${annKey.key}` });
      expect(ok.status).toBe(200);
    });

    it("refuses a foreign browser Origin and a foreign Host with 403 (DNS rebinding)", async () => {
      const { key } = await createApiKey(server.url, ann);
      const authorization = `Bearer ${key}`;
      const foreign = await postMcp(server.url, { authorization, origin: "https://evil.example" });
      expect(foreign.status).toBe(403);
      expect(await foreign.json()).toEqual({
        error: { code: "FORBIDDEN", message: expect.any(String) },
      });
      const own = await postMcp(server.url, { authorization, origin: server.url });
      expect(own.status).toBe(200);

      expect(await postWithHost(server.url, `evil.example:${server.port}`, key)).toBe(403);
      expect(await postWithHost(server.url, `localhost:${server.port}`, key)).toBe(200);
    });

    it("answers GET and DELETE with 405: the endpoint is stateless", async () => {
      for (const method of ["GET", "DELETE"]) {
        const response = await fetch(`${server.url}/api/mcp`, { method });
        expect(response.status).toBe(405);
        expect(response.headers.get("allow")).toBe("POST");
      }
    });

    it("limits requests per key with 429 and Retry-After", async () => {
      const { key } = await createApiKey(server.url, ann);
      const authorization = `Bearer ${key}`;
      let response: Response | undefined;
      for (let i = 0; i < 300; i++) {
        response = await postMcp(server.url, { authorization }, callTool("list_tasks", {}));
        if (response.status !== 200) break;
        await response.body?.cancel();
      }
      expect(response!.status).toBe(429);
      expect(Number(response!.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await response!.json()).error.code).toBe("RATE_LIMITED");
      // Another key of the same user has its own allowance.
      const other = await createApiKey(server.url, ann);
      const fresh = await postMcp(server.url, { authorization: `Bearer ${other.key}` });
      expect(fresh.status).toBe(200);
    });

    // Expiry is set in the database directly, which only a database server lets a test share.
    if (lane.name !== "pglite")
      it("refuses an expired key", async () => {
        const created = await createApiKey(server.url, ann);
        const client = new pg.Client({ connectionString: server.database.url });
        await client.connect();
        await client.query(
          `update apikey set "expiresAt" = now() - interval '1 minute' where id = $1`,
          [created.id],
        );
        await client.end();
        await expectUnauthorized(
          await postMcp(server.url, { authorization: `Bearer ${created.key}` }),
        );
      });
  });
}, PGLITE_AND_PG);

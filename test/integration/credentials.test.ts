import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../support/mcp";
import { apiAs, signUp, type TestUser } from "../support/users";
import { suiteApp } from "../support/app-server";

/** Which credential counts, what accounts may be, and the answers at the edges of the API. */
describe("credentials and account rules", () => {
  const server = suiteApp({ lane: "pglite" });
  let victim: TestUser;

  beforeAll(async () => {
    victim = await signUp(server.url, "Victim");
  });

  const tasksOf = async (user: TestUser) =>
    (await apiAs(server.url, user)("GET", "/api/tasks")).json.tasks as { title: string }[];

  const authPost = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url, ...headers },
      body: JSON.stringify(body),
    });

  it("refuses a cross-site write that rode on the cookie, whatever Authorization it carried", async () => {
    for (const authorization of ["Basic dmljdGltOnB3", "Bearer ", "Bearer forged.token"]) {
      const response = await fetch(`${server.url}/api/tasks`, {
        method: "POST",
        headers: {
          cookie: victim.cookie,
          authorization,
          origin: "https://evil.example",
          "sec-fetch-site": "cross-site",
          "content-type": "application/json",
        },
        body: JSON.stringify({ title: `planted by ${authorization}` }),
      });
      expect(response.status, authorization).toBe(403);
      expect((await response.json()).error.code).toBe("CROSS_SITE_REQUEST");
    }
    expect(await tasksOf(victim)).toEqual([]);
    // A real bearer token from another site is fine: the page cannot have it.
    const withToken = await fetch(`${server.url}/api/tasks`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${victim.token}`,
        origin: "https://evil.example",
        "content-type": "application/json",
      },
      body: JSON.stringify({ title: "from a script" }),
    });
    expect(withToken.status).toBe(201);
  });

  it("accepts only the signed session token as a bearer token", async () => {
    const unsigned = victim.token.split(".")[0]!;
    expect(unsigned).not.toBe(victim.token);
    const refused = await apiAs(server.url, { token: unsigned })("GET", "/api/tasks");
    expect(refused.status).toBe(401);
    const session = await fetch(`${server.url}/api/auth/get-session`, {
      headers: { authorization: `Bearer ${unsigned}` },
    });
    expect(await session.json()).toBeNull();
    expect((await apiAs(server.url, victim)("GET", "/api/tasks")).status).toBe(200);
  });

  it("answers unknown /api paths with the JSON 404 shape", async () => {
    for (const [method, path] of [
      ["GET", "/api/nope"],
      ["POST", "/api/tasks/1/extra"],
      ["GET", "/api/conversations/x/y/z"],
      ["DELETE", "/api/someone/else"],
    ] as const) {
      const response = await apiAs(server.url, victim)(method, path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toMatch(/application\/json/);
      expect(response.json, path).toEqual({
        error: { code: "NOT_FOUND", message: expect.any(String) },
      });
    }
  });

  it("does not bounce a bearer-only request between / and /sign-in", async () => {
    const headers = { authorization: `Bearer ${victim.token}` };
    const home = await fetch(`${server.url}/`, { headers, redirect: "manual" });
    expect(home.status).toBe(307);
    expect(new URL(home.headers.get("location")!, server.url).pathname).toBe("/sign-in");
    const signIn = await fetch(`${server.url}/sign-in`, { headers, redirect: "manual" });
    expect(signIn.status).toBe(200);
  });

  it("refuses weak passwords and bad names at sign-up with a clear reason", async () => {
    for (const password of ["password", "12345678", "        "]) {
      const response = await authPost("sign-up/email", {
        name: "Weak",
        email: `weak-${Math.random().toString(36).slice(2)}@example.com`,
        password,
      });
      expect(response.status, JSON.stringify(password)).toBe(400);
      const body = await response.json();
      expect(body.code).toBe("PASSWORD_TOO_WEAK");
      expect(body.message).toMatch(/too easy to guess/);
    }
    for (const name of ["x".repeat(101), "nul\u0000name", "   "]) {
      const response = await authPost("sign-up/email", {
        name,
        email: `name-${Math.random().toString(36).slice(2)}@example.com`,
        password: "correct horse battery staple",
      });
      expect(response.status, JSON.stringify(name)).toBe(400);
      expect((await response.json()).code).toBe("INVALID_NAME");
    }
  });

  it("answers 400, not 500, to NUL characters in a new name or key name", async () => {
    const bearer = { authorization: `Bearer ${victim.token}` };
    const rename = await authPost("update-user", { name: "a\u0000b" }, bearer);
    expect(rename.status).toBe(400);
    expect((await rename.json()).code).toBe("INVALID_NAME");
    const key = await authPost("api-key/create", { name: "k\u0000" }, bearer);
    expect(key.status).toBe(400);
    expect((await key.json()).code).toBe("INVALID_NAME");
  });

  it("does not let users choose their API key prefix, and caps keys at 10", async () => {
    const user = await signUp(server.url, "Keys");
    const bearer = { authorization: `Bearer ${user.token}` };
    const prefixed = await authPost("api-key/create", { name: "k", prefix: "sk_live_" }, bearer);
    expect(prefixed.status).toBe(400);
    expect((await prefixed.json()).code).toBe("API_KEY_PREFIX_NOT_ALLOWED");
    for (let i = 0; i < 10; i++) {
      const created = await createApiKey(server.url, user, `key ${i}`);
      expect(created.key.startsWith("tc_")).toBe(true);
    }
    const eleventh = await authPost("api-key/create", { name: "one too many" }, bearer);
    expect(eleventh.status).toBe(409);
    const body = await eleventh.json();
    expect(body.code).toBe("API_KEY_LIMIT_REACHED");
    expect(body.message).toMatch(/10 API keys/);
  });

  it("changing the password refuses a weak one and ends the other sessions", async () => {
    const user = await signUp(server.url, "Changer");
    const other = await authPost("sign-in/email", { email: user.email, password: user.password });
    const otherToken = other.headers.get("set-auth-token")!;
    expect((await apiAs(server.url, { token: otherToken })("GET", "/api/tasks")).status).toBe(200);

    const bearer = { authorization: `Bearer ${user.token}` };
    const weak = await authPost(
      "change-password",
      { currentPassword: user.password, newPassword: "password1" },
      bearer,
    );
    expect(weak.status).toBe(400);
    expect((await weak.json()).code).toBe("PASSWORD_TOO_WEAK");

    // Even a client that asks to keep the other sessions does not.
    const changed = await authPost(
      "change-password",
      {
        currentPassword: user.password,
        newPassword: "a different long passphrase",
        revokeOtherSessions: false,
      },
      bearer,
    );
    expect(changed.status).toBe(200);
    expect((await apiAs(server.url, { token: otherToken })("GET", "/api/tasks")).status).toBe(401);
  });
});

import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { signUp, type TestUser } from "../support/users";
import { suiteApp } from "../support/app-server";

const TEST_SECRET = "test-secret-test-secret-test-secret-0123456789";

function csp(response: Response): string {
  return response.headers.get("content-security-policy") ?? "";
}

describe("hardening: headers, cookies, cross-site requests, secrets", () => {
  const server = suiteApp({ lane: "pglite" });
  let user: TestUser;

  beforeAll(async () => {
    user = await signUp(server.url);
  });

  it("sends a strict CSP and the other security headers on pages", async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    const policy = csp(page);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("openai.com");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("x-powered-by")).toBeNull();
  });

  it("sends a load-nothing CSP and nosniff on API answers, errors included", async () => {
    for (const response of [
      await fetch(`${server.url}/api/tasks`),
      await fetch(`${server.url}/api/tasks`, {
        headers: { authorization: `Bearer ${user.token}` },
      }),
      await fetch(`${server.url}/api/auth/get-session`),
    ]) {
      expect(csp(response)).toContain("default-src 'none'");
      expect(csp(response)).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("allows OpenAI's ChatKit script and frame on /chatkit only", async () => {
    // Signed in: a signed-out visitor of /chatkit is redirected to sign-in.
    const signedIn = { headers: { cookie: user.cookie }, redirect: "manual" } as const;
    const page = await fetch(`${server.url}/chatkit`, signedIn);
    expect(page.status).toBe(200);
    const chatkit = csp(page);
    expect(chatkit).toMatch(/script-src [^;]*https:\/\/cdn\.platform\.openai\.com/);
    expect(chatkit).toMatch(/frame-src [^;]*https:\/\/cdn\.platform\.openai\.com/);
    expect(chatkit).toContain("frame-ancestors 'none'");
    for (const other of ["/", "/chatkit-elsewhere", "/settings", "/api/tasks"]) {
      expect(csp(await fetch(`${server.url}${other}`, signedIn))).not.toContain("openai.com");
    }
  });

  it("keeps the session cookie away from scripts and other sites", async () => {
    const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
  });

  it("refuses a cookie-authenticated write from another site and changes nothing", async () => {
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${server.url}/api/tasks`, {
        method: "POST",
        headers: { cookie: user.cookie, "content-type": "application/json", ...headers },
        body: JSON.stringify({ title: "forged" }),
      });
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe("CROSS_SITE_REQUEST");
    }
    const list = await fetch(`${server.url}/api/tasks`, { headers: { cookie: user.cookie } });
    expect((await list.json()).tasks).toEqual([]);

    const sameSite = await fetch(`${server.url}/api/tasks`, {
      method: "POST",
      headers: {
        cookie: user.cookie,
        "content-type": "application/json",
        origin: server.url,
        "sec-fetch-site": "same-origin",
      },
      body: JSON.stringify({ title: "mine" }),
    });
    expect(sameSite.status).toBe(201);
  });

  it("refuses sign-in from another site (Better Auth's origin check)", async () => {
    const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("ships no secret or server configuration in the client bundles", () => {
    const root = path.join(process.cwd(), ".next", "static");
    const files = fs.readdirSync(root, { recursive: true, encoding: "utf8" });
    const scripts = files.filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const text = fs.readFileSync(path.join(root, file), "utf8");
      for (const secret of [
        TEST_SECRET,
        "BETTER_AUTH_SECRET",
        "OPENAI_API_KEY",
        "DATABASE_URL",
        "postgres://",
      ]) {
        expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
      }
    }
  });
});

describe("hardening: production cookies over https", () => {
  const server = suiteApp({
    lane: "pglite",
    env: {
      BETTER_AUTH_URL: "https://taskchat.example.test",
    },
  });

  it("marks the session cookie Secure (and __Secure-) when the app is served over https", async () => {
    const response = await fetch(`${server.url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://taskchat.example.test" },
      body: JSON.stringify({
        name: "Sec",
        email: `secure-${Date.now()}@example.com`,
        password: "correct horse battery staple",
      }),
    });
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(session).toMatch(/^__Secure-/);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
  });
});

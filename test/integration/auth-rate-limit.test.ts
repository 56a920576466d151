import crypto from "node:crypto";
import http from "node:http";
import { describe, expect, it } from "vitest";
import { signUp, type TestUser } from "../support/users";
import { suiteApp } from "../support/app-server";

/**
 * Better Auth's limits on sign-in attempts (AUTH_RATE_LIMIT=on, the default), kept in
 * the database and keyed on the client's address, plus our per-account limit on failed
 * sign-ins (lib/auth/auth-endpoint.ts).
 */

function signIn(url: string, body: { email: string; password: string }, headers = {}) {
  return fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url, ...headers },
    body: JSON.stringify(body),
  });
}

/** A sign-in from a chosen local source address (any 127.x.y.z reaches the server on Linux). */
function signInFrom(url: string, localAddress: string, body: object): Promise<number> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/api/auth/sign-in/email`,
      {
        method: "POST",
        localAddress,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          origin: url,
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

const randomEmail = () => `nobody-${crypto.randomBytes(6).toString("hex")}@example.com`;

describe("sign-in rate limit, no trusted proxy (TRUST_PROXY unset)", () => {
  const server = suiteApp({ lane: "pglite", env: { AUTH_RATE_LIMIT: "on" } });

  it("answers 429 with Retry-After to a burst of password guesses", async () => {
    const user = await signUp(server.url);
    // A burst at once: the limit (3 per 10 s on sign-in) does not depend on how fast we are.
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        signIn(server.url, { email: user.email, password: `wrong password ${i}` }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(5);
    // The standard header (the contract's), and Better Auth's own.
    expect(limited[0]!.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(limited[0]!.headers.get("x-retry-after")).toMatch(/^\d+$/);
    // Even the right password is refused while the limit holds.
    const right = await signIn(server.url, { email: user.email, password: user.password });
    expect(right.status).toBe(429);
  });

  it("ignores a client-chosen X-Forwarded-For: varying it does not dodge the limit", async () => {
    await new Promise((resolve) => setTimeout(resolve, 10_500)); // the previous test's window
    const answers = [];
    for (let i = 0; i < 20; i++) {
      answers.push(
        await signIn(
          server.url,
          { email: randomEmail(), password: `guess number ${i}` },
          { "x-forwarded-for": `198.51.100.${i + 1}`, "x-vercel-forwarded-for": `203.0.113.${i}` },
        ),
      );
    }
    const limited = answers.filter((a) => a.status === 429).length;
    expect(limited).toBeGreaterThanOrEqual(15);
  });

  it("keys on the socket address: a client at another address is not limited", async () => {
    await new Promise((resolve) => setTimeout(resolve, 10_500)); // the previous test's window
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        await signInFrom(server.url, "127.0.0.1", { email: randomEmail(), password: `g${i}` }),
      );
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
    const elsewhere = await signInFrom(server.url, "127.0.0.2", {
      email: randomEmail(),
      password: "an honest mistake",
    });
    expect(elsewhere).toBe(401);
  });

  it("does not bucket sign-outs together: a flood of anonymous ones leaves a real one working", async () => {
    const user = await signUp(server.url);
    for (let round = 0; round < 11; round++) {
      await Promise.all(
        Array.from({ length: 10 }, () =>
          fetch(`${server.url}/api/auth/sign-out`, {
            method: "POST",
            headers: { origin: server.url, "content-type": "application/json" },
            body: "{}",
          }),
        ),
      );
    }
    const signOut = await fetch(`${server.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { origin: server.url, cookie: user.cookie, "content-type": "application/json" },
      body: "{}",
    });
    expect(signOut.status).toBe(200);
    const session = await fetch(`${server.url}/api/auth/get-session`, {
      headers: { cookie: user.cookie },
    });
    expect(await session.json()).toBeNull();
  });
});

describe("sign-in rate limit behind a trusted proxy (TRUST_PROXY=1)", () => {
  const server = suiteApp({ lane: "pglite", env: { AUTH_RATE_LIMIT: "on", TRUST_PROXY: "1" } });

  /** Signs up from its own address, so sign-up limits of one address do not interfere. */
  async function signUpFrom(address: string): Promise<TestUser> {
    const email = randomEmail();
    const password = "correct horse battery staple";
    const response = await fetch(`${server.url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: server.url,
        "x-forwarded-for": address,
      },
      body: JSON.stringify({ name: "Test User", email, password }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: { id: string } };
    return { id: body.user.id, email, password, token: "", cookie: "" };
  }

  it("limits one client's guesses without locking out other users", async () => {
    const victim = await signUpFrom("192.0.2.10");
    const bystander = await signUpFrom("192.0.2.11");
    const attacker = { "x-forwarded-for": "203.0.113.66" };
    const guesses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        signIn(server.url, { email: victim.email, password: `wrong ${i}` }, attacker),
      ),
    );
    expect(guesses.filter((g) => g.status === 429).length).toBeGreaterThanOrEqual(3);
    // Another user, from their own address, signs in at once; so does the victim.
    const other = await signIn(
      server.url,
      { email: bystander.email, password: bystander.password },
      { "x-forwarded-for": "198.51.100.20" },
    );
    expect(other.status).toBe(200);
    const victimSignIn = await signIn(
      server.url,
      { email: victim.email, password: victim.password },
      { "x-forwarded-for": "192.0.2.10" },
    );
    expect(victimSignIn.status).toBe(200);
  });

  it("reads the address the proxy appended, not the client's own entries", async () => {
    // The client put 10 different first entries; the proxy's last entry is the same one.
    const answers = [];
    for (let i = 0; i < 10; i++) {
      answers.push(
        await signIn(
          server.url,
          { email: randomEmail(), password: `guess ${i}` },
          { "x-forwarded-for": `10.0.0.${i + 1}, 203.0.113.77` },
        ),
      );
    }
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(6);
  });

  it("limits failed sign-ins per account, from however many addresses", async () => {
    const victim = await signUpFrom("192.0.2.30");
    const statuses = [];
    for (let i = 0; i < 12; i++) {
      const answer = await signIn(
        server.url,
        { email: victim.email.toUpperCase(), password: `spread guess ${i}` },
        { "x-forwarded-for": `198.18.0.${i + 1}` },
      );
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const refused = await signIn(
      server.url,
      { email: victim.email, password: victim.password },
      { "x-forwarded-for": "198.18.1.1" },
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: "TOO_MANY_FAILED_SIGN_INS" });
    // Other accounts are not affected.
    const bystander = await signUpFrom("192.0.2.31");
    const other = await signIn(
      server.url,
      { email: bystander.email, password: bystander.password },
      { "x-forwarded-for": "198.18.2.1" },
    );
    expect(other.status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgliteDir } from "../support/databases";
import { startServer, type RunningServer } from "../support/server";
import { signUp } from "../support/users";

/** Better Auth's limits on sign-in attempts (AUTH_RATE_LIMIT=on, the default), kept in the database. */
describe("sign-in rate limit", () => {
  let server: RunningServer;
  let data: ReturnType<typeof createPgliteDir>;

  beforeAll(async () => {
    data = createPgliteDir();
    server = await startServer({ PGLITE_DIR: data.dir, AUTH_RATE_LIMIT: "on" });
  });

  afterAll(async () => {
    await server?.stop();
    data?.remove();
  });

  it("answers 429 with Retry-After to a burst of password guesses", async () => {
    const user = await signUp(server.url);
    // A burst at once: the limit (3 per 10 s on sign-in) does not depend on how fast we are.
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fetch(`${server.url}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: server.url },
          body: JSON.stringify({ email: user.email, password: `wrong password ${i}` }),
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(5);
    expect(limited[0]!.headers.get("x-retry-after")).toMatch(/^\d+$/);
    // Even the right password is refused while the limit holds.
    const right = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(right.status).toBe(429);
  });
});

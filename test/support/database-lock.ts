import { expect } from "vitest";

/**
 * A server that found its PGlite folder held by another process: a sign-up there answers
 * 503 in the contract's shape, saying the database is in use.
 */
export async function expectDatabaseInUse(serverUrl: string) {
  const signUpAttempt = await fetch(`${serverUrl}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: serverUrl },
    body: JSON.stringify({ name: "X", email: "x@example.com", password: "long enough pw" }),
  });
  expect(signUpAttempt.status).toBe(503);
  expect(await signUpAttempt.json()).toEqual({
    error: {
      code: "DATABASE_UNAVAILABLE",
      message: expect.stringMatching(/in use by another process/),
    },
  });
}

import crypto from "node:crypto";
import { auth } from "@/lib/auth/auth";

/** A user signed up through Better Auth in this process, with both of its credentials. */
export interface InProcessUser {
  id: string;
  /** The browser's session cookie, as a `Cookie` header value. */
  cookie: string;
  /** For `Authorization: Bearer <token>`. */
  token: string;
}

/**
 * Signs up a new user without a server, for tests and the bench that call route handlers
 * directly. The caller has migrated the database first.
 */
export async function signUpInProcess(name = "Test User"): Promise<InProcessUser> {
  const { headers, response } = await auth().api.signUpEmail({
    body: {
      name,
      email: `${crypto.randomUUID()}@example.com`,
      password: "correct horse battery staple",
    },
    returnHeaders: true,
  });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { id: response.user.id, cookie, token: headers.get("set-auth-token")! };
}

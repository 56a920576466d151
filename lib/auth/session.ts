import { ApiError } from "@/lib/http/errors";
import { auth } from "./auth";

/** Who is acting, and by which credential: a cookie rides along on cross-site requests, a bearer token never does. */
export interface Authenticated {
  userId: string;
  by: "bearer" | "cookie";
}

/**
 * The acting user, from `Authorization: Bearer <token>` or else the session cookie.
 * This is the only way any handler learns who the user is. Each credential is checked
 * on its own, so a request is never counted as bearer-authenticated while its cookie
 * did the work (an empty or non-Bearer `Authorization` header proves nothing).
 */
export async function authenticate(request: Request): Promise<Authenticated> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const userId = await sessionUserId(withOnly(request.headers, "authorization"));
    if (userId) return { userId, by: "bearer" };
  }
  if (request.headers.get("cookie")) {
    const userId = await sessionUserId(withOnly(request.headers, "cookie"));
    if (userId) return { userId, by: "cookie" };
  }
  throw new ApiError("UNAUTHORIZED", "Sign in, or send a valid bearer token.");
}

async function sessionUserId(headers: Headers): Promise<string | undefined> {
  const session = await auth().api.getSession({ headers });
  return session?.user.id;
}

/** The request's headers with only one of the two credentials left in. */
function withOnly(headers: Headers, credential: "authorization" | "cookie"): Headers {
  const copy = new Headers(headers);
  copy.delete(credential === "cookie" ? "authorization" : "cookie");
  return copy;
}

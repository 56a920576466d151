import { ApiError } from "@/lib/http/errors";
import { auth } from "./auth";

/**
 * The acting user, from the session cookie or `Authorization: Bearer <token>`.
 * This is the only way any handler learns who the user is.
 */
export async function requireUserId(request: Request): Promise<string> {
  const session = await auth().api.getSession({ headers: request.headers });
  if (!session) throw new ApiError("UNAUTHORIZED", "Sign in, or send a valid bearer token.");
  return session.user.id;
}

import { requireUserId } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { ensureDatabaseReady } from "@/db/ready";
import { errorResponse, toApiError } from "./errors";
import { assertTrustedOrigin } from "./origin";

export interface AuthedContext<Params> {
  userId: string;
  params: Params;
}

/**
 * The frame of every authenticated API route: no cross-site cookie requests, database
 * ready, user known, and any failure turned into the contract's error shape (never a
 * stack trace).
 */
export function authedRoute<Params = Record<string, never>>(
  handle: (request: Request, context: AuthedContext<Params>) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      assertTrustedOrigin(request, env().BETTER_AUTH_URL);
      await ensureDatabaseReady();
      const userId = await requireUserId(request);
      return await handle(request, { userId, params: await context.params });
    } catch (error) {
      return errorResponse(toApiError(error));
    }
  };
}

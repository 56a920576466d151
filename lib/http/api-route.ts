import { authenticate } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { ensureDatabaseReady } from "@/lib/server/ready";
import { errorResponse, toApiError } from "./errors";
import { assertTrustedOrigin } from "./origin";

export interface AuthedContext<Params> {
  userId: string;
  params: Params;
}

/**
 * The frame of every authenticated API route: database ready, user known, no
 * cross-site request that authenticated by cookie, and any failure turned into the contract's error shape (never a
 * stack trace).
 */
export function authedRoute<Params = Record<string, never>>(
  handle: (request: Request, context: AuthedContext<Params>) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      await ensureDatabaseReady();
      const { userId, by } = await authenticate(request);
      // After authentication: only the credential that was used decides the exemption.
      assertTrustedOrigin(request, env().BETTER_AUTH_URL, by);
      return await handle(request, { userId, params: await context.params });
    } catch (error) {
      return errorResponse(toApiError(error));
    }
  };
}

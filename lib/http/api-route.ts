import { authenticate } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { asParty, credentialParty, userParty } from "@/db/party";
import { ensureDatabaseReady } from "@/db/ready";
import { withUserSlot } from "@/lib/server/user-slots";
import { errorResponse, toApiError } from "./errors";
import { assertTrustedOrigin } from "./origin";

export interface AuthedContext<Params> {
  userId: string;
  params: Params;
}

/**
 * The frame of every authenticated API route: database ready, user known, no
 * cross-site request that authenticated by cookie, and any failure turned into the
 * contract's error shape (never a stack trace). The handler runs in one of the user's
 * slots (lib/server/user-slots.ts) unless `perUserSlot` is false: chat routes opt out,
 * since each turn takes a slot in the user's line for chat turns instead (lib/chat/
 * run-turn.ts), held until the turn's answer is stored, which for a streamed turn is
 * after this handler returned. Its database work is the user's party, so the
 * embedded database's one connection is shared fairly between users (db/party.ts).
 */
export function authedRoute<Params = Record<string, never>>(
  handle: (request: Request, context: AuthedContext<Params>) => Promise<Response>,
  options: { perUserSlot?: boolean } = {},
) {
  return (request: Request, context: { params: Promise<Params> }): Promise<Response> =>
    asParty(credentialParty(request), async () => {
      try {
        await ensureDatabaseReady();
        const { userId, by } = await authenticate(request);
        // After authentication: only the credential that was used decides the exemption.
        assertTrustedOrigin(request, env().BETTER_AUTH_URL, by);
        const params = await context.params;
        const run = () => handle(request, { userId, params });
        return await asParty(userParty(userId), () =>
          options.perUserSlot === false ? run() : withUserSlot(userId, run),
        );
      } catch (error) {
        return errorResponse(toApiError(error));
      }
    });
}

import { serveAuth } from "@/lib/auth/auth-endpoint";
import { errorResponse, toApiError } from "@/lib/http/errors";
import { withBodyLimit } from "@/lib/http/request-body";
import { ensureDatabaseReady } from "@/db/ready";

/** Sign-up and sign-in bodies are a name, an email and a password; Better Auth reads any size. */
const AUTH_BODY_MAX_BYTES = 16 * 1024;

// Better Auth serves sign-up, sign-in, sign-out, get-session and the account endpoints here.
async function handle(incoming: Request): Promise<Response> {
  try {
    const request = await withBodyLimit(incoming, AUTH_BODY_MAX_BYTES);
    await ensureDatabaseReady();
    return await serveAuth(request);
  } catch (error) {
    return errorResponse(toApiError(error));
  }
}

export { handle as GET, handle as POST };

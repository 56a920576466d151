import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { errorResponse, toApiError } from "@/lib/http/errors";
import { ensureDatabaseReady } from "@/lib/server/ready";

// Better Auth serves sign-up, sign-in, sign-out and get-session here.
async function handle(request: Request): Promise<Response> {
  try {
    await ensureDatabaseReady();
    const handlers = toNextJsHandler(auth());
    return await (request.method === "GET" ? handlers.GET(request) : handlers.POST(request));
  } catch (error) {
    return errorResponse(toApiError(error));
  }
}

export { handle as GET, handle as POST };

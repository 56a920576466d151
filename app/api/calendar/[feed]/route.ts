import { ensureDatabaseReady } from "@/db/ready";
import { renderCalendarFeed } from "@/lib/calendar/calendar-feed";
import { env } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { errorResponse, toApiError } from "@/lib/http/errors";
import { publicOrigin } from "@/lib/http/origin";

type Params = { feed: string };

/**
 * `GET /api/calendar/<token>.ics`: a user's private calendar feed. Calendar apps fetch
 * it without a session: the unguessable token in the path is the credential.
 */
export async function GET(request: Request, context: { params: Promise<Params> }) {
  try {
    const { feed } = await context.params;
    if (!feed.endsWith(".ics")) throw new NotFoundError("Calendar");
    await ensureDatabaseReady();
    const body = await renderCalendarFeed(
      feed.slice(0, -".ics".length),
      publicOrigin(env().BETTER_AUTH_URL, request),
    );
    return new Response(body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="taskchat.ics"',
        // Private to its owner: never kept by a shared cache; clients fetch it anew.
        "cache-control": "private, no-cache",
      },
    });
  } catch (error) {
    return errorResponse(toApiError(error));
  }
}

import { calendarFeedUrl } from "@/lib/calendar/calendar-feed";
import { env } from "@/lib/env";
import { authedRoute } from "@/lib/http/api-route";
import { publicOrigin } from "@/lib/http/origin";

/** The caller's private calendar feed URL (made on first request). */
export const GET = authedRoute(async (request, { userId }) => {
  const url = await calendarFeedUrl(userId, publicOrigin(env().BETTER_AUTH_URL, request));
  return Response.json({ url }, { headers: { "cache-control": "no-store" } });
});

import { rotateCalendarFeed } from "@/lib/calendar/calendar-feed";
import { env } from "@/lib/env";
import { authedRoute } from "@/lib/http/api-route";
import { publicOrigin } from "@/lib/http/origin";

/** A new feed URL; the old one answers 404 from now on. */
export const POST = authedRoute(async (request, { userId }) => {
  const url = await rotateCalendarFeed(userId, publicOrigin(env().BETTER_AUTH_URL, request));
  return Response.json({ url }, { headers: { "cache-control": "no-store" } });
});

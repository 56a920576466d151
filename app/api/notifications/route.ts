import { authedRoute } from "@/lib/http/api-route";
import { listUserNotifications } from "@/lib/reminders/notification-service";

export const GET = authedRoute(async (_request, { userId }) => {
  return Response.json(
    { notifications: await listUserNotifications(userId) },
    { headers: { "cache-control": "no-store" } },
  );
});

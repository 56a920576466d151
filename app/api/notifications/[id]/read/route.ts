import { authedRoute } from "@/lib/http/api-route";
import { readNotification } from "@/lib/reminders/notification-service";

type Params = { id: string };

export const POST = authedRoute<Params>(async (_request, { userId, params }) => {
  return Response.json(await readNotification(userId, params.id));
});

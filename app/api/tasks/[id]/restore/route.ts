import { authedRoute } from "@/lib/http/api-route";
import { parseTaskNumber, restoreDeletedTask } from "@/lib/tasks/task-service";

type Params = { id: string };

export const POST = authedRoute<Params>(async (_request, { userId, params }) => {
  return Response.json(await restoreDeletedTask(userId, parseTaskNumber(params.id)));
});

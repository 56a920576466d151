import { authedRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/request-body";
import { UpdateTaskSchema } from "@/lib/tasks/task-fields";
import { getTask, parseTaskNumber, patchTask, removeTask } from "@/lib/tasks/task-service";

type Params = { id: string };

export const GET = authedRoute<Params>(async (_request, { userId, params }) => {
  return Response.json(await getTask(userId, parseTaskNumber(params.id)));
});

export const PATCH = authedRoute<Params>(async (request, { userId, params }) => {
  const number = parseTaskNumber(params.id);
  const changes = await readJsonBody(request, UpdateTaskSchema);
  return Response.json(await patchTask(userId, number, changes));
});

export const DELETE = authedRoute<Params>(async (_request, { userId, params }) => {
  await removeTask(userId, parseTaskNumber(params.id));
  return new Response(null, { status: 204 });
});

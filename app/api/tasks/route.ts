import { authedRoute } from "@/lib/http/api-route";
import { parseInput, queryParams, readJsonBody } from "@/lib/http/request-body";
import { CreateTaskSchema } from "@/lib/tasks/task-fields";
import { ListTasksQuerySchema, createTask, listTaskPage } from "@/lib/tasks/task-service";

export const GET = authedRoute(async (request, { userId }) => {
  const query = parseInput(ListTasksQuerySchema, queryParams(request));
  return Response.json(await listTaskPage(userId, query));
});

export const POST = authedRoute(async (request, { userId }) => {
  const input = await readJsonBody(request, CreateTaskSchema);
  return Response.json(await createTask(userId, input), { status: 201 });
});

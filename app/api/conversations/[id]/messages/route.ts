import { PageQuerySchema, listMessagePage } from "@/lib/chat/conversation-service";
import { authedRoute } from "@/lib/http/api-route";
import { parseInput, queryParams } from "@/lib/http/request-body";

export const GET = authedRoute<{ id: string }>(async (request, { userId, params }) => {
  const query = parseInput(PageQuerySchema, queryParams(request));
  return Response.json(await listMessagePage(userId, params.id, query));
});

import { PageQuerySchema, listConversationPage } from "@/lib/chat/conversation-service";
import { authedRoute } from "@/lib/http/api-route";
import { parseInput, queryParams } from "@/lib/http/request-body";

export const GET = authedRoute(async (request, { userId }) => {
  return Response.json(
    await listConversationPage(userId, parseInput(PageQuerySchema, queryParams(request))),
  );
});

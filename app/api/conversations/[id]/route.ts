import {
  RenameConversationSchema,
  deleteConversation,
  renameConversation,
  requireConversation,
  toConversationJson,
} from "@/lib/chat/conversation-service";
import { authedRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/request-body";

type Params = { id: string };

export const GET = authedRoute<Params>(async (_request, { userId, params }) => {
  return Response.json(toConversationJson(await requireConversation(userId, params.id)));
});

export const PATCH = authedRoute<Params>(async (request, { userId, params }) => {
  const { title } = await readJsonBody(request, RenameConversationSchema);
  return Response.json(toConversationJson(await renameConversation(userId, params.id, title)));
});

export const DELETE = authedRoute<Params>(async (_request, { userId, params }) => {
  await deleteConversation(userId, params.id);
  return new Response(null, { status: 204 });
});

import { ChatRequestSchema } from "@/lib/chat/chat-request";
import { runChatTurn } from "@/lib/chat/chat-turn";
import { authedRoute } from "@/lib/http/api-route";
import { ApiError } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/request-body";

/** The stateless JSON chat endpoint: one turn per request, everything read from and written to the database. */
export const POST = authedRoute<{ user_id: string }>(
  async (request, { userId, params }) => {
    if (params.user_id !== userId) {
      throw new ApiError(
        "FORBIDDEN",
        "You can only chat as yourself: the user id in the path is not yours.",
      );
    }
    const body = await readJsonBody(request, ChatRequestSchema);
    // Not tied to request.signal: a turn the client stopped waiting for still finishes
    // and is stored, so a retry with the same client_message_id gets its answer.
    const answer = await runChatTurn({
      userId,
      conversationId: body.conversation_id ?? undefined,
      message: body.message,
      clientMessageId: body.client_message_id ?? undefined,
    });
    return Response.json(answer);
  },
  { perUserSlot: false },
);

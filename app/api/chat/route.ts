import { ChatRequestSchema } from "@/lib/chat/chat-request";
import { streamChatTurn } from "@/lib/chat/stream-turn";
import { authedRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/request-body";

/** The browser's chat endpoint: the same turn as the JSON endpoint, streamed (AI SDK UI message stream). */
export const POST = authedRoute(
  async (request, { userId }) => {
    const body = await readJsonBody(request, ChatRequestSchema);
    return streamChatTurn(
      {
        userId,
        conversationId: body.conversation_id ?? undefined,
        message: body.message,
        clientMessageId: body.client_message_id ?? undefined,
      },
      request.signal,
    );
  },
  { perUserSlot: false },
);

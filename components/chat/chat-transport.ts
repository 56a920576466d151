import { DefaultChatTransport } from "ai";
import { messageText, type ChatMessage } from "./stored-messages";

/**
 * `useChat`'s requests in the shape `POST /api/chat` takes: only the new message (the
 * server loads the history itself), the conversation it belongs to, and the message's
 * id as `client_message_id`, so a retried send is answered once, never twice.
 */
export function createChatTransport(initialConversationId: string | undefined) {
  let conversationId = initialConversationId;
  const transport = new DefaultChatTransport<ChatMessage>({
    api: "/api/chat",
    prepareSendMessagesRequest: ({ messages }) => {
      const last = messages.findLast((message) => message.role === "user");
      return {
        body: {
          conversation_id: conversationId ?? null,
          message: last ? messageText(last) : "",
          client_message_id: last?.id,
        },
      };
    },
  });
  return {
    transport,
    conversationId: () => conversationId,
    /** A new chat learned its id: later turns go to that conversation. */
    setConversationId: (id: string) => {
      conversationId = id;
    },
  };
}

import type { UIMessage } from "ai";
import type { MessageJson } from "@/lib/chat/conversation-service";

/** What the thread keeps beside each message. */
export interface ChatMessageMetadata {
  createdAt?: string;
  /** "interrupted": the answer was stopped or failed part-way; what was said is kept. */
  status?: "complete" | "interrupted";
}

export type ChatMessage = UIMessage<ChatMessageMetadata>;

/**
 * Stored messages in the shape the streaming thread uses, so a stored tool call and a
 * streamed one render with the same card. Tool calls come first: the answer's text is
 * written after the tools ran.
 */
export function toChatMessages(messages: MessageJson[]): ChatMessage[] {
  return messages.map((message) => ({
    id: message.id,
    role: message.role,
    metadata: { createdAt: message.created_at, status: message.status },
    parts: [
      ...message.tool_calls.map((call, index) => ({
        type: "dynamic-tool" as const,
        toolName: call.name,
        toolCallId: `${message.id}-${index}`,
        state: "output-available" as const,
        input: call.arguments,
        output: call.result,
      })),
      ...(message.content ? [{ type: "text" as const, text: message.content }] : []),
    ],
  }));
}

/** The text a person would copy from a message (its text parts). */
export function messageText(message: ChatMessage): string {
  return message.parts
    .flatMap((part) => (part.type === "text" ? [part.text] : []))
    .join("\n\n")
    .trim();
}

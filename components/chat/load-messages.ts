import { fetchJson } from "@/components/ui/fetch-json";
import type { MessageJson } from "@/lib/chat/conversation-service";
import { toChatMessages, type ChatMessage } from "./stored-messages";

/** Every stored message of a conversation, oldest first, page by page. */
export async function loadMessages(conversationId: string): Promise<ChatMessage[]> {
  const all: MessageJson[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const page: { messages: MessageJson[]; next_cursor: string | null } = await fetchJson(
      `/api/conversations/${encodeURIComponent(conversationId)}/messages?limit=200${query}`,
      { cache: "no-store" },
    );
    all.push(...page.messages);
    cursor = page.next_cursor;
  } while (cursor);
  return toChatMessages(all);
}

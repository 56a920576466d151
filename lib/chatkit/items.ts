import type { ConversationRow, MessageRow, StoredToolCall } from "@/db/schema";
import { toolSummaryText, toolSummaryWidget } from "./tool-summary";
import type {
  AssistantMessageContent,
  AssistantMessageItem,
  Page,
  Thread,
  ThreadItem,
  ThreadMetadata,
  UserMessageItem,
  WidgetItem,
} from "./types";

/**
 * Our rows as ChatKit threads and items. A thread is a conversation; an item is a
 * message, with the message's id. An answer that used tools is two items: first a
 * widget summarising the tool calls (id `<message id>:tools`), then the answer text.
 */

const TOOLS_SUFFIX = ":tools";

export const toolsItemId = (messageId: string) => `${messageId}${TOOLS_SUFFIX}`;

/** The message an item id belongs to (a tools widget belongs to its answer). */
export function messageIdOf(itemId: string): string {
  return itemId.endsWith(TOOLS_SUFFIX) ? itemId.slice(0, -TOOLS_SUFFIX.length) : itemId;
}

const iso = (value: Date | string) => new Date(value).toISOString();

export function toThreadMetadata(row: ConversationRow): ThreadMetadata {
  return {
    id: row.id,
    title: row.title,
    created_at: iso(row.created_at),
    status: { type: "active" },
    metadata: {},
  };
}

export const emptyPage = <T>(): Page<T> => ({ data: [], has_more: false, after: null });

/** A thread as the reference server answers it: metadata plus a page of items (empty in lists). */
export function toThread(row: ConversationRow, items: Page<ThreadItem> = emptyPage()): Thread {
  return { ...toThreadMetadata(row), items };
}

export function toUserMessageItem(row: MessageRow): UserMessageItem {
  return {
    type: "user_message",
    id: row.id,
    thread_id: row.conversation_id,
    created_at: iso(row.created_at),
    content: [{ type: "input_text", text: row.content }],
    attachments: [],
    inference_options: {},
  };
}

export const outputText = (text: string): AssistantMessageContent => ({
  type: "output_text",
  text,
  annotations: [],
});

export function toAssistantMessageItem(
  id: string,
  threadId: string,
  createdAt: Date | string,
  text: string | undefined,
): AssistantMessageItem {
  return {
    type: "assistant_message",
    id,
    thread_id: threadId,
    created_at: iso(createdAt),
    content: text === undefined ? [] : [outputText(text)],
  };
}

export function toToolsWidgetItem(
  messageId: string,
  threadId: string,
  createdAt: Date | string,
  calls: StoredToolCall[],
): WidgetItem {
  return {
    type: "widget",
    id: toolsItemId(messageId),
    thread_id: threadId,
    created_at: iso(createdAt),
    widget: toolSummaryWidget(calls),
    copy_text: toolSummaryText(calls),
  };
}

/** One stored message as its items, oldest first. */
export function toThreadItems(row: MessageRow): ThreadItem[] {
  if (row.role === "user") return [toUserMessageItem(row)];
  const items: ThreadItem[] = [];
  if (row.tool_calls.length > 0) {
    items.push(toToolsWidgetItem(row.id, row.conversation_id, row.created_at, row.tool_calls));
  }
  // An answer stopped before its first word is only its tool calls.
  if (row.content || items.length === 0) {
    items.push(toAssistantMessageItem(row.id, row.conversation_id, row.created_at, row.content));
  }
  return items;
}

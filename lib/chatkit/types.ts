import type { Widgets } from "@openai/chatkit";

/**
 * The ChatKit server protocol's shapes, as OpenAI's ChatKit Python SDK defines them
 * (`chatkit/types.py`); field names are the wire names. Only what this server sends
 * is declared. See docs/decisions/006-chatkit-adapter.md.
 */

export interface Page<T> {
  data: T[];
  has_more: boolean;
  /** The cursor to pass as `after` for the next page; null on the last page. */
  after: string | null;
}

export type ThreadStatus = { type: "active" } | { type: "locked" | "closed"; reason?: string };

export interface ThreadMetadata {
  id: string;
  title: string | null;
  created_at: string;
  status: ThreadStatus;
  metadata: Record<string, unknown>;
}

export interface Thread extends ThreadMetadata {
  items: Page<ThreadItem>;
}

interface ThreadItemBase {
  id: string;
  thread_id: string;
  created_at: string;
}

export type UserMessageContent =
  | { type: "input_text"; text: string }
  | {
      type: "input_tag";
      id: string;
      text: string;
      data: Record<string, unknown>;
      group?: string | null;
      interactive?: boolean;
    };

export interface InferenceOptions {
  tool_choice?: { id: string } | null;
  model?: string | null;
}

export interface UserMessageItem extends ThreadItemBase {
  type: "user_message";
  content: UserMessageContent[];
  attachments: never[];
  quoted_text?: string;
  inference_options: InferenceOptions;
}

export interface AssistantMessageContent {
  type: "output_text";
  text: string;
  annotations: never[];
}

export interface AssistantMessageItem extends ThreadItemBase {
  type: "assistant_message";
  content: AssistantMessageContent[];
}

export interface WidgetItem extends ThreadItemBase {
  type: "widget";
  widget: Widgets.WidgetRoot;
  copy_text?: string;
}

export type ThreadItem = UserMessageItem | AssistantMessageItem | WidgetItem;

export type AssistantMessageUpdate =
  | {
      type: "assistant_message.content_part.added";
      content_index: number;
      content: AssistantMessageContent;
    }
  | { type: "assistant_message.content_part.text_delta"; content_index: number; delta: string }
  | {
      type: "assistant_message.content_part.done";
      content_index: number;
      content: AssistantMessageContent;
    };

/** `stream.error` is the protocol's one named code; `custom` carries our own message. */
export type StreamErrorCode = "stream.error" | "custom";

export type ThreadStreamEvent =
  | { type: "thread.created"; thread: Thread }
  | { type: "thread.updated"; thread: Thread }
  | { type: "thread.item.added"; item: ThreadItem }
  | { type: "thread.item.updated"; item_id: string; update: AssistantMessageUpdate }
  | { type: "thread.item.done"; item: ThreadItem }
  | { type: "thread.item.removed"; item_id: string }
  | { type: "thread.item.replaced"; item: ThreadItem }
  | { type: "stream_options"; stream_options: { allow_cancel: boolean } }
  | { type: "progress_update"; icon?: string; text: string }
  | { type: "error"; code: StreamErrorCode; message?: string; allow_retry: boolean };

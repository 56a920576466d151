import { randomUUID } from "node:crypto";
import type { StoredToolCall } from "@/db/schema";
import {
  collectToolCalls,
  modelFailure,
  streamAnswer,
  toStoredToolCall,
} from "@/lib/agent/run-agent";
import {
  finishTurn,
  startRetryTurn,
  startTurn,
  type StartedTurn,
  type TurnAnswer,
} from "@/lib/chat/chat-turn";
import { MESSAGE_MAX } from "@/lib/chat/chat-request";
import { ApiError, isDatabaseUnavailable, toApiError } from "@/lib/http/errors";
import { eventStreamResponse, type SendEvent } from "./event-stream";
import {
  outputText,
  toAssistantMessageItem,
  toThread,
  toToolsWidgetItem,
  toUserMessageItem,
} from "./items";
import type { StreamingRequest, UserMessageInput } from "./requests";
import { requireThread } from "./threads";
import { toolProgress } from "./tool-summary";

/**
 * The streaming requests: one chat turn of the chat core, told as ChatKit events.
 * Everything that can fail before the answer starts (bad thread, storing the user
 * message) happens before the stream opens, so it is an ordinary JSON error; after
 * that a failure is an `error` event.
 */
export async function streamTurn(
  userId: string,
  request: StreamingRequest,
  abortSignal: AbortSignal,
): Promise<Response> {
  const turn = await beginTurn(userId, request);
  return eventStreamResponse(async (send) => {
    if (request.type === "threads.create") {
      send({ type: "thread.created", thread: toThread(turn.conversation) });
    }
    if (request.type !== "threads.retry_after_item" && turn.userMessage) {
      send({ type: "thread.item.done", item: toUserMessageItem(turn.userMessage) });
    }
    send({ type: "stream_options", stream_options: { allow_cancel: true } });
    await streamAnswerEvents(turn, send, abortSignal);
  });
}

async function beginTurn(userId: string, request: StreamingRequest): Promise<StartedTurn> {
  switch (request.type) {
    case "threads.create":
      return startTurn({ userId, message: messageText(request.params.input) });
    case "threads.add_user_message": {
      const message = messageText(request.params.input);
      const thread = await requireThread(userId, request.params.thread_id);
      return startTurn({ userId, conversationId: thread.id, message });
    }
    case "threads.retry_after_item": {
      const thread = await requireThread(userId, request.params.thread_id);
      return startRetryTurn({
        userId,
        conversationId: thread.id,
        messageId: request.params.item_id,
      });
    }
  }
}

/**
 * The text we store for a ChatKit message: its text and tag parts in order, with the
 * quoted text it replies to (if any) as a Markdown quote above it.
 */
export function messageText(input: UserMessageInput): string {
  const text = input.content
    .map((part) => part.text)
    .join("")
    .trim();
  const quoted = input.quoted_text?.trim();
  const message = quoted ? `> ${quoted.replace(/\n/g, "\n> ")}\n\n${text}` : text;
  if (!text) throw inputError("must contain some text");
  if (message.length > MESSAGE_MAX) throw inputError(`must be at most ${MESSAGE_MAX} characters`);
  if (message.includes("\u0000")) throw inputError("must not contain NUL characters");
  return message;
}

const inputError = (problem: string) =>
  new ApiError("VALIDATION_ERROR", `params.input.content: ${problem}`, {
    field: "params.input.content",
  });

/**
 * Runs the agent and tells the answer as it comes: a `progress_update` as each tool
 * starts, a widget summarising the tool calls before the text, then the assistant
 * message (added → content part added → text deltas → content part done → done).
 * The answer is stored (with our message id, announced up front) before it is `done`.
 */
async function streamAnswerEvents(turn: StartedTurn, send: SendEvent, abortSignal: AbortSignal) {
  const answerId = randomUUID();
  const createdAt = new Date();
  const threadId = turn.conversation.id;
  const calls: StoredToolCall[] = [];
  let text = "";
  let widgetSent = false;
  let messageStarted = false;

  let settle!: (stored: Promise<TurnAnswer>) => void;
  const stored = new Promise<Promise<TurnAnswer>>((resolve) => (settle = resolve));
  const store = (toolCalls: StoredToolCall[], status: "complete" | "interrupted") =>
    settle(finishTurn(turn, { text, toolCalls }, status, { id: answerId, createdAt }));

  const sendWidget = () => {
    if (calls.length === 0) return;
    const item = toToolsWidgetItem(answerId, threadId, createdAt, calls);
    send(widgetSent ? { type: "thread.item.replaced", item } : { type: "thread.item.done", item });
    widgetSent = true;
  };
  const startMessage = () => {
    if (messageStarted) return;
    messageStarted = true;
    if (!widgetSent) sendWidget();
    send({
      type: "thread.item.added",
      item: toAssistantMessageItem(answerId, threadId, createdAt, undefined),
    });
    send({
      type: "thread.item.updated",
      item_id: answerId,
      update: {
        type: "assistant_message.content_part.added",
        content_index: 0,
        content: outputText(""),
      },
    });
  };

  const result = streamAnswer(
    { userId: turn.userId, messages: turn.modelMessages, abortSignal },
    {
      onFinish: ({ steps }) => store(collectToolCalls(steps), "complete"),
      onAbort: ({ steps }) => store(collectToolCalls(steps), "interrupted"),
    },
  );

  try {
    for await (const part of result.fullStream) {
      switch (part.type) {
        case "tool-call":
          send({ type: "progress_update", ...toolProgress(part.toolName, part.input) });
          break;
        case "tool-result":
        case "tool-error":
          calls.push(toStoredToolCall(part));
          if (widgetSent) sendWidget();
          break;
        case "text-delta":
          if (!part.text) break;
          startMessage();
          text += part.text;
          send({
            type: "thread.item.updated",
            item_id: answerId,
            update: {
              type: "assistant_message.content_part.text_delta",
              content_index: 0,
              delta: part.text,
            },
          });
          break;
        case "error":
          throw part.error;
      }
    }
    await await stored;
    if (abortSignal.aborted) return;
    // An answer that is only tool calls is only the card, as it reads back later.
    if (!text && calls.length > 0) {
      if (!widgetSent) sendWidget();
      return;
    }
    startMessage();
    send({
      type: "thread.item.updated",
      item_id: answerId,
      update: {
        type: "assistant_message.content_part.done",
        content_index: 0,
        content: outputText(text),
      },
    });
    send({
      type: "thread.item.done",
      item: toAssistantMessageItem(answerId, threadId, createdAt, text),
    });
  } catch (error) {
    // Tools may have acted already: keep what happened, marked interrupted.
    if (calls.length > 0 || text) {
      await finishTurn(turn, { text, toolCalls: calls }, "interrupted", {
        id: answerId,
        createdAt,
      }).catch((e: unknown) => toApiError(e));
    }
    send(errorEvent(error));
  }
}

/**
 * A failure inside a stream, as the protocol's `error` event. Our own errors carry a
 * sentence a person can act on (code `custom`); anything unexpected is the protocol's
 * generic `stream.error`. Either way the client may retry (the user message is kept).
 */
function errorEvent(error: unknown) {
  const failure =
    error instanceof ApiError || isDatabaseUnavailable(error)
      ? toApiError(error)
      : modelFailure(error);
  const code = failure.code === "INTERNAL_ERROR" ? "stream.error" : "custom";
  return { type: "error", code, message: failure.message, allow_retry: true } as const;
}
